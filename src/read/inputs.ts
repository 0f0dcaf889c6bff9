// Turns the command line's inputs (files, folders, "-" for stdin, http(s) URLs, feeds) into raw
// documents. Every input that cannot be read becomes one diagnostic naming it and the reason; the
// others go on. What is read is bounded: one document, one JSONL record, a whole run's bytes and
// the time spent fetching all have limits, and only regular files are opened.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Diagnostic, RawDoc, RunOptions } from "../model.js";
import { diagnostic } from "../diagnostic.js";
import { decode, looksBinary } from "./encoding.js";
import { fetchUrl, FetchError, FETCH_DEFAULTS } from "./fetch.js";
import { looksLikeFeed, parseFeed } from "./feeds.js";
import { parseJsonlLine, parseJsonRecords, type RecordDoc } from "./records.js";

/** Largest single document read whole: a file, standard input, a fetched page, one JSONL record. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Most bytes one run reads in all: `analyze` keeps every article (and the report) in memory. */
export const MAX_RUN_BYTES = 128 * 1024 * 1024;
/** Time one run may spend fetching pages and feed items, all together. */
export const FETCH_BUDGET_MS = 60_000;
/** Feed items fetched at once. */
const FETCH_CONCURRENCY = 6;
/** Rejected records of one input listed one by one; the rest are counted in one line. */
const MAX_ERRORS_PER_INPUT = 20;

type Kind = "text" | "markdown" | "html" | "json" | "jsonl" | "feed";

const EXT: Record<string, Kind> = {
  ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
};

export interface ReadOptions extends Pick<RunOptions, "allowPrivate" | "progress"> {
  /** Largest single document (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** Most bytes read in all (default MAX_RUN_BYTES). */
  maxRunBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** One fetch's time limit (default 15 s). */
  fetchTimeoutMs?: number;
  /** All fetches' time together (default FETCH_BUDGET_MS). */
  fetchBudgetMs?: number;
}

const MB = (n: number) => `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;

/** Where documents and diagnostics go, with the run's limits and what is left of them. */
class Sink {
  readonly docs: RawDoc[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Bytes read so far against the run's limit. */
  bytes = 0;
  private readonly errorsPer = new Map<string, number>();
  constructor(
    readonly maxDoc: number,
    readonly maxRun: number,
    readonly deadline: number,
  ) {}

  error(source: string, message: string, input = source): void {
    const n = (this.errorsPer.get(input) ?? 0) + 1;
    this.errorsPer.set(input, n);
    if (n <= MAX_ERRORS_PER_INPUT) this.diagnostics.push(diagnostic("error", source, message));
  }
  warn(source: string, message: string): void {
    this.diagnostics.push(diagnostic("warning", source, message));
  }
  /** One line for the records of `input` past the first MAX_ERRORS_PER_INPUT rejected. */
  closeInput(input: string): void {
    const n = this.errorsPer.get(input) ?? 0;
    if (n > MAX_ERRORS_PER_INPUT) this.diagnostics.push(diagnostic("error", input, `${n - MAX_ERRORS_PER_INPUT} more records rejected (the first ${MAX_ERRORS_PER_INPUT} are listed)`));
  }
  addRecord(r: RecordDoc | null, input: string): void {
    if (!r) return;
    if ("doc" in r) this.docs.push(r.doc);
    else this.error(r.source, r.error, input);
  }
  /** Counts `n` bytes against the run's limit; false when they do not fit. */
  take(n: number): boolean {
    if (this.bytes + n > this.maxRun) return false;
    this.bytes += n;
    return true;
  }
  tooMuch(size: number): string {
    return `not read: ${MB(size)} more would pass the ${MB(this.maxRun)} one run of analyze reads (it keeps every article in memory); split the input into several runs`;
  }
}


/** Guesses the kind of a text whose name says nothing. */
function sniff(text: string): Kind {
  const head = text.slice(0, 65536).trimStart();
  if (looksLikeFeed(head)) return "feed";
  if (/^(<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>])/i.test(head)) return "html";
  if (head.startsWith("{") && /\}[ \t]*\r?\n\s*\{/.test(head)) return "jsonl";
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (/^(---\n|#{1,6} )/.test(head)) return "markdown";
  return "text";
}

async function fromText(sink: Sink, source: string, text: string, kind: Kind, opts: ReadOptions): Promise<void> {
  switch (kind) {
    case "json":
      for (const r of parseJsonRecords(text, source)) sink.addRecord(r, source);
      return;
    case "jsonl": {
      let n = 0;
      for (const line of text.split("\n")) sink.addRecord(parseJsonlLine(line, source, ++n), source);
      return;
    }
    case "feed":
      await fromFeed(sink, source, text, opts);
      return;
    default:
      sink.docs.push({ source, format: kind, body: text, meta: {} });
  }
}

async function fromFeed(sink: Sink, source: string, xml: string, opts: ReadOptions): Promise<void> {
  const feed = parseFeed(xml);
  if (!feed.ok) return sink.error(source, feed.reason);
  if (!feed.items.length) sink.warn(source, "feed has no items");
  // items without their full text are fetched a few at a time; documents keep the feed's order
  const slots: (RawDoc | null)[] = feed.items.map(() => null);
  const work: (() => Promise<void>)[] = [];
  feed.items.forEach((it, i) => {
    const label = `${source}#${i + 1}`;
    const web = !!it.link && /^https?:\/\//i.test(it.link);
    const name = web ? it.link! : label;
    if (it.full && it.content) slots[i] = { source: name, format: "html", body: it.content, meta: it.meta };
    else if (web)
      work.push(async () => {
        const page = await fetchDoc(it.link!, sink, opts);
        if (page.ok) slots[i] = { ...page.doc, meta: { ...it.meta, ...definedOnly(page.doc.meta) } };
        else if (it.content) {
          slots[i] = { source: name, format: "html", body: it.content, meta: it.meta };
          sink.warn(name, `${page.reason}; used the feed's summary instead`);
        } else sink.error(name, page.reason, source);
      });
    else if (it.content) slots[i] = { source: name, format: "html", body: it.content, meta: it.meta };
    else sink.error(label, it.link ? "feed item has no content and its link is not http(s)" : "feed item has neither content nor a link", source);
  });
  await pool(work, FETCH_CONCURRENCY);
  for (const d of slots) if (d) sink.docs.push(d);
  sink.closeInput(source);
}

