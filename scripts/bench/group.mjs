#!/usr/bin/env node
// Scale benchmark for story grouping (src/group). Builds a synthetic stream of news articles from
// the bench texts under shared/bench (ECB+ articles, the article-extraction gold bodies, NewsQuant
// sentences) and times StoryGrouper.add() alone on it.
//
//   SITREP_DIST=dist-group node scripts/bench/group.mjs [10000 100000 …] [--threads N] [--json]
//
// With --threads N, the articles are first written to a JSONL file (not timed), then read back
// line by line and grouped with addAllParallel (src/group/parallel.ts: N threads make features,
// the main thread decides), and the whole of it is timed by the wall clock: reading, parsing,
// features and decisions, as a user grouping a file of articles would wait for it.
//
// How the stream is made (deterministic, seed 20240601): a story takes one source article as its
// template and gets its own names and figures: every capitalized word and every number of the
// template is replaced through a story-specific mapping (a pool of capitalized words gathered
// from all sources; numbers rescaled), and the story gets its own date. Each of its articles
// (~600 words) keeps a random ordered subset of the template's sentences (as outlets rephrase
// and cut), plus background sentences from other sources with names swapped at random, under a
// dateline with the story's date (± 2 days). Story sizes are 1 to 40 (geometric, mean ≈ 8);
// about 300 stories run at once and their articles interleave, as in a feed. Texts are made on
// the fly and dropped after add(), so memory is the grouper's.
//
// Prints articles/second and stories/second of grouping (generation not timed; wall clock, and CPU
// time of the grouping calls, which other load on the machine does not inflate), the story count
// against the generated one, B-cubed F1 against the generated stories (a sanity check, not a
// benchmark of quality: the templates repeat), and peak RSS. Last line: RESULT {json}.
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(repo, process.env.SITREP_DIST ?? "dist");
const shared = resolve(process.env.SITREP_SHARED ?? join(repo, "..", "shared"));
const asJson = process.argv.includes("--json");
const threadsAt = process.argv.indexOf("--threads");
const threads = threadsAt > 0 ? Number(process.argv[threadsAt + 1]) : 0;
const sizes = process.argv.slice(2).filter((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== "--threads").map(Number);
if (sizes.length === 0) sizes.push(10_000, 100_000);

if (!existsSync(join(shared, "bench"))) {
  console.log(`group bench: ${join(shared, "bench")} not found; nothing to measure.`);
  process.exit(0);
}
const { StoryGrouper } = await import(pathToFileURL(join(dist, "src/group/stories.js")).href);
const { addAllParallel } = await import(pathToFileURL(join(dist, "src/group/parallel.js")).href);

// ---- sources ---------------------------------------------------------------------------------
const { mulberry32 } = await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "corpus.mjs")).href);
function hash32(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
const splitSentences = (t) =>
  t
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?][”"’]?)\s+(?=[“"]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => s.split(" ").length >= 5);

const templates = []; // { title, sentences }
const background = []; // sentences
function readJsonl(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
for (const r of readJsonl(join(shared, "bench/ecbplus/articles.jsonl"))) {
  const s = splitSentences(r.text ?? "");
  if (s.length >= 3) templates.push({ title: r.title ?? s[0], sentences: s });
  background.push(...s);
}
const gtPath = join(shared, "bench/article-extraction/ground-truth.json");
if (existsSync(gtPath)) {
  for (const v of Object.values(JSON.parse(readFileSync(gtPath, "utf8")))) {
    const s = splitSentences(v.articleBody ?? "");
    if (s.length >= 3) templates.push({ title: s[0], sentences: s });
    background.push(...s);
  }
}
for (const r of readJsonl(join(shared, "bench/newsquant/NewsQuant.jsonl"))) background.push(...splitSentences(r.text ?? ""));

// capitalized words seen inside sentences: the pool names are drawn from
const poolSet = new Set();
for (const s of background) for (const m of s.matchAll(/(?<=[a-z,;] )[A-Z][a-z]{2,}(?= [A-Za-z])/g)) poolSet.add(m[0]);
const pool = [...poolSet].sort();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Rewrites names and numbers of a sentence through a mapping keyed by `seed`. */
function swap(sentence, seed) {
  return sentence
    .replace(/(?<=\S )[A-Z][a-z]+/g, (w) => pool[hash32(w + "|" + seed) % pool.length])
    .replace(/\b\d+(?:[.,]\d+)?\b/g, (n) => {
      const v = Number(n.replace(/,/g, ""));
      if (!Number.isFinite(v) || v < 2 || (v >= 1900 && v <= 2099)) return n;
      return String(Math.max(2, Math.round(v * (0.5 + (hash32(n + "#" + seed) % 1000) / 500))));
    });
}

// ---- the stream --------------------------------------------------------------------------------
function* stream(total, seed) {
  const rnd = mulberry32(seed);
  const active = [];
  let made = 0;
  let storyNo = 0;
  const newStory = () => {
    let size = 1;
    while (size < 40 && rnd() < 0.875) size++;
    const day = Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000;
    return { no: storyNo++, tpl: templates[Math.floor(rnd() * templates.length)], left: size, day, n: 0 };
  };
  while (made < total) {
    while (active.length < 300) active.push(newStory());
    const k = Math.floor(rnd() * active.length);
    const st = active[k];
    const key = `story${st.no}`;
    const words = [];
    const tplPick = st.tpl.sentences.filter(() => rnd() < 0.7);
    if (tplPick.length === 0) tplPick.push(st.tpl.sentences[0]);
    const parts = tplPick.map((s) => swap(s, key));
    let len = parts.reduce((a, s) => a + s.split(" ").length, 0);
    while (len < 600) {
      const s = swap(background[Math.floor(rnd() * background.length)], `bg${made}`);
      parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, s);
      len += s.split(" ").length;
    }
    const day = new Date(st.day + Math.floor(rnd() * 5 - 2) * 86_400_000);
    const dateline = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    words.push(dateline, parts.join(" "));
    yield {
      story: key,
      doc: {
        id: `${key}-${st.n++}`,
        title: swap(st.tpl.title, key),
        text: words.join("\n"),
        published: day.toISOString().slice(0, 10),
      },
    };
    made++;
    if (--st.left === 0) active.splice(k, 1);
  }
}

