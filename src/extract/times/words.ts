// The time-expression word lists of one language (data/<lang>/times*.json), read once, plus the
// small regex helpers every times parser builds its patterns with.
import { lexicon, perLanguage } from "../../lexicon.js";
import type { Lang } from "../../model.js";
import { alternation } from "../../regex.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

type Dict<T> = Record<string, T>;

interface CalendarData {
  months: Dict<number>;
  weekdays: Dict<number>;
  seasons: Dict<string>;
  dayParts: Dict<string>;
  /** Parts of the day that make a date by themselves ("last night"); the others only beside a day or a time. */
  dayPartDates?: string[];
  /** Words between a day and a part of it said after the day: "el viernes [por la] mañana". */
  dayPartLinks?: string[];
  units: Dict<[string, number]>;
  unitsNeedDigits: string[];
  numbers: Dict<number>;
  tens: string[];
  tensJoiners: string[];
  notInCompounds: string[];
  ordinals: Dict<number>;
  /** Endings of an ordinal written in digits: "the 20th century". */
  ordinalSuffixes?: string[];
  /** Thousands grouped with a dot and decimals after a comma ("1.500", "2,5"), not the other way. */
  decimalComma?: boolean;
  decadeWords: Dict<number>;
  holidays: Dict<[number, number]>;
  casualDays: string[];
}

export interface SetData {
  every: string[];
  other: string[];
  times: string[];
  timesWord: string[];
  per: string[];
  adverbs: Dict<string>;
  adjectival: Dict<string>;
  /** Adjectives that follow their noun ("pérdidas anuales"): a frequency in any position. */
  postnominal?: Dict<string>;
  followers: string[];
}

interface PhraseData {
  shift: Dict<number>;
  spanShift: string[];
  /** Units after which a date shift ("the last decade") is a stretch of time as well. */
  spanUnitsLast: string[];
  relativeUnits: Dict<string>;
  ago: string[];
  agoBefore: string[];
  /** Words before "hace" that make it a duration: "desde hace un año" (for a year). */
  sinceAgo?: string[];
  /** "dos años y medio": a half said after the unit. */
  halfAfter?: string[];
  mods: Dict<string>;
  durationHedges: Dict<string | null>;
  rangeJoiners: string[];
  ageAfter: string[];
  ageBefore?: string[];
  ageBeforeExceptions?: string[];
  untilWords: string[];
  untilArticles: string[];
  leadingWords: string[];
  /** Articles a span takes when right before a date or time (Spanish TimeML: "el viernes"). */
  spanArticles?: string[];
  timeLicensors: string[];
  timeSuffixes: string[];
  monthLicensors: string[];
  quarters: Dict<number>;
  /** Ordinals that name a quarter only with its year ("the final quarter of 2009"; "the last quarter" is the one before). */
  quarterNeedsYear?: string[];
  /** Words before a season named alone ("en la primavera"), and what it may not stand next to ("Primavera Árabe"). */
  seasonLicensors?: string[];
  seasonNotAfter?: string[];
  seasonNotBefore?: string[];
  /** Seasons never read alone ("fall" is a verb and a noun). */
  seasonNotAlone?: string[];
  halves: Dict<number>;
  /** Spanish clock times chrono leaves: "a las 23.30 (horas) (de la noche)". */
  clockLicensors?: string[];
  clockSuffixes?: string[];
  /** A figure, not a clock time, when these follow it: "a las 10 por ciento". */
  clockNotAfter?: string[];
  clockDayParts?: Dict<string>;
  /** "terminó la jornada", "the same day": the day the article's event is on (event-day.ts). */
  dayAnaphora?: { nouns: string[]; before: string[]; notAfter: string[]; alone: string[] };
  /** "segundo día consecutivo", "third straight week": the words for "in a row", and the units they count. */
  consecutiveWords?: string[];
  consecutiveUnits?: Dict<string>;
  /** Words between a count and its unit: "un mismo día", "a single day" is still one day. */
  countFillers?: string[];
  /** "Es un día difícil": after these, "un día" is a day, not a duration of one. */
  notDurationAfter?: string[];
  /** "el mismo periodo del año anterior", "the previous year": said against the period named before (same-period.ts). */
  samePeriod?: { before: string[]; units: string[]; links: string[]; yearAfter: string[]; previousYear: string[] };
  quarterWord: string;
  halfWord: string;
  ofWords: string[];
  theWords: string[];
  centuryWord: string[];
  /** "el siglo XX" puts the word before the number; "the 20th century" after it. */
  centuryWordFirst: boolean;
  decadePrefixes: string[];
  decadeSuffix: string;
  /** "los 70": a decade said with the article alone (before a joined decade or a stop). */
  decadeBare?: string[];
  /** Words between the article and a decade said in words: "the late seventies". */
  decadeWordMods?: string[];
  /** Words between a date and the year said after it: "27 de marzo del 2008". */
  yearJoiners?: string[];
  /** Words that join two decades: "the '70s and 80s", "los 70 y 80". */
  decadeJoiners?: string[];
  /** Words that let a number below 1800 be read as a year ("in 1492"). */
  yearLicensors: string[];
  shiftAfterUnit: boolean;
  /** "that January day in 2011": words that introduce the year a few words after a month. */
  yearAfterWords: string[];
  set: SetData;
}

