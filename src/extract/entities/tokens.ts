// Tokens for the entity rules: words (with their case, folded form and a possessive 's split off),
// dotted acronyms ("U.S."), initials and title abbreviations ("W.", "Gen."), and single
// punctuation marks. Each token knows its sentence, whether it opens a sentence or clause (so its
// capital says nothing), and whether that sentence reads like a heading (Title Case, no final stop).
import type { Sentence } from "../../model.js";
import type { PhraseSet } from "./word-lists.js";
import { foldApostrophes } from "../../text/fold.js";
import { isWordCode } from "../../text/tokens.js";

export interface Token {
  i: number;
  start: number;
  /** end of the word, before a possessive 's */
  end: number;
  text: string;
  /** folded: lower case, no accents */
  f: string;
  word: boolean;
  /** first letter upper case ("Jerí", "McDonald", "al-Assad" counts by its second part) */
  cap: boolean;
  /** two or more letters, all upper case ("NATO", "ARE") */
  upper: boolean;
  /** "W." or "J." */
  initial: boolean;
  num: boolean;
  /** followed by 's / ’s */
  poss: boolean;
  sent: number;
  /** first word of a sentence, or after an opening quote, a colon or a bullet */
  first: boolean;
  /** in a heading-like sentence */
  heading: boolean;
}

const ACRONYM = /(?:\p{Lu}{1,2}\.){2,}/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** - ' ’ . & / join the parts of a word */
function isInner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 47;
}
const surrogateCache = new Map<number, boolean>();
const PREFIXED = /^(?:al|el|ul|bin|ibn|d|l|o)['’-]/iu;
/** After these a capital says nothing: the clause starts anew. */
const OPENERS = new Set(["“", "‘", "«", "(", "[", "¿", "¡", ":", "•", "*", "|"]);

/** ASCII letters and digits. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD_CHAR[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD_CHAR[c] = 1;

/** Letters, marks and digits: ASCII by table, the rest by the shared class table; a surrogate
 * by its code point (cached by its first half, as before). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD_CHAR[c] === 1;
  if (c < 0xd800 || c > 0xdfff) return isWordCode(c);
  let v = surrogateCache.get(c);
  if (v === undefined) {
    v = WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c));
    surrogateCache.set(c, v);
  }
  return v;
}

/**
 * Words (letters, marks, digits, joined by - ' ’ . & /), dotted acronyms ("U.S."), else one
 * character, as a flat list of [start, end, kind] triples (kind 0: other, 1: word, 2: ASCII word).
 */
const ASCII_WORD = 2;
/** an ASCII word with no upper-case letter: already its own lower-case and folded form */
const ASCII_LOWER = 3;

function scan(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c > 0x2000 && c <= 0x200b)) {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) {
      const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      if (c > 127 ? !/\s/.test(text[i]!) : c > 32) out.push(i, i + w, 0);
      i += w;
      continue;
    }
    if (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46) {
      ACRONYM.lastIndex = i;
      if (ACRONYM.test(text)) {
        out.push(i, ACRONYM.lastIndex, 1);
        i = ACRONYM.lastIndex;
        continue;
      }
    }
    let j = i + 1;
    let ascii = c < 128;
    let upper = c >= 65 && c <= 90;
    for (;;) {
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (ASCII_WORD_CHAR[d] !== 1) break;
          if (d >= 65 && d <= 90) upper = true;
        } else if (isWordChar(text, j)) ascii = false;
        else break;
      }
      if (j + 1 < n && isInner(text.charCodeAt(j)) && isWordChar(text, j + 1) && !missingSpace(text, i, j)) {
        if (text.charCodeAt(j) >= 128) ascii = false;
        j++;
      } else break;
    }
    out.push(i, j, ascii ? (upper ? ASCII_WORD : ASCII_LOWER) : 1);
    i = j;
  }
  return out;
}

/** "shooting in Winchester.Officers were called": a lower-case word, a stop and a capital, the space lost. */
function missingSpace(text: string, start: number, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46 || dot - start < 3 || !upperAt(text, dot + 1)) return false;
  const before = text.charCodeAt(dot - 1);
  if (!(before >= 97 && before <= 122)) return false;
  for (let k = start; k < dot; k++) if (text.charCodeAt(k) === 46) return false;
  return true;
}

/** Is the character at i upper case? */
function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[i]!;
  return ch !== ch.toLowerCase();
}

/** "al-Assad", "d'Ivoire", "O'Brien": a capital right after a short prefix. */
function prefixedCapital(w: string): boolean {
  for (let k = 1; k <= 3 && k < w.length - 1; k++) {
    const c = w[k];
    if (c === "-" || c === "'" || c === "’") return upperAt(w, k + 1) && PREFIXED.test(w);
  }
  return false;
}

