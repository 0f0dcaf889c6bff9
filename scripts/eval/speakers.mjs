#!/usr/bin/env node
// Who said it: scores the speakers of quotations against hand labels (test/fixtures/speakers/labels.json,
// ~150 quotations of incidents and ECB+ in English, MEANTIME in Spanish; one article in three held
// out of development). The articles are re-read from ../shared. Prints accuracy (right speaker /
// labelled quotations) by language and split, precision where a speaker is named, and, last,
// `RESULT {json}`; exits 1 when accuracy falls under eval/floors/speakers.json.
// `--verbose` lists every labelled quotation; `--wrong` the wrong ones.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPORA, findQuote, loadCorpus, loadExtractor, speakerRight } from "./_speakers.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const FLOOR_FILE = join(ROOT, "eval", "floors", "speakers.json");
const args = process.argv.slice(2);

if (!existsSync(SHARED)) {
  console.log(`speakers eval: no shared folder at ${SHARED}; nothing to measure.`);
  process.exit(0);
}
const labels = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "speakers", "labels.json"), "utf8")).items;
const extract = await loadExtractor(DIST);
const texts = new Map();
for (const name of new Set(labels.map((l) => l.corpus))) for (const a of loadCorpus(SHARED, name)) texts.set(`${name}/${a.id}`, a.text);

const cells = {}; // key → { n, right, named, namedRight }
const add = (key, right, named) => {
  const c = (cells[key] ??= { n: 0, right: 0, named: 0, namedRight: 0 });
  c.n++;
  if (right) c.right++;
  if (named) {
    c.named++;
    if (right) c.namedRight++;
  }
};
const cache = new Map();
let missing = 0;
for (const l of labels) {
  const key = `${l.corpus}/${l.id}`;
  const text = texts.get(key);
  if (text === undefined) {
    missing++;
    continue;
  }
  const lang = CORPORA[l.corpus].lang;
  if (!cache.has(key)) cache.set(key, extract(text, lang, l.id).quotes);
  const q = findQuote(cache.get(key), l);
  const got = q ?? { speaker: null, speakerId: null, rule: "lost" };
  const right = q !== null && speakerRight(got, l);
  const named = got.speaker !== null && got.speakerId !== null;
  for (const k of ["all", l.split, lang, `${lang}/${l.split}`]) add(k, right, named);
  if (args.includes("--verbose") || (args.includes("--wrong") && !right))
    console.log(`  ${right ? "ok   " : "WRONG"} [${l.split}] ${l.corpus} ${l.id} @${l.start} "${l.quote.slice(0, 30)}" → ${got.speaker ?? "null"} [${got.rule}]${right ? "" : ` (want ${l.speaker ?? "null"})`}`);
}
const r3 = (x) => Math.round(x * 1000) / 1000;
const acc = (k) => (cells[k] ? r3(cells[k].right / cells[k].n) : null);
const prec = (k) => (cells[k]?.named ? r3(cells[k].namedRight / cells[k].named) : null);
console.log(`speakers eval — ${labels.length} labelled quotations${missing ? ` (${missing} whose article is absent)` : ""}`);
for (const k of ["all", "dev", "heldout", "en", "es", "en/dev", "en/heldout", "es/dev", "es/heldout"]) {
  const c = cells[k];
  if (c) console.log(`  ${k.padEnd(11)} accuracy ${acc(k).toFixed(3)} (${c.right}/${c.n})   precision where an entity is named ${prec(k)?.toFixed(3) ?? "-"} (${c.namedRight}/${c.named})`);
}
const floor = existsSync(FLOOR_FILE) ? JSON.parse(readFileSync(FLOOR_FILE, "utf8")) : null;
const result = { accuracy: acc("all"), dev: acc("dev"), heldout: acc("heldout"), en: acc("en"), es: acc("es"), precision: prec("all"), labelled: labels.length, missing };
let exit = 0;
if (floor) {
  for (const k of ["en", "es"]) {
    if (floor[k] !== undefined && result[k] !== null && result[k] < floor[k]) {
      console.log(`below the floor: ${k} ${result[k]} < ${floor[k]}`);
      exit = 1;
    }
  }
  console.log(`floor ${floor.floor}`);
}
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(exit);
