// HTML page → article text and metadata. The steps, in order:
//   1. guard    refuse non-strings, empty pages and pages over the size caps (chars, elements)
//   2. scan     one linear pass: count elements, measure nesting, lift JSON-LD, drop scripts/styles
//   3. parse    linkedom DOM of the stripped page (or of a flattened copy when nesting is too deep)
//   4. meta     title, byline, outlet, date, language, URL (metadata.ts)
//   5. prune    remove hidden elements, non-text elements and furniture-classed blocks
//   6. extract  Readability picks the article's container
//   7. blocks   the container's text as paragraph blocks (html-blocks.ts)
//   8. judge    drop captions, share/related/tag blocks, link lists, "Read more" lines, title repeats,
//               top bylines and datelines (html-filter.ts)
//   9. fallback when Readability finds nothing or too little (or the page is too large for it), the
//               page's own text blocks, judged alike
// htmlToDoc never throws for bad input: it returns an HtmlResult, { ok: true, ...HtmlDoc } or
// { ok: false, reason } with one short line.
import { Readability } from "@mozilla/readability";
import { createRequire } from "node:module";
import type { parseHTML as ParseHTML } from "linkedom";
import type { Removal } from "../report/schema.js";
import { toBlocks, type Block } from "./html-blocks.js";
import type { DomDocument, DomElement } from "./html-dom.js";
import { judgeBlocks, type Judged } from "./html-filter.js";
import { flattenHtml } from "./html-flat.js";
import { pruneDocument } from "./html-prune.js";
import { scanHtml, type HtmlScan } from "./html-scan.js";
import { cleanByline, extractMetadata, type HtmlMetadata } from "./metadata.js";

/** The page's text plus its metadata (HtmlMetadata: title, byline, outlet, published as ISO
 * YYYY-MM-DD, language as a primary subtag, url). */
export interface HtmlDoc extends HtmlMetadata {
  ok: true;
  /** Main article text: one paragraph per line, body headings as their own lines, no markup. */
  text: string;
  /**
   * How the text was found: "readability" (Readability's container, judged), "page" (the whole page's
   * blocks, judged: when Readability finds little, or the page is too large for it) or "flat" (a
   * page nested too deeply for a DOM walk, flattened first).
   */
  method: "readability" | "page" | "flat";
  /**
   * Blocks left out of `text` by the judging rules (not what Readability or pruning left out), in
   * order, with the rule ("html/caption", "html/link-list", …) and the report's removal kind.
   */
  removed: Removal[];
}

export type HtmlResult = HtmlDoc | { ok: false; reason: string };

export interface HtmlOptions {
  /** The page's address, used when the page names no canonical URL. */
  url?: string | null;
  /** Refuse pages with more start tags than this (default DEFAULT_MAX_ELEMENTS). */
  maxElements?: number;
  /** Refuse pages longer than this many characters (default DEFAULT_MAX_CHARS). */
  maxChars?: number;
}

/** Large real pages have 5-20 thousand elements; beyond this the page is refused. */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/**
 * The DOM parser makes a text node of every character reference and stray "<" (then Readability
 * walks them all): beyond this many the page is refused. An article of 10,000 words written with
 * entities for every accented letter stays far below it.
 */
export const MAX_TEXT_PIECES = 200_000;
/** Large real pages are 1-3 MB, mostly scripts; beyond this the page is refused. */
export const DEFAULT_MAX_CHARS = 12_000_000;
/**
 * Real pages nest up to about 50-60 levels. Parsing and walking a DOM slow down sharply with depth
 * (50,000 nested elements take over a second to parse, and Readability recurses), so deeper pages
 * take the flat path: flattened to paragraphs in one pass over the string, then parsed.
 */
export const MAX_DEPTH = 160;
/** The page's own blocks replace a short Readability result when they hold this many times more text. */
const FALLBACK_GAIN = 1.5;
/** At most this many removed blocks are reported, each cut to MAX_REMOVED_CHARS. */
const MAX_REMOVED = 200;
const MAX_REMOVED_CHARS = 2000;
/**
 * Readability's cost grows faster than the page (it retries with looser rules when it finds little);
 * above this many elements the page's own blocks are judged instead, which scores close to it
 * (F1 0.951 against 0.978 on the article-extraction benchmark) at a fraction of the time.
 */
export const READABILITY_MAX_ELEMENTS = 20_000;
/**
 * Readability walks the ancestors of every paragraph, so its time grows with elements × depth: a
 * page of 125 chains 150 levels deep takes seconds. Real pages stay far below this product (the
 * benchmark's largest is about 42,000: 850 elements, 49 deep); above it the page's own blocks are
 * judged instead.
 */
export const READABILITY_MAX_WORK = 500_000;
/** Readability output shorter than this (characters kept) is checked against the page's own blocks. */
const MIN_ARTICLE_CHARS = 250;

/** Control characters that never occur in text (all C0 but tab, LF, CR; DEL). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Share of control characters in the page's first 8 KB above which it is taken as binary. */
const MAX_CONTROL_SHARE = 0.01;

