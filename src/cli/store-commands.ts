// The commands that keep a store: ingest, stories, report, rebuild, story split|merge|move. Each
// opens the store (embedded in --data, or the PostgreSQL server of --db / DATABASE_URL), does its
// work, and closes it — on Ctrl-C and SIGTERM too, so the lock is released and the grouper saved.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { Store, defaultDataDir, type StoreOptions } from "../store/store.js";
import { SitrepError } from "../model.js";
import { printable } from "../text/printable.js";
import { markdownChunks } from "../report/markdown.js";
import { jsonChunks } from "../report/json-chunks.js";
import { renderHtmlReport } from "../report/html.js";
import { checkWritable, formatOf, printDiagnostics, progressLine, writeOut, writeReport } from "./output.js";
import { styleFor } from "./style.js";

const STORE_OPTIONS = `Store:
      --data DIR       the embedded store's folder (default: ${"$"}XDG_DATA_HOME/sitrep, else ~/.local/share/sitrep)
      --db URL         a PostgreSQL server instead (postgres://user@host:5432/db; or DATABASE_URL)`;

export const INGEST_HELP = `Usage: sitrep ingest <inputs…> [options]

Adds articles to the store (same inputs as analyze: files, folders, stdin, URLs, feeds), puts each
in a story as it comes, and reconciles again only the stories that changed. The same article twice
is stored once with both sources; a new text at a stored address is kept as a new version.

${STORE_OPTIONS}
      --queue          with --db: store the documents and leave them to 'sitrep worker' processes
      --allow-private  let URLs reach private, loopback and link-local addresses
  -q, --quiet          no progress and no summary
  -h, --help           show this help

Exit status: 0 every input read; 1 some inputs rejected (named on standard error); 2 usage error.
`;

export const STORIES_HELP = `Usage: sitrep stories [options]

Lists the stored stories, most recently changed first: id, articles, outlets, disputed claims,
last change and title.

${STORE_OPTIONS}
      --json           one JSON array instead of a table
  -h, --help           show this help
`;

export const REPORT_HELP = `Usage: sitrep report <story> [options]

Prints the stored report of one story (its id, or the first characters of it).

  -f, --format FMT     md | json | html (default: from --out's extension, else md)
  -o, --out FILE       write it to FILE ('-': standard output)
${STORE_OPTIONS}
  -h, --help           show this help
`;

export const REBUILD_HELP = `Usage: sitrep rebuild [options]

Computes every article and story again from the raw documents the store kept (on disk, written
before the database, and in the database). Sources and manual story decisions are kept.

${STORE_OPTIONS}
  -q, --quiet          no progress
  -h, --help           show this help
`;

export const STORY_HELP = `Usage: sitrep story split <story> <article…>
       sitrep story merge <into-story> <story…>
       sitrep story move <article> <story>

Corrects the grouping by hand. A manual decision is kept by later ingests and by rebuild.

${STORE_OPTIONS}
  -h, --help           show this help
`;

