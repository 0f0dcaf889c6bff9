// Splits cleaned text into sentences with character offsets. Paragraph breaks always end a
// sentence; . ! ? … end one when the next word starts a sentence, unless the word before the
// period is an abbreviation, a title, an initial or an acronym that does not end the sentence.
import { lexicon } from "../lexicon.js";
import type { Lang, Sentence } from "../model.js";
import { LANGUAGES } from "../text/languages.js";

interface Abbrev {
  titles: string[];
  others: string[];
  sentenceStarters: string[];
}

interface Cues {
  titles: Set<string>;
  others: Set<string>;
  starters: Set<string>;
}

let cues: Cues | undefined;
function loadCues(): Cues {
  if (cues) return cues;
  const c: Cues = { titles: new Set(), others: new Set(), starters: new Set() };
  for (const lang of LANGUAGES) {
    const a = lexicon<Abbrev>(lang, "abbreviations");
    for (const w of a.titles) c.titles.add(w);
    for (const w of a.others) c.others.add(w);
    for (const w of a.sentenceStarters) c.starters.add(w);
  }
  cues = c;
  return c;
}

/** Is the word right before `text[i]` (a period) an abbreviation ("Mr", "St", "a.m", "Ave")? */
export function abbreviationBefore(text: string, i: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
  if (!m) return false;
  const w = m[1]!.toLowerCase().replace(/^\.+/, "");
  // a single letter: an initial ("John F. Kennedy") or the first of "p.m.", "a.m."
  if (/^\p{L}$/u.test(w)) return true;
  const c = loadCues();
  return c.titles.has(w) || c.others.has(w);
}

const CLOSERS = "\"'”’»)]";
const OPENERS = "\"'“‘«([¿¡";

/** Does a sentence end at the terminator at text[i] (which is . ! ? or …), given what follows? */
function endsAt(text: string, i: number, c: Cues): { end: number } | null {
  let j = i + 1;
  // runs of terminators ("?!", "...")
  while (j < text.length && ".!?…".includes(text[j]!)) j++;
  while (j < text.length && CLOSERS.includes(text[j]!)) j++;
  const end = j;
  // must be followed by whitespace (or end of text)
  if (j < text.length && !/\s/.test(text[j]!)) return null;
  while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\u00a0")) j++;
  if (j < text.length && text[j] === "\n" && text[i] === "." && titleBeforeBreak(text, Math.max(0, i - 12), j, c)) return null;
  if (j >= text.length || text[j] === "\n" || text[j] === "\r") return { end };
  let k = j;
  while (k < text.length && OPENERS.includes(text[k]!)) k++;
  const next = text[k] ?? "";
  if (!/[\p{Lu}\p{N}]/u.test(next)) return null; // next word must start like a sentence
  if (text[i] !== ".") return { end };
  // the word before the period
  let s = i;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, i);
  const lower = word.toLowerCase();
  if (!word) return { end };
  const nextWord = (/^[\p{L}]+/u.exec(text.slice(k)) ?? [""])[0].toLowerCase();
  if (c.titles.has(lower)) return null; // "Gen. Valverde"
  if (/^\p{Lu}$/u.test(word)) return null; // an initial: "J. Smith"
  if (c.others.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "Corp.", "U.S.", "a.m.": end only when a common sentence opener follows
    return c.starters.has(nextWord) ? { end } : null;
  }
  return { end };
}

/** Does the line text[start, nl) end with a title's abbreviation ("Sr.", "Dr..") whose name opens the next line? */
function titleBeforeBreak(text: string, start: number, nl: number, c: Cues): boolean {
  const m = TITLE_AT_END.exec(text.slice(Math.max(start, nl - 12), nl));
  return !!m && c.titles.has(m[1]!.toLowerCase()) && /^\p{Lu}/u.test(text.slice(nl + 1, nl + 3));
}
const TITLE_AT_END = /(?:^|[\s(])(\p{L}+)\.{1,2}[ \t]*$/u;

/** Longest sentence: a text with no sentence break (a list, a table, "1,2,3,…") is split into
 * pieces no longer than this, so what every mention repeats of its sentence stays small. */
export const MAX_SENTENCE_CHARS = 600;

/** Where to cut a run of text that is too long to be one sentence, at or before `max`: after the
 * last ; or , in its final third, else at the last space, else at `max` (never inside a surrogate pair). */
function breakBefore(text: string, start: number, max: number): number {
  const floor = start + Math.floor((max - start) * 0.66);
  let space = -1;
  for (let i = max; i > floor; i--) {
    const c = text[i - 1]!;
    if ((c === ";" || c === ",") && /\s/.test(text[i] ?? "")) return i;
    if (space < 0 && /\s/.test(c)) space = i;
  }
  if (space > 0) return space;
  const hi = text.charCodeAt(max - 1);
  return hi >= 0xd800 && hi <= 0xdbff ? max - 1 : max;
}

/** Splits text into sentences. Offsets are UTF-16 indices into `text`. */
export function splitSentences(text: string, _lang: Lang = "en"): Sentence[] {
  const c = loadCues();
  const out: Sentence[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    while (b - a > MAX_SENTENCE_CHARS) {
      const cut = breakBefore(text, a, a + MAX_SENTENCE_CHARS);
      push(a, cut);
      a = cut;
      while (a < b && /\s/.test(text[a]!)) a++;
    }
    if (b > a) out.push({ index: out.length, start: a, end: b, text: text.slice(a, b) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (titleBeforeBreak(text, start, i, c)) continue; // "Según el Sr.¶Howard": a title ends no sentence
      push(start, i);
      start = i + 1;
    } else if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      const r = endsAt(text, i, c);
      if (r) {
        push(start, r.end);
        start = r.end;
        i = r.end - 1;
      }
    }
  }
  push(start, text.length);
  return out;
}

/** The sentence that holds offset `pos` (binary search); undefined outside every sentence. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
