// Crash safety: ingest, watch and worker processes killed with SIGKILL at random points and
// started again; then every article acknowledged before a kill is in the store once, none twice,
// and every story equals what a fresh `rebuild` makes from the stored documents. On PGlite
// (single writer: its lock is taken over after the kill) and on PostgreSQL (workers).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLES, ROOT, runCli, serve } from "./helpers.js";
import { Store, type StoreOptions } from "../src/store/store.js";
import { openPostgres } from "../src/store/db.js";

const FIXTURES = ["quake-toll-days", "quake-toll-update", "sismo-es"].map((f) => join(ROOT, "test/fixtures/stories", f, "input.json"));
const INPUTS = [...["000_c36016f9633af698", "001_7a7535b59306a67d", "002_c4a783d2083bc742", "003_42a246ca27ba598a", "004_2a5fa6e45c608882"].map((f) => join(EXAMPLES, `${f}.txt`)), ...FIXTURES];
const BASE = process.env.SITREP_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the CLI and kills it with SIGKILL after `ms` unless it ends first; resolves with its exit code (null when killed). */
function runKilled(args: string[], ms: number, env: NodeJS.ProcessEnv = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: "ignore" });
    const timer = setTimeout(() => p.kill("SIGKILL"), ms);
    p.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve(signal === "SIGKILL" ? null : code);
    });
  });
}

/** The article ids each input holds, from a run of the library on that input alone. */
async function idsOf(input: string): Promise<string[]> {
  const { analyze } = await import("../src/pipeline.js");
  return (await analyze([input])).articles.map((a) => a.id);
}

async function partition(opts: StoreOptions): Promise<{ articles: string[]; stories: string[] }> {
  const s = await Store.open(opts);
  try {
    const rows = await s.db.query<{ id: string; story_id: string }>(`SELECT id, story_id FROM articles ORDER BY id`);
    const by = new Map<string, string[]>();
    for (const r of rows) by.set(r.story_id, [...(by.get(r.story_id) ?? []), r.id]);
    const reported = await s.db.query<{ id: string; article_count: number }>(`SELECT id, article_count FROM stories`);
    assert.deepEqual(reported.map((r) => [r.id, Number(r.article_count)]).sort(), [...by].map(([id, ids]) => [id, ids.length]).sort(), "every story's report covers its articles");
    return { articles: rows.map((r) => r.id), stories: [...by].map(([id, ids]) => `${id}: ${ids.sort().join(" ")}`).sort() };
  } finally {
    await s.close();
  }
}

async function rebuilt(opts: StoreOptions): Promise<{ articles: string[]; stories: string[] }> {
  const s = await Store.open(opts);
  await s.rebuild();
  await s.close();
  return partition(opts);
}