/** Does the page look like binary data rather than text? */
function looksBinary(html: string): boolean {
  const head = html.slice(0, 8192);
  if (head.includes("\u0000")) return true;
  return (head.match(CONTROL)?.length ?? 0) / head.length > MAX_CONTROL_SHARE;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

const keptText = (judged: readonly Judged[]) =>
  judged
    .filter((j) => j.keep)
    .map((j) => j.block.text)
    .join("\n");

/** Removes a leading copy of the title from the text. */
function dropLeadingTitle(text: string, title: string | null): string {
  if (!title) return text;
  const t = title.trim();
  if (t && text.startsWith(t)) {
    const rest = text.slice(t.length);
    if (rest === "" || /^[\s:.\-–—|]/.test(rest)) return rest.replace(/^[\s:.\-–—|]+/, "");
  }
  return text;
}

// linkedom is loaded on the first page parsed (a fifth of a second), not by every run that reads
// plain text only.
let parseHTML: typeof ParseHTML | undefined;
const require = createRequire(import.meta.url);

/** Parses with linkedom, adjacent text nodes merged; null when the parser fails. */
function parse(html: string): DomDocument | null {
  parseHTML ??= (require("linkedom") as { parseHTML: typeof ParseHTML }).parseHTML;
  try {
    const doc = parseHTML(html).document as unknown as DomDocument;
    doc.documentElement?.normalize();
    return doc;
  } catch {
    return null;
  }
}

interface Extracted {
  blocks: Block[];
  byline: string | null;
}

function readability(doc: DomDocument): Extracted | null {
  try {
    const reader = new Readability<DomElement>(doc as never, {
      keepClasses: true,
      serializer: (el) => el as unknown as DomElement,
    });
    const art = reader.parse();
    if (!art || !art.content) return null;
    return { blocks: toBlocks(art.content), byline: art.byline ?? null };
  } catch {
    return null;
  }
}

/** Metadata of a page too deep for a DOM: from its head alone, when the head is shallow. */
function flatMetadata(scan: HtmlScan, url: string | null): HtmlMetadata {
  const split = scan.stripped.indexOf("</head><body");
  const head = split >= 0 && scan.headDepth <= MAX_DEPTH ? parse(`${scan.stripped.slice(0, split)}</head><body></body></html>`) : null;
  if (head) return extractMetadata(head, scan.jsonLd, url);
  return { title: null, byline: null, outlet: null, published: null, language: null, url };
}

/** Extracts the article text and metadata of an HTML page. Never throws. */
export function htmlToDoc(html: string, opts: HtmlOptions = {}): HtmlResult {
  try {
    return run(html, opts);
  } catch (e) {
    // a bug or a parser failure on hostile input: report it as a result, never as an exception
    return fail(`html extraction failed: ${String((e as Error)?.message ?? e).split("\n")[0]}`);
  }
}

function run(html: string, opts: HtmlOptions): HtmlResult {
  if (typeof html !== "string") return fail("not a string");
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (!html.trim()) return fail("empty document");
  if (html.length > maxChars) return fail(`page too large: ${html.length} characters (cap ${maxChars})`);

  if (looksBinary(html)) return fail("not text: the page looks like binary data");

  const scan = scanHtml(html, MAX_DEPTH, maxElements);
  if (scan.overCap) return fail(`page too large: more than ${maxElements} elements`);
  if (scan.textPieces > MAX_TEXT_PIECES) return fail(`page too large: ${scan.textPieces} character references and stray "<" (cap ${MAX_TEXT_PIECES})`);

  const flat = scan.maxDepth > MAX_DEPTH;
  const doc = parse(flat ? flattenHtml(scan.stripped) : scan.stripped);
  if (!doc || !doc.body) return fail("unparsable document");

  const meta: HtmlMetadata = flat ? flatMetadata(scan, opts.url ?? null) : extractMetadata(doc, scan.jsonLd, opts.url ?? null);

  let method: HtmlDoc["method"] = flat ? "flat" : "readability";
  let judged: Judged[] = [];
  let byline = meta.byline;
  if (!flat && (scan.elements > READABILITY_MAX_ELEMENTS || scan.elements * scan.maxDepth > READABILITY_MAX_WORK)) {
    pruneDocument(doc);
    judged = judgeBlocks(toBlocks(doc.body), { title: meta.title, byline });
    method = "page";
  } else if (!flat) {
    pruneDocument(doc);
    const ex = readability(doc);
    if (ex) {
      byline ??= cleanByline(ex.byline);
      judged = judgeBlocks(ex.blocks, { title: meta.title, byline });
    }
    if (keptText(judged).length < MIN_ARTICLE_CHARS) {
      // Readability found nothing or little: judge the page's own blocks, take them if they say more
      const again = parse(scan.stripped);
      if (again?.body) {
        pruneDocument(again);
        const page = judgeBlocks(toBlocks(again.body), { title: meta.title, byline });
        if (keptText(page).length > FALLBACK_GAIN * keptText(judged).length) {
          judged = page;
          method = "page";
        }
      }
    }
  } else {
    judged = judgeBlocks(toBlocks(doc.body), { title: null, byline: null });
  }

  const text = dropLeadingTitle(keptText(judged), meta.title);
  if (!text.trim()) return fail(flat ? "no text found (deeply nested page)" : "no article text found");
  const removed: Removal[] = [];
  for (const j of judged) {
    if (j.keep || removed.length >= MAX_REMOVED) continue;
    const t = j.block.text;
    removed.push({ kind: j.kind ?? "other", text: t.length > MAX_REMOVED_CHARS ? `${t.slice(0, MAX_REMOVED_CHARS)}…` : t, rule: `html/${j.rule}` });
  }
  return { ok: true, text, ...meta, byline, method, removed };
}
