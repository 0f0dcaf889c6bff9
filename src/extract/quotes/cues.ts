// The cue words of quotation attribution (data/<lang>/quotes.json), compiled once per language into
// sets and phrase indexes. Nothing else in quotes/ knows where the words come from.
import { lexicon } from "../../lexicon.js";
import type { Lang } from "../../model.js";
import { LANGUAGES } from "../../text/languages.js";

interface QuoteLexicon {
  verbs: string[];
  invertible: string[];
  participleSuffixes: string[];
  accordingTo: string[];
  agreementVerbs: string[];
  creditCues: string[];
  conduits: string[];
  personPronouns: string[];
  thingPronouns: string[];
  pluralPronouns: string[];
  documents: string[];
  media: string[];
  mediaNouns: string[];
  auxiliaries: string[];
  adverbSuffixes: string[];
  determiners: string[];
  prepositions: string[];
  nounPrepositions: string[];
  clauseWords: string[];
  coordinators: string[];
  titleCues: string[];
  namingCues: string[];
  titleSmallWords: string[];
  prodrop: boolean;
  passiveAuxiliaries: string[];
  adverbExceptions: string[];
  verbSuffixes: string[];
  relativePronouns: string[];
  clauseStarters: string[];
  pronounGender: Record<string, Gender>;
  genderTitles: Record<string, Gender>;
  absoluteMarkers: string[];
  personNouns: string[];
  genderNouns: Record<string, Gender>;
  timeWords: string[];
  infinitiveMarkers: string[];
  definiteArticles: string[];
  orgNouns: string[];
  orgNounForms: Record<string, string[]>;
  titleAbbreviations: Record<string, string>;
  nameTitles: string[];
}

export type Gender = "male" | "female";

interface NameLexicon {
  female: string[];
  male: string[];
}

interface Abbreviations {
  titles: string[];
  others: string[];
}

/** Phrases (lists of lower-case words) indexed by their first word, longest first. */
export type PhraseIndex = Map<string, string[][]>;

export interface QuoteCues {
  lang: Lang;
  /** Attribution verbs, one word or several ("put it", "ha dicho"). Matched case-sensitively on lower-case text. */
  verbs: PhraseIndex;
  /** Verbs that may come before their subject ("…," said Kast); null = every verb (Spanish). */
  invertible: Set<string> | null;
  participleSuffixes: string[];
  accordingTo: PhraseIndex;
  /** Verbs that make an according-to phrase after them an agreement ("estuvo de acuerdo con"). */
  agreementVerbs: Set<string>;
  /** Words that open a photo credit ("Photo:", "Foto de"): a name in a credit never speaks (both languages). */
  creditCues: Set<string>;
  conduits: PhraseIndex;
  personPronouns: Set<string>;
  thingPronouns: Set<string>;
  pluralPronouns: Set<string>;
  documents: Set<string>;
  /** Outlet names (both languages: outlets are named the same whatever the article's language). */
  media: Set<string>;
  mediaNouns: Set<string>;
  auxiliaries: Set<string>;
  adverbSuffixes: string[];
  determiners: Set<string>;
  prepositions: Set<string>;
  nounPrepositions: Set<string>;
  clauseWords: Set<string>;
  coordinators: Set<string>;
  titleCues: PhraseIndex;
  namingCues: PhraseIndex;
  titleSmallWords: Set<string>;
  /** Subjects may be left out ("«…», dijo."): resolve like a pronoun. */
  prodrop: boolean;
  /** "was declared": a passive reporting verb names no speaker. */
  passiveAuxiliaries: Set<string>;
  /** Words with an adverb's ending that are not adverbs ("family", "elderly"). */
  adverbExceptions: Set<string>;
  /** Endings that mark a lower-case word as a verb in a noun phrase read forward ("The United States issued"). */
  verbSuffixes: string[];
  /** "A woman who witnessed the attack said": the phrase before the relative clause is the subject. */
  relativePronouns: Set<string>;
  /** Words (and marks) that open a clause: a participle's subject is the subject of the clause it follows. */
  clauseStarters: Set<string>;
  /** he → male, ella → female. */
  pronounGender: Map<string, Gender>;
  /** First names and titles ("Mrs.", "don") that tell a person's gender (both languages' lists). */
  genderWords: Map<string, Gender>;
  /** What stands before a participle's own subject ("with X warning", ", an inside source calling"). */
  absoluteMarkers: Set<string>;
  /** Nouns that describe a person ("a neighbour", "the spokeswoman"): such a description can stand for he/she. */
  personNouns: Set<string>;
  /** Nouns that tell a described person's gender ("the actress", "la ministra"). */
  genderNouns: Map<string, Gender>;
  /** Words of time phrases that stand between an inverted verb and its subject ("dijo este viernes la ministra"). */
  timeWords: Set<string>;
  /** "went on to say": the verb's subject is the clause's. */
  infinitiveMarkers: Set<string>;
  /** "the", "el", "la": a description that starts with one may stand for someone named before. */
  definiteArticles: Set<string>;
  /** Nouns of organisations ("company", "ministry", "police", "empresa"): "the company" is the one organisation named. */
  orgNouns: Set<string>;
  /** Other forms of an organisation noun found in names ("police" → "policía"; "department" → "dept"). */
  orgNounForms: Map<string, string[]>;
  /** Title abbreviations and their word ("gov" → "governor"): "the governor" is "Gov. Sarah Palin". */
  titleAbbreviations: Map<string, string>;
  /** Title words that are not person nouns ("chief", "executive", "interim"): a name never opens with one. */
  nameTitles: Set<string>;
  /** Abbreviations that keep their period inside a token ("Mr.", "Lt.", "Jr."), lower-case, no period. */
  abbreviations: Set<string>;
}