interface VagueData {
  phrases: Dict<string>;
  notBefore: Dict<string[]>;
  notFollowedBy: Dict<string[]>;
  articles: string[];
  directions: string[];
  quantifiers: string[];
  tails: string[];
  agoWords: string[];
  laterWords: string[];
  agoBefore?: string[];
  barePluralBefore: string[];
  barePluralAfter: string[];
  barePluralUnits: string[];
  /** A bare plural unit right after one of these is not a duration ("the years of war"). */
  barePluralNotAfter: string[];
}

interface TenseData {
  future: string[];
  present: string[];
  past: string[];
  pastSuffix?: string;
  pastSuffixes?: string[];
  futureSuffixes?: string[];
  notPast: string[];
  notFuture?: string[];
  auxFuture?: string[];
  auxPresent?: string[];
  auxPast?: string[];
  participleSuffixes?: string[];
  /** "desde", "since" right before a day or month: it is in the past. */
  sinceWords?: string[];
}

interface NotData {
  notYearBefore: string[];
  notYearAfter: string[];
  ambiguousMonths: string[];
  ambiguousWeekdays: string[];
  /** English capitalises month names: a lower-case "may" is the verb. */
  monthsCapitalised?: boolean;
  /** Casual words chrono reads as the present moment ("now"): vague phrases, read elsewhere. */
  casualNow?: string[];
  /** Casual day words that are nouns after these words ("la mañana"). */
  casualNotAfter?: Record<string, string[]>;
}

export interface Unit {
  /** ISO designator: S, MIN, H (time part) or D, W, M, Y. */
  code: string;
  factor: number;
}

export interface TimeWords {
  lang: Lang;
  cal: CalendarData;
  phrases: PhraseData;
  vague: VagueData;
  tense: TenseData;
  not: NotData;
  units: Map<string, Unit>;
  numbers: Map<string, number>;
  /** Source of a regex matching a number written in digits or words (one group-free alternative). */
  numberSrc: string;
}

/** The word lists of one language, read once. */
export const timeWords = perLanguage((lang): TimeWords => {
  const cal = lexicon<CalendarData>(lang, "times");
  const units = new Map<string, Unit>();
  for (const [k, [code, factor]] of Object.entries(cal.units)) units.set(k, { code, factor });
  const numbers = new Map<string, number>(Object.entries(cal.numbers));
  return {
    lang,
    cal,
    phrases: lexicon<PhraseData>(lang, "times-phrases"),
    vague: lexicon<VagueData>(lang, "times-vague"),
    tense: lexicon<TenseData>(lang, "times-tense"),
    not: lexicon<NotData>(lang, "times-not"),
    units,
    numbers,
    numberSrc: numberSource(cal),
  };
});

/** The full names of a calendar dictionary: "march" but not its abbreviation "mar" ("may" stays). */
export function fullNames(dict: Record<string, number>): string[] {
  const keys = Object.keys(dict);
  return keys.filter((k) => !keys.some((o) => o !== k && o.length > k.length && dict[o] === dict[k] && o.startsWith(k.replace(/\.$/, ""))));
}

/** A shared empty list (phraseBefore caches its regex per list). */
export const NONE: readonly string[] = [];

// ---------- regex helpers ----------

/** Left and right word boundaries that know accented letters. */
export const B = "(?<![\\p{L}\\p{N}])";
export const E = "(?![\\p{L}\\p{N}])";

/** An alternation of phrases, longest first; spaces inside a phrase match any run of spaces. */
/** The cue words as one alternation (see regex.ts). */
export const alt = alternation;


function numberSource(cal: CalendarData): string {
  const digits = cal.decimalComma ? "\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d+(?:,\\d+)?" : "\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?";
  const units = Object.keys(cal.numbers).filter(
    (k) => (cal.numbers[k] ?? 0) < 10 && (cal.numbers[k] ?? 0) >= 1 && !/\s/.test(k) && !cal.notInCompounds.includes(k),
  );
  const compound = `(?:${alt(cal.tens)})(?:${alt(cal.tensJoiners)})(?:${alt(units)})`;
  return `${digits}|${compound}|${alt(Object.keys(cal.numbers))}`;
}

