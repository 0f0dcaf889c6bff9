// Turns a DOM subtree into text blocks: one block per paragraph-like run of text, with what the
// filters need to judge it (link share, heading level, list/caption/quote context, boilerplate cues
// inherited from ancestors' class and id). The walk is a loop over firstChild/nextSibling/parentNode
// with an explicit stack, so depth cannot overflow it; content of non-text elements is never read.
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./html-dom.js";
import { cueFlags } from "./html-cues.js";

/** Elements that start and end a block of text. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul", "legend", "option",
]);

/** Elements whose content is never text of the page. */
const SKIP = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "svg", "math", "canvas",
  "audio", "video", "picture", "source", "track", "map", "select", "button", "input", "textarea", "head", "title",
  "meta", "link", "base", "img", "frame", "frameset", "datalist", "dialog", "xmp", "noembed", "noframes",
]);

/** Link text that is an address: a URL, a bare domain, an @handle or an e-mail address. */
const ADDRESS = /^(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+\/\S*|@\w{2,}|[\w.+-]+@[\w-]+\.[\w.]+)$/;

const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export interface Block {
  /** Text with whitespace squashed, trimmed, entities decoded. */
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Tag of the element that holds the block ("p", "li", "h2", "div", ...). */
  tag: string;
  /** 1-6 inside a heading, else 0. */
  heading: number;
  /** Cue flags (CUE.*) of the block's element and its ancestors up to the walk's root. */
  cues: number;
  /** The elements (block's own and ancestors, outermost first) that carry cue flags. */
  cueChain: readonly CueElement[];
  /** Inside <li>, <figcaption>, <blockquote>, <pre>, <table> respectively. */
  inList: boolean;
  inCaption: boolean;
  inQuote: boolean;
  inPre: boolean;
  inTable: boolean;
  /** Inside a <header> or <hgroup> (the article's head: title, deck, byline, date). */
  inHeader: boolean;
  /** The block ends at a <br> rather than at the end of its element. */
  brBreak: boolean;
  /** Nearest block element holding the text (for grouping, e.g. the <ul> of a list item). */
  el: DomElement | null;
  /** Nearest list (<ul>/<ol>) element around the block, if any. */
  list: DomElement | null;
}

/** An element with non-zero cue flags. */
export interface CueElement {
  el: DomElement;
  flags: number;
}

interface Frame {
  el: DomElement;
  tag: string;
  cues: number;
  cueChain: readonly CueElement[];
  heading: number;
  inList: boolean;
  inCaption: boolean;
  inQuote: boolean;
  inPre: boolean;
  inTable: boolean;
  inHeader: boolean;
  inLink: boolean;
  /** For an <a>: the buffer and link-count state when it opened, and the block it opened in. */
  linkFrom?: { bufLen: number; linkChars: number; blockNo: number };
  block: DomElement | null;
  list: DomElement | null;
  blockTag: string;
}

