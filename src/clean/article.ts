// One raw document → one cleaned article: HTML through Readability (html.ts), Markdown through
// markdown.ts, then the plain-text debris pass for all, and metadata merged in order of trust:
// the record/feed/page's own metadata, then what the text's credit lines say.
import type { Article, Diagnostic, RawDoc } from "../model.js";
import { htmlToDoc } from "./html.js";
import { detectLanguage } from "./language.js";
import { markdownToText } from "./markdown.js";
import { cleanPlainText } from "./plaintext.js";
import { isoDay } from "../read/dates.js";
import { outletOfAddress } from "./outlet-hosts.js";
import { diagnostic } from "../diagnostic.js";
import { capMeta } from "../text/printable.js";
import { articleIdentity } from "./identity.js";


const pick = (...xs: (string | null | undefined)[]) => xs.find((x) => typeof x === "string" && x.trim())?.trim() ?? null;

/** An article whose reference date and extraction come later in the pipeline. */
export type CleanArticle = Omit<Article, "referenceDate"> & {
  referenceDate: Article["referenceDate"] | null;
  /** "MM-DD" from a wire dateline, for the reference date when there is no publication date (not
   * in the report: it has no year of its own). */
  datelineDay?: string | null;
};

/** Longest article text kept (characters): past it an input is a dump of many articles or debris,
 * and the rest is cut with a warning. A long news article is about 60,000. */
export const MAX_ARTICLE_CHARS = 300_000;

/** Control characters (NUL, ESC, C1 …) in a text are debris: dropped, tab and line breaks kept. */
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

export function cleanDoc(doc: RawDoc): { article?: CleanArticle; diagnostic?: Diagnostic } {
  let body = doc.body.replace(CONTROLS, "");
  let meta = { ...doc.meta };
  let htmlRemoved: Article["removed"] = [];
  if (doc.format === "html") {
    const h = htmlToDoc(body, { url: meta.url ?? null });
    if (!h.ok) return { diagnostic: diagnostic("error", doc.source, h.reason) };
    body = h.text;
    htmlRemoved = h.removed;
    meta = {
      url: pick(meta.url, h.url),
      guid: meta.guid ?? null,
      title: pick(meta.title, h.title),
      outlet: meta.outletFromFeed ? pick(h.outlet, meta.outlet) : pick(meta.outlet, h.outlet),
      byline: pick(meta.byline, h.byline),
      published: meta.published ?? h.published ?? null,
      publishedAt: meta.published ? (meta.publishedAt ?? null) : (h.publishedAt ?? null),
      language: pick(meta.language, h.language),
    };
  } else if (doc.format === "markdown") {
    const m = markdownToText(body);
    body = m.text;
    meta = { ...m.meta, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null)) };
  }
  let cut: Diagnostic | undefined;
  if (body.length > MAX_ARTICLE_CHARS) {
    cut = diagnostic("warning", doc.source, `text cut at ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters (it has ${body.length.toLocaleString("en")}): longer than any article; give one article per record to read it all`);
    body = body.slice(0, MAX_ARTICLE_CHARS);
  }
  meta = { ...meta, title: capMeta(meta.title), outlet: capMeta(meta.outlet), byline: capMeta(meta.byline), url: capMeta(meta.url, 2000), language: capMeta(meta.language, 20) };
  const language = detectLanguage(body, meta.language);
  const c = cleanPlainText(body, language, { knownTitle: meta.title ?? null, findTitle: !meta.title });
  if (!c.text.trim()) return { diagnostic: diagnostic("error", doc.source, "no article text left after cleaning") };
  const article: CleanArticle = {
    ...articleIdentity(meta, c.text),
    source: doc.source,
    sources: [doc.source],
    url: meta.url ?? null,
    title: capMeta(pick(meta.title, c.title)),
    // the outlet: metadata, a credit line, else the outlet its address names (a known host, or the host)
    outlet: capMeta(pick(meta.outlet, c.outlet, outletOfAddress(meta.url))),
    byline: capMeta(pick(meta.byline, c.byline)),
    published: isoDay(meta.published ?? "") ?? c.published,
    ...(meta.publishedAt && isoDay(meta.published ?? "") ? { publishedAt: meta.publishedAt } : {}),
    dateline: c.dateline,
    datelineDay: c.datelineDay,
    referenceDate: null,
    language,
    text: c.text,
    removed: [...htmlRemoved, ...c.removed],
    nearDuplicateOf: null,
  };
  return cut ? { article, diagnostic: cut } : { article };
}
