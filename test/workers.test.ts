// Workers on the real PostgreSQL (127.0.0.1:5432, database `test`; skipped, saying so, when no
// server answers): documents queued by `sitrep ingest --queue`, taken by two `sitrep worker`
// processes at once, end as the same stories as one process makes, with no article twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { EXAMPLES, ROOT, runCli } from "./helpers.js";
import { openPostgres } from "../src/store/db.js";

const BASE = process.env.SITREP_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const INPUTS = [EXAMPLES, ...["quake-toll-days", "quake-toll-update", "sismo-es"].map((f) => join(ROOT, "test/fixtures/stories", f, "input.json"))];

async function admin(): Promise<Awaited<ReturnType<typeof openPostgres>> | null> {
  try {
    return await openPostgres(BASE);
  } catch {
    return null;
  }
}

/** A URL whose connections start in `schema`. */
const inSchema = (schema: string) => `${BASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

test("workers: two processes on one PostgreSQL make the stories one process makes, each article once; failed jobs are listed", { timeout: 300_000 }, async (t) => {
  const db = await admin();
  if (!db) return t.skip(`no PostgreSQL server at ${BASE}`);
  const tag = `${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const one = `w1_${tag}`;
  const two = `w2_${tag}`;
  const jobs = `q_${tag}`;
  const env = { NO_COLOR: "1", SITREP_QUEUE_SCHEMA: jobs };
  const workers: ChildProcess[] = [];
  try {
    for (const s of [one, two]) await db.exec(`CREATE SCHEMA ${s}`);
    // one process, inline
    const single = await runCli(["ingest", "--db", inSchema(one), ...INPUTS], { env });
    assert.equal(single.code, 0, single.stderr);

    // the same documents through the queue, two workers at once
    const queued = await runCli(["ingest", "--db", inSchema(two), "--queue", ...INPUTS], { env });
    assert.equal(queued.code, 0, queued.stderr);
    const n = Number(/(\d+) documents queued/.exec(queued.stderr)?.[1]);
    assert.ok(n >= 12, queued.stderr);
    for (let i = 0; i < 2; i++) workers.push(spawn(process.execPath, [`${ROOT}bin/sitrep.js`, "worker", "--db", inSchema(two), "--concurrency", "2", "-q"], { env: { ...process.env, ...env }, stdio: "ignore" }));
    // wait until every job is done
    const deadline = Date.now() + 200_000;
    for (;;) {
      const rows = await db.query<{ state: string; n: string }>(`SELECT state, COUNT(*) AS n FROM ${jobs}.job WHERE name LIKE 'sitrep-%' GROUP BY state`).catch(() => []);
      const by = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
      const pending = (by.created ?? 0) + (by.retry ?? 0) + (by.active ?? 0);
      if ((by.completed ?? 0) >= n && pending === 0) break;
      assert.ok(Date.now() < deadline, `jobs still pending: ${JSON.stringify(by)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const stories = async (s: string) => {
      const rows = await db.query<{ id: string; story_id: string }>(`SELECT id, story_id FROM ${s}.articles ORDER BY id`);
      const by = new Map<string, string[]>();
      for (const r of rows) by.set(r.story_id, [...(by.get(r.story_id) ?? []), r.id]);
      return { articles: rows.map((r) => r.id), partition: [...by.values()].map((ids) => ids.sort().join(" ")).sort() };
    };
    const a = await stories(one);
    const b = await stories(two);
    assert.equal(new Set(b.articles).size, b.articles.length, "no article twice");
    assert.deepEqual(b.articles, a.articles);
    assert.deepEqual(b.partition, a.partition, "the same stories");
    // every story the workers made was reconciled, and its report lists its articles
    const reported = await db.query<{ id: string; article_count: number }>(`SELECT id, article_count FROM ${two}.stories ORDER BY id`);
    assert.equal(reported.length, b.partition.length);
    assert.equal(reported.reduce((x, r) => x + Number(r.article_count), 0), b.articles.length);

    // a job that cannot succeed is retried, then listed as failed with its error
    const { openQueue, QUEUES } = await import("../src/queue/jobs.js");
    const queue = await openQueue(inSchema(two), { schema: jobs });
    await queue.boss.send(QUEUES.ingest, { hash: "0".repeat(64) }, { retryLimit: 1, retryDelay: 1, retryBackoff: false });
    await queue.stop();
    const until = Date.now() + 60_000;
    let listed = "";
    while (Date.now() < until) {
      const r = await runCli(["jobs", "--db", inSchema(two)], { env });
      listed = r.stdout;
      if (/failed:\n/.test(listed)) break;
      await new Promise((res) => setTimeout(res, 500));
    }
    assert.match(listed, /sitrep-ingest\s+failed\s+1/);
    assert.match(listed, /failed:\nsitrep-ingest \S+ \{"hash":"0+"\}: no stored document 0+\n/);
  } finally {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once("close", r)))));
    for (const s of [one, two, jobs]) await db.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await db.close();
  }
});
