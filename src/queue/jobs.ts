// Work shared by any number of worker processes through a queue kept in PostgreSQL (pg-boss):
// ingest a stored raw document, reconcile a story, poll a feed. pg-boss delivers at least once,
// retrying with backoff and then parking a job as failed with its error, so every handler is
// idempotent: a document already stored is a duplicate, reconciling twice gives the same story,
// a feed's seen items are skipped.
import type { Db } from "../store/db.js";
import type { Store } from "../store/store.js";
import type { RawDoc } from "../model.js";
import { pollFeed } from "../watch/poll-feed.js";

export const QUEUES = { ingest: "sitrep-ingest", reconcile: "sitrep-reconcile", feed: "sitrep-feed" } as const;
type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retries: 4 more tries, 2 s then doubling; then the job is parked as failed. A job held by a
 * worker that died is taken again after it expires (SITREP_JOB_EXPIRE_SECONDS, default 600). */
const RETRY = { retryLimit: 4, retryDelay: 2, retryBackoff: true, expireInSeconds: Number(process.env.SITREP_JOB_EXPIRE_SECONDS) || 600 } as const;
/** How often pg-boss looks for expired jobs (SITREP_QUEUE_MAINTENANCE_SECONDS, default 60). */
const MAINTENANCE_SECONDS = Number(process.env.SITREP_QUEUE_MAINTENANCE_SECONDS) || 60;

export interface Queue {
  boss: import("pg-boss");
  schema: string;
  stop: () => Promise<void>;
}

/** Connects pg-boss to the store's PostgreSQL server (its tables in `schema`, default "pgboss"). */
export async function openQueue(url: string, opts: { schema?: string } = {}): Promise<Queue> {
  const { default: PgBoss } = await import("pg-boss");
  const schema = (opts.schema ?? process.env.SITREP_QUEUE_SCHEMA ?? "pgboss").replace(/[^a-z0-9_]/gi, "");
  const boss = new PgBoss({ connectionString: url, schema, max: 4, maintenanceIntervalSeconds: MAINTENANCE_SECONDS, ...RETRY });
  boss.on("error", () => {}); // a lost connection: pg-boss retries; jobs stay in the database
  await boss.start();
  // a story waits to be reconciled at most once: a burst of ingests into one story gives one
  // reconciliation, which reads the story as it is when it runs ("stately": one job per story in
  // each of created, retry and active)
  for (const name of Object.values(QUEUES)) await boss.createQueue(name, { name, ...RETRY, ...(name === QUEUES.reconcile ? { policy: "stately" as const } : {}) });
  return { boss, schema, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}

/** pg-boss speaking through the store's transaction: the job commits with the data. */
const inTx = (tx: Db) => ({ executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.query(text, values) }) });

export async function sendInTx(queue: Queue, tx: Db, name: QueueName, data: object, singletonKey?: string): Promise<void> {
  await queue.boss.send(name, data, { ...RETRY, ...(singletonKey ? { singletonKey } : {}), db: inTx(tx) });
}

/** `ingest --queue`: the documents are stored and one job per document is enqueued with it. */
export async function enqueueDocs(store: Store, queue: Queue, docs: readonly RawDoc[]): Promise<string[]> {
  return store.storeRawDocs(docs, (tx, hash) => sendInTx(queue, tx, QUEUES.ingest, { hash }));
}

/** `watch --queue`: one job per feed and poll. */
export async function enqueueFeeds(queue: Queue, feeds: readonly string[], allowPrivate: boolean): Promise<void> {
  for (const url of feeds) await queue.boss.send(QUEUES.feed, { url, allowPrivate }, { ...RETRY });
}

export interface WorkerEvents {
  onJob?: (queue: string, data: unknown, ms: number, error?: string) => void;
}

/** Takes jobs from every queue until `stop` is called. Several at a time: documents are
 * processed in parallel; grouping takes the store's grouping lock, reconciling a story its own. */
export async function startWorker(store: Store, queue: Queue, opts: { concurrency?: number; allowPrivate?: boolean } & WorkerEvents = {}): Promise<void> {
  const n = Math.max(1, opts.concurrency ?? 2);
  const timed = async (name: string, data: unknown, work: () => Promise<void>) => {
    const t = Date.now();
    try {
      await work();
      opts.onJob?.(name, data, Date.now() - t);
    } catch (e) {
      opts.onJob?.(name, data, Date.now() - t, String((e as Error)?.message ?? e).split("\n")[0]);
      throw e; // pg-boss retries it, then parks it as failed with this error
    }
  };
  const work = { pollingIntervalSeconds: 0.5, batchSize: 1 };
  /** Registers a handler; after each job the worker fetches the next at once (pg-boss otherwise
   * waits out its polling interval after every job, which capped a worker at 2 jobs a second). */
  const handle = async <T extends object>(name: string, run: (data: T) => Promise<void>) => {
    let id = "";
    id = await queue.boss.work<T>(name, work, async ([job]) => {
      try {
        await timed(name, job!.data, () => run(job!.data));
      } finally {
        if (id) queue.boss.notifyWorker(id);
      }
    });
  };
  for (let i = 0; i < n; i++) {
    await handle<{ hash: string }>(QUEUES.ingest, async (data) => {
      const r = await store.ingestStored(data.hash, {
        reconcile: "defer",
        enqueue: async (tx, ids) => {
          for (const id of ids) await sendInTx(queue, tx, QUEUES.reconcile, { storyId: id }, id);
        },
      });
      if (!r) throw new Error(`no stored document ${String(data.hash).slice(0, 80)}`);
    });
    await handle<{ storyId: string }>(QUEUES.reconcile, async (data) => void (await store.reconcileStories([data.storyId])));
    await handle<{ url: string; allowPrivate?: boolean }>(QUEUES.feed, async (data) => {
      const r = await pollFeed(store, data.url, { allowPrivate: !!data.allowPrivate || !!opts.allowPrivate });
      if (r.status === "failed") throw new Error(r.errors[0] ?? "feed failed");
    });
  }
}

export interface JobCounts {
  queue: string;
  state: string;
  count: number;
}

/** Jobs by queue and state, and the failed ones with their errors (`sitrep jobs`). */
export async function jobReport(store: Store, schema = process.env.SITREP_QUEUE_SCHEMA ?? "pgboss"): Promise<{ counts: JobCounts[]; failed: { id: string; queue: string; data: unknown; error: string }[] }> {
  const s = schema.replace(/[^a-z0-9_]/gi, "");
  const counts = (await store.db.query<{ name: string; state: string; n: string | number }>(`SELECT name, state, COUNT(*) AS n FROM ${s}.job WHERE name LIKE 'sitrep-%' GROUP BY name, state ORDER BY name, state`)).map((r) => ({ queue: r.name, state: r.state, count: Number(r.n) }));
  const failed = (await store.db.query<{ id: string; name: string; data: unknown; output: unknown }>(`SELECT id, name, data, output FROM ${s}.job WHERE name LIKE 'sitrep-%' AND state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 50`)).map((r) => ({
    id: r.id,
    queue: r.name,
    data: r.data,
    error: String((r.output as { message?: string } | null)?.message ?? JSON.stringify(r.output)).split("\n")[0]!,
  }));
  return { counts, failed };
}
