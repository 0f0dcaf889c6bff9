#!/usr/bin/env node
// Measures figure extraction (src/extract/quantities.ts) on NewsQuant (CQE's 590 news sentences,
// 904 gold quantities; shared/bench/newsquant). Runs extractQuantities on every sentence, writes
// the predictions to .bench-tmp/newsquant.predictions.jsonl, scores them with the bench's own
// scorer and compares value+change F1 with the floor pinned in eval/floors/newsquant.json.
//
//   SITREP_DIST=dist-quantities node scripts/eval/newsquant.mjs [--verbose] [--update-floor]
//
// Our mention → the bench's quantity:
//   value   a number; [min, max] for ranges and vague counts ("thousands" → [1000, 10000]),
//           written high→low for a falling "from … to …" ("fell from 2,415 to 2,315")
//   change  trend up/down when stated, else the hedge: exact "=", about "~", at_least and
//           more_than ">", at_most and less_than "<", range and vague "="  (bench README table)
//   unit    our unit in the bench's words (USD → dollar, percent → percentage), else the counted noun
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = resolve(ROOT, process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const BENCH = join(SHARED, "bench", "newsquant");
const FLOOR = join(ROOT, "eval", "floors", "newsquant.json");
const args = process.argv.slice(2);

if (!existsSync(join(BENCH, "NewsQuant.jsonl"))) {
  console.log(`newsquant: ${BENCH} not found, nothing to measure`);
  process.exit(0);
}

const { extractQuantities } = await import(pathToFileURL(join(DIST, "src/extract/quantities.js")).href);
const { splitSentences } = await import(pathToFileURL(join(DIST, "src/extract/sentences.js")).href);
const { score, loadEntries } = await import(pathToFileURL(join(BENCH, "score.mjs")).href);

const CHANGE = { exact: "=", about: "~", at_least: ">", more_than: ">", at_most: "<", less_than: "<", range: "=", vague: "=" };
const UNIT = {
  USD: "dollar", AUD: "australian dollar", CAD: "dollar", HKD: "hong kong dollar", NZD: "dollar", SGD: "dollar",
  EUR: "euro", GBP: "pound sterling", GBp: "p", JPY: "japanese yen", CNY: "chinese yuan", MYR: "malaysian ringgit",
  ILS: "shekel", INR: "rupee", cent: "cent", percent: "percentage", point: "point", "percentage point": "percentage point",
  "basis point": "basis point", km: "kilometre", m: "metre", cm: "centimetre", mm: "millimetre", mile: "mile", ft: "foot",
  in: "inch", yard: "yard", kg: "kilogram", g: "gram", mg: "milligram", t: "tonne", lb: "pound", l: "litre", ml: "millilitre",
  "km/h": "kilometre per hour", mph: "mile per hour", hp: "horsepower", kW: "kilowatt", MW: "megawatt", GW: "gigawatt",
  kWh: "kilowatt hour", GWh: "gigawatt hour", GB: "gigabyte", Hz: "hertz", "°": "degree", "°C": "degree celsius",
  "°F": "degree fahrenheit", second: "second", minute: "minute", hour: "hour", day: "day", week: "week", month: "month",
  year: "year", decade: "decade", times: "times", age: "year-old",
};

function toBench(m) {
  let value = m.value;
  // the bench writes a range as stated; a falling "from 208 pounds to 193" is stated high to low
  const falling = m.trend === "down" && /^(from|de|desde)\b/i.test(m.text);
  if (m.hedge === "range" || m.hedge === "vague") value = falling ? [m.max, m.min] : [m.min, m.max];
  const change = m.trend ?? CHANGE[m.hedge] ?? "=";
  const base = m.unit ? m.unit.split("/")[0] : null;
  const unit = m.unit === "people" || !m.unit ? m.counted ?? m.unit : UNIT[base] ?? base;
  return { value, change, unit, text: m.text };
}

const gold = loadEntries(readFileSync(join(BENCH, "NewsQuant.jsonl"), "utf8"));
const sentences = gold.map((g) => splitSentences(g.text, "en"));
const preds = gold.map((g, i) => ({ id: g.id, quantities: extractQuantities(g.text, sentences[i], "en").map(toBench) }));
// Speed: CPU time of extractQuantities alone (sentence splitting excluded), after warm-up passes (about
// 200 articles' worth of sentences) that load the lexicons and let the JIT settle.
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const PASSES = 5;
const WARM = 10;
for (let k = 0; k < WARM; k++) gold.forEach((g, i) => extractQuantities(g.text, sentences[i], "en"));
const t0 = cpu();
for (let k = 0; k < PASSES; k++) gold.forEach((g, i) => extractQuantities(g.text, sentences[i], "en"));
const us = (cpu() - t0) / PASSES / gold.length;

mkdirSync(join(ROOT, ".bench-tmp"), { recursive: true });
const predPath = join(ROOT, ".bench-tmp", "newsquant.predictions.jsonl");
writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join("\n") + "\n");

const log = args.includes("--verbose") ? (s) => console.log(s) : () => {};
const r = score(gold, preds, log);
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const line = (name, m) => console.log(`${name.padEnd(22)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (${m.tp} pairs)`);
console.log(`NewsQuant: ${r.sentences} sentences, ${r.gold} gold quantities, ${r.predicted} predicted (predictions: ${predPath})`);
line("value", r.value);
line("value+change", r.valueChange);
line("value+unit (lenient)", r.valueUnitLenient);
console.log(`speed: ${us.toFixed(1)} CPU-µs per sentence (extractQuantities alone, after ${WARM} warm-up passes)`);
console.log("anchors (F1): CQE value 92.0, value+change 88.1; quantulum3 value 73.0");

const floor = existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, "utf8")) : { metric: "valueChange.f1", floor: 0 };
const current = r.valueChange.f1;
let status = 0;
if (args.includes("--update-floor")) {
  const next = Math.floor(current * 1000) / 1000;
  if (next > floor.floor) {
    writeFileSync(FLOOR, JSON.stringify({ metric: "valueChange.f1", floor: next }, null, 2) + "\n");
    console.log(`floor raised: ${floor.floor} → ${next}`);
    floor.floor = next;
  } else {
    console.log(`floor kept at ${floor.floor} (current ${current.toFixed(4)})`);
  }
}
if (current < floor.floor) {
  console.log(`BELOW FLOOR: value+change F1 ${current.toFixed(4)} < ${floor.floor}`);
  status = 1;
}
const round = (x) => Math.round(x * 10000) / 10000;
console.log(
  "RESULT " +
    JSON.stringify({
      bench: "newsquant",
      metric: "valueChange.f1",
      floor: floor.floor,
      value: { p: round(r.value.p), r: round(r.value.r), f1: round(r.value.f1) },
      valueChange: { p: round(r.valueChange.p), r: round(r.valueChange.r), f1: round(r.valueChange.f1) },
      valueUnitLenient: { p: round(r.valueUnitLenient.p), r: round(r.valueUnitLenient.r), f1: round(r.valueUnitLenient.f1) },
      predicted: r.predicted,
      gold: r.gold,
      usPerSentence: Math.round(us * 10) / 10,
    }),
);
process.exit(status);
