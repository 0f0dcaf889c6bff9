#!/usr/bin/env node
// Workers on the PostgreSQL queue (pg-boss): how throughput grows with worker processes.
//
//   node scripts/bench/workers.mjs [--n=2000] [--quick] [--configs=1x1,1x2,2x2,4x2] [--profile=DIR] [--keep] [--json]
//
// N documents (default 2,000; --quick: 300) from the store bench's corpus (scripts/bench/corpus.mjs,
// seed 20240601: stories of 1 to 40 articles and a few of 100 to 300, in publication order) are
// written as one JSONL file in a temporary folder. Then, for each configuration KxC (K worker
// processes, each `sitrep worker --concurrency C -q`; by default 1x1, 1x2, 2x2 and 4x2), on fresh
// schemas of the server at 127.0.0.1:5432/test (SITREP_BENCH_PG; one for the store, reached with
// `?options=-c search_path=…`, one for pg-boss's tables through SITREP_QUEUE_SCHEMA, both dropped at
// the end unless --keep; skipped, saying so, when no server answers):
//   - `sitrep ingest --queue` of the file, timed (stores the raw documents, one job each);
//   - K workers started as child processes; pg-boss's job table polled every 250 ms until every
//     job is done (none created, retrying or active; every ingest job completed or failed);
//   - wall time from the workers' start to the last job's completion, articles/s, the speed-up
//     against 1x2 (else the first configuration), the queue's own figures per kind of job
//     (completed_on - started_on: p50/p95/max; jobs failed, with their first errors), the CPU
//     seconds the workers and the PostgreSQL server processes used (from /proc; the server's
//     include anything else it serves meanwhile), each worker's peak RSS (VmHWM in
//     /proc/<pid>/status, read before the SIGTERM that stops it), the load average;
//   - the store checked: articles stored, none twice (one id per text), stories, every story
//     reconciled (a stories row for every story an article is in, its article count right).
// --profile=DIR: each worker runs under `node --cpu-prof`, writing DIR/<K>x<C>/*.cpuprofile when it
// stops (open them in Chrome's DevTools). Last line: RESULT {json}; with --json, a bare JSON line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, mkdirSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { loadCorpus } from "./corpus.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(repo, process.env.SITREP_DIST ?? "dist");
const shared = resolve(process.env.SITREP_SHARED ?? join(repo, "..", "shared"));
const args = process.argv.slice(2);
const arg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const N = Number(arg("n") ?? (args.includes("--quick") ? 300 : 2000));
const PG_URL = process.env.SITREP_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const CONFIGS = (arg("configs") ?? "1x1,1x2,2x2,4x2").split(",").map((c) => {
  const [k, c2] = c.split("x").map(Number);
  if (!(k >= 1 && c2 >= 1)) throw new Error(`--configs: K x C pairs like 1x2,4x2, not "${c}"`);
  return { k, c: c2 };
});
const profileDir = arg("profile") ? resolve(arg("profile")) : null;
// SITREP_BENCH_BIN: another build of the command (an A/B of a change), else this one
const SITREP = resolve(process.env.SITREP_BENCH_BIN ?? join(repo, "bin/sitrep.js"));
const TICK = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux)