async function pool(tasks: readonly (() => Promise<void>)[], n: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, async () => {
    while (next < tasks.length) await tasks[next++]!();
  }));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

type Fetched = { ok: true; doc: RawDoc; text: string; kind: Kind } | { ok: false; reason: string };

/** Fetches and decodes one URL within the run's time for fetching. */
async function fetchText(url: string, sink: Sink, opts: ReadOptions): Promise<Fetched> {
  const left = sink.deadline - Date.now();
  const budget = Math.round((opts.fetchBudgetMs ?? FETCH_BUDGET_MS) / 1000);
  if (left <= 0) return { ok: false, reason: `not fetched: the run's ${budget} s for fetching ran out` };
  const limit = opts.fetchTimeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  try {
    const r = await fetchUrl(url, { allowPrivate: !!opts.allowPrivate, maxBytes: Math.min(sink.maxDoc, FETCH_DEFAULTS.maxBytes), timeoutMs: Math.min(limit, left) });
    if (!sink.take(r.bytes.length)) return { ok: false, reason: sink.tooMuch(r.bytes.length) };
    const d = decode(r.bytes, r.charset);
    if (!d.ok) return { ok: false, reason: d.reason };
    const ct = r.contentType ?? "";
    const kind: Kind = /(rss|atom)\+xml/.test(ct) || (/xml/.test(ct) && looksLikeFeed(d.text)) ? "feed" : /html/.test(ct) ? "html" : /json/.test(ct) ? "json" : sniff(d.text);
    return { ok: true, doc: { source: url, format: "text", body: d.text, meta: { url: r.url } }, text: d.text, kind };
  } catch (e) {
    const reason = e instanceof FetchError ? e.message : `fetch failed: ${(e as Error).message}`;
    return { ok: false, reason: left < limit && /timed out/.test(reason) ? `${reason} (the run's ${budget} s for fetching ran out)` : reason };
  }
}

/** A feed item's page: an article, not another feed. */
async function fetchDoc(url: string, sink: Sink, opts: ReadOptions): Promise<Fetched> {
  const f = await fetchText(url, sink, opts);
  if (!f.ok) return f;
  if (f.kind !== "html" && f.kind !== "text" && f.kind !== "markdown") return { ok: false, reason: `expected an article page, got ${f.kind}` };
  return { ...f, doc: { ...f.doc, format: f.kind } };
}