function countLetters(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

const STOPS = new Set([".", "!", "?", "…"]);
/** What a sentence ending in a stop ends with (after trailing white space). */
const FINAL = new Set([".", "!", "?", "…", ":", ";", ",", "\"", "”", "’", "»", ")", "]"]);

/** Does `s`, trailing white space aside, end in a stop? (as /[.!?…:;,"”’»)\]]$/ on s.trimEnd()) */
function endsInStop(s: string): boolean {
  let e = s.length - 1;
  for (; e >= 0; e--) {
    const c = s.charCodeAt(e);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(s[e]!)) break;
  }
  return e >= 0 && FINAL.has(s[e]!);
}

/** Tokenizes `text` and tags each token with its sentence. `abbrevs`: titles written with a dot ("gen."). */
export function tokenize(text: string, sentences: readonly Sentence[], abbrevs: PhraseSet): Token[] {
  const out: Token[] = [];
  let si = 0;
  let skipDot = -1; // a dot already taken into "Gen." or "W."
  let strayDot = -1; // a second dot after a title's ("Sr..¶Howard"), dropped
  const spans = scan(text);
  for (let k = 0; k < spans.length; k += 3) {
    const start = spans[k]!;
    const kind = spans[k + 2]!;
    const word = kind !== 0;
    if (start === skipDot || start === strayDot) continue;
    let raw = text.slice(start, spans[k + 1]);
    while (si < sentences.length && start >= sentences[si]!.end) si++;
    const c0 = raw.charCodeAt(0);
    const isUpper0 = kind !== ASCII_LOWER && upperAt(raw, 0);
    let poss = false;
    const n = raw.length;
    const cl = raw.charCodeAt(n - 1);
    const cp = raw.charCodeAt(n - 2);
    if (word && n >= 3 && (cl === 115 || cl === 83) && (cp === 39 || cp === 0x2019)) {
      raw = raw.slice(0, -2);
      poss = true;
    }
    // "Gen." and "W." keep their dot when a name follows
    if (word && !poss && isUpper0 && text.charCodeAt(start + raw.length) === 46 && /^\.?\s+\p{Lu}/u.test(text.slice(start + raw.length + 1, start + raw.length + 5))) {
      const stray = text.charCodeAt(start + raw.length + 1) === 46;
      if ((raw.length === 1 && !stray) || abbrevs.has(foldApostrophes(raw) + ".")) {
        raw += ".";
        skipDot = start + raw.length - 1;
        if (stray) strayDot = skipDot + 1;
      }
    }
    const lowerAscii = kind === ASCII_LOWER;
    const lower = lowerAscii ? raw : raw.toLowerCase();
    // "al-Assad", "d'Ivoire", "O'Brien": the capital after the prefix counts
    const cap = word && !lowerAscii && (isUpper0 || (raw.length > 2 && prefixedCapital(raw)));
    const upper = cap && isUpper0 && raw.length >= 2 && upperAt(raw, 1) && raw === raw.toUpperCase() && lower !== raw && countLetters(raw) >= 2;
    out.push({
      i: out.length,
      start,
      end: start + raw.length,
      text: raw,
      f: kind === ASCII_WORD || lowerAscii ? lower : foldApostrophes(raw, lower),
      word,
      cap,
      upper,
      initial: raw.length === 2 && isUpper0 && raw[1] === ".",
      num: c0 >= 48 && c0 <= 57,
      poss,
      sent: si,
      first: false,
      heading: false,
    });
  }
  markFirsts(out, text);
  markHeadings(out, sentences);
  return out;
}

function markFirsts(tokens: Token[], text: string): void {
  let clauseStart = true;
  let sent = -1;
  for (const t of tokens) {
    if (t.sent !== sent) {
      sent = t.sent;
      clauseStart = true;
    }
    if (t.word) {
      t.first = clauseStart;
      clauseStart = false;
    } else if (OPENERS.has(t.text)) {
      clauseStart = true;
    } else if (t.text === "\"" || t.text === "'") {
      // a straight quote opens when a space (or nothing) stands before it
      clauseStart = t.start === 0 || /\s/.test(text[t.start - 1]!);
    } else if (!STOPS.has(t.text) || !clauseStart) {
      clauseStart = false;
    }
  }
}

/** A sentence with no final stop whose words are mostly capitalised (or all upper case) is a heading. */
function markHeadings(tokens: Token[], sentences: readonly Sentence[]): void {
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const from = i;
    while (i < tokens.length && tokens[i]!.sent === s) i++;
    const sent = sentences[s]!;
    if (endsInStop(sent.text)) continue;
    let words = 0;
    let caps = 0;
    let upper = 0;
    for (let k = from; k < i; k++) {
      const t = tokens[k]!;
      if (!t.word || t.num) continue;
      words++;
      if (t.upper) upper++;
      if (t.cap || t.upper) caps++;
      else if (t.text.length <= 3) words--; // "of", "as", "to" stay lower case in Title Case
    }
    if (words >= 2 && (caps / words >= 0.7 || upper / words >= 0.7)) for (let k = from; k < i; k++) tokens[k]!.heading = true;
  }
}
