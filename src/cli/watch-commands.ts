// `sitrep watch` (poll feeds, ingest what is new) and `sitrep diff` (what changed in a story).
import { readFile } from "node:fs/promises";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SitrepError } from "../model.js";
import { printable } from "../text/printable.js";
import { pollFeed, type PollResult } from "../watch/poll-feed.js";
import { renderDiffMarkdown } from "../diff/story-diff.js";
import { storeOptions, withStore } from "./store-commands.js";
import { writeOut, isDay } from "./output.js";

export const WATCH_HELP = `Usage: sitrep watch <feed URLs | OPML files…> [options]

Polls RSS, Atom and JSON feeds, ingests the items not seen before, and records every poll (items
new, unchanged, failed). Requests are conditional (ETag, Last-Modified): an unchanged feed costs a
304. A failing feed or a dead link is recorded and tried again at the next poll.

      --every DURATION poll again after this long (30s, 10m, 1h; default 10m)
      --once           poll each feed once, then stop
      --queue          with --db: enqueue one job per feed and poll for 'sitrep worker' processes
      --allow-private  let feeds reach private, loopback and link-local addresses
      --data DIR       the embedded store's folder (default: $XDG_DATA_HOME/sitrep)
      --db URL         a PostgreSQL server instead (or DATABASE_URL)
  -q, --quiet          no line per poll
  -h, --help           show this help

Exit status (with --once): 0 when every feed answered, 1 when some failed.
`;

export const DIFF_HELP = `Usage: sitrep diff <story> [options]

What changed in a story, claim by claim: key figures that moved (with their trail), new
developments, claims whose status changed, new values for a claim, new claims, articles their
outlet edited, new quotations, new timeline entries, new articles.

      --since WHEN     a run number (what changed after that run of ingest or watch) or a date
                       (YYYY-MM-DD or an ISO time); default: the story's previous version
  -f, --format FMT     md | json (default md)
      --data DIR       the embedded store's folder (default: $XDG_DATA_HOME/sitrep)
      --db URL         a PostgreSQL server instead (or DATABASE_URL)
  -h, --help           show this help
`;

const storeArgs = { data: { type: "string" }, db: { type: "string" }, help: { type: "boolean", short: "h", default: false } } as const satisfies ParseArgsConfig["options"];

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O, cmd: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep ${cmd} --help)`);
  }
}

/** "30s", "10m", "1h" → milliseconds; null when not a duration. */
export function durationMs(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(s.trim());
  if (!m) return null;
  const ms = Number(m[1]) * ({ s: 1000, m: 60_000, h: 3_600_000 } as const)[(m[2] ?? "s") as "s" | "m" | "h"];
  return ms >= 1000 && ms <= 7 * 86_400_000 ? ms : null;
}

/** Feed URLs from the arguments: URLs as given, OPML files read for their outlines' xmlUrl. */
async function feedUrls(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) {
      out.push(a);
      continue;
    }
    let text: string;
    try {
      text = await readFile(a, "utf8");
    } catch (e) {
      throw new SitrepError("input", `${a}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const urls = [...text.matchAll(/<outline\b[^>]*?\bxmlUrl\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => (m[2] ?? m[3] ?? "").replace(/&amp;/g, "&").trim()).filter((u) => /^https?:\/\//i.test(u));
    if (!urls.length) throw new SitrepError("input", `${a}: not a feed URL, and no OPML outline with an xmlUrl in it`);
    out.push(...urls);
  }
  return [...new Set(out)];
}

function line(r: PollResult): string {
  const what = r.status === "not-modified" ? "not modified (304)" : r.status === "failed" ? `failed: ${r.errors[0] ?? ""}` : `${r.added} new, ${r.unchanged} unchanged, ${r.failed} failed${r.storiesChanged.length ? `; stories ${r.storiesChanged.join(" ")}` : ""}`;
  return `sitrep: ${printable(r.feed, 200)}: ${printable(what, 300)}\n`;
}

export async function runWatch(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...storeArgs, every: { type: "string", default: "10m" }, once: { type: "boolean", default: false }, queue: { type: "boolean", default: false }, "allow-private": { type: "boolean", default: false }, quiet: { type: "boolean", short: "q", default: false } }, "watch");
  if (values.help) {
    process.stdout.write(WATCH_HELP);
    return 0;
  }
  if (!positionals.length) throw new SitrepError("usage", "no feeds given (see sitrep watch --help)");
  const every = durationMs(values.every);
  if (every === null) throw new SitrepError("usage", `--every must be a duration from 1s to 7 days such as 30s, 10m or 1h, not "${printable(values.every, 40)}"`);
  const feeds = await feedUrls(positionals);
  if (values.queue) return watchToQueue(feeds, storeOptions(values).db, every, values.once, values["allow-private"], values.quiet);
  return withStore(storeOptions(values), async (store) => {
    for (;;) {
      let failed = 0;
      // one feed at a time: the store takes one writer, and a feed's pages are fetched in parallel
      for (const f of feeds) {
        const r = await pollFeed(store, f, { allowPrivate: values["allow-private"] });
        if (r.status === "failed") failed++;
        if (!values.quiet) process.stderr.write(line(r));
      }
      if (values.once) return failed ? 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  });
}

async function watchToQueue(feeds: string[], db: string | undefined, every: number, once: boolean, allowPrivate: boolean, quiet: boolean): Promise<number> {
  if (!db) throw new SitrepError("usage", "--queue needs a PostgreSQL server: --db postgres://… or DATABASE_URL");
  const { openQueue, enqueueFeeds } = await import("../queue/jobs.js");
  const queue = await openQueue(db);
  let stopping = false;
  const stop = () => (stopping = true);
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    while (!stopping) {
      await enqueueFeeds(queue, feeds, allowPrivate);
      if (!quiet) process.stderr.write(`sitrep: ${feeds.length} feed poll${feeds.length === 1 ? "" : "s"} queued\n`);
      if (once) break;
      for (let waited = 0; waited < every && !stopping; waited += 500) await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await queue.stop();
  }
  return 0;
}

export async function runDiff(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...storeArgs, since: { type: "string" }, format: { type: "string", short: "f", default: "md" } }, "diff");
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new SitrepError("usage", "give one story id (sitrep stories lists them)");
  if (values.format !== "md" && values.format !== "json") throw new SitrepError("usage", `--format must be md or json, not "${printable(values.format, 40)}"`);
  let since: { run?: number; date?: string } = {};
  if (values.since !== undefined) {
    if (/^\d+$/.test(values.since)) since = { run: Number(values.since) };
    else if (isDay(values.since.slice(0, 10)) && Number.isFinite(Date.parse(values.since))) since = { date: values.since };
    else throw new SitrepError("usage", `--since must be a run number or a date (YYYY-MM-DD), not "${printable(values.since, 40)}"`);
  }
  const r = await withStore(storeOptions(values), async (s) => s.diff(await s.resolveStory(positionals[0]!), since));
  await writeOut([values.format === "json" ? JSON.stringify({ since: r.since, ...r.diff }, null, 2) + "\n" : renderDiffMarkdown(r.diff, r.since)]);
  return 0;
}
