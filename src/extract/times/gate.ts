// Speed: one pass over the text marks, for each sentence, which parsers could fire in it (a word of
// theirs occurs, or a digit pattern), so each parser's regexes only run over the few sentences
// that can hold a time expression. The words come from the same data files the parsers use.
import type { Lang, Sentence } from "../../model.js";
import type { Ctx } from "./types.js";
import { perLanguage } from "../../lexicon.js";
import { timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

export const RELATIVE = 2;
export const YEARS = 4;
export const DURATIONS = 8;
export const SETS = 16;
export const VAGUE = 32;
// chrono's parsers, by what wakes them: chrono-dates.ts runs only the groups a sentence needs
export const CH_MONTH = 64;
export const CH_WEEKDAY = 128;
export const CH_CASUAL = 256;
export const CH_NUMERIC = 512;
export const CH_CLOCK = 1024;
export const CH_HOLIDAY = 2048;
/**
 * A part of the day ("morning"): chrono's casual parsers read it only as part of a date or a time
 * ("Friday morning", "9 in the morning"); alone, what they make is dropped (not-date-refiner.ts), so it
 * wakes them only beside another group. The parts in dayPartDates (data/<lang>/times.json) stay casual:
 * "last night" is a date.
 */
export const CH_DAYPART = 4096;
/** Spanish clock times chrono leaves ("a las 23.30"): the article before the hour wakes clock-times.ts. */
export const CLOCKS = 8192;
export const CHRONO = CH_MONTH | CH_WEEKDAY | CH_CASUAL | CH_NUMERIC | CH_CLOCK | CH_HOLIDAY;

interface Gate {
  words: Map<string, number>;
  /** Words that count only when capitalised (English month and weekday names: "may" is a verb). */
  capitalised: Set<string>;
  /** The same words by a hash of their characters (see sentenceBits); `capBits` count only when capitalised. */
  byHash: Map<number, { word: string; bits: number; capBits: number }[]>;
}

const gateWords = perLanguage((lang): Gate => {
  const w = timeWords(lang);
  const p = w.phrases;
  const map = new Map<string, number>();
  const add = (bits: number, phrases: Iterable<string>, which: "all" | "last" | "first" | "longest" = "all") => {
    for (const ph of phrases) {
      const words = lowerSquashedApostrophes(ph).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), "");
      const pick = which === "all" ? words : which === "last" ? words.slice(-1) : which === "first" ? words.slice(0, 1) : [longest];
      for (const x of pick) map.set(x, (map.get(x) ?? 0) | bits);
    }
  };
  const months = Object.keys(w.cal.months);
  const weekdays = Object.keys(w.cal.weekdays);
  const dayParts = Object.keys(w.cal.dayParts);
  add(CH_MONTH, months);
  add(CH_WEEKDAY, weekdays);
  // parts of the day that make a date by themselves ("last night") wake the casual parsers
  const partDates = new Set(w.cal.dayPartDates ?? []);
  add(CH_CASUAL, w.cal.casualDays);
  add(CH_CASUAL, dayParts.filter((d) => partDates.has(d)));
  add(CH_DAYPART, dayParts.filter((d) => !partDates.has(d)));
  // holidays are read only when capitalised (holiday-parser.ts): their first word, capitalised, wakes the parser
  add(CH_HOLIDAY, Object.keys(w.cal.holidays), "first");
  add(RELATIVE, [...Object.keys(p.relativeUnits), ...months, ...Object.keys(w.cal.seasons), ...dayParts], "last");
  add(RELATIVE, [...p.ago, ...p.agoBefore, p.quarterWord, p.halfWord]);
  add(YEARS, [...Object.keys(w.cal.decadeWords), ...p.centuryWord]);
  add(DURATIONS, w.units.keys());
  add(SETS, [...p.set.every, ...p.set.times, ...p.set.timesWord], "first");
  add(SETS, [...Object.keys(p.set.adverbs), ...Object.keys(p.set.adjectival), ...Object.keys(p.set.postnominal ?? {})]);
  add(VAGUE, Object.keys(w.vague.phrases), "last");
  add(CLOCKS, p.clockLicensors ?? [], "last");
  add(RELATIVE, p.dayAnaphora?.alone ?? [], "last");
  add(RELATIVE, p.dayAnaphora?.nouns ?? [], "last");
  add(VAGUE, [...w.vague.barePluralUnits, ...(w.vague.agoBefore ?? [])]);
  const capitalised = new Set(w.not.monthsCapitalised ? [...months, ...weekdays].map(lowerSquashedApostrophes) : []);
  const holidayFirst = new Set(Object.keys(w.cal.holidays).map((ph) => lowerSquashedApostrophes(ph).split(/[^\p{L}\p{N}]+/u).filter(Boolean)[0]));
  const byHash = new Map<number, { word: string; bits: number; capBits: number }[]>();
  for (const [word, bits] of map) {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
    const list = byHash.get(h) ?? [];
    const capBits = (capitalised.has(word) ? CH_MONTH | CH_WEEKDAY : 0) | (holidayFirst.has(word) ? CH_HOLIDAY : 0);
    list.push({ word, bits, capBits });
    byHash.set(h, list);
  }
  return { words: map, capitalised, byHash };
});

