// The fallback for documents too deeply nested to hand to a DOM and Readability (which walk and
// recurse per level): one linear pass over the raw HTML keeps the text, drops the content of
// non-text elements, and marks a paragraph break at every block-level tag. The result is a flat HTML
// document (<p> per paragraph, entities still encoded) that the DOM parser reads in linear time.
import { walkHtml } from "./html-scan.js";

/** Tags that end a paragraph. */
const BREAKS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "div", "dl", "dt",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
]);

/** Containers whose content is not page text (raw-text elements are skipped by the scanner itself). */
const SKIP = new Set(["head", "title", "template", "svg", "math", "object", "applet", "select", "button", "canvas", "audio", "video", "map", "datalist", "dialog"]);

/** Most paragraphs kept: a bound on output for hostile input. */
const MAX_PARAGRAPHS = 20_000;

/** Flattens `html` to `<p>` paragraphs of its visible text. */
export function flattenHtml(html: string): string {
  const out: string[] = ["<!doctype html><html><body>"];
  let skipDepth = 0;
  const skipStack: string[] = [];
  let para: string[] = [];
  let paragraphs = 0;
  const flush = () => {
    if (para.length && paragraphs < MAX_PARAGRAPHS) {
      const t = para.join("");
      if (t.trim()) {
        out.push("<p>", t, "</p>");
        paragraphs++;
      }
    }
    para = [];
  };
  walkHtml(html, {
    tag(t) {
      if (SKIP.has(t.name)) {
        if (!t.close && !t.selfClosing) {
          skipStack.push(t.name);
          skipDepth++;
        } else if (t.close) {
          const k = skipStack.lastIndexOf(t.name);
          if (k >= 0) {
            skipStack.length = k;
            skipDepth = k;
          }
        }
        return;
      }
      if (skipDepth === 0 && BREAKS.has(t.name)) flush();
    },
    text(start, end) {
      if (skipDepth > 0) return;
      // the text keeps its entities; a stray "<" is escaped so it cannot open a tag
      para.push(html.slice(start, end).replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    },
  });
  flush();
  out.push("</body></html>");
  return out.join("");
}
