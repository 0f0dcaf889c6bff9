// A linear, non-recursive pass over raw HTML, run before any DOM exists. It measures the document
// (start tags, nesting depth) so that hostile or pathological pages can be refused or routed to the
// flat path before the DOM parser and Readability see them; it lifts out JSON-LD blocks for the
// metadata; and it drops the content of raw-text elements (script, style, noscript, ...) and comments,
// which never carry article text and make up much of a page's bytes.

/** Elements whose content is raw text to the HTML parser (or inert), dropped with their content. */
const RAW_TEXT = new Set(["script", "style", "noscript", "iframe", "textarea", "xmp", "noembed", "noframes", "plaintext"]);

/** Elements that never have content. */
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "keygen", "frame", "basefont", "bgsound", "image",
]);

/** Elements the parser closes implicitly (a new <p> closes the open one): not counted as nesting. */
const AUTO_CLOSED = new Set([
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
  "colgroup", "html", "head", "body",
]);

/**
 * A tag whose attributes run longer than this keeps only its name: the parser would make thousands
 * of attributes of it ("<a<a<a…") or carry a huge value for nothing. Real pages' longest attribute
 * values (inline JSON for scripts, srcset lists) stay well below.
 */
const MAX_ATTR_CHARS = 50_000;

/** How far back a close tag looks for its open tag before it is taken as stray. */
const CLOSE_LOOKBACK = 12;

export interface HtmlScan {
  /** Start tags seen outside comments and raw-text content (counting stops just past the cap). */
  elements: number;
  /**
   * Pieces of text the DOM parser makes separate text nodes of: each character reference ("&amp;")
   * and each "<" that opens no tag. A page of millions of them costs seconds to parse.
   */
  textPieces: number;
  /** The element cap was passed: the scan stopped there and `stripped` is empty. */
  overCap: boolean;
  /** Deepest nesting of container elements (a close estimate of the DOM's depth). */
  maxDepth: number;
  /** The same, before <body> (or </head>): the head alone can be parsed for metadata when the body is too deep. */
  headDepth: number;
  /** Raw contents of <script type="application/ld+json"> blocks, in document order. */
  jsonLd: string[];
  /** The HTML without comments and raw-text elements (their tags and content), as html/head/body. */
  stripped: string;
}

export interface TagToken {
  name: string; // lower-case
  close: boolean;
  selfClosing: boolean;
  /** The attributes' source text is html.slice(attrStart, attrEnd) (see attrsOf). */
  attrStart: number;
  attrEnd: number;
  start: number;
  end: number; // index after ">"
}

/** The attributes' source text of a tag, between its name and ">". */
export function attrsOf(html: string, t: TagToken): string {
  return html.slice(t.attrStart, t.attrEnd);
}

/** A-Z a-z 0-9 : _ - */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Reads the tag starting at html[i] === "<" (a start or end tag); null when it is not a tag. */
export function readTag(html: string, i: number): TagToken | null {
  const n = html.length;
  let j = i + 1;
  let close = false;
  if (html.charCodeAt(j) === 47) {
    close = true;
    j++;
  }
  const c0 = html.charCodeAt(j);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return null;
  const nameStart = j;
  while (j < n && isNameChar(html.charCodeAt(j))) j++;
  const name = html.slice(nameStart, j).toLowerCase();
  const attrStart = j;
  let last = 0; // the last non-space character outside quoted values
  while (j < n) {
    const c = html.charCodeAt(j);
    if (c === 62) break; // ">"
    if ((c === 34 || c === 39) && last === 61) {
      // a quote right after "=" opens a value that runs to the same quote, ">" included
      const q = html.indexOf(c === 34 ? '"' : "'", j + 1);
      if (q < 0) {
        j = n;
        break;
      }
      j = q + 1;
      last = c;
      continue;
    }
    if (!isSpace(c)) last = c;
    j++;
  }
  return { name, close, selfClosing: last === 47, attrStart, attrEnd: j, start: i, end: Math.min(j + 1, n) };
}

/**
 * Where the raw text that starts at `from` ends: at the first `</name` (any case) followed by a
 * non-name character, or at the end of the page. (No lower-cased copy of the page: lower-casing can
 * change the length of a string, and with it every index.)
 */
function skipRawText(html: string, name: string, from: number): { contentEnd: number; end: number } {
  let idx = html.indexOf("</", from);
  while (idx >= 0) {
    const after = idx + 2 + name.length;
    if (html.slice(idx + 2, after).toLowerCase() === name && !isNameChar(html.charCodeAt(after))) {
      const gt = html.indexOf(">", after);
      return { contentEnd: idx, end: gt < 0 ? html.length : gt + 1 };
    }
    idx = html.indexOf("</", idx + 2);
  }
  return { contentEnd: html.length, end: html.length };
}

export interface ScanVisitor {
  /** A tag outside raw-text content (raw-text elements themselves are reported, then skipped). Returning false stops the walk. */
  tag(t: TagToken): boolean | void;
  /** Text between tags: html.slice(start, end), entities still encoded. */
  text(start: number, end: number): void;
  /** A raw-text element's content is html.slice(start, contentEnd); the element ends at `end`. */
  rawText?(t: TagToken, start: number, contentEnd: number, end: number): void;
  /** A comment, doctype or processing instruction: html.slice(start, end). */
  comment?(start: number, end: number): void;
}