async function fromUrl(sink: Sink, url: string, opts: ReadOptions): Promise<void> {
  const f = await fetchText(url, sink, opts);
  if (!f.ok) return sink.error(url, f.reason);
  const before = sink.docs.length;
  await fromText(sink, url, f.text, f.kind, opts);
  for (const doc of sink.docs.slice(before)) if (doc.source === url) doc.meta.url ??= f.doc.meta.url ?? null;
  sink.closeInput(url);
}

/**
 * Lines of a byte stream, each decoded as UTF-8; a line longer than `max` bytes is skipped and
 * reported by its size, never held whole.
 */
async function* lines(chunks: AsyncIterable<Buffer>, max: number): AsyncGenerator<{ text: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const end = () => {
    const out = skipping ? { tooLong: size } : { text: Buffer.concat(parts, size).toString("utf8") };
    parts = [];
    size = 0;
    skipping = false;
    return out;
  };
  for await (const chunk of chunks) {
    let at = 0;
    for (let nl = chunk.indexOf(10, at); ; nl = chunk.indexOf(10, at)) {
      const piece = chunk.subarray(at, nl < 0 ? chunk.length : nl);
      size += piece.length;
      if (size > max) skipping = true;
      if (skipping) parts = [];
      else parts.push(piece);
      if (nl < 0) break;
      yield end();
      at = nl + 1;
    }
  }
  if (size || skipping) yield end();
}

/**
 * A JSONL stream, one record a line, in bounded memory: a record over the document limit is
 * rejected by itself; past the run's limit the input is dropped whole, with a reason.
 */
async function fromJsonlStream(sink: Sink, source: string, chunks: AsyncIterable<Buffer>, stop: () => void): Promise<void> {
  const before = sink.docs.length;
  const bytesBefore = sink.bytes;
  let n = 0;
  let seen = false;
  let first = true;
  for await (const l of lines(chunks, sink.maxDoc)) {
    n++;
    if ("tooLong" in l) {
      seen = true;
      sink.error(`${source}#${n}`, `record too large (over ${MB(sink.maxDoc)}, the limit for one article)`, source);
      if (!sink.take(l.tooLong + 1)) return overflow();
      continue;
    }
    if (!sink.take(l.text.length + 1)) return overflow();
    let text = l.text;
    if (first) {
      first = false;
      text = text.replace(/^\uFEFF/, "");
      if (looksBinary(Buffer.from(text.slice(0, 8192)))) {
        stop();
        return sink.error(source, "binary data, not text");
      }
    }
    if (text.trim()) seen = true;
    sink.addRecord(parseJsonlLine(text, source, n), source);
  }
  if (!seen) sink.error(source, n ? "empty file (only blank lines)" : "empty file");
  sink.closeInput(source);

  function overflow(): void {
    stop();
    sink.docs.length = before;
    const read = sink.bytes - bytesBefore;
    sink.bytes = bytesBefore;
    sink.error(source, `not read: more than ${MB(sink.maxRun)}, what one run of analyze reads (it keeps every article in memory; ${MB(read)} were read before it stopped); split the input into several runs`);
  }
}

const TYPE_NAMES: [keyof import("node:fs").Stats, string][] = [
  ["isDirectory", "a folder (reached through a link, which is not followed)"],
  ["isFIFO", "a named pipe (pipe it to standard input with '-' instead)"],
  ["isCharacterDevice", "a device"],
  ["isBlockDevice", "a device"],
  ["isSocket", "a socket"],
];

async function fromFile(sink: Sink, path: string, kind: Kind | undefined, opts: ReadOptions): Promise<void> {
  try {
    const st = await stat(path);
    if (!st.isFile()) {
      const what = TYPE_NAMES.find(([k]) => (st[k] as () => boolean)())?.[1] ?? "a special file";
      return sink.error(path, `not a regular file: ${what}`);
    }
    if (st.size === 0) return sink.error(path, "empty file");
    if (kind === "jsonl") {
      if (sink.bytes + st.size > sink.maxRun) return sink.error(path, sink.tooMuch(st.size));
      const stream = createReadStream(path, { highWaterMark: 1 << 20 });
      return await fromJsonlStream(sink, path, stream as AsyncIterable<Buffer>, () => stream.destroy());
    }
    if (st.size > sink.maxDoc) return sink.error(path, `file too large (${MB(st.size)}; the limit for one document is ${MB(sink.maxDoc)}): split it, or give one article per line as .jsonl`);
    if (!sink.take(st.size)) return sink.error(path, sink.tooMuch(st.size));
    const d = decode(await readFile(path));
    if (!d.ok) return sink.error(path, d.reason);
    await fromText(sink, path, d.text.replace(/^\uFEFF/, ""), kind ?? sniff(d.text), opts);
    sink.closeInput(path);
  } catch (e) {
    const x = e as NodeJS.ErrnoException;
    const reason: Record<string, string> = { ENOENT: "no such file or folder", EACCES: "permission denied", ELOOP: "too many symbolic links", EISDIR: "is a folder", ENAMETOOLONG: "name too long" };
    sink.error(path, reason[x.code ?? ""] ?? (x.message ?? String(e)).split("\n")[0]!);
  }
}

