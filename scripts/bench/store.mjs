#!/usr/bin/env node
// The store under load (issue 10: "ingest latency per article into a store of 10k, page render
// time"), on the embedded PGlite and on the PostgreSQL server, each in a process of its own so that
// each peak RSS is its own.
//
//   node scripts/bench/store.mjs [--n=10000] [--quick] [--backend=pglite|postgres] [--profile=DIR] [--json]
//
// A corpus of N articles (default 10,000; --quick: 1,000; scripts/bench/corpus.mjs) is built from the bench texts under
// ../shared/bench (local-news incidents, ECB+, the article-extraction gold bodies) when present,
// else from examples/. Deterministic (seed 20240601): a story takes one source article as its
// template and gets its own names and figures (every capitalized word and number swapped through a
// story-specific mapping), a city, and a first day within an eight-week window; each of its articles
// keeps a random ordered subset of the template's sentences (some with the figures moved again, as
// a toll rises), plus one to three sentences of other articles with their names swapped, under a
// dateline, with a title, an outlet, a URL of its own and a publication time over the days the story
// runs. Story sizes: 1 to 40 (geometric, mean ≈ 8), and one story in a hundred a big one of 100 to
// 300 articles. The stream is in publication order, as a feed would bring it.
//
// Per backend (a fresh store: a temporary data folder, or a fresh schema on 127.0.0.1:5432/test,
// dropped at the end; skipped, saying so, when no server answers):
//   - fill: N-100 articles in ingestDocs calls of 200, timed: articles/s over the fill, over its
//     first and last tenth;
//   - the last 100 articles one at a time (ingestDocs([doc])), each timed: p50/p95/max latency into
//     a store of ~N, beside the time processArticle alone takes on the same documents;
//   - the 10 largest stories: store.report(id) and renderStoryPage(report, id), median and max; a
//     GET /stories/<id> of the largest through createApp(store) (Hono's in-process request) and a
//     GET / (the story list), median of 5;
//   - peak RSS, wall time. Last line: RESULT {json}; with --json, the parent prints one JSON line.
// --profile=DIR writes a V8 CPU profile of the fill and one of the one-at-a-time ingests
// (DIR/<backend>-fill.cpuprofile, DIR/<backend>-single.cpuprofile; open them in Chrome's DevTools).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { loadCorpus } from "./corpus.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(repo, process.env.SITREP_DIST ?? "dist");
const shared = resolve(process.env.SITREP_SHARED ?? join(repo, "..", "shared"));
const args = process.argv.slice(2);
const arg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number(arg("n") ?? (args.includes("--quick") ? 1000 : 10_000));
const backend = arg("backend");
const PG_URL = process.env.SITREP_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const profileDir = arg("profile");
const BATCH = 200;
const SINGLES = Math.min(100, Math.floor(N / 10));

// ---- no backend named: each in a process of its own ---------------------------------------------
if (!backend) {
  const t0 = performance.now();
  const results = [];
  for (const b of ["pglite", "postgres"]) {
    console.log(`\nstore, ${b}:`);
    const p = spawnSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), ...args, `--backend=${b}`], {
      encoding: "utf8",
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 2 ** 20,
    });
    const lines = (p.stdout ?? "").trimEnd().split("\n");
    for (const l of lines) if (!l.startsWith("RESULT ")) console.log(l);
    const last = lines.findLast((l) => l.startsWith("RESULT "));
    results.push(last ? JSON.parse(last.slice(7)) : { backend: b, error: `exit ${p.status}` });
    if (p.status !== 0) process.exitCode = 1;
  }
  console.log(`\nstore bench: ${((performance.now() - t0) / 1000).toFixed(0)} s wall in all`);
  // scripts/bench.mjs reads the RESULT line; --json prints the same as a bare JSON line
  console.log(`${args.includes("--json") ? "" : "RESULT "}${JSON.stringify({ bench: "store", results })}`);
  process.exit();
}

// ---- the corpus (scripts/bench/corpus.mjs) -----------------------------------------------------------
const { corpus, corpusFrom } = loadCorpus({ repo, shared });

// ---- the measure ------------------------------------------------------------------------------------
const t0 = performance.now();
if (process.env.SITREP_BENCH_V8 !== "default") (await import(pathToFileURL(join(dist, "src/cli/v8-tuning.js")).href)).tuneV8();
const { Store } = await import(pathToFileURL(join(dist, "src/store/store.js")).href);
const { openPostgres } = await import(pathToFileURL(join(dist, "src/store/db.js")).href);
const { renderStoryPage } = await import(pathToFileURL(join(dist, "src/report/html.js")).href);
const { createApp } = await import(pathToFileURL(join(dist, "src/serve/app.js")).href);
const { processArticle } = await import(pathToFileURL(join(dist, "src/process-article.js")).href);

