#!/usr/bin/env node
// Measures the quotation extractor (src/extract/quotes.ts) on the reference case: quotations found,
// speakers right and false quotations, against the hand annotation in ../shared/eval, plus its
// speed on the ECB+ articles. Prints a summary and, last, `RESULT {json}`; exits 1 when the headline
// figure is under the floor pinned in eval/floors/quotes.json. `--update-floor` raises the floor to
// the current figure (never lowers it); `--verbose` lists every quotation.
//
// The speakers are resolved against the people an entity stage found. When the project's entity
// extractor (dist/src/extract/entities.js) is built it is used; otherwise a crude capitalised-name
// finder below stands in, and the summary says so.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { norm } from "./_match.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const FLOOR_FILE = join(ROOT, "eval", "floors", "quotes.json");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");

if (!existsSync(SHARED)) {
  console.log(`quotes eval: no shared folder at ${SHARED}; nothing to measure.`);
  process.exit(0);
}

const load = (rel) => import(pathToFileURL(join(DIST, rel)).href);
const { extractQuotes } = await load("src/extract/quotes.js");
const { splitSentences } = await load("src/extract/sentences.js");
let entityStage = null;
try {
  const m = await load("src/extract/entities.js");
  if (typeof m.extractEntities === "function") entityStage = m.extractEntities;
} catch {
  /* not built yet: the fallback finder below stands in */
}

// ---------- people: the entity stage, or a crude stand-in ----------
const TITLE_WORDS = new Set(
  "president general gen. minister security foreign interior judge superior court sheriff deputy sgt. mr. mrs. ms. dr. prof. senator sen. rep. governor gov. mayor chief director secretary prime chancellor king queen pope police peruvian chilean far-right left-wing right-wing leftist former vice trustworthy computing prosecutor attorney officer captain capt. lt. col. commissioner spokesman spokeswoman"
    .split(" "),
);
const ORG_WORDS = /\b(Police|Ministry|Press|Committee|Complex|Forces|University|Center|Centre|Government|Party|Court|Agency|News|Radio|Canal|Times|Post|Journal|Reuters|Jazeera|Clinic|Company|Inc|Corp|Council|Office|Department|Navy|Army|Church|Association|Institute|Bank|Microsoft|Apple|Google)\b/;
const FUNCTION_WORDS = new Set(
  "the a an in on at to for of and but or if as it its he she they we i you this that these those there his her their our when while after before since so yet however meanwhile one two three many some most also already according with from by into over under during about although because what who which where how why no not now then still even just only".split(
    " ",
  ),
);
const PARTICLES = new Set(["de", "del", "da", "van", "von", "la", "le", "bin", "al"]);