const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN;
};
const ms = (x) => (!Number.isFinite(x) ? "-" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const inSchema = (schema) => `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

/** CPU seconds (user + system, every thread) of a live process; null when it is gone. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / TICK; // utime, stime (fields 14 and 15)
  } catch {
    return null;
  }
}
/** Peak resident set (VmHWM) of a live process, in MiB. */
function peakRssMiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}
/** CPU seconds of every process named postgres (the server, when it runs on this machine), and
 * of the ones that ended meanwhile (cutime/cstime of the postmaster). */
function postgresCpuSeconds() {
  let total = 0;
  let seen = 0;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) !== "postgres") continue;
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICK; // + cutime, cstime
      seen++;
    } catch {}
  }
  return seen ? total : null;
}

/** Runs the sitrep command to its end: { code, stderr, seconds }. */
function sitrep(argv, env) {
  return new Promise((res) => {
    const t = performance.now();
    const p = spawn(process.execPath, [SITREP, ...argv], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    p.stderr.on("data", (b) => (stderr += b));
    p.on("close", (code) => res({ code, stderr, seconds: (performance.now() - t) / 1000 }));
  });
}

const t0 = performance.now();
const { openPostgres } = await import(pathToFileURL(join(dist, "src/store/db.js")).href);
let admin;
try {
  admin = await openPostgres(PG_URL);
} catch (e) {
  console.log(`  skipped: no PostgreSQL server at ${PG_URL} (${e.message.split("\n")[0]})`);
  console.log(`${args.includes("--json") ? "" : "RESULT "}${JSON.stringify({ bench: "workers", skipped: `no server at ${PG_URL}` })}`);
  process.exit(0);
}

// ---- the corpus, as one JSONL file ------------------------------------------------------------------
const { corpus, corpusFrom } = loadCorpus({ repo, shared });
const stream = corpus(N, 20240601);
const dir = mkdtempSync(join(tmpdir(), "sitrep-workers-bench-"));
const file = join(dir, "corpus.jsonl");
writeFileSync(
  file,
  stream.map(({ doc }, i) => JSON.stringify({ id: `a${i}`, url: doc.meta.url, title: doc.meta.title, outlet: doc.meta.outlet, published: doc.meta.published, text: doc.body })).join("\n") + "\n",
);
const generated = new Set(stream.map((s) => s.story)).size;
const words = stream.reduce((n, s) => n + (s.doc.body.match(/\S+/g) ?? []).length, 0);
console.log(
  `corpus: ${N} articles (~${Math.round(words / N)} words each), ${generated} generated stories (largest ${Math.max(...stream.reduce((m, s) => m.set(s.story, (m.get(s.story) ?? 0) + 1), new Map()).values())}), from ${corpusFrom}`,
);
console.log(`machine: ${(await import("node:os")).availableParallelism()} cores; load average at the start ${load()}`);

// ---- one configuration ------------------------------------------------------------------------------
async function run({ k, c }) {
  const tag = `${process.pid}_${k}x${c}_${Math.floor(Math.random() * 1e6)}`;
  const store = `wbench_${tag}`;
  const jobs = `wbenchq_${tag}`;
  const url = inSchema(store);
  const env = { SITREP_QUEUE_SCHEMA: jobs };
  const out = { k, concurrency: c, articles: N, loadBefore: load() };
  const children = [];
  await admin.exec(`CREATE SCHEMA ${store}`);
  try {
    const ing = await sitrep(["ingest", "--db", url, "--queue", "-q", file], env);
    if (ing.code !== 0) throw new Error(`sitrep ingest --queue: exit ${ing.code}: ${ing.stderr.slice(0, 500)}`);
    out.enqueueSeconds = ing.seconds;
    const queued = Number((await admin.query(`SELECT COUNT(*) AS n FROM ${jobs}.job WHERE name = 'sitrep-ingest'`))[0].n);
    if (queued !== N) throw new Error(`${queued} ingest jobs queued, not ${N}`);

    const pg0 = postgresCpuSeconds();
    const started = Date.now();
    for (let i = 0; i < k; i++) {
      const node = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(profileDir, `${k}x${c}`)}`] : [];
      const p = spawn(process.execPath, [...node, SITREP, "worker", "--db", url, "--concurrency", String(c), "-q"], {
        env: { ...process.env, NO_COLOR: "1", ...env },
        stdio: ["ignore", "ignore", "pipe"],
      });
      p.stderrText = "";
      p.stderr.on("data", (b) => (p.stderrText = (p.stderrText + b).slice(-4000)));
      children.push(p);
    }
    // until every job is done
    const deadline = started + Math.max(600_000, N * 1000);
    let by = {};
    let lastShown = 0;
    const cpuSeen = new Map(); // the last CPU reading of each worker (a dying one still counts)
    for (;;) {
      const rows = await admin.query(`SELECT name, state, COUNT(*) AS n FROM ${jobs}.job WHERE name LIKE 'sitrep-%' GROUP BY name, state`);
      by = {};
      for (const r of rows) by[`${r.name.slice(7)}.${r.state}`] = Number(r.n);
      const sum = (state) => Object.entries(by).reduce((n, [key, v]) => (key.endsWith(`.${state}`) ? n + v : n), 0);
      const pending = sum("created") + sum("retry") + sum("active");
      const ingested = (by["ingest.completed"] ?? 0) + (by["ingest.failed"] ?? 0);
      for (const p of children) if (cpuSeconds(p.pid) !== null) cpuSeen.set(p.pid, cpuSeconds(p.pid));
      if (ingested >= N && pending === 0) break;
      const dead = children.find((p) => p.exitCode !== null);
      if (dead) throw new Error(`a worker exited (${dead.exitCode}): ${dead.stderrText.slice(-500)}`);
      if (Date.now() > deadline) throw new Error(`jobs still pending after ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(by)}`);
      if (Date.now() - lastShown > 10_000) {
        lastShown = Date.now();
        process.stderr.write(`  [${k}x${c}] ${((Date.now() - started) / 1000).toFixed(0)} s: ingest ${by["ingest.completed"] ?? 0}/${N} done, reconcile ${by["reconcile.completed"] ?? 0} done ${by["reconcile.created"] ?? 0} waiting\n`);
      }
      await sleep(250);
    }
    const drainedMs = Date.now() - started;
    out.peakRssMiB = children.map((p) => peakRssMiB(p.pid));
    out.workerCpuSeconds = [...cpuSeen.values()].reduce((a, b) => a + b, 0);
    const pg1 = postgresCpuSeconds();
    out.postgresCpuSeconds = pg0 !== null && pg1 !== null ? pg1 - pg0 : null;
    out.loadAfter = load();
    // stop them: SIGTERM, the jobs in hand finished (none: the queue is empty)
    await Promise.all(
      children.map(
        (p) =>
          new Promise((res) => {
            if (p.exitCode !== null) return res();
            const kill = setTimeout(() => p.kill("SIGKILL"), 30_000);
            p.once("close", () => (clearTimeout(kill), res()));
            p.kill("SIGTERM");
          }),
      ),
    );

    // the queue's figures (completed jobs stay in the job table until archived, 12 h by default; both read)
    const rows = await admin.query(
      `SELECT name, state, EXTRACT(EPOCH FROM (completed_on - started_on)) * 1000 AS run_ms, EXTRACT(EPOCH FROM (started_on - created_on)) * 1000 AS wait_ms,
              EXTRACT(EPOCH FROM started_on) * 1000 AS started, EXTRACT(EPOCH FROM completed_on) * 1000 AS completed, retry_count, output
         FROM (SELECT name, state, started_on, completed_on, created_on, retry_count, output FROM ${jobs}.job
               UNION ALL SELECT name, state, started_on, completed_on, created_on, retry_count, output FROM ${jobs}.archive) j
        WHERE name LIKE 'sitrep-%'`,
    );
    const firstStart = Math.min(...rows.filter((r) => r.started !== null).map((r) => Number(r.started)));
    const lastDone = Math.max(...rows.filter((r) => r.completed !== null).map((r) => Number(r.completed)));
    out.wallSeconds = (lastDone - started) / 1000;
    out.drainedSeenSeconds = drainedMs / 1000;
    out.firstJobAfterSeconds = (firstStart - started) / 1000;
    out.articlesPerSecond = N / out.wallSeconds;
    for (const name of ["ingest", "reconcile"]) {
      const mine = rows.filter((r) => r.name === `sitrep-${name}`);
      const done = mine.filter((r) => r.state === "completed").map((r) => Number(r.run_ms));
      const failed = mine.filter((r) => r.state === "failed");
      out[name] = {
        jobs: mine.length,
        completed: done.length,
        failed: failed.length,
        retried: mine.filter((r) => Number(r.retry_count) > 0).length,
        p50Ms: quantile(done, 0.5),
        p95Ms: quantile(done, 0.95),
        maxMs: Math.max(...done),
        sumSeconds: done.reduce((a, b) => a + b, 0) / 1000,
        waitP50Ms: quantile(mine.map((r) => Number(r.wait_ms)).filter(Number.isFinite), 0.5),
        errors: [...new Set(failed.map((r) => String(r.output?.message ?? JSON.stringify(r.output)).split("\n")[0]))].slice(0, 3),
      };
    }

    // the store
    const [a] = await admin.query(`SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids, COUNT(DISTINCT version) AS texts, COUNT(DISTINCT story_id) AS stories FROM ${store}.articles`);
    const [s] = await admin.query(`SELECT COUNT(*) AS n, COALESCE(SUM(article_count), 0) AS articles, MAX(article_count) AS largest FROM ${store}.stories`);
    const [raw] = await admin.query(`SELECT COUNT(*) AS n FROM ${store}.raw_docs`);
    const [src] = await admin.query(`SELECT COUNT(*) AS n FROM ${store}.article_sources`);
    const [ver] = await admin.query(`SELECT COUNT(*) AS n, COALESCE(SUM(octet_length(report)), 0) AS bytes FROM ${store}.story_versions`);
    const [stale] = await admin.query(
      `SELECT COUNT(*) AS n FROM (SELECT story_id, COUNT(*) AS c FROM ${store}.articles GROUP BY story_id) a LEFT JOIN ${store}.stories s ON s.id = a.story_id WHERE s.id IS NULL OR s.article_count <> a.c`,
    );
    out.store = {
      rawDocs: Number(raw.n),
      articles: Number(a.n),
      sources: Number(src.n),
      duplicates: Number(a.n) - Number(a.texts), // one text under two ids: an article stored twice
      stories: Number(s.n),
      storiesOfArticles: Number(a.stories),
      largestStory: Number(s.largest),
      storyArticles: Number(s.articles),
      storiesNotReconciled: Number(stale.n),
      storyVersions: Number(ver.n),
      storyVersionsMiB: Number(ver.bytes) / 2 ** 20,
    };
    return out;
  } finally {
    // the workers are gone before their schemas are: one still opening its store would make it again
    await Promise.all(children.map((p) => (p.exitCode === null && p.signalCode === null ? new Promise((done) => { p.once("exit", done); p.kill("SIGKILL"); }) : null)));
    if (!args.includes("--keep")) await admin.exec(`DROP SCHEMA IF EXISTS ${store} CASCADE; DROP SCHEMA IF EXISTS ${jobs} CASCADE`);
    else console.log(`  kept: schemas ${store} (store) and ${jobs} (queue)`);
  }
}