/** Walks the HTML once, calling the visitor for text runs and tags; comments and raw text are skipped. */
export function walkHtml(html: string, v: ScanVisitor): void {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      v.text(i, n);
      break;
    }
    if (lt > i) v.text(i, lt);
    if (html.startsWith("<!--", lt)) {
      const e = html.indexOf("-->", lt + 4);
      i = e < 0 ? n : e + 3;
      v.comment?.(lt, i);
      continue;
    }
    const next = html[lt + 1];
    if (next === "!" || next === "?") {
      const e = html.indexOf(">", lt + 2);
      i = e < 0 ? n : e + 1;
      v.comment?.(lt, i);
      continue;
    }
    const t = readTag(html, lt);
    if (!t) {
      v.text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    if (v.tag(t) === false) return;
    i = t.end;
    if (!t.close && RAW_TEXT.has(t.name)) {
      const r = skipRawText(html, t.name, i);
      if (v.rawText) v.rawText(t, i, r.contentEnd, r.end);
      i = r.end;
    }
  }
}

const LD_JSON = /type\s*=\s*["']?application\/ld\+json/i;
const SHAPE = new Set(["html", "head", "body"]);

/** An <html>, <head> or <body> tag, at its position in the stripped output. */
interface ShapeTag {
  name: string;
  close: boolean;
  attrs: string;
  start: number;
  end: number;
}

/**
 * Rebuilds the page as <html><head>…</head><body>…</body></html>. linkedom builds the tree as
 * written (no implied <body>, text outside <body> is lost), so a fragment, a page without <body>, or
 * content after </body> would lose text. The head is what comes before <body> (or up to </head>);
 * everything else is body.
 */
function reshape(out: string, tags: readonly ShapeTag[]): string {
  const html = tags.find((t) => t.name === "html" && !t.close);
  const body = tags.find((t) => t.name === "body" && !t.close);
  const headEnd = tags.find((t) => t.name === "head" && t.close);
  const split = body ? body.start : headEnd ? headEnd.start : 0;
  const pieces = (from: number, to: number) => {
    const acc: string[] = [];
    let at = from;
    for (const t of tags) {
      if (t.end <= from || t.start >= to) continue;
      acc.push(out.slice(at, t.start));
      at = t.end;
    }
    acc.push(out.slice(at, to));
    return acc.join("");
  };
  const cleanAttrs = (a: string | undefined) => (a ?? "").replace(/\/\s*$/, "");
  const bodyFrom = body ? body.end : headEnd ? headEnd.end : 0;
  return (
    `<!doctype html><html${cleanAttrs(html?.attrs)}><head>${split > 0 ? pieces(0, split) : ""}</head>` +
    `<body${cleanAttrs(body?.attrs)}>${pieces(bodyFrom, out.length)}</body></html>`
  );
}

/**
 * Measures the page and strips raw-text elements and comments. Stops measuring depth past
 * `depthCap`, and stops altogether past `elementCap` elements.
 */
export function scanHtml(html: string, depthCap = 1000, elementCap = Infinity): HtmlScan {
  const parts: string[] = [];
  let outLen = 0;
  const push = (piece: string) => {
    parts.push(piece);
    outLen += piece.length;
  };
  const shape: ShapeTag[] = [];
  const jsonLd: string[] = [];
  const stack: string[] = [];
  let elements = 0;
  let textPieces = 0;
  let nextAmp = -1; // position of the next "&" at or after the current text run
  let maxDepth = 0;
  let headDepth = -1;
  let copyFrom = 0;
  const cut = (start: number, end: number) => {
    push(html.slice(copyFrom, start));
    copyFrom = end;
  };
  walkHtml(html, {
    text(start, end) {
      if (end - start === 1 && html.charCodeAt(start) === 60) {
        textPieces++; // a "<" that opens no tag
        return;
      }
      // `nextAmp` only moves forward, so finding every "&" costs one pass over the page
      while (nextAmp < end) {
        if (nextAmp >= start) textPieces++;
        const k = html.indexOf("&", Math.max(nextAmp + 1, start));
        nextAmp = k < 0 ? Infinity : k;
      }
    },
    comment(start, end) {
      cut(start, end);
    },
    tag(t) {
      if (!t.close && ++elements > elementCap) return false;
      if (RAW_TEXT.has(t.name)) {
        // a start tag opens raw text (skipped up to its end tag); a stray end tag is dropped too
        cut(t.start, t.end);
        return;
      }
      if (t.attrEnd - t.attrStart > MAX_ATTR_CHARS) {
        // an oversized tag (a megabyte of attributes, or a tag that never closes) keeps only its name
        cut(t.start, t.end);
        push(`<${t.close ? "/" : ""}${t.name}>`);
      }
      if (SHAPE.has(t.name)) {
        if (headDepth < 0 && ((t.name === "body" && !t.close) || (t.name === "head" && t.close))) headDepth = maxDepth;
        const start = outLen + (t.start - copyFrom);
        shape.push({ name: t.name, close: t.close, attrs: attrsOf(html, t), start, end: start + (t.end - t.start) });
      }
      if (maxDepth > depthCap || VOID.has(t.name) || AUTO_CLOSED.has(t.name)) return;
      if (!t.close) {
        if (!t.selfClosing) {
          stack.push(t.name);
          if (stack.length > maxDepth) maxDepth = stack.length;
        }
        return;
      }
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - CLOSE_LOOKBACK; k--) {
        if (stack[k] === t.name) {
          stack.length = k;
          break;
        }
      }
    },
    rawText(t, start, contentEnd, end) {
      if (t.name === "script" && LD_JSON.test(attrsOf(html, t))) jsonLd.push(html.slice(start, contentEnd));
      copyFrom = end;
    },
  });
  if (headDepth < 0) headDepth = maxDepth;
  if (elements > elementCap) return { elements, textPieces, overCap: true, maxDepth, headDepth, jsonLd, stripped: "" };
  push(html.slice(copyFrom));
  return { elements, textPieces, overCap: false, maxDepth, headDepth, jsonLd, stripped: reshape(parts.join(""), shape) };
}
