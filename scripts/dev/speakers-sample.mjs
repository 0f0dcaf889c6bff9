#!/usr/bin/env node
// Lists quotations of a deterministic random sample of articles (incidents and ECB+ in English,
// MEANTIME in Spanish) with two sentences of context each side, the speaker found and its rule:
// the listing that test/fixtures/speakers/labels.json was labelled from.
// Usage: node scripts/dev/speakers-sample.mjs [--per incidents=70,ecbplus=45,meantime-es=50] [--json]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPORA, loadCorpus, loadExtractor, shuffled } from "../eval/_speakers.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const DIST = resolve(process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SEED = 20240808;
/** At most this many quotations from one article, so that one long article does not fill the sample
 * (MEANTIME articles are ~120 words and hold 41 quotations in all: they are taken whole). */
const PER_ARTICLE = { incidents: 4, ecbplus: 4, "meantime-es": Infinity };
const args = process.argv.slice(2);
const perArg = args.includes("--per") ? args[args.indexOf("--per") + 1] : "incidents=70,ecbplus=45,meantime-es=50";
const want = Object.fromEntries(perArg.split(",").map((kv) => kv.split("=")).map(([k, v]) => [k, +v]));
const extract = await loadExtractor(DIST);
const clip = (s, n) => (s.length > n ? s.slice(0, n) + "…" : s);

for (const [name, n] of Object.entries(want)) {
  const { lang } = CORPORA[name];
  let got = 0;
  for (const art of shuffled(loadCorpus(SHARED, name), SEED)) {
    if (got >= n) break;
    const { sentences, quotes } = extract(art.text, lang, art.id);
    for (const q of quotes.slice(0, PER_ARTICLE[name])) {
      if (got >= n) break;
      got++;
      const si = sentences.findIndex((s) => s.end > q.start);
      const ctx = sentences.slice(Math.max(0, si - 2), si + 3).map((s) => clip(s.text.replace(/\s+/g, " "), 400)).join(" ¶ ");
      if (args.includes("--json")) console.log(JSON.stringify({ corpus: name, id: art.id, start: q.start, quote: q.text.slice(0, 40), speaker: q.speaker, rule: q.rule }));
      else console.log(`\n### ${name} ${art.id} @${q.start} [${q.rule}] → ${q.speaker}${q.speakerDescription ? ` (desc: ${q.speakerDescription})` : ""}\nQ: ${clip(q.text, 120)}\nC: ${ctx}`);
    }
  }
  if (got < n) console.log(`\n(${name}: only ${got} quotations)`);
}