const results = [];
try {
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  for (const cfg of CONFIGS) {
    process.stderr.write(`  [${cfg.k}x${cfg.c}] enqueueing ${N} documents…\n`);
    try {
      const r = await run(cfg);
      results.push(r);
      const st = r.store;
      console.log(
        `\n${cfg.k} worker${cfg.k > 1 ? "s" : ""} × --concurrency ${cfg.c}: ${r.wallSeconds.toFixed(1)} s from start to drained = ${r.articlesPerSecond.toFixed(1)} articles/s ` +
          `(first job ${r.firstJobAfterSeconds.toFixed(2)} s after the start; enqueued in ${r.enqueueSeconds.toFixed(1)} s)`,
      );
      for (const name of ["ingest", "reconcile"]) {
        const j = r[name];
        console.log(
          `  ${name} jobs: ${j.completed}/${j.jobs} completed${j.failed ? `, ${j.failed} FAILED (${j.errors.join("; ")})` : ""}${j.retried ? `, ${j.retried} retried` : ""}; ` +
            `run p50 ${ms(j.p50Ms)} ms, p95 ${ms(j.p95Ms)} ms, max ${ms(j.maxMs)} ms, ${j.sumSeconds.toFixed(1)} s in all; waited p50 ${ms(j.waitP50Ms)} ms`,
        );
      }
      console.log(
        `  CPU: workers ${r.workerCpuSeconds.toFixed(1)} s (${((r.workerCpuSeconds * 1000) / N).toFixed(1)} ms/article), PostgreSQL ${r.postgresCpuSeconds?.toFixed(1) ?? "?"} s; ` +
          `peak RSS per worker ${r.peakRssMiB.join(", ")} MiB; load average ${r.loadBefore} → ${r.loadAfter}`,
      );
      console.log(
        `  store: ${st.articles} articles from ${st.rawDocs} documents (${st.sources} sources), ${st.duplicates ? `${st.duplicates} STORED TWICE` : "none twice"}; ` +
          `${st.stories} stories (largest ${st.largestStory})${st.storiesNotReconciled ? `, ${st.storiesNotReconciled} NOT RECONCILED` : ", each reconciled"}; ` +
          `${st.storyVersions} story versions kept (${st.storyVersionsMiB.toFixed(1)} MiB of reports)`,
      );
      if (r.ingest.failed || st.duplicates || st.storiesNotReconciled) process.exitCode = 1;
    } catch (e) {
      console.log(`\n${cfg.k}x${cfg.c}: FAILED: ${e.message}`);
      results.push({ k: cfg.k, concurrency: cfg.c, error: e.message });
      process.exitCode = 1;
    }
  }
} finally {
  await admin.close();
  rmSync(dir, { recursive: true, force: true });
}