/** Standard input: JSONL is streamed like a file; anything else is read whole, up to the document limit. */
async function fromStdin(sink: Sink, stream: NodeJS.ReadableStream): Promise<void> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 65536) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = typeof r.value === "string" ? Buffer.from(r.value) : r.value;
    head.push(b);
    size += b.length;
  }
  const first = Buffer.concat(head);
  const headText = decode(first.subarray(0, 65536));
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield first;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield typeof r.value === "string" ? Buffer.from(r.value) : r.value;
  };
  const stop = () => void it.return?.();
  if (headText.ok && sniff(headText.text.replace(/^\uFEFF/, "")) === "jsonl") return fromJsonlStream(sink, "-", rest(), stop);
  const parts: Buffer[] = [];
  let total = 0;
  for await (const b of rest()) {
    total += b.length;
    if (total > sink.maxDoc) {
      stop();
      return sink.error("-", `standard input too large (over ${MB(sink.maxDoc)}, the limit for one document; give one article per line as JSONL to read more)`);
    }
    parts.push(b);
  }
  if (!sink.take(total)) return sink.error("-", sink.tooMuch(total));
  const d = decode(Buffer.concat(parts, total));
  if (!d.ok) return sink.error("-", d.reason);
  await fromText(sink, "-", d.text.replace(/^\uFEFF/, ""), sniff(d.text.replace(/^\uFEFF/, "")), {});
  sink.closeInput("-");
}

/** Files below `dir` that have a readable extension, in name order; symbolic links to folders are not followed. */
async function walk(dir: string, out: string[], skipped: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, skipped);
    else if (EXT[extname(e.name).toLowerCase()]) out.push(p); // fromFile refuses what is not a regular file
    else if (e.isFile()) skipped.push(e.name);
  }
}

/** Reads every input; never throws for bad input. */
export async function readInputs(inputs: readonly string[], opts: ReadOptions = {}): Promise<{ docs: RawDoc[]; diagnostics: Diagnostic[] }> {
  const sink = new Sink(opts.maxBytes ?? MAX_INPUT_BYTES, opts.maxRunBytes ?? MAX_RUN_BYTES, Date.now() + (opts.fetchBudgetMs ?? FETCH_BUDGET_MS));
  let stdinRead = false;
  let done = 0;
  for (const input of inputs) {
    opts.progress?.(done++, inputs.length, "reading");
    if (input === "-") {
      if (stdinRead) sink.error("-", "standard input given twice (it was read the first time)");
      else await fromStdin(sink, opts.stdin ?? process.stdin);
      stdinRead = true;
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      await fromUrl(sink, input, opts);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      sink.error(input, "unsupported URL scheme (only http and https)");
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // fromFile reports it
    }
    if (!isDir) {
      await fromFile(sink, input, EXT[extname(input).toLowerCase()], opts);
      continue;
    }
    const files: string[] = [];
    const skipped: string[] = [];
    try {
      await walk(input, files, skipped);
    } catch (e) {
      sink.error(input, `cannot read the folder: ${((e as NodeJS.ErrnoException).code ?? (e as Error).message).toString().split("\n")[0]}`);
    }
    if (!files.length) sink.error(input, "folder holds no readable files (.txt, .md, .html, .json, .jsonl, .xml)");
    if (skipped.length) sink.warn(input, `skipped ${skipped.length} file(s) with unsupported extensions: ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? ", …" : ""}`);
    for (const f of files) await fromFile(sink, f, EXT[extname(f).toLowerCase()], opts);
  }
  return { docs: sink.docs, diagnostics: sink.diagnostics };
}