// ---- run ---------------------------------------------------------------------------------------
function bcubed(gold, pred) {
  const groups = (m) => {
    const g = new Map();
    for (const [item, label] of m) {
      let s = g.get(label);
      if (!s) g.set(label, (s = []));
      s.push(item);
    }
    return g;
  };
  const G = groups(gold);
  const P = groups(pred);
  let p = 0;
  let r = 0;
  for (const items of P.values()) {
    const count = new Map();
    for (const i of items) count.set(gold.get(i), (count.get(gold.get(i)) ?? 0) + 1);
    for (const [g, c] of count) {
      p += (c * c) / items.length;
      r += (c * c) / G.get(g).length;
    }
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f1: (2 * p * r) / (p + r) };
}

let peakRss = process.memoryUsage().rss;
const results = [];
for (const n of sizes) {
  const g = new StoryGrouper();
  const gold = new Map();
  let ns = 0n;
  let cpuUs = 0;
  let words = 0;
  let i = 0;
  if (threads > 0) {
    // write the stream to a file, then time reading it back and grouping it on `threads` threads
    const file = join(mkdtempSync(join(tmpdir(), "sitrep-group-")), "articles.jsonl");
    const out = createWriteStream(file);
    for (const { story, doc } of stream(n, 20240601)) {
      gold.set(doc.id, story);
      if (i++ < 2000) words += doc.text.split(/\s+/).length;
      if (!out.write(JSON.stringify(doc) + "\n")) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    async function* docs() {
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) yield JSON.parse(line);
    }
    await addAllParallel(g, docs(), { threads });
    ns = process.hrtime.bigint() - t0;
    const c1 = process.cpuUsage(c0);
    cpuUs = c1.user + c1.system;
    clearInterval(timer);
    rmSync(dirname(file), { recursive: true, force: true });
  } else
  for (const { story, doc } of stream(n, 20240601)) {
    gold.set(doc.id, story);
    if (i < 2000) words += doc.text.split(/\s+/).length;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    g.add(doc);
    ns += process.hrtime.bigint() - t0;
    const c1 = process.cpuUsage(c0);
    cpuUs += c1.user + c1.system;
    if (++i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const secs = Number(ns) / 1e9;
  const stories = g.stories();
  const pred = new Map();
  for (const s of stories) for (const a of s.articleIds) pred.set(a, s.id);
  const b3 = bcubed(gold, pred);
  const r = {
    articles: n,
    threads: threads > 0 ? `${threads} feature thread(s) + main, from a JSONL file` : "1 (add() alone)",
    wordsPerArticle: Math.round(words / Math.min(n, 2000)),
    seconds: Number(secs.toFixed(2)),
    cpuSeconds: Number((cpuUs / 1e6).toFixed(2)),
    articlesPerCpuSecond: Math.round(n / (cpuUs / 1e6)),
    articlesPerSecond: Math.round(n / secs),
    storiesPerSecond: Math.round(stories.length / secs),
    stories: stories.length,
    goldStories: new Set(gold.values()).size,
    b3F1: Number(b3.f1.toFixed(4)),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
  };
  results.push(r);
  if (!asJson)
    console.log(
      `${n} articles (~${r.wordsPerArticle} words), threads ${r.threads}: grouped in ${r.seconds} s wall (${r.cpuSeconds} s CPU) = ` +
        `${r.articlesPerSecond} articles/s (${r.articlesPerCpuSecond} per CPU-second), ` +
        `${r.storiesPerSecond} stories/s; ${r.stories} stories (generated: ${r.goldStories}); ` +
        `B3 F1 vs generated ${r.b3F1}; peak RSS ${r.peakRssMiB} MiB`,
    );
}
console.log(`RESULT ${JSON.stringify({ bench: "group", templates: templates.length, pool: pool.length, results })}`);
