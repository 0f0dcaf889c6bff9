// Splits text into word and number tokens with offsets, folded, and marks the ones that start a
// sentence or are capitalized: the raw material of terms, names, numbers and dates.
import { fold } from "./fold.js";

export interface Token {
  /** Folded form (lower case, no diacritics), possessive and apostrophes stripped; digits as written. */
  w: string;
  /** UTF-16 offsets into the text tokenized. */
  start: number;
  end: number;
  /** Digits with inner . , : / - separators ("20,000", "11/30/09", "9-14"). */
  isNum: boolean;
  /** Letters and digits mixed ("Q10", "IE6", "4G", "76ers"): a model, team or flight name. */
  mixed: boolean;
  /** Starts with a capital letter (or is a mixed model name). */
  cap: boolean;
  /** First word of a sentence, a line or a clause after a colon or dash. */
  initial: boolean;
}

// A hand-written scanner (a regex with \p{L} costs several times more per token). Kinds of token,
// tried in this order at each start: (1) letters then digits or (2) digits then letters — mixed
// model names; (3) letters with inner apostrophes or hyphens; (4) digits with inner . , : / -.

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
/** Character classes of the Basic Multilingual Plane below U+2100, built once. */
const TABLE = new Uint8Array(0x2100);
for (let c = 0; c < 0x2100; c++) TABLE[c] = classifySlow(c);
function classifySlow(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  const ch = String.fromCharCode(c);
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return DIGIT;
  if (/\p{M}/u.test(ch)) return MARK;
  return OTHER;
}
const cache = new Map<number, number>();
function kind(c: number): number {
  if (c < 0x2100) return TABLE[c]!;
  let k = cache.get(c);
  if (k === undefined) cache.set(c, (k = classifySlow(c)));
  return k;
}
/** Is UTF-16 code unit `c` a letter (\p{L})? Table lookup, no regex. */
export const isLetterCode = (c: number): boolean => kind(c) === LETTER;
/** Is it a combining mark (\p{M})? */
export const isMarkCode = (c: number): boolean => kind(c) === MARK;
/** Is it a letter, a mark or a digit ([\p{L}\p{M}\p{N}]; surrogates are not)? */
export const isWordCode = (c: number): boolean => kind(c) !== OTHER;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45;
const isNumSep = (c: number) => c === 46 || c === 44 || c === 58 || c === 47 || c === 45;

/** Mixed tokens that are ordinals, decades, times or measures, not names. */
const NOT_MODEL = /^\d+(?:st|nd|rd|th|s|am|pm|[kmc]?m|kg|lb|lbs|mph|ft|in|mm|gb|mb|tb|ghz|mhz|k)$/;
const APOSTROPHES = /['’]/g;

// for the look-back to the previous sentence's end
const SKIP = new Uint8Array(0x2100);
const END = new Uint8Array(0x2100);
for (const ch of " \t\u00a0\"'“‘«([¿¡”’»)]") SKIP[ch.charCodeAt(0)] = 1;
for (const ch of ".!?\n\r:;…|—–-") END[ch.charCodeAt(0)] = 1;

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k0 = kind(text.charCodeAt(i));
    if (k0 !== LETTER && k0 !== DIGIT) {
      i++;
      continue;
    }
    const start = i;
    let mixed = false;
    let apostrophe = false;
    let j = i + 1;
    let hi = text.charCodeAt(i) >= 128;
    if (k0 === LETTER) {
      while (j < n && (kind(text.charCodeAt(j)) === LETTER || kind(text.charCodeAt(j)) === MARK)) j++;
      if (j < n && kind(text.charCodeAt(j)) === DIGIT) {
        mixed = true;
        while (j < n && (kind(text.charCodeAt(j)) === LETTER || kind(text.charCodeAt(j)) === DIGIT)) j++;
      } else {
        // inner apostrophes and hyphens, each followed by a letter
        while (j + 1 < n) {
          const c = text.charCodeAt(j);
          if (!(isApostrophe(c) || isHyphen(c)) || kind(text.charCodeAt(j + 1)) !== LETTER) break;
          if (isApostrophe(c)) apostrophe = true;
          j += 2;
          while (j < n && (kind(text.charCodeAt(j)) === LETTER || kind(text.charCodeAt(j)) === MARK)) j++;
        }
      }
    } else {
      while (j < n && kind(text.charCodeAt(j)) === DIGIT) j++;
      if (j < n && kind(text.charCodeAt(j)) === LETTER) {
        mixed = true;
        while (j < n && (kind(text.charCodeAt(j)) === LETTER || kind(text.charCodeAt(j)) === DIGIT)) j++;
      } else {
        while (j + 1 < n && isNumSep(text.charCodeAt(j)) && kind(text.charCodeAt(j + 1)) === DIGIT) {
          j += 2;
          while (j < n && kind(text.charCodeAt(j)) === DIGIT) j++;
        }
      }
    }
    const isNum = k0 === DIGIT && !mixed;
    let w = text.slice(start, j);
    // one pass over the token: non-ASCII (needs folding) or an ASCII capital (needs lower-casing)
    let upper = false;
    for (let q = start; q < j && !hi; q++) {
      const c = text.charCodeAt(q);
      if (c >= 128) hi = true;
      else if (c >= 65 && c <= 90) upper = true;
    }
    const first = w;
    if (!isNum) {
      if (apostrophe) {
        const last = w.charCodeAt(w.length - 1);
        if ((last === 115 || last === 83) && isApostrophe(w.charCodeAt(w.length - 2))) w = w.slice(0, -2); // 's
        w = w.replace(APOSTROPHES, "");
      }
      if (hi) w = fold(w);
      else if (upper) w = w.toLowerCase();
    }
    let k = start - 1;
    let c = k >= 0 ? text.charCodeAt(k) : 0;
    while (k >= 0 && c < 0x2100 && SKIP[c] === 1) c = --k >= 0 ? text.charCodeAt(k) : 0;
    out.push({
      w,
      start,
      end: j,
      isNum,
      mixed,
      cap: mixed ? !NOT_MODEL.test(w) : !isNum && isUpper(first),
      initial: k < 0 || (c < 0x2100 && END[c] === 1),
    });
    i = j;
  }
  return out;
}
