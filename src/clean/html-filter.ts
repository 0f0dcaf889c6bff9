// Judges the blocks of an extracted article: keeps paragraphs, drops page furniture that Readability
// let through. The rules run in the order of RULES below; the first that matches drops the block and
// names itself in `rule`. Link lists are judged first, per list, since a list is furniture as a whole.
import type { RemovalKind } from "../report/schema.js";
import type { Block } from "./html-blocks.js";
import { CONTENT, creditLine, CUE, FURNITURE, furniturePhrase, metaLine } from "./html-cues.js";

/** A block of at most this many words is "short": furniture-like lines are short. */
const SHORT_WORDS = 12;
/** A short block whose text is more than this share links is a link block. */
const LINK_DENSE = 0.5;
/** A list whose items are mostly links (by characters) is a link list. */
const LINK_LIST = 0.6;
/** Bylines are looked for among this many first blocks (and only before the first prose paragraph). */
const HEAD_ZONE = 6;
/** A contact line (e-mail, profile URL) is at most this many words. */
const CONTACT_WORDS = 40;
/**
 * A cue-classed element holding more than this share of the article's prose is not furniture, whatever
 * its class says (WordPress puts "tag-…" and "category-…" classes on the article itself).
 */
const MAX_CUED_SHARE = 0.3;
/** A block more than this share links is not prose. */
const PROSE_MAX_LINKS = 0.3;
/**
 * Text rules (phrases, credits, datelines, contact lines) look at lines of at most this many
 * characters: furniture lines are short, and no regex then runs over a huge block.
 */
const MAX_LINE_CHARS = 600;

export interface Judged {
  block: Block;
  keep: boolean;
  /** "kept", or the name of the rule that dropped the block. */
  rule: string;
  /** What kind of furniture a dropped block is (the report's removal kinds). */
  kind: RemovalKind | null;
}

export interface FilterContext {
  title: string | null;
  byline: string | null;
}

