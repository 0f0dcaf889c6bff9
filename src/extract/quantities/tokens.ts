// Splits a sentence into tokens: numbers (with the language's digit grouping), words, and single
// other characters. Every token knows whether whitespace precedes it, which is how the rules tell
// "5G" and "COVID-19" (names) from "5 G" or "60-day".
import type { Lang } from "../../model.js";
import type { Tok } from "./types.js";

// English groups thousands with commas ("330,000", "1,200.50"); Spanish with dots ("330.000",
// "1.500,5") and writes decimals with a comma ("1,5 millones"), but many Latin American outlets
// write "330,000" too: a comma followed by exactly three digits is read as grouping in both.
// A no-break or thin space groups digits in both ("330 000").
const GROUP = "[\\u00a0\\u202f\\u2009]";
const NUM: Record<Lang, string> = {
  en: `\\d{1,3}(?:(?:,|${GROUP})\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?`,
  es: `\\d{1,3}(?:(?:\\.|${GROUP})\\d{3})+(?:,\\d+)?(?!\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?`,
};

const TOKEN: Record<Lang, RegExp> = {
  en: new RegExp(`(${NUM.en})|([\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*)|(\\S)`, "gu"),
  es: new RegExp(`(${NUM.es})|([\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*)|(\\S)`, "gu"),
};

const SPACE = /\s/;

export function tokenize(text: string, lang: Lang): Tok[] {
  const re = TOKEN[lang];
  re.lastIndex = 0;
  const out: Tok[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const t = m[0];
    out.push({
      start,
      end: start + t.length,
      text: t,
      low: t.toLowerCase(),
      kind: m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym",
      space: start === 0 || SPACE.test(text[start - 1]!),
    });
  }
  return out;
}

/** The value of a digit token as the language writes it. */
export function digitValue(t: string, lang: Lang): number {
  if (t.indexOf(",") < 0 && (lang === "en" || t.indexOf(".") < 0) && !/[\u00a0\u202f\u2009]/.test(t)) return Number(t);
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

/** Index of the first token that starts at or after `pos` (tokens.length when none). */
export function tokenAt(toks: readonly Tok[], pos: number, from = 0): number {
  let i = from;
  while (i < toks.length && toks[i]!.start < pos) i++;
  return i;
}
