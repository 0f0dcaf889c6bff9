// Cue words of the HTML cleaner, read once from data/common/html-cues.json and compiled to regexes:
// class/id cues (what an element is for, judged from its class and id) and furniture phrases (short
// lines such as "Read more" or "Lee también" that are never article text).
import { lexicon } from "../lexicon.js";
import type { DomElement } from "./html-dom.js";
import { escapeRe } from "../regex.js";

/** Bit flags for class/id cues; the names match the keys of classCues in the data file. */
export const CUE = {
  caption: 1,
  share: 2,
  related: 4,
  signup: 8,
  ad: 16,
  nav: 32,
  comments: 64,
  tags: 128,
  byline: 256,
  bio: 512,
  hidden: 1024,
  content: 2048,
  embed: 4096,
} as const;

/** Cues that mark page furniture (as opposed to caption/byline/content, which are judged case by case). */
export const FURNITURE = CUE.share | CUE.related | CUE.signup | CUE.ad | CUE.nav | CUE.comments | CUE.tags | CUE.bio;
/** Cues that mark the article's own content: an embedded post ("social-media-embed") is no share bar. */
export const CONTENT = CUE.content | CUE.embed;

/** Lines longer than this are never furniture lines (and no regex runs over them). */
const MAX_LINE = 1000;

interface CueData {
  classCues: Record<string, { substrings: string[]; tokens: string[]; names: string[] }>;
  phrases: Record<string, { starts: string[]; equals: string[]; cta?: string[]; ends?: string[] }>;
  credit: { agencies: string[]; acronyms: string[]; captionLead: string[]; counterWords: string[] };
  metaLine: { months: string[]; weekdays: string[]; words: string[] };
}

/** Phrases indexed by their first two characters, for a quick starts-with test. */
type PhraseIndex = Map<string, string[]>;

interface Compiled {
  cues: { flag: number; substr: RegExp | null; token: RegExp | null; names: Set<string> }[];
  /** Matches (lower-cased) any class/id value that any cue could match: most values match none. */
  anyCue: RegExp;
  starts: PhraseIndex;
  cta: PhraseIndex;
  ends: string[];
  equals: Set<string>;
  agency: RegExp;
  acronym: RegExp;
  acronymTail: RegExp;
  creditTail: RegExp;
  counter: RegExp;
  months: Set<string>;
  metaWords: Set<string>;
}

function indexPhrases(list: readonly string[]): PhraseIndex {
  const m: PhraseIndex = new Map();
  for (const p of list) {
    const k = p.slice(0, 2);
    const l = m.get(k);
    if (l) l.push(p);
    else m.set(k, [p]);
  }
  for (const l of m.values()) l.sort((x, y) => y.length - x.length);
  return m;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Does lower-cased `t` start with one of the phrases, ending at a word edge ("more:" carries its own)? */
function startsWithPhrase(t: string, index: PhraseIndex): boolean {
  const list = index.get(t.slice(0, 2));
  if (!list) return false;
  for (const p of list) {
    if (!t.startsWith(p)) continue;
    const next = t.charAt(p.length);
    if (!next || !WORD_CHAR.test(p.charAt(p.length - 1)) || !WORD_CHAR.test(next)) return true;
  }
  return false;
}


/**
 * A regex for whole tokens of a class/id value (matched on its original case): a token starts at the
 * start, after a separator (space _ -), or at a camelCase edge ("mainAd"), and ends at the end, a
 * separator, a digit or the next camelCase word. So "ad" matches "ad-slot", "top_ad2", "mainAd",
 * "adContainer", but not "head" or "shadow".
 */
function tokenRegex(tokens: string[]): RegExp {
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const any = tokens.flatMap((t) => [t, cap(t), t.toUpperCase()]).map(escape).join("|");
  const camel = tokens.map((t) => escapeRe(cap(t))).join("|");
  return new RegExp(`(?:(?:^|[\\s_\\-])(?:${any})|(?<=[a-z])(?:${camel}))(?=$|[\\s_\\-0-9A-Z])`);
}

let compiled: Compiled | undefined;
function load(): Compiled {
  if (compiled) return compiled;
  const d = lexicon<CueData>("common", "html-cues");
  const cues: Compiled["cues"] = [];
  for (const [name, flag] of Object.entries(CUE)) {
    const c = d.classCues[name];
    if (!c) continue;
    cues.push({
      flag,
      substr: c.substrings.length ? new RegExp(c.substrings.map(escape).join("|")) : null,
      token: c.tokens.length ? tokenRegex(c.tokens) : null,
      names: new Set(c.names.map((n) => n.toLowerCase())),
    });
  }
  const everyWord: string[] = [];
  for (const c of Object.values(d.classCues)) everyWord.push(...c.substrings, ...c.tokens, ...c.names);
  const anyCue = new RegExp(everyWord.map((w) => escapeRe(w.toLowerCase())).join("|") || "(?!)");
  const gather = (pick: (p: CueData["phrases"][string]) => string[] | undefined) => {
    const out: string[] = [];
    for (const p of Object.values(d.phrases)) for (const s of pick(p) ?? []) out.push(s.toLowerCase());
    return out;
  };
  const c = d.credit;
  const lowerAlt = (list: readonly string[]) => list.map((a) => escapeRe(a.toLowerCase())).join("|");
  const agencies = lowerAlt(c.agencies);
  const acronyms = c.acronyms.map(escape).join("|");
  // the regexes below run on lower-cased text (except the acronyms', which must be capitals), so
  // none needs the costly case-insensitive Unicode mode
  compiled = {
    cues,
    anyCue,
    starts: indexPhrases(gather((p) => p.starts)),
    cta: indexPhrases(gather((p) => p.cta)),
    ends: gather((p) => p.ends),
    equals: new Set(gather((p) => p.equals)),
    // "Sakib Ali/Hindustan Times/Getty Images"
    agency: new RegExp(`(?<!\\p{L})(?:${agencies})(?!\\p{L})`, "u"),
    acronym: new RegExp(`(?<!\\p{L})(?:${acronyms})(?!\\p{L})`, "u"),
    // "… (AFP)", "… (EPA/John Doe)", "… in New York.AFP"
    acronymTail: new RegExp(`(?:\\([^()]{0,80}(?<!\\p{L})(?:${acronyms})(?!\\p{L})[^()]{0,40}\\)|[.)|]\\s*(?:${acronyms}))\\s*\\.?$`, "u"),
    // "… (image: getty)", "… (photo by kevin mazur/getty images)", "…treatmentcredit: epa",
    // "… in new york.reuters"
    creditTail: new RegExp(
      `(?:\\((?:${lowerAlt(c.captionLead)})s?\\b[^()]{0,100}\\)|\\([^()]{0,80}(?<!\\p{L})(?:${agencies})(?!\\p{L})[^()]{0,40}\\)|(?:${lowerAlt(c.captionLead)})s?\\s*:\\s*[^:.!?]{1,60}|[.)|]\\s*(?:${agencies}))\\s*\\.?$`,
      "u",
    ),
    // "image 1 of 5", "3 of 12", "1of4grass valley's …" (the capital is checked on the original)
    counter: new RegExp(`^(?:(?:${lowerAlt(c.counterWords)})\\s+)?\\d{1,3}\\s*(?:of|de|di|von|sur|/)\\s*\\d{1,3}`, "u"),
    months: new Set(d.metaLine.months.map((m) => m.toLowerCase())),
    metaWords: new Set([...d.metaLine.weekdays, ...d.metaLine.words].map((m) => m.toLowerCase())),
  };
  return compiled;
}

const flagCache = new WeakMap<object, number>();

/** The CUE flags of an element's own class and id. */
export function cueFlags(el: DomElement): number {
  const hit = flagCache.get(el);
  if (hit !== undefined) return hit;
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  let flags = 0;
  const c = load();
  const lower = raw.toLowerCase();
  if (raw.length > 1 && c.anyCue.test(lower)) {
    const names = lower.split(/\s+/);
    for (const cue of c.cues) {
      if ((cue.substr && cue.substr.test(lower)) || (cue.token && cue.token.test(raw)) || names.some((n) => cue.names.has(n)))
        flags |= cue.flag;
    }
  }
  flagCache.set(el, flags);
  return flags;
}

/** Trailing separators a furniture label may carry ("Read more:", "Share »"). */
const TRAILING = new Set([..." \t\n:|•·»›>-–—"]);

/** Lower-cased, trimmed, without trailing separators (a loop: no regex backtracks over a long run). */
function norm(text: string): string {
  const t = text.trim().toLowerCase();
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1]!)) end--;
  return t.slice(0, end);
}

