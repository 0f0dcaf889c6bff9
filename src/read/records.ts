// JSON and JSONL inputs: one article per record. Field names follow the contract ({ id, url,
// title, outlet, byline, published, text, html }); common aliases from scrapers and news APIs
// (body, content, author, source, date …) are accepted too.
import type { DocMeta, RawDoc } from "../model.js";
import { isoDay, isoInstant } from "./dates.js";

type Rec = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);
const first = (r: Rec, keys: string[]): unknown => keys.map((k) => r[k]).find((v) => v !== undefined && v !== null && v !== "");

/** A name or a list of names ("author": ["A", {"name": "B"}]); lists nested deeper than two are not names. */
function names(v: unknown, depth = 0): string | null {
  if (Array.isArray(v)) return depth < 2 ? v.slice(0, 50).map((x) => names(x, depth + 1)).filter(Boolean).join(", ") || null : null;
  if (v && typeof v === "object") return str((v as Rec).name);
  return str(v);
}

/** A record read: its document, or why it cannot be one (`source` is FILE#ID or FILE#N). */
export type RecordDoc = { doc: RawDoc } | { source: string; error: string };

/** One record → a document, or the reason it cannot be one. `label` is FILE#ID or FILE#N. */
export function recordToDoc(r: unknown, file: string, n: number): RecordDoc {
  if (!r || typeof r !== "object" || Array.isArray(r)) return { source: `${file}#${n}`, error: "record is not a JSON object" };
  const rec = r as Rec;
  const id = str(rec.id);
  const source = `${file}#${id && id.length <= 200 ? id : n}`;
  const html = str(first(rec, ["html", "content_html", "raw_html"]));
  const text = str(first(rec, ["text", "body", "content", "articleBody", "article", "maintext"]));
  if (!html && !text) return { source, error: "record has neither text nor html" };
  const outletRaw = first(rec, ["outlet", "publisher", "site", "site_name", "source_name", "source", "domain"]);
  const meta: DocMeta = {
    url: str(first(rec, ["url", "link", "href"])),
    title: str(first(rec, ["title", "headline"])),
    outlet: names(outletRaw),
    byline: names(first(rec, ["byline", "author", "authors", "creator"])),
    published: isoDay(first(rec, ["published", "date", "datePublished", "published_at", "publishedAt", "pubDate", "date_publish"])),
    publishedAt: isoInstant(first(rec, ["published", "date", "datePublished", "published_at", "publishedAt", "pubDate", "date_publish"])),
    language: str(first(rec, ["language", "lang"])),
  };
  return { doc: { source, format: text ? "text" : "html", body: (text ?? html)!, meta } };
}

/** Parses a .json file: an array of records, one record, or { articles: [...] }. */
export function parseJsonRecords(text: string, file: string): RecordDoc[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [{ source: file, error: jsonError(e) }];
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as Rec).articles) ? ((data as Rec).articles as unknown[]) : [data];
  if (!list.length) return [{ source: file, error: "JSON holds no records" }];
  return list.map((r, i) => recordToDoc(r, file, i + 1));
}

/** Parses one JSONL line (1-based line number n). Blank lines yield nothing. */
export function parseJsonlLine(line: string, file: string, n: number): RecordDoc | null {
  if (!line.trim()) return null;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { source: `${file}#${n}`, error: jsonError(e) };
  }
  return recordToDoc(data, file, n);
}

/** Why JSON.parse failed, in one line: a syntax error, or nesting deeper than it can follow. */
function jsonError(e: unknown): string {
  if (e instanceof RangeError) return "JSON nested too deeply to read";
  return `not valid JSON (${(e as Error).message.split("\n")[0]})`;
}
