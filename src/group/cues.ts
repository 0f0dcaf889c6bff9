// The word lists story grouping reads: data/<lang>/stopwords.json for every language, merged once
// and cached. Grouping is language-blind (a story may mix languages), so the lists are unions.
import { lexicon } from "../lexicon.js";
import { escapeRe } from "../regex.js";
import { LANGUAGES } from "../text/languages.js";
import { fold } from "../text/fold.js";

interface StopwordFile {
  words: string[];
  months: Record<string, number>;
  weekdays: string[];
  nameTitles: string[];
  nameConnectors: string[];
  nameEnds?: Record<string, string>;
  nameStarts?: Record<string, string>;
  agePrefixes?: string[];
  ageSuffixes?: string[];
  ageBefore?: string[];
}

export interface GroupCues {
  /** Function words and news filler: never terms, never names. */
  stopwords: Set<string>;
  /** Month name or abbreviation (folded) → month number 1–12. */
  months: Map<string, number>;
  weekdays: Set<string>;
  /** Capitalized words that do not identify anyone ("President", "The"). */
  nameTitles: Set<string>;
  /** Lower-case words allowed inside a name ("of", "de"). */
  nameConnectors: Set<string>;
  /** Abbreviation → whole word, at the end of a name of several words ("st" → "street"). */
  nameEnds: Map<string, string>;
  /** The same at the start of such a name ("st" → "saint"). */
  nameStarts: Map<string, string>;
  /** An age right after a name: ", 32,", " (32)", ", aged 32,", ", de 32 años,". */
  ageAfter: RegExp;
  /** An age right before a name: "32-year-old", "a 32-year-old man," (null: none listed). */
  ageBefore: RegExp | null;
  /** Stopwords, weekdays and months: never terms. */
  nonTerms: Set<string>;
  /** Nouns whose counts change as a story develops (the dead, the injured, people), folded:
   * data/<lang>/reconcile.json "people". A number counting them is not a key. */
  countedPeople: Set<string>;
}

let cached: GroupCues | undefined;

export function groupCues(): GroupCues {
  if (cached) return cached;
  const c: GroupCues = {
    stopwords: new Set(),
    months: new Map(),
    weekdays: new Set(),
    nameTitles: new Set(),
    nameConnectors: new Set(),
    nameEnds: new Map(),
    nameStarts: new Map(),
    ageAfter: /$^/,
    ageBefore: null,
    nonTerms: new Set(),
    countedPeople: new Set(),
  };
  for (const lang of LANGUAGES) {
    const f = lexicon<StopwordFile>(lang, "stopwords");
    for (const w of f.words) c.stopwords.add(fold(w));
    for (const [w, m] of Object.entries(f.months)) c.months.set(fold(w), m);
    for (const w of f.weekdays) c.weekdays.add(fold(w));
    for (const w of f.nameTitles) c.nameTitles.add(fold(w));
    for (const w of f.nameConnectors) c.nameConnectors.add(fold(w));
    for (const [w, x] of Object.entries(f.nameEnds ?? {})) c.nameEnds.set(fold(w), fold(x));
    for (const [w, x] of Object.entries(f.nameStarts ?? {})) c.nameStarts.set(fold(w), fold(x));
  }
  const pre: string[] = [];
  const suf: string[] = [];
  const before: string[] = [];
  for (const lang of LANGUAGES) {
    const f = lexicon<StopwordFile>(lang, "stopwords");
    pre.push(...(f.agePrefixes ?? []));
    suf.push(...(f.ageSuffixes ?? []));
    before.push(...(f.ageBefore ?? []));
  }
  const alt = (ws: string[]) => ws.map((w) => escapeRe(w).replace(/[- ]/g, "[- ]")).join("|");
  c.ageAfter = new RegExp(`^\\s*[,(]\\s*(?:(?:${alt(pre) || "$^"})\\s+)?\\d{1,3}(?:\\s+(?:${alt(suf) || "$^"}))?\\s*[,.;:)]`, "iu");
  c.ageBefore = before.length ? new RegExp(`\\b\\d{1,3}[- ]?(?:${alt(before)})(?:\\s+\\p{Ll}+){0,2}\\s*,?\\s*$`, "iu") : null;
  for (const lang of LANGUAGES) for (const w of lexicon<{ people: string[] }>(lang, "reconcile").people) c.countedPeople.add(fold(w).split(/\s+/).pop()!);
  for (const w of c.stopwords) c.nonTerms.add(w);
  for (const w of c.weekdays) c.nonTerms.add(w);
  for (const w of c.months.keys()) c.nonTerms.add(w);
  cached = c;
  return c;
}

/** Whether the name at text[start, end) comes with an age: "Jamaine Sutton, 32," or "42-year-old
 * Terry Harris" (cues from data/<lang>/stopwords.json). */
export function agedAt(text: string, start: number, end: number, c: GroupCues = groupCues()): boolean {
  if (!(start >= 0 && end > start && end <= text.length)) return false;
  if (c.ageAfter.test(text.slice(end, end + 32))) return true;
  return c.ageBefore !== null && c.ageBefore.test(text.slice(Math.max(0, start - 48), start));
}