/** Character classes by code (< 0x250): 1 letter, 2 digit, 0 other; everything above is "other". */
const CLASS = new Uint8Array(0x250);
for (let c = 48; c <= 57; c++) CLASS[c] = 2;
for (let c = 97; c <= 122; c++) CLASS[c] = 1;
for (let c = 0xc0; c < 0x250; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = 1;
const cls = (c: number) => (c < 0x250 ? CLASS[c]! : 0);

/** For each sentence, the bit set of parsers that may find something in it. */
export function sentenceBits(text: string, sentences: readonly Sentence[], lang: Lang): number[] {
  const g = gateWords(lang);
  const low = text.toLowerCase();
  const n = low.length;
  // (three NULs after the end: a look past it reads 0, which every test below takes as it took the
  // NaN of a read out of bounds, and the codes stay small integers: a NaN or a read out of bounds
  // threw this function's optimized code away)
  const lower = low + "\0\0\0";
  const bits = new Array<number>(sentences.length).fill(0);
  let si = 0;
  let i = 0;
  while (i < n) {
    const k = cls(lower.charCodeAt(i));
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let b = 0;
    if (k === 2) {
      while (i < n && cls(lower.charCodeAt(i)) === 2) i++;
      const len = i - start;
      const next = lower.charCodeAt(i);
      const after = lower.charCodeAt(i + 1);
      if (len === 4 || (len === 2 && lower.charCodeAt(i - 1) === 48)) b |= YEARS; // "2015", "2009-10", "los 70"
      if (cls(after) === 2 && (next === 58 || next === 47 || (next === 45 && len === 4))) b |= CH_NUMERIC | CH_CLOCK | DURATIONS; // 10:45, 11/29/2025, 2025-11-29, 3:07:35
      if (next === 32 || next === 97 || next === 112) {
        const j = next === 32 ? i + 1 : i;
        const c1 = lower.charCodeAt(j);
        const c2 = lower.charCodeAt(j + 1) === 46 ? lower.charCodeAt(j + 2) : lower.charCodeAt(j + 1);
        if ((c1 === 97 || c1 === 112) && c2 === 109) b |= CH_CLOCK; // 8 pm, 5 p.m.
      }
      while (i < n && cls(lower.charCodeAt(i)) === 1) i++; // "1990s", "4th", "90s"
      if (i - start > len) b |= YEARS;
    } else {
      // hash the word while scanning it; only a hash hit is compared with the word list
      let h = 0;
      for (let c = lower.charCodeAt(i); i < n && cls(c) !== 0; c = lower.charCodeAt(++i)) h = (Math.imul(h, 31) + c) | 0;
      const hit = g.byHash.get(h);
      if (!hit) continue;
      for (const e of hit) {
        if (e.word.length === i - start && lower.startsWith(e.word, start)) {
          b = e.bits;
          if (e.capBits && text.charCodeAt(start) === lower.charCodeAt(start)) b &= ~e.capBits;
          break;
        }
      }
    }
    if (!b) continue;
    while (si < sentences.length && sentences[si]!.end <= start) si++;
    const s = sentences[si];
    if (s && s.start <= start) bits[si]! |= b;
  }
  return bits;
}

/**
 * Runs a global regex over the sentences marked with `bit` and calls `fn` for every match with its
 * offset in the whole text. `re.lastIndex` may be moved by `fn` (sentence-relative, as usual).
 */
export function scan(ctx: Ctx, bit: number, re: RegExp, fn: (m: RegExpExecArray, at: number, s: Sentence) => void): void {
  for (const s of ctx.hot(bit)) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) fn(m, s.start + m.index, s);
  }
}
