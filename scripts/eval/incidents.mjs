#!/usr/bin/env node
// Score gate for the whole pipeline on many stories at once: shared/bench/incidents (1,192 local
// news articles on 400 US shootings, with the Gun Violence Archive's record). Runs the CLI on the
// articles as a user would (`sitrep analyze articles.jsonl --format json`), scores the report with
// the bench's own scorer and compares each row with the floor pinned in eval/floors/incidents.json:
// story grouping (B-cubed F1), killed and injured (key figure right, and the right number in its
// trail), dates, places and victims' ages.
//
//   node scripts/eval/incidents.mjs [--update-floor]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(process.env.SITREP_SHARED ?? join(repo, "..", "shared"));
const bench = join(shared, "bench", "incidents");
const floorPath = join(repo, "eval", "floors", "incidents.json");
const update = process.argv.includes("--update-floor");

if (!existsSync(join(bench, "articles.jsonl"))) {
  console.log(`incidents eval: ${bench} not found; nothing to score.`);
  process.exit(0);
}
mkdirSync(join(repo, ".bench-tmp"), { recursive: true });
const out = join(repo, ".bench-tmp", "incidents.report.json");
const t0 = Date.now();
const run = spawnSync(process.execPath, [join(repo, "bin/sitrep.js"), "analyze", join(bench, "articles.jsonl"), "--format", "json", "--out", out], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const wall = (Date.now() - t0) / 1000;
// exit 1 only says some inputs were rejected (they score as stories of their own)
if (run.status !== 0 && run.status !== 1) {
  console.log(`incidents eval: sitrep analyze failed (exit ${run.status}): ${run.stderr.trim().split("\n").pop()}`);
  process.exit(1);
}
const scored = spawnSync(process.execPath, [join(bench, "score.mjs"), out, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 });
if (scored.status !== 0) {
  console.log(`incidents eval: the scorer failed: ${scored.stderr.trim().split("\n").pop()}`);
  process.exit(1);
}
const r = JSON.parse(scored.stdout);
const round = (x) => Math.round(x * 10000) / 10000;
const figures = {
  storiesF1: round(r.stories.f1),
  killedRight: round(r.killed.right / r.killed.n),
  killedTrail: round(r.killed.trail / r.killed.n),
  injuredRight: round(r.injured.right / r.injured.n),
  injuredTrail: round(r.injured.trail / r.injured.n),
  dates: round(r.date.either / r.date.n),
  places: round(r.place.entity / r.place.n),
  victimsAged: round(r.victims.agedRight / r.victims.agedInText),
};
console.log(r.summary);
console.log(`victims aged ${r.victims.agedRight}/${r.victims.agedInText}, named ${r.victims.namedRight}/${r.victims.namedInText}; ${r.report.predictedStories} stories; analyze took ${wall.toFixed(1)} s`);

if (update) {
  const floor = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.floor((v - 0.005) * 1000) / 1000]));
  writeFileSync(floorPath, JSON.stringify({ metric: "each row >= its floor", floor }, null, 2) + "\n");
  console.log(`floors written to ${floorPath}`);
}
const floor = existsSync(floorPath) ? JSON.parse(readFileSync(floorPath, "utf8")).floor : {};
const below = Object.entries(floor).filter(([k, v]) => !(figures[k] >= v)).map(([k, v]) => `${k} ${figures[k]} < ${v}`);
console.log(`RESULT ${JSON.stringify({ bench: "incidents", metric: "each row >= its floor", value: figures, below })}`);
process.exit(below.length ? 1 : 0);
