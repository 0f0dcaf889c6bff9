#!/usr/bin/env node
// MEANTIME eval: the same 120 Wikinews articles in Spanish and in English (shared/bench/
// meantime-es-timex, meantime-en-timex), each document's time expressions found and resolved
// against its creation date by extractTimexes, scored with the bench's own score.mjs (TempEval-3
// value F1). Gates both languages on the floors in eval/floors/meantime.json.
//
//   node scripts/eval/meantime.mjs [--verbose]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(ROOT, process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(ROOT, process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const FLOORS = JSON.parse(readFileSync(join(ROOT, "eval", "floors", "meantime.json"), "utf8"));
const { extractTimexes } = await import(pathToFileURL(join(DIST, "src", "extract", "times.js")).href);
const { splitSentences } = await import(pathToFileURL(join(DIST, "src", "extract", "sentences.js")).href);
const verbose = process.argv.includes("--verbose");

const out = {};
let pass = true;
for (const lang of ["es", "en"]) {
  const bench = join(SHARED, "bench", `meantime-${lang}-timex`);
  if (!existsSync(join(bench, "gold.json"))) {
    console.log(`meantime-${lang}: benchmark not found at ${bench}; skipped`);
    continue;
  }
  const { score } = await import(pathToFileURL(join(bench, "score.mjs")).href);
  const gold = JSON.parse(readFileSync(join(bench, "gold.json"), "utf8"));
  const textOf = (doc) => readFileSync(join(bench, `${doc}.txt`), "utf8");
  const pred = gold.map((g) => {
    const text = textOf(g.doc);
    return { doc: g.doc, times: extractTimexes(text, splitSentences(text, lang), g.dct, lang).map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.timeml, type: t.type })) };
  });
  const r = score(gold, pred, textOf, verbose ? (s) => console.error(`[${lang}] ${s}`) : () => {});
  const floor = FLOORS[lang] ?? 0;
  const ok = r.value.f1 >= floor;
  pass &&= ok;
  console.log(`MEANTIME ${lang}: ${gold.length} documents, ${r.gold} gold; predicted ${r.predicted}; relaxed F1 ${r.relaxed.f1.toFixed(4)}  strict F1 ${r.strict.f1.toFixed(4)}  value F1 ${r.value.f1.toFixed(4)} vs floor ${floor}: ${ok ? "ok" : "BELOW FLOOR"}`);
  out[lang] = { valueF1: Number(r.value.f1.toFixed(4)), relaxedF1: Number(r.relaxed.f1.toFixed(4)), strictF1: Number(r.strict.f1.toFixed(4)), floor };
}
console.log(`RESULT ${JSON.stringify({ metric: "value_f1", ...out, pass })}`);
process.exitCode = pass ? 0 : 1;