/**
 * Is this line page furniture? `words` is its word count: the whole-line and starts-with lists apply
 * to short lines, calls to action ("Sign up for…", "Reporting by…") and endings ("… contributed to
 * this report.") to lines of up to 40 words.
 */
export function furniturePhrase(text: string, words: number): "equals" | "starts" | "cta" | "ends" | null {
  if (text.length > MAX_LINE) return null;
  const c = load();
  const t = norm(text);
  if (words <= 12) {
    if (c.equals.has(t)) return "equals";
    if (startsWithPhrase(t, c.starts)) return "starts";
  }
  if (words <= 40) {
    if (startsWithPhrase(t, c.cta)) return "cta";
    const full = text.trim().toLowerCase();
    if (c.ends.some((e) => full.endsWith(e))) return "ends";
  }
  return null;
}

/** How much of a line's end is searched for a credit. */
const TAIL = 240;

/** Is this line a photo credit, a caption ending in a credit, or a gallery counter? */
export function creditLine(text: string, words: number): "agency" | "credit-tail" | "counter" | null {
  if (text.length > MAX_LINE) return null;
  const c = load();
  const t = text.trim();
  const lower = t.toLowerCase();
  const counter = c.counter.exec(lower);
  if (counter) {
    // the counter alone, or glued to the caption that follows ("1of4Grass Valley's …")
    const rest = t.slice(counter[0].length);
    if (rest === "" || /^\p{Lu}/u.test(rest)) return "counter";
  }
  if (words <= 8 && (c.agency.test(lower) || c.acronym.test(t)) && !/[.!?]["”’]?$/u.test(t)) return "agency";
  // the credit is at the end: only the tail is searched (the patterns are bounded well below this)
  if (words <= 60 && (c.creditTail.test(lower.slice(-TAIL)) || c.acronymTail.test(t.slice(-TAIL)))) return "credit-tail";
  return null;
}

const TOKEN = /\p{L}+|\p{N}+/gu;
const DATE_ANCHOR = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[:.h]\d{2}\b|\b(?:19|20)\d{2}\b/u;

/** Is this a publication-date line ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …")? */
export function metaLine(text: string): boolean {
  if (text.length > MAX_LINE) return false;
  const c = load();
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > 25) return false;
  let meta = 0;
  let month = false;
  for (const t of tokens) {
    if (/^\p{N}+$/u.test(t)) meta++;
    else if (c.months.has(t)) {
      meta++;
      month = true;
    } else if (c.metaWords.has(t)) meta++;
  }
  if (!month && !DATE_ANCHOR.test(text)) return false;
  return meta / tokens.length >= 0.8;
}