test("crash safety on PGlite: ingest and watch killed at random twenty times", { timeout: 400_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-crash-"));
  const data = join(dir, "store");
  const rand = prng(20261206);
  const items = JSON.parse(readFileSync(FIXTURES[0]!, "utf8")) as { id: string; title: string; text: string; published: string; outlet: string }[];
  const server = await serve((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.map((it) => `<item><title>${it.title}</title><guid>feed-${it.id}</guid><pubDate>${new Date(it.published + "T12:00:00Z").toUTCString()}</pubDate><description>${`<p>${it.text} ${it.text}</p>`.replace(/</g, "&lt;")}</description></item>`).join("")}</channel></rss>`);
    }
    res.writeHead(404);
    res.end();
  });
  try {
    const expected = new Map<string, string[]>();
    for (const i of INPUTS) expected.set(i, await idsOf(i));
    const acknowledged = new Set<string>();
    // the kill points are spread over how long a run takes on this machine: fixed delays let a fast
    // machine finish before the kill, and a slow one never. The span starts at a timed whole ingest
    // into a scratch store and follows the runs that ended before their kill (a store that exists
    // opens faster than a new one, and duplicates cost little)
    const t0 = Date.now();
    assert.equal(await runKilled(["ingest", "--data", join(dir, "scratch"), "-q", ...INPUTS], 600_000), 0);
    let span = Math.max(800, Date.now() - t0);
    let kills = 0;
    // twenty rounds, and more (up to forty, the span halved each time) while fewer than five were killed
    for (let round = 0; round < 20 || (kills < 5 && round < 40); round++) {
      if (round >= 20) span = Math.max(200, span / 2);
      const delay = 150 + Math.floor(rand() * span);
      const started = Date.now();
      if (round % 4 === 3) {
        const code = await runKilled(["watch", "--data", data, "--once", "--allow-private", "-q", `${server.url}/feed.xml`], delay);
        if (code === null) kills++;
        else span = Math.max(400, Math.min(span, Date.now() - started));
        continue;
      }
      const subset = INPUTS.filter(() => rand() < 0.4);
      if (!subset.length) subset.push(INPUTS[round % INPUTS.length]!);
      const code = await runKilled(["ingest", "--data", data, "-q", ...subset], delay);
      if (code === null) kills++;
      else {
        span = Math.max(400, Math.min(span, Date.now() - started));
        assert.equal(code, 0);
        for (const i of subset) for (const id of expected.get(i)!) acknowledged.add(id);
      }
    }
    assert.ok(kills >= 5, `only ${kills} runs were killed: the delays are too long to test anything`);
    // started again: nothing acknowledged is lost, nothing is twice
    const now = await partition({ data });
    assert.equal(new Set(now.articles).size, now.articles.length);
    for (const id of acknowledged) assert.ok(now.articles.includes(id), `acknowledged article ${id} is in the store`);
    // and the whole input once more, the feed watched once more (a watch killed after keeping an
    // item's document on disk, before the database took it, finishes that item when started
    // again), then every story equals a fresh rebuild
    const last = await runCli(["ingest", "--data", data, "-q", ...INPUTS]);
    assert.equal(last.code, 0, last.stderr);
    const watched = await runCli(["watch", "--data", data, "--once", "--allow-private", "-q", `${server.url}/feed.xml`]);
    assert.equal(watched.code, 0, watched.stderr);
    const before = await partition({ data });
    for (const ids of expected.values()) for (const id of ids) assert.ok(before.articles.includes(id));
    assert.deepEqual(await rebuilt({ data }), before);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("crash safety on PostgreSQL: workers killed at random while the queue drains", { timeout: 400_000 }, async (t) => {
  let db;
  try {
    db = await openPostgres(BASE);
  } catch {
    return t.skip(`no PostgreSQL server at ${BASE}`);
  }
  const tag = `${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const schema = `crash_${tag}`;
  const url = `${BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = { SITREP_QUEUE_SCHEMA: `crashq_${tag}`, SITREP_JOB_EXPIRE_SECONDS: "4", SITREP_QUEUE_MAINTENANCE_SECONDS: "1" };
  const rand = prng(7);
  try {
    await db.exec(`CREATE SCHEMA ${schema}`);
    const queued = await runCli(["ingest", "--db", url, "--queue", "-q", ...INPUTS], { env });
    assert.equal(queued.code, 0, queued.stderr);
    const expected = new Set<string>();
    for (const i of INPUTS) for (const id of await idsOf(i)) expected.add(id);
    // two workers at a time, one of them killed at a random point, twenty times
    for (let k = 0; k < 20; k++) {
      const a = runKilled(["worker", "--db", url, "-q"], 500 + Math.floor(rand() * 2500), env);
      const b = runKilled(["worker", "--db", url, "-q"], 500 + Math.floor(rand() * 2500), env);
      await Promise.all([a, b]);
    }
    // then one worker that is not killed drains what is left (jobs of killed workers expire and come back)
    const drain = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, "worker", "--db", url, "-q"], { env: { ...process.env, ...env }, stdio: "ignore" });
    try {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const rows = await db.query<{ state: string; n: string }>(`SELECT state, COUNT(*) AS n FROM crashq_${tag}.job WHERE name LIKE 'sitrep-%' GROUP BY state`);
        const by = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
        if (!((by.created ?? 0) + (by.retry ?? 0) + (by.active ?? 0))) break;
        assert.ok(Date.now() < deadline, `jobs still pending: ${JSON.stringify(by)}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      drain.kill("SIGTERM");
      await new Promise((r) => drain.once("close", r));
    }
    const after = await partition({ db: url });
    assert.equal(new Set(after.articles).size, after.articles.length, "no article twice");
    assert.deepEqual(after.articles, [...expected].sort(), "every queued article is there");
    const re = await rebuilt({ db: url });
    assert.deepEqual(re.articles, after.articles);
    assert.deepEqual(re.stories.map((s) => s.replace(/^s-\w+: /, "")).sort(), after.stories.map((s) => s.replace(/^s-\w+: /, "")).sort(), "the same stories as a fresh rebuild");
  } finally {
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS crashq_${tag} CASCADE`);
    await db.close();
  }
});
