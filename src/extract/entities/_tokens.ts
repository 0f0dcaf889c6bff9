// Tokens for the entity rules: words (with their case, folded form and a possessive 's split off),
// dotted acronyms ("U.S."), initials and title abbreviations ("W.", "Gen."), and single
// punctuation marks. Each token knows its sentence, whether it opens a sentence or clause (so its
// capital says nothing), and whether that sentence reads like a heading (Title Case, no final stop).
import type { Sentence } from "../../model.js";
import { fold, type PhraseSet } from "./_data.js";

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
const INNER = new Set(["-", "'", "’", ".", "&", "/"]);
const wordCharCache = new Map<number, boolean>();
const PREFIXED = /^(?:al|el|ul|bin|ibn|d|l|o)['’-]/iu;
/** After these a capital says nothing: the clause starts anew. */
const OPENERS = new Set(["“", "‘", "«", "(", "[", "¿", "¡", ":", "•", "*", "|"]);

/** Letters, marks and digits: ASCII by table, the rest by Unicode class (cached). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = wordCharCache.get(c);
  if (v === undefined) {
    v = c >= 0xd800 && c <= 0xdfff ? WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) ?? c)) : WORD_CHAR.test(text[i]!);
    wordCharCache.set(c, v);
  }
  return v;
}

/**
 * Words (letters, marks, digits, joined by - ' ’ . & /), dotted acronyms ("U.S."), else one
 * character, as a flat list of [start, end, kind] triples (kind 0: other, 1: word, 2: ASCII word).
 */
const ASCII_WORD = 2;

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
    for (;;) {
      while (j < n && isWordChar(text, j)) {
        if (text.charCodeAt(j) >= 128) ascii = false;
        j++;
      }
      if (j + 1 < n && INNER.has(text[j]!) && isWordChar(text, j + 1)) {
        if (text.charCodeAt(j) >= 128) ascii = false;
        j++;
      } else break;
    }
    out.push(i, j, ascii ? ASCII_WORD : 1);
    i = j;
  }
  return out;
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

const FINAL = /[.!?…:;,"”’»)\]]$/;

/** Tokenizes `text` and tags each token with its sentence. `abbrevs`: titles written with a dot ("gen."). */
export function tokenize(text: string, sentences: readonly Sentence[], abbrevs: PhraseSet): Token[] {
  const out: Token[] = [];
  let si = 0;
  let skipDot = -1; // a dot already taken into "Gen." or "W."
  const spans = scan(text);
  for (let k = 0; k < spans.length; k += 3) {
    const start = spans[k]!;
    const kind = spans[k + 2]!;
    const word = kind !== 0;
    if (start === skipDot) continue;
    let raw = text.slice(start, spans[k + 1]);
    while (si < sentences.length && start >= sentences[si]!.end) si++;
    const c0 = raw[0]!;
    const isUpper0 = upperAt(raw, 0);
    let poss = false;
    const n = raw.length;
    if (word && n >= 3 && (raw[n - 1] === "s" || raw[n - 1] === "S") && (raw[n - 2] === "'" || raw[n - 2] === "’")) {
      raw = raw.slice(0, -2);
      poss = true;
    }
    // "Gen." and "W." keep their dot when a name follows
    if (word && !poss && text[start + raw.length] === "." && isUpper0 && /^\s+\p{Lu}/u.test(text.slice(start + raw.length + 1, start + raw.length + 4))) {
      if (raw.length === 1 || abbrevs.has(fold(raw) + ".")) {
        raw += ".";
        skipDot = start + raw.length - 1;
      }
    }
    const lower = raw.toLowerCase();
    // "al-Assad", "d'Ivoire", "O'Brien": the capital after the prefix counts
    const cap = word && (isUpper0 || (raw.length > 2 && prefixedCapital(raw)));
    const upper = cap && isUpper0 && raw.length >= 2 && upperAt(raw, 1) && raw === raw.toUpperCase() && lower !== raw && countLetters(raw) >= 2;
    out.push({
      i: out.length,
      start,
      end: start + raw.length,
      text: raw,
      f: kind === ASCII_WORD ? lower : fold(raw, lower),
      word,
      cap,
      upper,
      initial: raw.length === 2 && isUpper0 && raw[1] === ".",
      num: c0 >= "0" && c0 <= "9",
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
    } else if (!/^[.!?…]$/.test(t.text) || !clauseStart) {
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
    if (FINAL.test(sent.text.trimEnd())) continue;
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