function fallbackPeople(text) {
  const out = [];
  const persons = []; // {tokens, id, name}
  const re = /[\p{Lu}][\p{L}’'\-]*/gu;
  let m;
  while ((m = re.exec(text))) {
    // extend over following capitalised words and particles
    let end = m.index + m[0].length;
    let start = m.index;
    const rest = /^(?: (?:(?:de|del|da|van|von|la|bin|al) )?[\p{Lu}](?:\.|[\p{L}’'\-]*))+/u.exec(text.slice(end));
    if (rest) end += rest[0].length;
    // a lowercase particle before ("de Zela")
    const pre = /(?:^|[^\p{L}])((?:de|del|da|van|von) )$/u.exec(text.slice(Math.max(0, start - 5), start));
    if (pre) start -= pre[1].length;
    re.lastIndex = end;
    let span = text.slice(start, end).replace(/[’']s$/, "");
    end = start + span.length;
    let words = span.split(" ");
    // drop leading title words and sentence-initial function words
    while (words.length && (TITLE_WORDS.has(words[0].toLowerCase()) || FUNCTION_WORDS.has(words[0].toLowerCase()))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (!words.length || words.join(" ").length < 2 || /^[\p{Lu}]$/u.test(words[0])) continue;
    span = words.join(" ");
    const isOrg = ORG_WORDS.test(span);
    let type = "other";
    let id = `x-${span.toLowerCase()}`;
    let name = span;
    const known = persons.find((p) => p.tokens[p.tokens.length - 1] === words[words.length - 1] || p.name === span);
    if (!isOrg && known) {
      type = "person";
      id = known.id;
      name = known.name;
    } else if (!isOrg && words.filter((w) => !PARTICLES.has(w)).length >= 2 && words.length <= 4) {
      type = "person";
      id = `p-${span.toLowerCase()}`;
      persons.push({ tokens: words, id, name: span });
    } else if (isOrg) {
      type = "organization";
    }
    out.push({ start, end: start + span.length, name, entityId: id, type });
  }
  return out;
}

let entityFailures = 0;
function peopleOf(text, sentences, lang) {
  if (!entityStage) return fallbackPeople(text);
  let r;
  try {
    r = entityStage(text, sentences, lang, "a-eval");
  } catch {
    entityFailures++; // the entity stage is someone else's work in progress: measure quotes anyway
    return fallbackPeople(text);
  }
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  return r.mentions.map((mn) => {
    const e = byId.get(mn.entityId);
    const type = e?.type === "person" || e?.type === "organization" || e?.type === "group" ? e.type : "other";
    return { start: mn.start, end: mn.end, name: e?.name ?? mn.text, entityId: mn.entityId, type };
  });
}

// ---------- matching (as ../shared/eval/score.mjs does) ----------
const tokensOf = (s) => norm(s).split(/[^a-z0-9]+/).filter(Boolean);
const overlap = (a, b) => {
  const ta = new Set(tokensOf(a));
  const tb = new Set(tokensOf(b));
  if (!ta.size || !tb.size) return 0;
  let n = 0;
  for (const t of ta) if (tb.has(t)) n++;
  return n / Math.max(ta.size, tb.size);
};
const sameText = (a, b) => {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x === y || overlap(x, y) >= 0.8);
};

// ---------- the reference case ----------
const corpusDir = join(SHARED, "corpus", "peru-chile-border");
const gold = JSON.parse(readFileSync(join(SHARED, "eval", "peru-chile-border.gold.json"), "utf8"));
const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
let found = 0;
let spk = 0;
let spkN = 0;
let extracted = 0;
let falseQ = 0;
let badOffsets = 0;
const lines = [];
for (const f of files) {
  const key = f.slice(0, 3);
  const text = readFileSync(join(corpusDir, f), "utf8");
  const sentences = splitSentences(text, "en");
  const quotes = extractQuotes(text, sentences, "en", peopleOf(text, sentences, "en"));
  extracted += quotes.length;
  for (const q of quotes) if (text.slice(q.start, q.end) !== q.text || !text.includes(q.sentence)) badOffsets++;
  const golds = gold.quotes.filter((g) => g.article === key);
  const used = new Set();
  for (const g of golds) {
    const i = quotes.findIndex((q, k) => !used.has(k) && sameText(q.text, g.text));
    if (i < 0) {
      lines.push(`  MISSED ${key} "${g.text.slice(0, 60)}" (${g.speaker})`);
      continue;
    }
    used.add(i);
    found++;
    const q = quotes[i];
    if (g.speakerOptional && !q.speaker && !q.speakerId) {
      if (verbose) lines.push(`  ok    ${key} "${q.text.slice(0, 50)}" → null [${q.rule}] (speaker optional)`);
      continue;
    }
    spkN++;
    const ok = g.speakerMatch.some((m) => norm(q.speaker).includes(m));
    if (ok) spk++;
    if (!ok || verbose) lines.push(`  ${ok ? "ok   " : "WRONG"} ${key} "${q.text.slice(0, 50)}" → ${q.speaker ?? "null"} [${q.rule}]${ok ? "" : ` (want ${g.speaker})`}`);
  }
  quotes.forEach((q, k) => {
    if (used.has(k) || golds.some((g) => sameText(q.text, g.text))) return;
    falseQ++;
    lines.push(`  FALSE ${key} "${q.text.slice(0, 60)}" → ${q.speaker ?? "null"} [${q.rule}]`);
  });
}
const nGold = gold.quotes.length;
const precision = extracted ? (extracted - falseQ) / extracted : 0;
const score = (found / nGold + (spkN ? spk / spkN : 0) + precision) / 3;

// ---------- speed: every ECB+ article, and the reference articles ----------
function timeOn(texts, lang) {
  const prepared = texts.map((t) => {
    const sentences = splitSentences(t, lang);
    return { t, sentences, people: peopleOf(t, sentences, lang), words: t.split(/\s+/).filter(Boolean).length };
  });
  for (const p of prepared) extractQuotes(p.t, p.sentences, lang, p.people); // warm-up
  const rounds = 5;
  const t0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const p of prepared) n += extractQuotes(p.t, p.sentences, lang, p.people).length;
  const cpu = process.cpuUsage(t0);
  const us = (cpu.user + cpu.system) / (rounds * prepared.length);
  const words = prepared.reduce((s, p) => s + p.words, 0) / prepared.length;
  return { articles: prepared.length, quotes: n / rounds, usPerArticle: +us.toFixed(1), wordsPerArticle: Math.round(words), usPer600Words: +((us * 600) / words).toFixed(1) };
}
const ecbPath = join(SHARED, "bench", "ecbplus", "articles.jsonl");
const ecbTexts = existsSync(ecbPath)
  ? readFileSync(ecbPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text)
  : [];
const speedEcb = ecbTexts.length ? timeOn(ecbTexts, "en") : null;
const speedRef = timeOn(files.map((f) => readFileSync(join(corpusDir, f), "utf8")), "en");

// ---------- report ----------
const floor = existsSync(FLOOR_FILE) ? JSON.parse(readFileSync(FLOOR_FILE, "utf8")) : { metric: "reference.score", floor: 0 };
console.log(`quotes eval — people from ${entityStage ? "the entity stage" : "the fallback capitalised-name finder (entity stage not built)"}${entityFailures ? ` (it failed on ${entityFailures} texts; the fallback stood in)` : ""}`);
console.log(`reference case (${files.length} articles, ${nGold} gold quotations):`);
console.log(`  quotations found      ${found}/${nGold}`);
console.log(`  speakers right        ${spk}/${spkN}`);
console.log(`  false quotations      ${falseQ} of ${extracted} extracted`);
console.log(`  offsets broken        ${badOffsets}`);
for (const l of lines) console.log(l);
if (speedEcb) console.log(`speed (ECB+): ${speedEcb.usPerArticle} µs/article of ${speedEcb.wordsPerArticle} words ≈ ${speedEcb.usPer600Words} µs per 600 words; ${speedEcb.quotes} quotations in ${speedEcb.articles} articles`);
console.log(`speed (reference): ${speedRef.usPerArticle} µs/article of ${speedRef.wordsPerArticle} words ≈ ${speedRef.usPer600Words} µs per 600 words`);
const headline = Math.floor(score * 1000) / 1000;
console.log(`score (mean of found, speakers right, precision): ${score.toFixed(3)}   floor ${floor.floor}`);

let exit = 0;
if (badOffsets > 0) {
  console.log("offsets broken: text.slice(start, end) must equal the quotation's text");
  exit = 1;
}
if (headline < floor.floor) {
  console.log(`below the floor (${headline} < ${floor.floor})`);
  exit = 1;
} else if (args.includes("--update-floor") && headline > floor.floor) {
  writeFileSync(FLOOR_FILE, JSON.stringify({ metric: "reference.score", floor: headline }, null, 2) + "\n");
  console.log(`floor raised to ${headline}`);
}
const result = {
  hints: entityStage ? "entities" : "fallback",
  entityFailures,
  found,
  gold: nGold,
  speakersRight: spk,
  speakersScored: spkN,
  extracted,
  falseQuotations: falseQ,
  precision: +precision.toFixed(3),
  score: +score.toFixed(3),
  badOffsets,
  speed: { ecbplus: speedEcb, reference: speedRef },
};
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(exit);
