// The word lists story grouping reads: data/<lang>/stopwords.json for every language, merged once
// and cached. Grouping is language-blind (a story may mix languages), so the lists are unions.
import { lexicon } from "../lexicon.js";
import { LANGUAGES } from "../text/languages.js";
import { fold } from "../text/fold.js";

interface StopwordFile {
  words: string[];
  months: Record<string, number>;
  weekdays: string[];
  nameTitles: string[];
  nameConnectors: string[];
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
  }
  for (const lang of LANGUAGES) for (const w of lexicon<{ people: string[] }>(lang, "reconcile").people) c.countedPeople.add(fold(w).split(/\s+/).pop()!);
  for (const w of c.stopwords) c.nonTerms.add(w);
  for (const w of c.weekdays) c.nonTerms.add(w);
  for (const w of c.months.keys()) c.nonTerms.add(w);
  cached = c;
  return c;
}
