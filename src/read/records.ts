// JSON and JSONL inputs: one article per record. Field names follow the contract ({ id, url,
// title, outlet, byline, published, text, html }); common aliases from scrapers and news APIs
// (body, content, author, source, date …) are accepted too.
import type { DocMeta, RawDoc } from "../model.js";
import { isoDay } from "./dates.js";

type Rec = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : null);
const first = (r: Rec, keys: string[]): unknown => keys.map((k) => r[k]).find((v) => v !== undefined && v !== null && v !== "");

function names(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(", ") || null;
  if (v && typeof v === "object") return str((v as Rec).name);
  return str(v);
}

export interface RecordDoc {
  doc?: RawDoc;
  error?: string;
}

/** One record → a document, or the reason it cannot be one. `label` is FILE#ID or FILE#N. */
export function recordToDoc(r: unknown, file: string, n: number): RecordDoc {
  if (!r || typeof r !== "object" || Array.isArray(r)) return { error: `${file}#${n}: record is not a JSON object` };
  const rec = r as Rec;
  const id = str(rec.id);
  const source = `${file}#${id ?? n}`;
  const html = str(first(rec, ["html", "content_html", "raw_html"]));
  const text = str(first(rec, ["text", "body", "content", "articleBody", "article", "maintext"]));
  if (!html && !text) return { error: `${source}: record has neither text nor html` };
  const outletRaw = first(rec, ["outlet", "publisher", "site", "site_name", "source_name", "source", "domain"]);
  const meta: DocMeta = {
    url: str(first(rec, ["url", "link", "href"])),
    title: str(first(rec, ["title", "headline"])),
    outlet: names(outletRaw),
    byline: names(first(rec, ["byline", "author", "authors", "creator"])),
    published: isoDay(first(rec, ["published", "date", "datePublished", "published_at", "publishedAt", "pubDate", "date_publish"])),
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
    return [{ error: `${file}: not valid JSON (${(e as Error).message.split("\n")[0]})` }];
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as Rec).articles) ? ((data as Rec).articles as unknown[]) : [data];
  if (!list.length) return [{ error: `${file}: JSON holds no records` }];
  return list.map((r, i) => recordToDoc(r, file, i + 1));
}

/** Parses one JSONL line (1-based line number n). Blank lines yield nothing. */
export function parseJsonlLine(line: string, file: string, n: number): RecordDoc | null {
  if (!line.trim()) return null;
  try {
    return recordToDoc(JSON.parse(line), file, n);
  } catch (e) {
    return { error: `${file}#${n}: not valid JSON (${(e as Error).message.split("\n")[0]})` };
  }
}