/** Splits a cue phrase into the words the tokenizer produces ("so-called" stays one word). */
export function phraseWords(p: string): string[] {
  return p.toLowerCase().split(/\s+/).filter(Boolean);
}

function phraseIndex(list: readonly string[]): PhraseIndex {
  const idx: PhraseIndex = new Map();
  for (const p of list) {
    const words = phraseWords(p);
    const first = words[0];
    if (!first) continue;
    let arr = idx.get(first);
    if (!arr) idx.set(first, (arr = []));
    arr.push(words);
  }
  for (const arr of idx.values()) arr.sort((a, b) => b.length - a.length);
  return idx;
}

const lower = (l: readonly string[]) => new Set(l.map((w) => w.toLowerCase()));

/** Titles and name abbreviations of both languages (data/<lang>/abbreviations.json, shared with the sentence splitter). */
function abbreviations(): Set<string> {
  const out = new Set<string>(["jr", "sr"]);
  for (const l of LANGUAGES) for (const w of lexicon<Abbreviations>(l, "abbreviations").titles) out.add(w.toLowerCase());
  return out;
}

function genderWords(titles: Record<string, Gender>): Map<string, Gender> {
  const out = new Map<string, Gender>(Object.entries(titles));
  for (const l of LANGUAGES) {
    const n = lexicon<NameLexicon>(l, "quotes-names");
    for (const w of n.female) out.set(w.toLowerCase(), "female");
    for (const w of n.male) out.set(w.toLowerCase(), "male");
  }
  return out;
}

const cache = new Map<Lang, QuoteCues>();

/** The compiled cues of a language (read from data/ on first use, then cached). */
export function quoteCues(lang: Lang): QuoteCues {
  let c = cache.get(lang);
  if (c) return c;
  const d = lexicon<QuoteLexicon>(lang, "quotes");
  const en = lexicon<QuoteLexicon>("en", "quotes");
  const es = lexicon<QuoteLexicon>("es", "quotes");
  c = {
    lang,
    verbs: phraseIndex(d.verbs),
    invertible: d.invertible.includes("*") ? null : lower(d.invertible),
    participleSuffixes: d.participleSuffixes,
    accordingTo: phraseIndex(d.accordingTo),
    agreementVerbs: lower(d.agreementVerbs),
    creditCues: lower([...en.creditCues, ...es.creditCues]),
    conduits: phraseIndex(d.conduits),
    personPronouns: lower(d.personPronouns),
    thingPronouns: lower(d.thingPronouns),
    pluralPronouns: lower(d.pluralPronouns),
    documents: lower(d.documents),
    media: lower([...en.media, ...es.media]),
    mediaNouns: lower([...en.mediaNouns, ...es.mediaNouns]),
    auxiliaries: lower(d.auxiliaries),
    adverbSuffixes: d.adverbSuffixes,
    determiners: lower(d.determiners),
    prepositions: lower(d.prepositions),
    nounPrepositions: lower(d.nounPrepositions),
    clauseWords: lower(d.clauseWords),
    coordinators: lower(d.coordinators),
    titleCues: phraseIndex(d.titleCues),
    namingCues: phraseIndex(d.namingCues),
    titleSmallWords: lower(d.titleSmallWords),
    prodrop: d.prodrop,
    passiveAuxiliaries: lower(d.passiveAuxiliaries),
    adverbExceptions: lower(d.adverbExceptions),
    verbSuffixes: d.verbSuffixes,
    relativePronouns: lower(d.relativePronouns),
    clauseStarters: lower(d.clauseStarters),
    abbreviations: abbreviations(),
    pronounGender: new Map(Object.entries(d.pronounGender)),
    genderWords: genderWords({ ...en.genderTitles, ...es.genderTitles }),
    absoluteMarkers: lower(d.absoluteMarkers),
    personNouns: lower(d.personNouns),
    genderNouns: new Map(Object.entries(d.genderNouns)),
    timeWords: lower(d.timeWords),
    infinitiveMarkers: lower(d.infinitiveMarkers),
    definiteArticles: lower(d.definiteArticles),
    orgNouns: lower(d.orgNouns),
    orgNounForms: new Map(Object.entries(d.orgNounForms)),
    titleAbbreviations: new Map(Object.entries(d.titleAbbreviations)),
    nameTitles: lower(d.nameTitles),
  };
  cache.set(lang, c);
  return c;
}
