// Removes what is never article text from the DOM before Readability scores it: non-text elements
// (svg, forms' controls, media), hidden elements, and blocks whose class or id names them as page
// furniture (share bars, related links, newsletter boxes, ads, navigation, comments, tags, author
// bios). A furniture block is kept when it holds a large part of the page's text, since a wrapper
// with an unlucky class name ("has-sidebar") may hold the article itself.
import { collectElements, type DomDocument, type DomElement, type DomNode } from "./html-dom.js";
import { CONTENT, CUE, cueFlags, FURNITURE } from "./html-cues.js";

/** Elements removed with their content. */
const REMOVE = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "svg", "math", "canvas",
  "audio", "video", "select", "button", "input", "textarea", "dialog", "link", "meta", "datalist", "map",
]);

/** Elements that are page furniture by their tag (removed unless they hold much of the prose). */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer"]);

/** The class given to embedded posts (tweets, Instagram posts) so that Readability keeps them. */
export const EMBED_CLASS = "embedded-post";

/** Elements never removed for their class or id. */
const KEEP = new Set(["html", "body", "main", "article"]);

/** A furniture-classed element holding more than this share of the page's prose is kept. */
const MAX_FURNITURE_SHARE = 0.3;
/** A paragraph more than this share links is not prose. */
const PROSE_MAX_LINKS = 0.3;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export interface PruneStats {
  removed: number;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  return false;
}

/**
 * Characters of prose under each element: the text of <p> elements that are not mostly links, added
 * to every ancestor up to `root` (one pass over the paragraphs, not one per element asked about).
 */
function proseByElement(root: DomElement): Map<object, number> {
  const byEl = new Map<object, number>();
  const ps = root.querySelectorAll("p");
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const len = (p.textContent ?? "").replace(/\s+/g, " ").trim().length;
    if (len === 0) continue;
    const links = p.querySelectorAll("a");
    let linkLen = 0;
    for (let k = 0; k < links.length; k++) linkLen += (links[k]!.textContent ?? "").replace(/\s+/g, " ").length;
    if (linkLen / len > PROSE_MAX_LINKS) continue;
    const prose = len - linkLen;
    for (let el: DomNode | null = p; el; el = el.parentNode) {
      byEl.set(el, (byEl.get(el) ?? 0) + prose);
      if (el === root) break;
    }
  }
  return byEl;
}

/** Prunes `doc` in place. */
export function pruneDocument(doc: DomDocument): PruneStats {
  const body = doc.body;
  if (!body) return { removed: 0 };
  const prose = proseByElement(body);
  const bodyProse = prose.get(body) || 1;
  const embeds: DomElement[] = [];
  const doomed = collectElements(body, (el) => {
    const tag = el.localName.toLowerCase();
    if (REMOVE.has(tag)) return true;
    if (isHidden(el)) return true;
    if (KEEP.has(tag)) return false;
    const cues = cueFlags(el);
    if (cues & CUE.hidden) return true;
    if (cues & CUE.embed) embeds.push(el);
    if ((FURNITURE_TAGS.has(tag) || cues & FURNITURE) && !(cues & CONTENT)) return (prose.get(el) ?? 0) / bodyProse <= MAX_FURNITURE_SHARE;
    return false;
  });
  for (const el of doomed) el.remove();
  // Readability drops "social…"/"…media…" classes as unlikely content; an embedded post is content
  for (const el of embeds) el.setAttribute("class", EMBED_CLASS);
  return { removed: doomed.length };
}
