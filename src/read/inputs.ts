// Turns the command line's inputs (files, folders, "-" for stdin, http(s) URLs, feeds) into raw
// documents. Every input that cannot be read becomes one diagnostic naming it and the reason; the
// others go on.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { extname, join } from "node:path";
import type { Diagnostic, RawDoc, RunOptions } from "../model.js";
import { decode } from "./encoding.js";
import { fetchUrl, FetchError } from "./fetch.js";
import { looksLikeFeed, parseFeed } from "./feeds.js";
import { parseJsonlLine, parseJsonRecords, type RecordDoc } from "./records.js";

/** Largest single file (or stdin, or fetched page) read whole. JSONL is streamed and has no total cap. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

type Kind = "text" | "markdown" | "html" | "json" | "jsonl" | "feed";

const EXT: Record<string, Kind> = {
  ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".xml": "feed", ".rss": "feed", ".atom": "feed",
};

export interface ReadOptions extends Pick<RunOptions, "allowPrivate" | "progress"> {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  fetchTimeoutMs?: number;
}

interface Sink {
  docs: RawDoc[];
  diagnostics: Diagnostic[];
}

const err = (source: string, message: string): Diagnostic => ({ source, level: "error", message });
const warn = (source: string, message: string): Diagnostic => ({ source, level: "warning", message });

/** Guesses the kind of a text whose name says nothing. */
function sniff(text: string): Kind {
  const head = text.slice(0, 2048).trimStart();
  if (looksLikeFeed(head)) return "feed";
  if (/^(<!doctype html|<html|<head|<body|<article|<meta|<div|<p[\s>])/i.test(head)) return "html";
  if (head.startsWith("{") || head.startsWith("[")) {
    const firstLine = head.split("\n", 1)[0]!.trim();
    return firstLine.startsWith("{") && firstLine.endsWith("}") && head.split("\n").filter((l) => l.trim()).length > 1 ? "jsonl" : "json";
  }
  if (/^(---\n|#{1,6} )/.test(head)) return "markdown";
  return "text";
}

function addRecords(sink: Sink, recs: (RecordDoc | null)[]) {
  for (const r of recs) {
    if (!r) continue;
    if (r.doc) sink.docs.push(r.doc);
    else if (r.error) sink.diagnostics.push(err(r.error.split(": ")[0]!, r.error.slice(r.error.indexOf(": ") + 2)));
  }
}

async function fromText(sink: Sink, source: string, text: string, kind: Kind, opts: ReadOptions): Promise<void> {
  switch (kind) {
    case "json":
      addRecords(sink, parseJsonRecords(text, source));
      return;
    case "jsonl":
      addRecords(sink, text.split("\n").map((l, i) => parseJsonlLine(l, source, i + 1)));
      return;
    case "feed":
      await fromFeed(sink, source, text, opts);
      return;
    default:
      sink.docs.push({ source, format: kind, body: text, meta: {} });
  }
}

async function fromFeed(sink: Sink, source: string, xml: string, opts: ReadOptions): Promise<void> {
  const feed = parseFeed(xml);
  if (!feed.ok) {
    sink.diagnostics.push(err(source, feed.reason));
    return;
  }
  if (!feed.items.length) sink.diagnostics.push(warn(source, "feed has no items"));
  let n = 0;
  for (const it of feed.items) {
    n++;
    const label = it.link ?? `${source}#${n}`;
    if (it.full && it.content) {
      sink.docs.push({ source: label, format: "html", body: it.content, meta: it.meta });
      continue;
    }
    if (it.link && /^https?:\/\//i.test(it.link)) {
      const page = await fetchDoc(it.link, opts);
      if (page.ok) {
        sink.docs.push({ ...page.doc, meta: { ...it.meta, ...definedOnly(page.doc.meta) } });
        continue;
      }
      if (it.content) {
        sink.docs.push({ source: label, format: "html", body: it.content, meta: it.meta });
        sink.diagnostics.push(warn(label, `${page.reason}; used the feed's summary instead`));
        continue;
      }
      sink.diagnostics.push(err(label, page.reason));
      continue;
    }
    if (it.content) sink.docs.push({ source: label, format: "html", body: it.content, meta: it.meta });
    else sink.diagnostics.push(err(label, "feed item has neither content nor a link"));
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

type Fetched = { ok: true; doc: RawDoc } | { ok: false; reason: string };

async function fetchDoc(url: string, opts: ReadOptions): Promise<Fetched> {
  try {
    const r = await fetchUrl(url, { allowPrivate: !!opts.allowPrivate, maxBytes: opts.maxBytes ?? MAX_INPUT_BYTES, ...(opts.fetchTimeoutMs ? { timeoutMs: opts.fetchTimeoutMs } : {}) });
    const d = decode(r.bytes, r.charset);
    if (!d.ok) return { ok: false, reason: d.reason };
    const kind: Kind = /html/.test(r.contentType ?? "") ? "html" : /(rss|atom)/.test(r.contentType ?? "") ? "feed" : sniff(d.text);
    if (kind !== "html" && kind !== "text" && kind !== "markdown") return { ok: false, reason: `expected an article page, got ${r.contentType ?? kind}` };
    return { ok: true, doc: { source: url, format: kind, body: d.text, meta: { url: r.url } } };
  } catch (e) {
    return { ok: false, reason: e instanceof FetchError ? e.message : `fetch failed: ${(e as Error).message}` };
  }
}

async function fromUrl(sink: Sink, url: string, opts: ReadOptions): Promise<void> {
  try {
    const r = await fetchUrl(url, { allowPrivate: !!opts.allowPrivate, maxBytes: opts.maxBytes ?? MAX_INPUT_BYTES, ...(opts.fetchTimeoutMs ? { timeoutMs: opts.fetchTimeoutMs } : {}) });
    const d = decode(r.bytes, r.charset);
    if (!d.ok) return void sink.diagnostics.push(err(url, d.reason));
    const ct = r.contentType ?? "";
    const kind: Kind = /(rss|atom)\+xml/.test(ct) || (/xml/.test(ct) && looksLikeFeed(d.text)) ? "feed" : /html/.test(ct) ? "html" : /json/.test(ct) ? "json" : sniff(d.text);
    const before = sink.docs.length;
    await fromText(sink, url, d.text, kind, opts);
    for (const doc of sink.docs.slice(before)) if (doc.source === url) doc.meta.url ??= r.url;
  } catch (e) {
    sink.diagnostics.push(err(url, e instanceof FetchError ? e.message : `fetch failed: ${(e as Error).message}`));
  }
}

async function readCapped(stream: NodeJS.ReadableStream, cap: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    const b = typeof c === "string" ? Buffer.from(c) : c;
    size += b.length;
    if (size > cap) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function fromJsonlFile(sink: Sink, path: string): Promise<void> {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    addRecords(sink, [parseJsonlLine(line.replace(/^\uFEFF/, ""), path, n)]);
  }
  if (n === 0) sink.diagnostics.push(err(path, "empty file"));
}

async function fromFile(sink: Sink, path: string, kind: Kind | undefined, opts: ReadOptions): Promise<void> {
  const cap = opts.maxBytes ?? MAX_INPUT_BYTES;
  try {
    if (kind === "jsonl") return await fromJsonlFile(sink, path);
    const st = await stat(path);
    if (st.size === 0) return void sink.diagnostics.push(err(path, "empty file"));
    if (st.size > cap) return void sink.diagnostics.push(err(path, `file too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(cap / 1048576).toFixed(0)} MB — split it, or use .jsonl, which is streamed)`));
    const d = decode(await readFile(path));
    if (!d.ok) return void sink.diagnostics.push(err(path, d.reason));
    await fromText(sink, path, d.text.replace(/^\uFEFF/, ""), kind ?? sniff(d.text), opts);
  } catch (e) {
    const x = e as NodeJS.ErrnoException;
    sink.diagnostics.push(err(path, x.code === "ENOENT" ? "no such file or folder" : x.code === "EACCES" ? "permission denied" : x.message.split("\n")[0]!));
  }
}

async function walk(dir: string, out: string[], skipped: { n: number }): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, skipped);
    else if (e.isFile()) {
      if (EXT[extname(e.name).toLowerCase()]) out.push(p);
      else skipped.n++;
    }
  }
}

/** Reads every input; never throws for bad input. */
export async function readInputs(inputs: readonly string[], opts: ReadOptions = {}): Promise<Sink> {
  const sink: Sink = { docs: [], diagnostics: [] };
  let done = 0;
  for (const input of inputs) {
    opts.progress?.(done++, inputs.length, input);
    if (input === "-") {
      const buf = await readCapped(opts.stdin ?? process.stdin, opts.maxBytes ?? MAX_INPUT_BYTES);
      if (!buf) sink.diagnostics.push(err("-", "standard input too large"));
      else {
        const d = decode(buf);
        if (!d.ok) sink.diagnostics.push(err("-", d.reason));
        else await fromText(sink, "-", d.text.replace(/^\uFEFF/, ""), sniff(d.text), opts);
      }
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      await fromUrl(sink, input, opts);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      sink.diagnostics.push(err(input, "unsupported URL scheme (only http and https)"));
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // fromFile reports it
    }
    if (isDir) {
      const files: string[] = [];
      const skipped = { n: 0 };
      await walk(input, files, skipped);
      if (!files.length) sink.diagnostics.push(err(input, "folder holds no readable files (.txt, .md, .html, .json, .jsonl, .xml)"));
      if (skipped.n) sink.diagnostics.push(warn(input, `skipped ${skipped.n} file(s) with unsupported extensions`));
      for (const f of files) await fromFile(sink, f, EXT[extname(f).toLowerCase()], opts);
    } else {
      await fromFile(sink, input, EXT[extname(input).toLowerCase()], opts);
    }
  }
  return sink;
}
