#!/usr/bin/env node
// TempEval-3 eval: reads the 20 documents of the TempEval-3 platinum test set
// (shared/bench/tempeval3-platinum), finds and normalises their time expressions against each
// document's creation time (a) with chrono-node alone (casual English, values at the precision
// chrono knows, no durations) and (b) with our extractTimexes, scores both with the bench's own
// score.mjs (relaxed / strict span F1, value F1 as in TempEval-3), times ours, and gates our value F1
// on the floor pinned in eval/floors/tempeval3.json. Speed is CPU time per document, with chrono's
// casual parser on the same texts as a yardstick.
//
//   SITREP_DIST=dist-times node scripts/eval/tempeval3.mjs [--verbose] [--update-floor]
//
// --verbose       list every MISS / EXTRA / wrong VALUE of ours on stderr
// --update-floor  raise the floor to the current value F1 (rounded down to 3 decimals); never lowers it
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(ROOT, process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(ROOT, process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const BENCH = join(SHARED, "bench", "tempeval3-platinum");
const FLOOR_FILE = join(ROOT, "eval", "floors", "tempeval3.json");
const METRIC = "value_f1";
const WARMUP = 30; // untimed runs over the whole set before timing
const REPEAT = 20; // runs per timed batch
const BATCHES = 5;

const args = process.argv.slice(2);

if (!existsSync(join(BENCH, "gold.json"))) {
  console.log(`tempeval3: benchmark not found at ${BENCH}; skipped`);
  process.exit(0);
}

const { score } = await import(pathToFileURL(join(BENCH, "score.mjs")).href);
const { extractTimexes } = await import(pathToFileURL(join(DIST, "src", "extract", "times.js")).href);
const { splitSentences } = await import(pathToFileURL(join(DIST, "src", "extract", "sentences.js")).href);
const chrono = await import("chrono-node");

const gold = JSON.parse(readFileSync(join(BENCH, "gold.json"), "utf8"));
const textOf = (doc) => readFileSync(join(BENCH, `${doc}.txt`), "utf8");
const docs = gold.map((g) => ({ doc: g.doc, dct: g.dct, text: textOf(g.doc) }));
/** Noon of each document's creation day, as chrono wants it (a local Date). */
const refs = docs.map(({ dct }) => {
  const [y, m, d] = dct.split("-").map(Number);
  return new Date(y, m - 1, d, 12);
});

// ---------- (a) chrono-node alone ----------
const p2 = (n) => String(n).padStart(2, "0");
function chronoValue(c) {
  const y = String(c.get("year")).padStart(4, "0");
  const day = `${y}-${p2(c.get("month"))}-${p2(c.get("day"))}`;
  if (c.isCertain("hour")) return `${day}T${p2(c.get("hour"))}:${p2(c.get("minute") ?? 0)}`;
  if (c.isCertain("day") || c.isCertain("weekday")) return day;
  if (c.isCertain("month")) return `${y}-${p2(c.get("month"))}`;
  if (c.isCertain("year")) return y;
  return day;
}
const chronoPred = docs.map(({ doc, text }, k) => {
  const times = chrono.casual.parse(text, refs[k]).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    value: chronoValue(r.start),
    type: r.start.isCertain("hour") ? "TIME" : "DATE",
  }));
  return { doc, times };
});

// ---------- (b) ours ----------
const ours = (text, dct) => extractTimexes(text, splitSentences(text, "en"), dct, "en");
const ourPred = docs.map(({ doc, dct, text }) => ({
  doc,
  times: ours(text, dct).map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.timeml, type: t.type })),
}));

// timing: sentence splitting is another stage, so only extractTimexes is timed. CPU time of the
// fastest of BATCHES batches (a busy machine slows some batches down), and chrono-node's casual
// parser on the same texts as a yardstick.
const split = docs.map(({ text }) => splitSentences(text, "en"));
let words = 0;
for (const { text } of docs) words += text.split(/\s+/).filter(Boolean).length;
function cpuPerDoc(run) {
  for (let i = 0; i < WARMUP; i++) docs.forEach(run);
  let best = Infinity;
  for (let b = 0; b < BATCHES; b++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < REPEAT; i++) docs.forEach(run);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / (REPEAT * docs.length));
  }
  return best;
}
const usPerDoc = cpuPerDoc(({ text, dct }, k) => extractTimexes(text, split[k], dct, "en"));
const usChrono = cpuPerDoc(({ text }, k) => chrono.casual.parse(text, refs[k]));
const usPer600 = usPerDoc * (600 / (words / docs.length));

const log = args.includes("--verbose") ? (s) => console.error(s) : () => {};
const a = score(gold, chronoPred, textOf);
const b = score(gold, ourPred, textOf, log);

const f = (x) => x.toFixed(4);
const line = (name, r) =>
  `${name.padEnd(13)} predicted ${String(r.predicted).padStart(3)}  relaxed F1 ${f(r.relaxed.f1)}  strict F1 ${f(r.strict.f1)}  ` +
  `value acc ${f(r.value.accuracy)}  value F1 ${f(r.value.f1)}` + (r.type ? `  type F1 ${f(r.type.f1)}` : "");
console.log(`TempEval-3 platinum: ${gold.length} documents, ${a.gold} gold TIMEX3, ${Math.round(words / docs.length)} words per document`);
console.log(line("chrono alone", a));
console.log(line("sitrep times", b));
console.log(`anchors (value F1): HeidelTime 0.7761, SUTime 0.6738, human agreement 0.88`);
console.log(
  `speed: ${usPerDoc.toFixed(0)} µs CPU per document (${usPer600.toFixed(0)} µs per 600 words); ` +
    `chrono casual alone ${usChrono.toFixed(0)} µs (ours = ${(usPerDoc / usChrono).toFixed(2)}×)`,
);

const current = b.value.f1;
const floorData = existsSync(FLOOR_FILE) ? JSON.parse(readFileSync(FLOOR_FILE, "utf8")) : { metric: METRIC, floor: 0 };
let floor = Number(floorData.floor ?? 0);
if (args.includes("--update-floor")) {
  const next = Math.floor(current * 1000) / 1000;
  if (next > floor) {
    floor = next;
    writeFileSync(FLOOR_FILE, `${JSON.stringify({ metric: METRIC, floor }, null, 2)}\n`);
    console.log(`floor raised to ${floor}`);
  } else console.log(`floor stays at ${floor}`);
}
const pass = current >= floor;
console.log(`${METRIC} ${f(current)} vs floor ${floor}: ${pass ? "ok" : "BELOW FLOOR"}`);
const result = {
  metric: METRIC,
  value: Number(current.toFixed(4)),
  floor,
  pass,
  ours: { relaxedF1: b.relaxed.f1, strictF1: b.strict.f1, valueAccuracy: b.value.accuracy, valueF1: b.value.f1, typeF1: b.type?.f1 ?? null, predicted: b.predicted },
  chrono: { relaxedF1: a.relaxed.f1, strictF1: a.strict.f1, valueAccuracy: a.value.accuracy, valueF1: a.value.f1, predicted: a.predicted },
  gold: a.gold,
  usPerDoc: Number(usPerDoc.toFixed(1)),
  usPer600Words: Number(usPer600.toFixed(1)),
  usPerDocChronoCasual: Number(usChrono.toFixed(1)),
};
console.log(`RESULT ${JSON.stringify(result)}`);
process.exitCode = pass ? 0 : 1;
