// Splits a sentence into tokens: numbers (with the language's digit grouping), words, and single
// other characters. Every token knows whether whitespace precedes it, which is how the rules tell
// "5G" and "COVID-19" (names) from "5 G" or "60-day".
import type { Lang } from "../../model.js";
import type { Tok } from "./types.js";
import type { WordSet } from "./wordset.js";

// English groups thousands with commas ("330,000", "1,200.50"); Spanish with dots ("330.000",
// "1.500,5") and writes decimals with a comma ("1,5 millones"), but many Latin American outlets
// write "330,000" too: a comma followed by exactly three digits is read as grouping in both.
// A no-break or thin space groups digits in both ("330 000"). The scanner below is hand-written
// (it runs on every sentence that may hold a figure); it reads what these patterns would:
//   en  \d{1,3}(?:[,G]\d{3})+(?:\.\d+)?(?!\d) | \d+(?:\.\d+)?
//   es  \d{1,3}(?:[.G]\d{3})+(?:,\d+)?(?!\d) | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d) | \d+(?:[.,]\d+)?

const isDigit = (code: number) => code >= 48 && code <= 57;
const isGroupSpace = (code: number) => code === 0xa0 || code === 0x202f || code === 0x2009;
const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number, code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text[i]!);
}

/** Whitespace as JavaScript's \s sees it, for the characters news text uses. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0x1680 || code === 0x205f;
}

/** End of the run of digits starting at i. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** End of groups of three digits after a lead of 1-3 digits ending at i, each after one of `seps`; i when none. */
function groupsEnd(text: string, i: number, sep: (code: number) => boolean): number {
  let end = i;
  for (;;) {
    if (end >= text.length || !sep(text.charCodeAt(end))) return end;
    const d = digitsEnd(text, end + 1);
    if (d - (end + 1) !== 3) return end;
    end = d;
  }
}

/** End of a decimal part (a separator then digits) at i, or i when none. */
function decimalEnd(text: string, i: number, sep: (code: number) => boolean): number {
  if (i < text.length && sep(text.charCodeAt(i)) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) return digitsEnd(text, i + 1);
  return i;
}

const COMMA = (code: number) => code === 44 || isGroupSpace(code);
const DOT = (code: number) => code === 46 || isGroupSpace(code);
const ONLY_DOT = (code: number) => code === 46;
const ONLY_COMMA = (code: number) => code === 44;
const DOT_OR_COMMA = (code: number) => code === 46 || code === 44;

function numberEnd(text: string, i: number, lang: Lang): number {
  const lead = digitsEnd(text, i);
  if (lead - i <= 3) {
    const alts: [(c: number) => boolean, (c: number) => boolean][] =
      lang === "es" ? [[DOT, ONLY_COMMA], [COMMA, ONLY_DOT]] : [[COMMA, ONLY_DOT]];
    for (const [group, dec] of alts) {
      const g = groupsEnd(text, lead, group);
      if (g > lead) return decimalEnd(text, g, dec);
    }
  }
  return decimalEnd(text, lead, lang === "es" ? DOT_OR_COMMA : ONLY_DOT);
}

function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isLetter(text, j, text.charCodeAt(j))) j++;
    const q = text.charCodeAt(j);
    // inner apostrophes: "don't", "Peru's"
    if ((q === 39 || q === 0x2019) && j + 1 < text.length && isLetter(text, j + 1, text.charCodeAt(j + 1))) {
      j++;
      continue;
    }
    return j;
  }
}

/** The tokens of a sentence; `starters` marks the words a numeral may start with. */
export function tokenize(text: string, lang: Lang, starters?: WordSet): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    let end: number;
    let kind: Tok["kind"];
    let starter = false;
    if (isDigit(code)) {
      end = numberEnd(text, i, lang);
      kind = "num";
    } else if (isLetter(text, i, code)) {
      end = wordEnd(text, i);
      kind = "word";
      starter = starters !== undefined && starters.hasSpan(text, i, end);
    } else {
      end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
      kind = "sym";
    }
    const t = text.slice(i, end);
    out.push({ start: i, end, text: t, low: kind === "word" ? t.toLowerCase() : t, kind, space: i === 0 || isSpace(text.charCodeAt(i - 1)), starter });
    i = end;
  }
  return out;
}

/** The value of a digit token as the language writes it. */
export function digitValue(t: string, lang: Lang): number {
  if (t.indexOf(",") < 0 && (lang === "en" || t.indexOf(".") < 0) && t.indexOf("\u00a0") < 0 && t.indexOf("\u202f") < 0 && t.indexOf("\u2009") < 0) return Number(t);
  let s = t.replace(/[\u00a0\u202f\u2009]/g, "");
  if (lang === "es") {
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
    else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
    else s = s.replace(",", ".");
  } else {
    s = s.replace(/,/g, "");
  }
  return Number(s);
}
