// Judges the blocks of an extracted article: keeps paragraphs, drops page furniture that Readability
// let through (captions, share/related/tag blocks, link lists, "Read more" lines, the title repeated,
// bylines and datelines at the top). Each dropped block records the rule that dropped it.
import type { Block } from "./html-blocks.js";
import { CUE, FURNITURE, isFurniturePhrase } from "./html-cues.js";

/** A block longer than this many words is prose, whatever its cues say about short furniture. */
const SHORT_WORDS = 12;
/** A block whose text is more than this share links is a link block (when it is short). */
const LINK_DENSE = 0.5;
/** A list whose items are mostly links (by characters) is a link list. */
const LINK_LIST = 0.6;
/** Top-of-article zone (blocks) where bylines and datelines are looked for. */
const HEAD_ZONE = 4;
/**
 * A cue-classed element holding more than this share of the article's prose is not furniture, whatever
 * its class says (WordPress puts "tag-…" and "category-…" classes on the article itself).
 */
const MAX_CUED_SHARE = 0.3;
/** A block more than this share links is not prose. */
const PROSE_MAX_LINKS = 0.3;

export interface Judged {
  block: Block;
  keep: boolean;
  rule: string;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const BYLINE_START = /^(?:by|por|de|por:|by:|written by|escrito por|reporting by|texto:|text:)\s+\p{Lu}/iu;
const DATE_LINE =
  /^(?:(?:published|updated|posted|publicado|actualizado|atualizado|modified)\b.{0,60}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.{0,30}|(?:\w+,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.{0,30}|\d{1,2}\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\d{4}.{0,30})$/iu;

export interface FilterContext {
  title: string | null;
  byline: string | null;
}

/** Judges every block; the caller keeps those with keep = true. */
/** Prose characters of a block: its length unless it is mostly links. */
const prose = (b: Block) => (b.linkChars / b.text.length <= PROSE_MAX_LINKS ? b.text.length : 0);

/** The blocks' cue flags, less those of cued elements that hold much of the prose. */
function effectiveCues(blocks: readonly Block[]): number[] {
  let total = 0;
  const byEl = new Map<object, number>();
  for (const b of blocks) {
    const p = prose(b);
    total += p;
    for (const c of b.cueChain) byEl.set(c.el, (byEl.get(c.el) ?? 0) + p);
  }
  return blocks.map((b) => {
    let flags = 0;
    for (const c of b.cueChain) {
      const share = total > 0 ? (byEl.get(c.el) ?? 0) / total : 0;
      flags |= share > MAX_CUED_SHARE ? c.flags & CUE.content : c.flags;
    }
    return flags;
  });
}

export function judgeBlocks(blocks: readonly Block[], ctx: FilterContext): Judged[] {
  const judged: Judged[] = blocks.map((block) => ({ block, keep: true, rule: "kept" }));
  const cues = effectiveCues(blocks);
  const drop = (j: Judged, rule: string) => {
    if (j.keep) {
      j.keep = false;
      j.rule = rule;
    }
  };

  // link lists: a <ul>/<ol> whose text is mostly links
  const lists = new Map<object, { chars: number; links: number; items: Judged[] }>();
  for (const j of judged) {
    if (!j.block.list) continue;
    let l = lists.get(j.block.list);
    if (!l) lists.set(j.block.list, (l = { chars: 0, links: 0, items: [] }));
    l.chars += j.block.text.length;
    l.links += j.block.linkChars;
    l.items.push(j);
  }
  for (const l of lists.values()) {
    if (l.chars > 0 && l.links / l.chars > LINK_LIST) for (const j of l.items) drop(j, "link-list");
  }

  const title = ctx.title ? norm(ctx.title) : "";
  const byline = ctx.byline ? norm(ctx.byline) : "";
  let seenProse = false;
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    const b = j.block;
    const n = words(b.text);
    const short = n <= SHORT_WORDS;
    const cue = cues[i]!;
    if (b.inCaption || cue & CUE.caption) drop(j, "caption");
    else if (cue & FURNITURE && (short || b.linkChars / b.text.length > LINK_DENSE)) drop(j, "furniture-class");
    else if (short && isFurniturePhrase(b.text)) drop(j, "furniture-phrase");
    else if (short && b.linkChars / b.text.length > LINK_DENSE) drop(j, "link-dense");
    else if (!seenProse && title && norm(b.text) === title) drop(j, "title-repeat");
    else if (!seenProse && i < HEAD_ZONE + 2 && short && (cue & CUE.byline || BYLINE_START.test(b.text) || (byline && norm(b.text).includes(byline))))
      drop(j, "byline");
    else if (!seenProse && short && DATE_LINE.test(b.text)) drop(j, "dateline");
    if (j.keep && n > SHORT_WORDS) seenProse = true;
  }
  return judged;
}
