#!/usr/bin/env node
// Article-extraction eval: runs htmlToDoc over the 181 pages of the Zyte/Scrapinghub
// article-extraction benchmark (shared/bench/article-extraction), scores the predicted article bodies
// with the bench's own score.mjs, prints precision / recall / F1 / accuracy and time per page, and
// gates F1 on the floor pinned in eval/floors/article-extraction.json.
//
//   SITREP_DIST=dist-html node scripts/eval/article-extraction.mjs [--worst N] [--update-floor] [--keep FILE]
//
// --worst N       also list the N pages with the lowest F1 (key, P, R, URL)
// --update-floor  raise the floor to the current F1 (rounded down to 3 decimals); never lowers it
// --keep FILE     write the predictions to FILE instead of a temporary file
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(ROOT, process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(ROOT, process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const BENCH = join(SHARED, "bench", "article-extraction");
const FLOOR_FILE = join(ROOT, "eval", "floors", "article-extraction.json");
const METRIC = "f1";

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

if (!existsSync(join(BENCH, "ground-truth.json"))) {
  console.log(`article-extraction: benchmark not found at ${BENCH}; skipped`);
  process.exit(0);
}

const { htmlToDoc } = await import(pathToFileURL(join(DIST, "src", "clean", "html.js")).href);
const gold = JSON.parse(readFileSync(join(BENCH, "ground-truth.json"), "utf8"));
const files = readdirSync(join(BENCH, "html")).filter((f) => f.endsWith(".html.gz")).sort();

const predictions = {};
const times = [];
let cpuMs = 0;
const methods = {};
let failed = 0;
for (const f of files) {
  const key = f.slice(0, -".html.gz".length);
  const html = gunzipSync(readFileSync(join(BENCH, "html", f))).toString("utf8");
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = htmlToDoc(html, { url: gold[key]?.url ?? null });
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuMs += (c.user + c.system) / 1000;
  if (r.ok) methods[r.method] = (methods[r.method] ?? 0) + 1;
  else failed++;
  predictions[key] = { articleBody: r.ok ? r.text : "" };
}

const keep = argValue("--keep");
const dir = keep ? null : mkdtempSync(join(tmpdir(), "sitrep-ae-"));
const predFile = keep ? (isAbsolute(keep) ? keep : resolve(process.cwd(), keep)) : join(dir, "predictions.json");
writeFileSync(predFile, JSON.stringify(predictions));
// the real path: the scorer runs only when started as itself, which a symlinked ../shared hides
const run = spawnSync(process.execPath, [realpathSync(join(BENCH, "score.mjs")), predFile, "--json"], { encoding: "utf8" });
if (dir) rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  console.log(`article-extraction: score.mjs failed: ${(run.stderr || run.stdout).trim().split("\n")[0]}`);
  process.exit(1);
}
const s = JSON.parse(run.stdout.trim().split("\n").pop());

const sorted = [...times].sort((a, b) => a - b);
const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const f3 = (x) => x.toFixed(3);
console.log(`article-extraction: ${files.length} pages, ${failed} without text (${JSON.stringify(methods)})`);
console.log(`precision ${f3(s.precision)}  recall ${f3(s.recall)}  F1 ${f3(s.f1)}  accuracy ${f3(s.accuracy)}`);
console.log(`anchors (F1): Readability.js 0.947, trafilatura 0.958, best known 0.970`);
const cpuMean = cpuMs / files.length;
console.log(`time per page: mean ${mean.toFixed(1)} ms (CPU ${cpuMean.toFixed(1)} ms), median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);

const worst = Number(argValue("--worst") ?? 0);
if (worst > 0) {
  const { pageCounts } = await import(pathToFileURL(join(BENCH, "score.mjs")).href);
  const rows = files.map((f) => {
    const key = f.slice(0, -".html.gz".length);
    const c = pageCounts(gold[key]?.articleBody ?? "", predictions[key].articleBody);
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    return { key, p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0, url: gold[key]?.url ?? "" };
  });
  rows.sort((a, b) => a.f - b.f);
  for (const r of rows.slice(0, worst)) console.log(`  ${r.key.slice(0, 12)} P ${f3(r.p)} R ${f3(r.r)} ${r.url}`);
}

const value = s[METRIC];
let floor = 0;
if (existsSync(FLOOR_FILE)) floor = Number(JSON.parse(readFileSync(FLOOR_FILE, "utf8")).floor ?? 0);
if (args.includes("--update-floor")) {
  const next = Math.floor(value * 1000) / 1000;
  if (next > floor) {
    writeFileSync(FLOOR_FILE, JSON.stringify({ metric: METRIC, floor: next }, null, 2) + "\n");
    console.log(`floor raised: ${floor} -> ${next}`);
    floor = next;
  } else console.log(`floor kept at ${floor} (current ${f3(value)})`);
}
const pass = value >= floor;
console.log(pass ? `${METRIC} ${f3(value)} >= floor ${floor}` : `${METRIC} ${f3(value)} is BELOW the floor ${floor}`);
console.log(
  `RESULT ${JSON.stringify({
    eval: "article-extraction",
    pages: files.length,
    failed,
    precision: +f3(s.precision),
    recall: +f3(s.recall),
    f1: +f3(s.f1),
    accuracy: +f3(s.accuracy),
    msPerPage: +mean.toFixed(2),
    cpuMsPerPage: +cpuMean.toFixed(2),
    floor,
    pass,
  })}`,
);
process.exit(pass ? 0 : 1);
