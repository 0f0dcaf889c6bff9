// `sitrep worker` and `sitrep jobs`: the PostgreSQL queue's side of the command line.
import { parseArgs } from "node:util";
import { SitrepError } from "../model.js";
import { Store } from "../store/store.js";
import { jobReport, openQueue, startWorker } from "../queue/jobs.js";
import { printable } from "../text/printable.js";
import { storeOptions } from "./store-commands.js";
import { writeOut } from "./output.js";

export const WORKER_HELP = `Usage: sitrep worker --db URL [options]

Takes jobs from the queue kept in PostgreSQL (pg-boss): ingest a document, reconcile a story,
poll a feed. Run any number of workers, on any number of machines, against one database; jobs
come from 'sitrep ingest --queue' and 'sitrep watch --queue'. A failing job is retried with
backoff, then kept as failed with its error (sitrep jobs).

      --db URL         the PostgreSQL server (or DATABASE_URL); required
      --concurrency N  jobs of each kind at once in this process (default 2)
      --allow-private  let feeds reach private, loopback and link-local addresses
  -q, --quiet          no line per job
  -h, --help           show this help

Stops on Ctrl-C or SIGTERM after the jobs in hand.
`;

export const JOBS_HELP = `Usage: sitrep jobs --db URL [--json]

Jobs in the queue by kind and state, and the failed ones with their errors.
`;

export function requireDb(values: { db?: string }, cmd: string): string {
  const url = values.db ?? process.env.DATABASE_URL;
  if (!url) throw new SitrepError("usage", `${cmd} needs a PostgreSQL server: --db postgres://… or DATABASE_URL (the embedded store has no queue)`);
  return url;
}

export async function runWorker(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { db: { type: "string" }, concurrency: { type: "string", default: "2" }, "allow-private": { type: "boolean", default: false }, quiet: { type: "boolean", short: "q", default: false }, help: { type: "boolean", short: "h", default: false } } }));
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep worker --help)`);
  }
  if (values.help) {
    process.stdout.write(WORKER_HELP);
    return 0;
  }
  const url = requireDb(values, "worker");
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new SitrepError("usage", `--concurrency must be a whole number from 1 to 64, not "${printable(values.concurrency, 20)}"`);
  const store = await Store.open(storeOptions({ db: url }));
  const queue = await openQueue(url);
  await startWorker(store, queue, {
    concurrency,
    allowPrivate: values["allow-private"],
    onJob: values.quiet ? undefined : (name, data, ms, error) => process.stderr.write(`sitrep: ${name} ${printable(JSON.stringify(data), 120)} ${error ? `failed (${printable(error, 200)}), will retry` : "done"} in ${ms} ms\n`),
  });
  process.stderr.write(`sitrep: worker ${process.pid} taking jobs from ${store.db.where} (Ctrl-C stops)\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      process.stderr.write("sitrep: stopping: finishing the jobs in hand\n");
      void queue
        .stop()
        .catch(() => {})
        .then(() => store.close())
        .finally(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

export async function runJobs(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { db: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } }));
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep jobs --help)`);
  }
  if (values.help) {
    process.stdout.write(JOBS_HELP);
    return 0;
  }
  const url = requireDb(values, "jobs");
  const store = await Store.open(storeOptions({ db: url }));
  try {
    const queue = await openQueue(url);
    await queue.stop();
    const r = await jobReport(store);
    if (values.json) await writeOut([JSON.stringify(r, null, 2) + "\n"]);
    else
      await writeOut([
        ...r.counts.map((c) => `${c.queue.padEnd(18)} ${c.state.padEnd(10)} ${c.count}\n`),
        ...(r.failed.length ? ["\nfailed:\n", ...r.failed.map((f) => `${f.queue} ${f.id} ${printable(JSON.stringify(f.data), 100)}: ${printable(f.error, 200)}\n`)] : []),
      ]);
    return 0;
  } finally {
    await store.close();
  }
}