// ---- the table --------------------------------------------------------------------------------------
const ok = results.filter((r) => !r.error);
const base = ok.find((r) => r.k === 1 && r.concurrency === 2) ?? ok[0];
for (const r of ok) r.speedup = base ? r.articlesPerSecond / base.articlesPerSecond : null;
console.log(`\nworkers on one PostgreSQL, ${N} articles (speed-up against ${base ? `${base.k}x${base.concurrency}` : "-"}):`);
const head = ["K", "conc", "wall s", "art/s", "speed-up", "ingest p50/p95 ms", "reconcile p50/p95 ms", "peak RSS MiB/worker", "CPU s (workers+pg)", "stories", "twice"];
const table = ok.map((r) => [
  r.k,
  r.concurrency,
  r.wallSeconds.toFixed(1),
  r.articlesPerSecond.toFixed(1),
  `${r.speedup.toFixed(2)}×`,
  `${ms(r.ingest.p50Ms)} / ${ms(r.ingest.p95Ms)}`,
  `${ms(r.reconcile.p50Ms)} / ${ms(r.reconcile.p95Ms)}`,
  r.peakRssMiB.join(","),
  `${r.workerCpuSeconds.toFixed(0)}+${r.postgresCpuSeconds?.toFixed(0) ?? "?"}`,
  r.store.stories,
  r.store.duplicates,
]);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
for (const row of [head, ...table]) console.log("  " + row.map((v, i) => String(v).padStart(widths[i])).join("  "));
console.log(`workers bench: ${((performance.now() - t0) / 1000).toFixed(0)} s wall in all; load average now ${load()}`);
const round = (o) => JSON.parse(JSON.stringify(o, (k, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toFixed(2)) : v)));
console.log(`${args.includes("--json") ? "" : "RESULT "}${JSON.stringify(round({ bench: "workers", articles: N, corpusStories: generated, results }))}`);
