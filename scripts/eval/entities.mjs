#!/usr/bin/env node
// Entity eval: runs the entity extractor and the cross-article merge over the reference corpus
// (shared/corpus/peru-chile-border, cleaned by the project's own cleaner when it is built) and
// compares them with the "entities" section of its hand annotation, the way shared/eval/score.mjs
// does: people found, one entity per person (variants merged), places and organisations found,
// nothing from debris. The article's outlet (metadata) is added as the story stage does. Also times the extractor on the corpus and on ECB+ (shared/bench/ecbplus).
// The headline figure is the mean of the four rates; it is gated on eval/floors/entities.json.
//
//   SITREP_DIST=dist-entities node scripts/eval/entities.mjs [--list] [--update-floor]
//
// --list          print every merged entity
// --update-floor  raise the floor to the current figure (rounded down to 3 decimals); never lowers it
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { norm } from "./_match.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = resolve(ROOT, process.env.SITREP_DIST ?? join(ROOT, "dist"));
const SHARED = resolve(ROOT, process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const CORPUS = join(SHARED, "corpus", "peru-chile-border");
const GOLD = join(SHARED, "eval", "peru-chile-border.gold.json");
const ECB = join(SHARED, "bench", "ecbplus", "articles.jsonl");
const FLOOR_FILE = join(ROOT, "eval", "floors", "entities.json");
const METRIC = "reference-entity-score";
const args = process.argv.slice(2);

if (!existsSync(GOLD) || !existsSync(CORPUS)) {
  console.log(`entities: reference corpus not found under ${SHARED}; skipped`);
  process.exit(0);
}

const load = (p) => import(pathToFileURL(join(DIST, p)).href);
const { extractEntities } = await load("src/extract/entities.js");
const { mergeEntities } = await load("src/reconcile/merge-entities.js");
const { splitSentences } = await load("src/extract/sentences.js");
const cleaner = existsSync(join(DIST, "src", "clean", "article.js")) ? await load("src/clean/article.js") : null;
const gold = JSON.parse(readFileSync(GOLD, "utf8"));

// Same matching as shared/eval/score.mjs.
const has = (hay, needle) => norm(hay).includes(norm(needle));
const names = (e) => [e.name, ...e.aliases];

/** The article text as the pipeline sees it: the project's cleaner, else the gold's debris lines cut. */
function articleText(file, raw, key) {
  if (cleaner) {
    const r = cleaner.cleanDoc({ source: file, format: "text", body: raw, meta: {} });
    if (r.article) return { text: r.article.text, lang: r.article.language === "es" ? "es" : "en", outlet: r.article.outlet };
  }
  const drop = gold.articles[key]?.mustRemove ?? [];
  const lines = raw.split("\n");
  const cut = lines.findIndex((l, i) => i > lines.length / 2 && drop.some((d) => has(l, d)));
  return { text: (cut >= 0 ? lines.slice(0, cut) : lines).filter((l) => !drop.some((d) => has(l, d))).join("\n"), lang: "en", outlet: gold.articles[key]?.outlet ?? null };
}

const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
const docs = files.map((f) => {
  const key = Object.keys(gold.articles).find((k) => f.startsWith(k)) ?? f;
  return { id: key, ...articleText(f, readFileSync(join(CORPUS, f), "utf8"), key) };
});
const perArticle = docs.map((d) => {
  const sentences = splitSentences(d.text, d.lang);
  const r = extractEntities(d.text, sentences, d.lang, d.id);
  // as the story stage does (src/reconcile/story.ts): the publisher from metadata is an organisation
  if (d.outlet && !r.entities.some((e) => [e.name, ...e.aliases].some((n) => norm(n) === norm(d.outlet))))
    r.entities.push({ id: `outlet-${d.id}`, type: "organization", name: d.outlet, aliases: [], description: "publisher", articleIds: [d.id] });
  return { articleId: d.id, entities: r.entities, mentions: r.mentions.map((m) => ({ ...m, articleId: d.id })) };
});
const merged = mergeEntities(perArticle);
const entities = merged.entities;

// ---------- the four rows of score.mjs
const rows = [];
const persons = entities.filter((e) => e.type === "person");
const peopleMiss = gold.entities.person.filter((p) => !persons.some((e) => names(e).some((n) => p.match.some((m) => norm(n).includes(m))))).map((p) => p.name);
rows.push(["people found", gold.entities.person.length - peopleMiss.length, gold.entities.person.length, peopleMiss.join(", ")]);
const mergeMiss = [];
for (const m of gold.entities.mergedAliases) {
  const term = norm(m.match ?? m.name.split(" ").pop());
  const holders = entities.filter((e) => names(e).some((n) => norm(n).split(/[^a-z]+/).includes(term)));
  if (holders.length !== 1) mergeMiss.push(`${m.name}: ${holders.length} entities`);
}
rows.push(["one entity per person (variants merged)", gold.entities.mergedAliases.length - mergeMiss.length, gold.entities.mergedAliases.length, mergeMiss.join(", ")]);
const others = [...gold.entities.place, ...gold.entities.organization];
const otherMiss = others.filter((n) => !entities.some((e) => names(e).some((x) => has(x, n))));
rows.push(["places and organizations found", others.length - otherMiss.length, others.length, otherMiss.join(", ")]);
const bad = gold.entities.forbidden.filter((f) => entities.some((e) => names(e).some((n) => has(n, f))));
rows.push(["no entities from removed boilerplate", bad.length ? 0 : 1, 1, bad.join(", ")]);

// ---------- speed: reference articles and ECB+ (CPU time, best of five passes: the machine may be shared)
function time(texts, rounds) {
  const prepared = texts.map((t) => ({ t, s: splitSentences(t, "en") }));
  for (const p of prepared) extractEntities(p.t, p.s, "en", "warm");
  let best = Infinity;
  for (let pass = 0; pass < 5; pass++) {
    const t0 = process.cpuUsage().user;
    for (let r = 0; r < rounds; r++) for (const p of prepared) extractEntities(p.t, p.s, "en", "x");
    best = Math.min(best, (process.cpuUsage().user - t0) / rounds);
  }
  const words = prepared.reduce((n, p) => n + p.t.split(/\s+/).length, 0);
  return { usPerArticle: best / prepared.length, usPer600Words: (best * 600) / words };
}
const refSpeed = time(docs.map((d) => d.text), 20);
const ecb = existsSync(ECB) ? readFileSync(ECB, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
const ecbSpeed = ecb.length ? time(ecb.map((a) => (a.title ? a.title + "\n" : "") + a.text), 1) : null;
let ecbEntities = 0;
for (const a of ecb) ecbEntities += extractEntities(a.text, splitSentences(a.text, "en"), "en", a.id).entities.length;

// ---------- report
const pct = (a, b) => (b ? Math.round((100 * a) / b) : 0);
console.log(`entities: reference corpus, ${docs.length} articles${cleaner ? " (cleaned by src/clean)" : " (debris cut by the gold's mustRemove lines)"}`);
for (const [label, got, of, detail] of rows) console.log(`  ${label.padEnd(42)} ${String(got).padStart(2)}/${of} ${String(pct(got, of)).padStart(3)}%${detail ? "  missing/bad: " + detail : ""}`);
const byType = {};
for (const e of entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
console.log(`  merged entities: ${entities.length} ${JSON.stringify(byType)}; mentions: ${merged.mentions.length}`);
if (args.includes("--list"))
  for (const e of entities) console.log(`    ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? "  [" + e.aliases.join(" | ") + "]" : ""}${e.description ? "  — " + e.description : ""}  (${e.articleIds.length} art.)`);
console.log(`  speed: ${refSpeed.usPerArticle.toFixed(0)} µs per reference article, ${refSpeed.usPer600Words.toFixed(0)} µs per 600 words`);
if (ecbSpeed) console.log(`  ECB+: ${ecb.length} articles, ${ecbEntities} entities; ${ecbSpeed.usPerArticle.toFixed(0)} µs per article, ${ecbSpeed.usPer600Words.toFixed(0)} µs per 600 words`);
console.log("  anchors: none published for this corpus; score.mjs rows are the reference (4/4 rows at 100% is the goal)");

const score = rows.reduce((s, [, got, of]) => s + (of ? got / of : 0), 0) / rows.length;
const floorFile = existsSync(FLOOR_FILE) ? JSON.parse(readFileSync(FLOOR_FILE, "utf8")) : { metric: METRIC, floor: 0 };
let floor = floorFile.floor;
if (args.includes("--update-floor")) {
  const next = Math.floor(score * 1000) / 1000;
  if (next > floor) {
    floor = next;
    writeFileSync(FLOOR_FILE, JSON.stringify({ metric: METRIC, floor }, null, 2) + "\n");
    console.log(`  floor raised to ${floor}`);
  }
}
const result = {
  metric: METRIC,
  value: Math.round(score * 1000) / 1000,
  floor,
  peopleFound: rows[0][1] / rows[0][2],
  variantsMerged: rows[1][1] / rows[1][2],
  placesOrgsFound: rows[2][1] / rows[2][2],
  noDebris: rows[3][1],
  entities: entities.length,
  usPerArticle: Math.round(refSpeed.usPerArticle),
  usPer600Words: Math.round(refSpeed.usPer600Words),
  ecbUsPer600Words: ecbSpeed ? Math.round(ecbSpeed.usPer600Words) : null,
};
console.log(`${score >= floor ? "ok" : "BELOW FLOOR"}: ${METRIC} ${result.value} (floor ${floor})`);
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(score >= floor ? 0 : 1);