/** The value of a number matched by `numberSrc`, or null. */
export function parseNumber(raw: string, w: TimeWords): number | null {
  const s = lowerSquashedApostrophes(raw);
  if (/^\d/.test(s)) {
    const clean = w.cal.decimalComma ? s.replace(/\.(?=\d{3}(?!\d))/g, "").replace(",", ".") : s.replace(/,/g, "");
    const n = Number(clean);
    return Number.isFinite(n) ? n : null;
  }
  const direct = w.numbers.get(s);
  if (direct !== undefined) return direct;
  for (const j of w.cal.tensJoiners) {
    const k = s.indexOf(lowerSquashedApostrophes(j) || j);
    if (k > 0) {
      const t = w.numbers.get(s.slice(0, k).trim());
      const u = w.numbers.get(s.slice(k + (lowerSquashedApostrophes(j) || j).length).trim());
      if (t !== undefined && u !== undefined) return t + u;
    }
  }
  return null;
}

/** The word just before `pos` (lower-cased), skipping spaces; "" at the start of the text. */
export function wordBefore(text: string, pos: number): string {
  const m = /([\p{L}\p{N}'’.$€£#%-]+)\s*$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? lowerSquashedApostrophes(m[1]!) : "";
}

/** The word just after `pos` (lower-cased), skipping spaces. */
export function wordAfter(text: string, pos: number): string {
  const m = /^\s*([\p{L}\p{N}'’%$-]+)/u.exec(text.slice(pos, pos + 40));
  return m ? lowerSquashedApostrophes(m[1]!) : "";
}

/** Spaces between words: a line break of wrapped text among them, never a blank line (a paragraph). */
const GAP = "[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?";

/** A list's regex for phraseBefore, and the last words its phrases end with (null when one ends in a sign). */
const beforeRe = new WeakMap<readonly string[], { re: RegExp; lastWords: Set<string> | null }>();
const afterRe = new WeakMap<readonly string[], RegExp>();

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** The letters and digits that end `s` before `end` (after skipping white space back from it), lower-cased. */
function lastWord(s: string, end: number): string {
  let i = end;
  while (i > 0 && /\s/.test(s[i - 1]!)) i--;
  const stop = i;
  while (i > 0 && isWordCode(s.charCodeAt(i - 1))) i--;
  return s.slice(i, stop).toLowerCase();
}

/**
 * The phrase of `phrases` (whole words, any case) that ends right before `pos`, spaces (and one
 * line break, see GAP) between allowed (`gap` says how: "any" none or more; "space" at least one
 * after a phrase that ends in a letter or digit ("mid-2015" needs none); "spaces" at least one
 * always): its start and its normalised text. Null when none does. The word before `pos` is
 * looked up among the phrases' last words first, so most calls end without a regex.
 */
export function phraseBefore(text: string, pos: number, phrases: readonly string[], gap: "space" | "spaces" | "any" = "any"): { start: number; phrase: string } | null {
  let c = beforeRe.get(phrases);
  if (!c) {
    const ends = phrases.map((ph) => lastWord(ph, ph.length));
    const signEnd = phrases.some((ph, i) => !ph.length || !isWordCode(ph.charCodeAt(ph.length - 1)) || ph.endsWith("*") || !ends[i]);
    c = { re: new RegExp(`${B}(${alt(phrases)})${GAP}$`, "iu"), lastWords: signEnd ? null : new Set(ends) };
    beforeRe.set(phrases, c);
  }
  if (c.lastWords && !c.lastWords.has(lastWord(text, pos))) return null;
  const from = Math.max(0, pos - 64);
  const m = c.re.exec(text.slice(from, pos));
  if (!m) return null;
  if (gap !== "any" && !/\s$/.test(m[0]) && (gap === "spaces" || /[\p{L}\p{N}]$/u.test(m[1]!))) return null;
  return { start: from + m.index, phrase: lowerSquashedApostrophes(m[1]!) };
}

/** The phrase of `phrases` that starts right after `pos` (after optional spaces, as above): its end and text. */
export function phraseAfter(text: string, pos: number, phrases: readonly string[]): { end: number; phrase: string } | null {
  let re = afterRe.get(phrases);
  if (!re) {
    re = new RegExp(`^${GAP}(${alt(phrases)})${E}`, "iu");
    afterRe.set(phrases, re);
  }
  const m = re.exec(text.slice(pos, pos + 64));
  if (!m) return null;
  return { end: pos + m[0].length, phrase: lowerSquashedApostrophes(m[1]!) };
}