const stream = corpus(N, 20240601);
const docs = stream.map((s) => s.doc);
const words = docs.reduce((n, d) => n + (d.body.match(/\S+/g) ?? []).length, 0);
const generated = new Set(stream.map((s) => s.story)).size;
console.log(`corpus: ${docs.length} articles (~${Math.round(words / docs.length)} words each), ${generated} generated stories, ${new Set(docs.map((d) => d.meta.outlet)).size} outlets, from ${corpusFrom}`);

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** With --profile: starts V8's CPU profiler; the function returned writes what it saw to DIR/<name>.cpuprofile. */
async function profile(name) {
  if (!profileDir) return async () => {};
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    mkdirSync(profileDir, { recursive: true });
    writeFileSync(join(profileDir, `${backend}-${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}

let opts;
let cleanup = async () => {};
if (backend === "pglite") {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-bench-"));
  opts = { data: join(dir, "data") };
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
} else if (backend === "postgres") {
  const schema = `bench_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  try {
    const db = await openPostgres(PG_URL);
    await db.close();
  } catch (e) {
    console.log(`  skipped: no PostgreSQL server at ${PG_URL} (${e.message.split("\n")[0]})`);
    console.log(`RESULT ${JSON.stringify({ backend, skipped: `no server at ${PG_URL}` })}`);
    process.exit(0);
  }
  opts = { db: PG_URL, schema };
  cleanup = async () => {
    const db = await openPostgres(PG_URL);
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.close();
  };
} else throw new Error(`--backend=${backend}: pglite or postgres`);

const result = { backend, articles: N, batch: BATCH, corpusStories: generated };
try {
  let t = performance.now();
  const store = await Store.open(opts);
  result.openMs = performance.now() - t;

  // fill: N - SINGLES articles in batches
  const fill = docs.slice(0, N - SINGLES);
  const batchMs = [];
  let diagErrors = 0;
  const stopFill = await profile("fill");
  const tf = performance.now();
  for (let i = 0; i < fill.length; i += BATCH) {
    const batch = fill.slice(i, i + BATCH);
    t = performance.now();
    const r = await store.ingestDocs(batch, ["bench"]);
    batchMs.push(performance.now() - t);
    diagErrors += r.diagnostics.filter((d) => d.level === "error").length;
    if (batchMs.length % 10 === 0) process.stderr.write(`  [${backend}] ${i + batch.length}/${fill.length} articles, last batch ${(batchMs.at(-1) / 1000).toFixed(2)} s\n`);
  }
  const fillS = (performance.now() - tf) / 1000;
  await stopFill();
  const tenth = Math.max(1, Math.round(batchMs.length / 10));
  const rate = (xs, n) => (n / xs.reduce((a, b) => a + b, 0)) * 1000;
  const firstN = fill.slice(0, tenth * BATCH).length;
  const lastN = fill.length - (batchMs.length - tenth) * BATCH;
  result.fill = {
    articles: fill.length,
    seconds: fillS,
    articlesPerSecond: fill.length / fillS,
    firstTenthPerSecond: rate(batchMs.slice(0, tenth), firstN),
    lastTenthPerSecond: rate(batchMs.slice(-tenth), lastN),
    batchMsMedian: median(batchMs),
    batchMsMax: Math.max(...batchMs),
    errors: diagErrors,
  };
  console.log(
    `  fill: ${fill.length} articles in batches of ${BATCH}: ${fillS.toFixed(1)} s = ${result.fill.articlesPerSecond.toFixed(1)} articles/s ` +
      `(first tenth ${result.fill.firstTenthPerSecond.toFixed(1)}/s, last tenth ${result.fill.lastTenthPerSecond.toFixed(1)}/s; batch median ${(result.fill.batchMsMedian / 1000).toFixed(2)} s, max ${(result.fill.batchMsMax / 1000).toFixed(2)} s)`,
  );

  // the last articles one at a time; processArticle alone on the same documents, beside them
  const singles = docs.slice(N - SINGLES);
  const extractMs = singles.map((d) => {
    const t1 = performance.now();
    processArticle(d);
    return performance.now() - t1;
  });
  // first half as a worker does it (stored and grouped; the story reconciled by its own job,
  // timed apart), second half inline (stored, grouped and the story reconciled in one call)
  const single = [];
  const deferred = [];
  const stopSingle = await profile("single");
  for (const [k, d] of singles.entries()) {
    const worker = k < singles.length / 2;
    t = performance.now();
    const r = await store.ingestDocs([d], ["bench"], worker ? { reconcile: "defer" } : {});
    const took = performance.now() - t;
    let reconcileMs = 0;
    if (worker) {
      const t2 = performance.now();
      await store.reconcileStories(r.storiesChanged);
      reconcileMs = performance.now() - t2;
    }
    const sizes = [];
    for (const id of r.storiesChanged) sizes.push(Number((await store.db.query(`SELECT article_count FROM stories WHERE id = $1`, [id]))[0]?.article_count ?? 0));
    (worker ? deferred : single).push({ ms: took, reconcileMs, story: Math.max(0, ...sizes) });
  }
  await stopSingle();
  const lat = single.map((s) => s.ms);
  const worst = [...single].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const storeTotal = (await store.db.query(`SELECT COUNT(*) AS n FROM articles`))[0].n;
  result.worker = {
    articles: deferred.length,
    ingestP50Ms: median(deferred.map((x) => x.ms)),
    ingestP95Ms: quantile(deferred.map((x) => x.ms), 0.95),
    ingestMaxMs: Math.max(...deferred.map((x) => x.ms)),
    reconcileP50Ms: median(deferred.map((x) => x.reconcileMs)),
    reconcileP95Ms: quantile(deferred.map((x) => x.reconcileMs), 0.95),
  };
  console.log(
    `  as a worker, ${deferred.length} one at a time into a store of ~${storeTotal}: stored and grouped p50 ${ms(result.worker.ingestP50Ms)} ms, p95 ${ms(result.worker.ingestP95Ms)} ms, max ${ms(result.worker.ingestMaxMs)} ms; ` +
      `then its story reconciled (a job of its own) p50 ${ms(result.worker.reconcileP50Ms)} ms, p95 ${ms(result.worker.reconcileP95Ms)} ms`,
  );
  result.single = {
    articles: single.length,
    storeArticles: Number(storeTotal),
    p50Ms: median(lat),
    p95Ms: quantile(lat, 0.95),
    maxMs: Math.max(...lat),
    processArticleMedianMs: median(extractMs),
    worst,
    storySizeMedian: median(single.map((s) => s.story)),
  };
  console.log(
    `  inline, the last ${single.length} one at a time into a store of ${storeTotal}: p50 ${ms(result.single.p50Ms)} ms, p95 ${ms(result.single.p95Ms)} ms, max ${ms(result.single.maxMs)} ms ` +
      `(processArticle alone: median ${ms(result.single.processArticleMedianMs)} ms; story reconciled: median ${result.single.storySizeMedian} articles; slowest: ${worst.map((w) => `${ms(w.ms)} ms/${w.story} art.`).join(", ")})`,
  );

  // pages: the 10 largest stories
  const list = await store.stories();
  const largest = [...list].sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1)).slice(0, 10);
  const readMs = [];
  const renderMs = [];
  const bytes = [];
  for (const s of largest) {
    t = performance.now();
    const found = await store.report(s.id);
    readMs.push(performance.now() - t);
    t = performance.now();
    const page = renderStoryPage(found.report, s.id, { lastChanged: found.updatedAt });
    renderMs.push(performance.now() - t);
    bytes.push(page.html.length);
  }
  const app = createApp(store);
  const get = async (path, times) => {
    const out = [];
    let size = 0;
    for (let k = 0; k < times; k++) {
      t = performance.now();
      const res = await app.request(path);
      const body = await res.text();
      out.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 200)}`);
      size = body.length;
    }
    return { medianMs: median(out), maxMs: Math.max(...out), bytes: size };
  };
  const top = largest[0];
  const storyGet = await get(`/stories/${top.id}`, 5);
  const listGet = await get("/", 5);
  result.pages = {
    stories: list.length,
    largest: largest.map((s) => s.articles),
    reportMsMedian: median(readMs),
    reportMsMax: Math.max(...readMs),
    renderMsMedian: median(renderMs),
    renderMsMax: Math.max(...renderMs),
    pageKiBMax: Math.round(Math.max(...bytes) / 1024),
    httpStory: { articles: top.articles, ...storyGet },
    httpList: listGet,
  };
  console.log(`  ${list.length} stories; the 10 largest (${largest.map((s) => s.articles).join(", ")} articles):`);
  console.log(`    store.report(id): median ${ms(result.pages.reportMsMedian)} ms, max ${ms(result.pages.reportMsMax)} ms; renderStoryPage: median ${ms(result.pages.renderMsMedian)} ms, max ${ms(result.pages.renderMsMax)} ms (pages up to ${result.pages.pageKiBMax} KiB)`);
  console.log(`    GET /stories/<largest, ${top.articles} articles> through createApp: median ${ms(storyGet.medianMs)} ms, max ${ms(storyGet.maxMs)} ms (${Math.round(storyGet.bytes / 1024)} KiB); GET / (${list.length} stories): median ${ms(listGet.medianMs)} ms (${Math.round(listGet.bytes / 1024)} KiB)`);

  t = performance.now();
  await store.close();
  result.closeMs = performance.now() - t;
} finally {
  await cleanup();
}
result.peakRssMiB = rssMiB();
result.wallSeconds = (performance.now() - t0) / 1000;
console.log(`  peak RSS ${result.peakRssMiB} MiB; ${result.wallSeconds.toFixed(0)} s wall (open ${ms(result.openMs)} ms, close ${ms(result.closeMs)} ms)`);
const round = (o) => JSON.parse(JSON.stringify(o, (k, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(2)) : v)));
console.log(`RESULT ${JSON.stringify(round(result))}`);