/** What a rule sees of one block. */
interface Seen {
  b: Block;
  /** Index among the blocks. */
  i: number;
  words: number;
  /** Short enough for the text rules (MAX_LINE_CHARS). */
  line: boolean;
  /** Effective cue flags (see effectiveCues). */
  cue: number;
  linkShare: number;
  /** No prose paragraph came before this block. */
  beforeProse: boolean;
  title: string;
  byline: string;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * "By Jane Doe", "Por Juan Pérez", "Texto: Ana": a byline opener followed by a capitalised name. ("De",
 * "Di", "Von" are left out: "De Niro", "Di Maio", "Von der Leyen" open headlines.)
 */
const BYLINE_START = /^(?:[Bb]y|BY|[Pp]or|POR|[Ww]ritten by|[Ee]scrito por|[Rr]eporting by|[Tt]exto\s*:|[Tt]ext\s*:)\s*:?\s+\p{Lu}/u;
/** A copyright notice: the sign, "(c)", or "Copyright" with a sign or a year. */
const COPYRIGHT = /^(?:©|ⓒ|\(c\)\s*\d{4}|copyright\s*(?:©|ⓒ|\(c\)|@?\s*\d{4}))/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PROFILE_URL = /(?<![\w.])(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com)\/\w/i;
const FOLLOW_HANDLE = /\bfollow\b.{0,40}@\w|\bsíguel[oa]s?\b.{0,40}@\w/iu;

/**
 * Is a (normalised) line the (normalised) title? Equal, or one is the other plus a tail of a few
 * words (a site name or a section the title kept).
 */
function sameTitle(line: string, title: string): boolean {
  if (line === title) return true;
  const [short, long] = line.length < title.length ? [line, title] : [title, line];
  if (!long.startsWith(short + " ")) return false;
  const shortWords = short.split(" ").length;
  const extra = long.split(" ").length - shortWords;
  return shortWords >= 4 && extra <= 4;
}

/** The removal kind of a block dropped for its container's class. */
function furnitureKind(cue: number): RemovalKind {
  if (cue & CUE.related) return "related-headlines";
  if (cue & CUE.nav) return "navigation";
  if (cue & (CUE.share | CUE.signup)) return "call-to-action";
  return "other";
}

interface Rule {
  name: string;
  kind: RemovalKind | ((s: Seen) => RemovalKind);
  test: (s: Seen) => boolean;
}

/** The rules, in order. Each returns true when the block is furniture. */
const RULES: readonly Rule[] = [
  // figure captions, by element or class
  { name: "caption", kind: "credit-line", test: (s) => s.b.inCaption || (s.cue & CUE.caption) !== 0 },
  // blocks inside share/related/newsletter/ad/nav/comment/tag/bio containers (that hold little of the prose)
  {
    name: "furniture-class",
    kind: (s) => furnitureKind(s.cue),
    test: (s) => (s.cue & FURNITURE) !== 0,
  },
  // photo credits, captions ending in a credit, gallery counters
  { name: "credit", kind: "credit-line", test: (s) => s.line && creditLine(s.b.text, s.words) !== null },
  // "Read more", "Share", "Sign up for our newsletter", "Reporting by …", "… contributed to this report."
  { name: "furniture-phrase", kind: "call-to-action", test: (s) => s.line && furniturePhrase(s.b.text, s.words) !== null },
  // "© 2019 Example Corp.", "Copyright 2019 …"
  { name: "copyright", kind: "credit-line", test: (s) => s.line && s.words <= 40 && COPYRIGHT.test(s.b.text) },
  // lines without a word: "/*", "%", a lone gallery number (numbers in tables are data; "___" is a
  // section rule in wire copy, kept with the text)
  {
    name: "no-words",
    kind: "other",
    test: (s) => s.line && !/[\p{L}_]/u.test(s.b.text) && (!/\p{N}/u.test(s.b.text) || (!s.b.inTable && s.b.text.length <= 3)),
  },
  // "Related: Some other story" and other short link lines
  { name: "link-dense", kind: "related-headlines", test: (s) => s.words <= SHORT_WORDS && s.linkShare > LINK_DENSE },
  // the title, repeated at the top
  { name: "title-repeat", kind: "title", test: (s) => s.beforeProse && !!s.title && sameTitle(norm(s.b.text), s.title) },
  // "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …", anywhere
  { name: "dateline", kind: "credit-line", test: (s) => s.line && s.words <= 25 && metaLine(s.b.text) },
  // a standfirst set as a heading above the first paragraph (sub-headings are short)
  { name: "deck", kind: "title", test: (s) => s.beforeProse && s.i < 3 && s.b.heading > 0 && s.words > SHORT_WORDS },
  // the deck, byline and date inside the article's <header>
  { name: "header", kind: "credit-line", test: (s) => s.beforeProse && s.b.inHeader && s.b.heading === 0 },
  // "By Jane Doe", the byline at the top
  {
    name: "byline",
    kind: "credit-line",
    test: (s) =>
      s.beforeProse &&
      s.i < HEAD_ZONE &&
      s.words <= SHORT_WORDS &&
      ((s.cue & CUE.byline) !== 0 || BYLINE_START.test(s.b.text) || (!!s.byline && norm(s.b.text).includes(s.byline))),
  },
  // "Email Jane at jane@example.com or follow her @jane": reporter contact lines
  {
    name: "contact",
    kind: "credit-line",
    test: (s) => s.line && s.words <= CONTACT_WORDS && (EMAIL.test(s.b.text) || PROFILE_URL.test(s.b.text) || FOLLOW_HANDLE.test(s.b.text)),
  },
];

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
      flags |= share > MAX_CUED_SHARE ? c.flags & CONTENT : c.flags;
    }
    // an embedded post sits in "social" wrappers: it is content, not a share bar
    return flags & CUE.embed ? flags & ~CUE.share : flags;
  });
}

/** Drops the items of lists (<ul>/<ol>) whose text is mostly links. */
function judgeLists(judged: Judged[]): void {
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
    if (l.chars > 0 && l.links / l.chars > LINK_LIST) {
      for (const j of l.items) {
        j.keep = false;
        j.rule = "link-list";
        j.kind = "related-headlines";
      }
    }
  }
}

/** Judges every block; the caller keeps those with keep = true. */
export function judgeBlocks(blocks: readonly Block[], ctx: FilterContext): Judged[] {
  const judged: Judged[] = blocks.map((block) => ({ block, keep: true, rule: "kept", kind: null }));
  judgeLists(judged);
  const cues = effectiveCues(blocks);
  const title = ctx.title ? norm(ctx.title) : "";
  const byline = ctx.byline ? norm(ctx.byline) : "";
  let beforeProse = true;
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    const b = j.block;
    const seen: Seen = {
      b,
      i,
      words: words(b.text),
      line: b.text.length <= MAX_LINE_CHARS,
      cue: cues[i]!,
      linkShare: b.linkChars / b.text.length,
      beforeProse,
      title,
      byline,
    };
    if (j.keep) {
      for (const r of RULES) {
        if (r.test(seen)) {
          j.keep = false;
          j.rule = r.name;
          j.kind = typeof r.kind === "function" ? r.kind(seen) : r.kind;
          break;
        }
      }
    }
    if (j.keep && seen.words > SHORT_WORDS) beforeProse = false;
  }
  return judged;
}
