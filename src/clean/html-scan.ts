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

/** How far back a close tag looks for its open tag before it is taken as stray. */
const CLOSE_LOOKBACK = 12;

export interface HtmlScan {
  /** Start tags seen outside comments and raw-text content. */
  elements: number;
  /** Deepest nesting of container elements (a close estimate of the DOM's depth). */
  maxDepth: number;
  /** Raw contents of <script type="application/ld+json"> blocks, in document order. */
  jsonLd: string[];
  /** The HTML without comments and raw-text elements (their tags and content). */
  stripped: string;
}

export interface TagToken {
  name: string; // lower-case
  close: boolean;
  selfClosing: boolean;
  /** The attributes' source text, between the name and ">" */
  attrs: string;
  start: number;
  end: number; // index after ">"
}

const NAME_CHAR = /[A-Za-z0-9:_-]/;

/** Reads the tag starting at html[i] === "<" (a start or end tag); null when it is not a tag. */
export function readTag(html: string, i: number): TagToken | null {
  let j = i + 1;
  let close = false;
  if (html[j] === "/") {
    close = true;
    j++;
  }
  const c0 = html.charCodeAt(j);
  const isAlpha = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
  if (!isAlpha) return null;
  const nameStart = j;
  while (j < html.length && NAME_CHAR.test(html[j]!)) j++;
  const name = html.slice(nameStart, j).toLowerCase();
  const attrStart = j;
  let quote = "";
  while (j < html.length) {
    const ch = html[j]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      // a quote only opens an attribute value right after "="
      let k = j - 1;
      while (k > attrStart && (html[k] === " " || html[k] === "\t" || html[k] === "\n" || html[k] === "\r")) k--;
      if (html[k] === "=") quote = ch;
    } else if (ch === ">") break;
    j++;
  }
  const end = Math.min(j + 1, html.length);
  const attrs = html.slice(attrStart, j);
  return { name, close, selfClosing: attrs.endsWith("/"), attrs, start: i, end };
}

/** Index after the end tag `</name ...>` at or after `from`, or html.length when there is none. */
function skipRawText(html: string, lowerHtml: () => string, name: string, from: number): { contentEnd: number; end: number } {
  const idx = lowerHtml().indexOf(`</${name}`, from);
  if (idx < 0) return { contentEnd: html.length, end: html.length };
  const gt = html.indexOf(">", idx);
  return { contentEnd: idx, end: gt < 0 ? html.length : gt + 1 };
}

export interface ScanVisitor {
  /** A tag outside raw-text content (raw-text elements themselves are reported, then skipped). */
  tag(t: TagToken): void;
  /** Text between tags: html.slice(start, end), entities still encoded. */
  text(start: number, end: number): void;
  /** A raw-text element's content is html.slice(start, contentEnd); the element ends at `end`. */
  rawText?(name: string, attrs: string, start: number, contentEnd: number, end: number): void;
}

/** Walks the HTML once, calling the visitor for text runs and tags; comments and raw text are skipped. */
export function walkHtml(html: string, v: ScanVisitor): void {
  let lower: string | undefined;
  const lowerHtml = () => (lower ??= html.toLowerCase());
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
      continue;
    }
    const next = html[lt + 1];
    if (next === "!" || next === "?") {
      const e = html.indexOf(">", lt + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const t = readTag(html, lt);
    if (!t) {
      v.text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    v.tag(t);
    i = t.end;
    if (!t.close && RAW_TEXT.has(t.name)) {
      const r = skipRawText(html, lowerHtml, t.name, i);
      if (v.rawText) v.rawText(t.name, t.attrs, i, r.contentEnd, r.end);
      i = r.end;
    }
  }
}

const LD_JSON = /type\s*=\s*["']?application\/ld\+json/i;

/** Measures the page and strips raw-text elements and comments. Stops measuring depth past `depthCap`. */
export function scanHtml(html: string, depthCap = 1000): HtmlScan {
  const parts: string[] = [];
  const jsonLd: string[] = [];
  const stack: string[] = [];
  let elements = 0;
  let maxDepth = 0;
  let copyFrom = 0;
  walkHtml(html, {
    text() {},
    tag(t) {
      if (!t.close) elements++;
      if (RAW_TEXT.has(t.name)) {
        // a start tag opens raw text (skipped up to its end tag); a stray end tag is dropped too
        parts.push(html.slice(copyFrom, t.start));
        copyFrom = t.end;
        return;
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
    rawText(name, attrs, start, contentEnd, end) {
      if (name === "script" && LD_JSON.test(attrs)) jsonLd.push(html.slice(start, contentEnd));
      copyFrom = end;
    },
  });
  parts.push(html.slice(copyFrom));
  return { elements, maxDepth, jsonLd, stripped: parts.join("") };
}