const storeArgs = {
  data: { type: "string" },
  db: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies ParseArgsConfig["options"];

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O, cmd: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep ${cmd} --help)`);
  }
}

export function storeOptions(values: { data?: string | boolean; db?: string | boolean }, env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const db = typeof values.db === "string" ? values.db : env.DATABASE_URL || undefined;
  const data = typeof values.data === "string" ? values.data : defaultDataDir(env);
  return db ? { db } : { data };
}

/** Opens the store, runs `work`, closes it; Ctrl-C or SIGTERM closes it before the exit. */
export async function withStore<T>(opts: StoreOptions, work: (s: Store) => Promise<T>): Promise<T> {
  const store = await Store.open(opts);
  let stopping = false;
  const stop = (code: number) => () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write("sitrep: stopping: closing the store\n");
    void store.close().finally(() => process.exit(code));
  };
  const onInt = stop(130);
  const onTerm = stop(143);
  process.once("SIGINT", onInt);
  process.once("SIGTERM", onTerm);
  try {
    return await work(store);
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
    if (!stopping) await store.close();
  }
}

export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...storeArgs, queue: { type: "boolean", default: false }, "allow-private": { type: "boolean", default: false }, quiet: { type: "boolean", short: "q", default: false } }, "ingest");
  if (values.help) return help(INGEST_HELP);
  if (!positionals.length) throw new SitrepError("usage", "no inputs given (see sitrep ingest --help)");
  if (values.queue) return ingestToQueue(positionals, storeOptions(values), values["allow-private"], values.quiet);
  const progress = progressLine(!values.quiet);
  const r = await withStore(storeOptions(values), (s) => s.ingest(positionals, { allowPrivate: values["allow-private"], progress: progress.update }));
  progress.clear();
  printDiagnostics(r.diagnostics);
  if (!values.quiet) {
    const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
    process.stderr.write(`sitrep: run ${r.run}: ${n(r.added, "new article", "new articles")}, ${n(r.updated, "new version", "new versions")}, ${r.duplicates} already stored; ${n(r.storiesChanged.length, "story", "stories")} updated\n`);
  }
  for (const id of r.storiesChanged) process.stdout.write(`${id}\n`);
  const read = r.added + r.updated + r.duplicates;
  if (!read && !r.diagnostics.length) process.stderr.write("sitrep: error: no article could be read\n");
  return r.diagnostics.some((d) => d.level === "error") || !read ? 1 : 0;
}

async function ingestToQueue(inputs: string[], opts: StoreOptions, allowPrivate: boolean, quiet: boolean): Promise<number> {
  if (!opts.db) throw new SitrepError("usage", "--queue needs a PostgreSQL server: --db postgres://… or DATABASE_URL");
  const { readInputs } = await import("../read/inputs.js");
  const { openQueue, enqueueDocs } = await import("../queue/jobs.js");
  const r = await readInputs(inputs, { allowPrivate });
  printDiagnostics(r.diagnostics);
  const queue = await openQueue(opts.db);
  try {
    const hashes = await withStore(opts, (s) => enqueueDocs(s, queue, r.docs));
    if (!quiet) process.stderr.write(`sitrep: ${hashes.length} document${hashes.length === 1 ? "" : "s"} queued for the workers\n`);
  } finally {
    await queue.stop();
  }
  return r.diagnostics.some((d) => d.level === "error") || !r.docs.length ? 1 : 0;
}

export async function runStories(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...storeArgs, json: { type: "boolean", default: false } }, "stories");
  if (values.help) return help(STORIES_HELP);
  const list = await withStore(storeOptions(values), (s) => s.stories());
  if (values.json) {
    await writeOut([JSON.stringify(list, null, 2) + "\n"]);
    return 0;
  }
  if (!list.length) {
    process.stderr.write("sitrep: the store holds no story yet (sitrep ingest <inputs…> adds articles)\n");
    return 0;
  }
  const style = styleFor(process.stdout);
  const rows = list.map((s) => `${s.id}  ${String(s.articles).padStart(5)}  ${String(s.outlets).padStart(7)}  ${String(s.disputes).padStart(8)}  ${(s.lastUpdate ?? "").slice(0, 16).replace("T", " ")}  ${printable(s.title, 90)}`);
  await writeOut([style.bold(`${"id".padEnd(14)}  ${"articles"}  outlets  disputes  ${"last change".padEnd(16)}  title`) + "\n", ...rows.map((r) => r + "\n")]);
  return 0;
}

export async function runReport(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...storeArgs, format: { type: "string", short: "f" }, out: { type: "string", short: "o" } }, "report");
  if (values.help) return help(REPORT_HELP);
  if (positionals.length !== 1) throw new SitrepError("usage", "give one story id (sitrep stories lists them)");
  const out = values.out === "-" ? undefined : values.out;
  const format = values.format ?? formatOf(out) ?? "md";
  if (!["md", "json", "html"].includes(format)) throw new SitrepError("usage", `--format must be md, json or html, not "${printable(format, 40)}"`);
  if (out) await checkWritable(out);
  const found = await withStore(storeOptions(values), async (s) => s.report(await s.resolveStory(positionals[0]!)));
  if (!found) throw new SitrepError("input", `no story ${positionals[0]} in the store`);
  const chunks = renderChunks(found.report, format);
  await writeReport(out, chunks);
  return 0;
}

function renderChunks(report: import("../report/schema.js").Report, format: string): Iterable<string> {
  if (format === "json") return jsonChunks(report);
  if (format === "html") return [renderHtmlReport(report)];
  return markdownChunks(report);
}

export async function runRebuild(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...storeArgs, quiet: { type: "boolean", short: "q", default: false } }, "rebuild");
  if (values.help) return help(REBUILD_HELP);
  const progress = progressLine(!values.quiet);
  const r = await withStore(storeOptions(values), (s) => s.rebuild(progress.update));
  progress.clear();
  printDiagnostics(r.diagnostics);
  if (!values.quiet) process.stderr.write(`sitrep: rebuilt ${r.added} articles into ${r.storiesChanged.length} stories\n`);
  return 0;
}

export async function runStory(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, storeArgs, "story");
  if (values.help) return help(STORY_HELP);
  const [action, ...args] = positionals;
  const opts = storeOptions(values);
  if (action === "split" && args.length >= 2) {
    const id = await withStore(opts, async (s) => s.split(await s.resolveStory(args[0]!), args.slice(1)));
    process.stdout.write(`${id}\n`);
  } else if (action === "merge" && args.length >= 2) {
    await withStore(opts, async (s) => {
      const into = await s.resolveStory(args[0]!);
      const from = [];
      for (const a of args.slice(1)) from.push(await s.resolveStory(a));
      await s.merge(into, from);
    });
  } else if (action === "move" && args.length === 2) {
    await withStore(opts, async (s) => s.move(args[0]!, await s.resolveStory(args[1]!)));
  } else throw new SitrepError("usage", "story takes split <story> <article…>, merge <into> <story…> or move <article> <story> (see sitrep story --help)");
  return 0;
}

function help(text: string): number {
  process.stdout.write(text);
  return 0;
}