/** Splits the text under `root` into blocks, in document order (<br> ends a block too). */
export function toBlocks(root: DomElement): Block[] {
  const out: Block[] = [];
  let buf = "";
  let linkChars = 0;
  let pendingSpace = false;
  const rootTag = root.localName.toLowerCase();
  const rootCues = cueFlags(root);
  const rootFrame: Frame = {
    el: root,
    tag: rootTag,
    cues: rootCues,
    cueChain: rootCues ? [{ el: root, flags: rootCues }] : [],
    heading: HEADING[rootTag] ?? 0,
    inList: rootTag === "li",
    inCaption: rootTag === "figcaption",
    inQuote: rootTag === "blockquote",
    inPre: rootTag === "pre",
    inTable: rootTag === "table",
    inHeader: rootTag === "header" || rootTag === "hgroup",
    inLink: false,
    block: root,
    list: null,
    blockTag: rootTag,
  };
  const stack: Frame[] = [rootFrame];
  let ctx: Frame = rootFrame;

  let blockNo = 0;
  /** The outermost open <a>, whose text so far is checked for an address at block ends. */
  let openLink: Frame | null = null;
  /** A link that shows an address (URL, @handle, e-mail) is content, not navigation: its text is not link text. */
  const forgiveAddressLink = () => {
    const from = openLink?.linkFrom;
    if (from && from.blockNo === blockNo && ADDRESS.test(buf.slice(from.bufLen).trim())) linkChars = from.linkChars;
  };
  const flush = (brBreak: boolean) => {
    forgiveAddressLink();
    const text = buf.trim();
    if (text) {
      out.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        tag: ctx.blockTag,
        heading: ctx.heading,
        cues: ctx.cues,
        cueChain: ctx.cueChain,
        inList: ctx.inList,
        inCaption: ctx.inCaption,
        inQuote: ctx.inQuote,
        inPre: ctx.inPre,
        inTable: ctx.inTable,
        inHeader: ctx.inHeader,
        brBreak,
        el: ctx.block,
        list: ctx.list,
      });
    }
    buf = "";
    linkChars = 0;
    pendingSpace = false;
    blockNo++;
    if (openLink?.linkFrom) openLink.linkFrom = { bufLen: 0, linkChars: 0, blockNo };
  };

  const addText = (raw: string) => {
    if (ctx.inPre) {
      // keep the lines of preformatted text as lines
      const lines = raw.split("\n");
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) flush(true);
        addWords(lines[i]!);
      }
      return;
    }
    addWords(raw);
  };

  const addWords = (raw: string) => {
    const squashed = raw.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff\u0000-\u001f\u007f]+/g, " ");
    if (!squashed) return;
    let s = squashed;
    if (s.startsWith(" ")) {
      pendingSpace = true;
      s = s.slice(1);
    }
    const trailing = s.endsWith(" ");
    if (trailing) s = s.slice(0, -1);
    if (s) {
      if (pendingSpace && buf) buf += " ";
      buf += s;
      if (ctx.inLink) linkChars += s.length + (pendingSpace ? 1 : 0);
      pendingSpace = false;
    }
    if (trailing) pendingSpace = true;
  };

  /** Enters an element: returns true when its children should be walked. */
  const enter = (el: DomElement): boolean => {
    const tag = el.localName.toLowerCase();
    if (tag === "br") {
      flush(true);
      return false;
    }
    if (SKIP.has(tag)) return false;
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush(false);
    const parent = ctx;
    const own = cueFlags(el);
    const f: Frame = {
      el,
      tag,
      cues: parent.cues | own,
      cueChain: own ? [...parent.cueChain, { el, flags: own }] : parent.cueChain,
      heading: HEADING[tag] ?? parent.heading,
      inList: parent.inList || tag === "li",
      inCaption: parent.inCaption || tag === "figcaption",
      inQuote: parent.inQuote || tag === "blockquote",
      inPre: parent.inPre || tag === "pre",
      inTable: parent.inTable || tag === "table",
      inHeader: parent.inHeader || tag === "header" || tag === "hgroup",
      inLink: parent.inLink || tag === "a",
      block: isBlock ? el : parent.block,
      list: tag === "ul" || tag === "ol" ? el : parent.list,
      blockTag: isBlock ? tag : parent.blockTag,
    };
    if (tag === "a" && !parent.inLink) {
      f.linkFrom = { bufLen: buf.length, linkChars, blockNo };
      openLink = f;
    }
    stack.push(f);
    ctx = f;
    return true;
  };

  const leave = () => {
    const f = stack.pop();
    if (!f) return;
    if (f === openLink) {
      forgiveAddressLink();
      openLink = null;
    }
    if (BLOCK.has(f.tag)) flush(false);
    ctx = stack[stack.length - 1] ?? rootFrame;
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      addText(node.textContent ?? "");
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = enter(node as DomElement);
      if (descend && !node.firstChild) {
        leave();
        descend = false;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // move on: next sibling, or climb (leaving elements) until one has a next sibling
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush(false);
  return out;
}

