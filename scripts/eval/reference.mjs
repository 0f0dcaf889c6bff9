#!/usr/bin/env node
// The reference corpus (examples/peru-chile-border, the five articles of ../shared/corpus) scored
// against its hand annotation with ../shared/eval/score.mjs; floor in eval/floors/reference.json.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = process.env.SITREP_SHARED ?? join(root, "..", "shared");
const scorer = join(shared, "eval/score.mjs");
if (!existsSync(scorer)) {
  console.log(`reference: ${scorer} is absent; nothing to score.`);
  process.exit(0);
}
const out = join(mkdtempSync(join(tmpdir(), "sitrep-ref-")), "report.json");
const t0 = process.cpuUsage();
const run = spawnSync(process.execPath, [join(root, "bin/sitrep.js"), "analyze", join(shared, "corpus/peru-chile-border"), "--format", "json", "--out", out, "--quiet"], { encoding: "utf8" });
if (run.status !== 0) {
  console.log(`sitrep analyze failed (${run.status}): ${run.stderr}`);
  process.exit(1);
}
const s = spawnSync(process.execPath, [scorer, out, "--json"], { encoding: "utf8" });
const res = JSON.parse(s.stdout);
for (const r of res.rows) console.log(`${r.area.padEnd(8)} ${r.measure.padEnd(42)} ${(r.ratio * 100).toFixed(0).padStart(3)}%${r.detail ? "  " + r.detail.slice(0, 200) : ""}`);
console.log(`score: ${res.score}`);
const floorFile = join(root, "eval/floors/reference.json");
const floor = existsSync(floorFile) ? JSON.parse(readFileSync(floorFile, "utf8")) : { metric: "score", floor: 0 };
if (process.argv.includes("--update-floor") && res.score > floor.floor) {
  writeFileSync(floorFile, JSON.stringify({ metric: "score", floor: Math.floor(res.score * 1000) / 1000 }, null, 2) + "\n");
}
console.log(`RESULT ${JSON.stringify({ score: res.score, floor: floor.floor })}`);
process.exit(res.score + 1e-9 < floor.floor ? 1 : 0);
