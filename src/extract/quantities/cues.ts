// The word lists figure extraction reads (data/<lang>/quantities.json and quantities-units.json),
// compiled once per language into sets, maps and anchored regular expressions.
import { lexicon } from "../../lexicon.js";
import type { Lang } from "../../model.js";
import type { Hedge } from "../../report/schema.js";
import { Phrases } from "./phrases.js";
import { tokenize } from "./tokens.js";
import { WordSet } from "./wordset.js";
import { escapeRe } from "../../regex.js";
import { lowerSquashed } from "../../text/fold.js";

interface QuantityFile {
  numberWords: Record<string, number>;
  tens: string[];
  multipliers: Record<string, number>;
  scales: Record<string, number>;
  attachedScales: Record<string, number>;
  ambiguousAttachedScales: string[];
  articles: string[];
  numberJoiners: string[];
  bareScales: string[];
  headFirst: boolean;
  oneNotFigure: { next: string[]; previous: string[]; speechVerbs: string[]; never?: string[] };
  vaguePlurals: Record<string, number>;
  vagueNeedOf: string[];
  vagueFew: string[];
  fractions: Record<string, number>;
  fractionNumerators: string[];
  fractionOutOf: string[];
  hedges: Record<Hedge, string[]>;
  hedgesAfter: Partial<Record<Hedge, string[]>>;
  signWords: string[];
  trends: { up: string[]; down: string[] };
  trendFillers: string[];
  trendNotAfter: string[];
  trendParticles: string[];
  alternatives: string[];
  ranges: { between: string[]; betweenJoin: string[]; join: string[]; sameKindJoin: string[] };
  months: string[];
  weekdays: string[];
  dateJoiners: string[];
  timeAfter: string[];
  timeBefore: string[];
  yearCues: string[];
  yearRange: [number, number];
  yearRangeCued: [number, number];
  eraBefore: string[];
  eraAfter: string[];
  quantityLeads: string[];
  ageBefore: string[];
  ageAfter: string[];
  ageUnits?: string[];
  ageNotYears: string[];
  ageMax: number;
  labelNouns: string[];
  streetWords: string[];
  notNames: string[];
  countedStop: string[];
  notPlural: string[];
  irregularPlurals: string[];
  personNouns: string[];
  demonymSuffixes: string[];
  adverbSuffixes: string[];
  hyphenPrefixes: string[];
  ordinalSuffixes: string[];
  ofWords: string[];
  peopleBeforeOf?: string[];
  determiners: string[];
  nameJoiners: string[];
  fromWords: string[];
}

interface UnitFile {
  symbols: Record<string, string>;
  attachedOnly: string[];
  words: Record<string, string>;
  currencyBefore: Record<string, string>;
  currencyAfter: Record<string, string>;
  currencyWords: Record<string, string>;
  currencyIfScaled: Record<string, [string, string]>;
  perWords: string[];
  perNouns: Record<string, string>;
  unitBefore: Record<string, string>;
  unitBeforeLinks?: string[];
  signedTrendUnits: string[];
  peopleUnit: string;
  fractionUnit: string;
}

export interface QuantityCues {
  lang: Lang;
  numberWords: Map<string, number>;
  tens: Set<string>;
  multipliers: Map<string, number>;
  scales: Map<string, number>;
  /** Longest scale phrase in words ("mil millones" is 2). */
  scaleWords: number;
  attachedScales: Map<string, number>;
  ambiguousScales: Set<string>;
  articles: Set<string>;
  joiners: Set<string>;
  bareScales: Set<string>;
  headFirst: boolean;
  one: { next: Set<string>; previous: Set<string>; speech: Set<string>; never: Set<string> };
  vaguePlurals: Map<string, number>;
  /** First words of vague plurals longer than one word ("miles" of "miles de millones"). */
  vagueLong: Set<string>;
  vagueNeedOf: Set<string>;
  vagueFew: string[][];
  fractions: Map<string, number>;
  fractionNumerators: Set<string>;
  fractionOutOf: string[][];
  /** Hedge phrases written before a figure. */
  hedgeBefore: Phrases<Hedge>;
  hedgeAfter: RegExp;
  hedgeKind: Map<string, Hedge>;
  signWords: Set<string>;
  trendVerbs: Phrases<"up" | "down">;
  /** Words allowed between a trend verb and its figure ("rose by", "fell a further"). */
  trendFillers: Set<string>;
  trendNotAfter: Set<string>;
  trendParticles: Set<string>;
  alternative: RegExp;
  rangeBetween: Phrases;
  betweenJoin: Set<string>;
  rangeJoin: Set<string>;
  /** Anything that joins a number to a dropped one before it ("Sept. 20-24", "in 2014 or 2015"). */
  dropJoin: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  dateJoiners: Set<string>;
  timeAfter: RegExp;
  timeBefore: Phrases;
  yearCue: Phrases;
  yearMin: number;
  yearMax: number;
  yearMinCued: number;
  yearMaxCued: number;
  eraBefore: Phrases;
  eraAfter: Phrases;
  quantityLead: Phrases;
  ageBefore: Phrases;
  ageAfter: RegExp;
  ageUnits: Set<string>;
  ageNotYears: Set<string>;
  ageMax: number;
  label: Phrases;
  streetWords: Set<string>;
  /** Lower-case words that are never the name part of "Boeing 737". */
  notNames: Set<string>;
  countedStop: Set<string>;
  notPlural: Set<string>;
  irregularPlurals: Set<string>;
  personNouns: Set<string>;
  demonymSuffixes: string[];
  adverbSuffixes: string[];
  hyphenPrefixes: Set<string>;
  ordinalSuffixes: Set<string>;
  /** "of", "de": between a scaled or vague number and what it counts. */
  ofWords: Set<string>;
  /** Nouns of a body of people whose size follows "of": "a crew of 21", "a crowd of 5,000". */
  peopleBeforeOf: Set<string>;
  determiners: Set<string>;
  nameJoiners: Set<string>;
  fromWords: Set<string>;
  /** Units in which a written "+" or "-" states a change ("+0.2%"). */
  signedTrendUnits: Set<string>;
  /** Unit written against or after the digits (sticky; group 1 the separator, group 2 the unit). */
  unitSymbol: RegExp;
  unitWord: RegExp;
  unitOf: Map<string, { unit: string; kind: "measure" | "currency" }>;
  /** First words of the unit words (lower case): no need to try unitWord unless one follows. */
  unitFirstWords: Set<string>;
  symbolUnits: Map<string, string>;
  attachedOnly: Set<string>;
  currencyIfScaled: Map<string, [string, string]>;
  currencyBefore: RegExp;
  currencyCode: Map<string, string>;
  per: RegExp;
  perNouns: Map<string, string>;
  /** Units written before the number ("magnitude 6.4"). */
  unitBefore: Map<string, string>;
  /** Words that may stand between a unit written first and its number ("magnitude of 6.4"). */
  unitBeforeLinks: Set<string>;
  peopleUnit: string;
  fractionUnit: string;
  /** Words a numeral can start with (anything else is skipped at once). */
  wordStarters: Set<string>;
  /** The same as a trie, for the tokenizer (no string per word). */
  starterSet: WordSet;
  /** Cheap test: can this sentence hold a figure at all? (The pattern `mayHoldFigure` reads.) */
  maybe: RegExp;
  /** Single-word starters, for `mayHoldFigure`. */
  gateWords: WordSet;
  /** Starters of several words whose first word is no starter itself, or null. */
  gateRest: RegExp | null;
}

/** A phrase as a pattern: spaces match any run of whitespace. */
const phrase = (s: string) => escapeRe(s).replace(/ +/g, "\\s+");
const alts = (list: Iterable<string>) =>
  [...new Set(list)]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(phrase)
    .join("|");
const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
/** Matches a phrase at a given position (sticky): set lastIndex first. */
const startsWith = (list: Iterable<string>, lead = "\\s*") => new RegExp(`${lead}(${alts(list)})(?![\\p{L}\\p{N}])`, "iuy");

const cache = new Map<Lang, QuantityCues>();

export function quantityCues(lang: Lang): QuantityCues {
  let c = cache.get(lang);
  if (!c) {
    c = compile(lang, lexicon<QuantityFile>(lang, "quantities"), lexicon<UnitFile>(lang, "quantities-units"));
    cache.set(lang, c);
  }
  return c;
}

function compile(lang: Lang, q: QuantityFile, u: UnitFile): QuantityCues {
  const hedgeKind = new Map<string, Hedge>();
  for (const [k, list] of Object.entries(q.hedges) as [Hedge, string[]][]) for (const w of list) hedgeKind.set(lowerSquashed(w), k);
  for (const [k, list] of Object.entries(q.hedgesAfter) as [Hedge, string[]][]) for (const w of list) hedgeKind.set(lowerSquashed(w), k);
  const trendVerbs = new Phrases<"up" | "down">([...q.trends.up.map((w) => [w, "up"] as const), ...q.trends.down.map((w) => [w, "down"] as const)], lang);

  const unitOf = new Map<string, { unit: string; kind: "measure" | "currency" }>();
  for (const [w, unit] of Object.entries(u.words)) unitOf.set(lowerSquashed(w), { unit, kind: "measure" });
  for (const [w, unit] of Object.entries(u.currencyWords)) unitOf.set(lowerSquashed(w), { unit, kind: "currency" });
  const symbolUnits = new Map<string, string>();
  for (const [s, unit] of Object.entries(u.symbols)) symbolUnits.set(s, unit);
  for (const [s, unit] of Object.entries(u.currencyAfter)) symbolUnits.set(s, unit);
  const symbolKind = new Set(Object.keys(u.currencyAfter));
  for (const s of symbolKind) unitOf.set(`sym:${s}`, { unit: u.currencyAfter[s]!, kind: "currency" });

  const currencyCode = new Map<string, string>();
  for (const [s, code] of Object.entries(u.currencyBefore)) currencyCode.set(s.replace(/\s+/g, ""), code);
  // "US $58.24", "$US55,931,000", "S/ 500", "RM79": the symbol may be followed by a space.
  const currencyBefore = new RegExp(
    `(?:^|[^\\p{L}\\p{N}$])(${[...Object.keys(u.currencyBefore)]
      .sort((a, b) => b.length - a.length)
      .map((s) => escapeRe(s).replace(/ +/g, "\\s?"))
      .join("|")})\\s?$`,
    "u",
  );

  const numberWords = new Map(Object.entries(q.numberWords));
  const scales = new Map(Object.entries(q.scales).map(([k, v]) => [lowerSquashed(k), v] as const));
  const vaguePlurals = new Map(Object.entries(q.vaguePlurals).map(([k, v]) => [lowerSquashed(k), v] as const));
  const fractions = new Map(Object.entries(q.fractions));
  const multipliers = new Map(Object.entries(q.multipliers));
  const months = lower(q.months);
  const hedgeWords = Object.values(q.hedges).flat();
  const trendWords = [...q.trends.up, ...q.trends.down];

  const notNames = lower([...q.notNames, ...q.countedStop, ...q.timeBefore]);
  for (const w of [...hedgeWords, ...trendWords]) for (const part of w.toLowerCase().split(/\s+/)) notNames.add(part);
  for (const w of [...numberWords.keys(), ...q.articles, ...Object.keys(q.vaguePlurals), ...q.vagueFew.flatMap((p) => p.split(" "))]) notNames.add(w.toLowerCase());

  // Words that can start a figure: digits, number words, vague plurals, bare scales, fractions.
  const starters = [
    ...numberWords.keys(),
    ...Object.keys(q.vaguePlurals).map((w) => w.split(" ")[0]!),
    ...q.bareScales,
    ...Object.keys(q.multipliers),
    ...Object.keys(q.scales),
    ...Object.keys(q.fractions),
  ];
  // (no "u" flag: a Latin letter class is enough here and the test runs on every sentence)
  const wordStarters = new Set(
    [...starters, ...q.articles, ...q.vagueFew.map((p) => p.split(/\s+/)[0]!), ...q.fractionNumerators].map((w) => w.toLowerCase()),
  );
  // the gate below reads single words; a starter of several words whose first word starts
  // nothing by itself ("mil millones" starts with "mil", which does) needs the pattern
  const startersLow = new Set(starters.map((w) => w.toLowerCase()));
  const gateWords = new WordSet([...startersLow].filter((w) => /^[a-z\u00C0-\u024F]+$/.test(w)));
  const rest = [...startersLow].filter((w) => !/^[a-z\u00C0-\u024F]+$/.test(w) && !startersLow.has(w.split(/[^a-z\u00C0-\u024F]/)[0]!));
  const maybe = new RegExp(`\\d|(?<![a-zA-Z\\u00C0-\\u024F])(?:${alts(starters)})(?![a-zA-Z\\u00C0-\\u024F])`, "i");

  const symbolList = [...symbolUnits.keys()];
  return {
    lang,
    numberWords,
    tens: lower(q.tens),
    multipliers,
    scales,
    scaleWords: Math.max(1, ...[...scales.keys()].map((k) => k.split(" ").length)),
    attachedScales: new Map(Object.entries(q.attachedScales)),
    ambiguousScales: new Set(q.ambiguousAttachedScales),
    articles: lower(q.articles),
    joiners: lower(q.numberJoiners),
    bareScales: lower(q.bareScales),
    headFirst: q.headFirst,
    one: {
      next: lower(q.oneNotFigure.next),
      previous: lower(q.oneNotFigure.previous),
      speech: lower(q.oneNotFigure.speechVerbs),
      never: lower(q.oneNotFigure.never ?? []),
    },
    vaguePlurals,
    vagueLong: new Set([...vaguePlurals.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!)),
    vagueNeedOf: lower(q.vagueNeedOf),
    vagueFew: q.vagueFew.map((p) => p.toLowerCase().split(/\s+/)),
    fractions,
    fractionNumerators: lower(q.fractionNumerators),
    fractionOutOf: q.fractionOutOf.map((p) => p.toLowerCase().split(/\s+/)),
    hedgeBefore: new Phrases<Hedge>(
      (Object.entries(q.hedges) as [Hedge, string[]][]).flatMap(([k, list]) => list.map((w) => [w, k] as const)),
      lang,
    ),
    hedgeAfter: new RegExp(`(\\s*,?\\s*)(${alts(Object.values(q.hedgesAfter).flat())})(?![\\p{L}\\p{N}])`, "iuy"),
    hedgeKind,
    signWords: lower(q.signWords),
    trendVerbs,
    trendFillers: new Set(q.trendFillers.flatMap((f) => f.toLowerCase().split(/\s+/))),
    trendNotAfter: lower(q.trendNotAfter),
    trendParticles: lower(q.trendParticles),
    alternative: new RegExp(`^\\s*(?:${alts(q.alternatives)})\\s*$`, "iu"),
    rangeBetween: Phrases.of(q.ranges.between, lang),
    betweenJoin: lower(q.ranges.betweenJoin),
    rangeJoin: lower(q.ranges.join),
    dropJoin: lower([...q.ranges.join, ...q.ranges.betweenJoin, ...q.ranges.sameKindJoin, "/"]),
    months,
    weekdays: lower(q.weekdays),
    dateJoiners: lower(q.dateJoiners),
    timeAfter: new RegExp(`\\s?(${alts(q.timeAfter)})(?![\\p{L}\\p{N}])`, "iuy"),
    timeBefore: Phrases.of(q.timeBefore, lang),
    yearCue: Phrases.of(q.yearCues, lang),
    yearMin: q.yearRange[0],
    yearMax: q.yearRange[1],
    yearMinCued: q.yearRangeCued[0],
    yearMaxCued: q.yearRangeCued[1],
    eraBefore: Phrases.of(q.eraBefore, lang),
    eraAfter: Phrases.of(q.eraAfter, lang),
    quantityLead: Phrases.of(q.quantityLeads, lang),
    ageBefore: Phrases.of(q.ageBefore, lang),
    ageAfter: startsWith(q.ageAfter, "\\s*-?\\s*"),
    ageUnits: lower(q.ageUnits ?? []),
    ageNotYears: lower(q.ageNotYears),
    ageMax: q.ageMax,
    label: Phrases.of(q.labelNouns, lang),
    streetWords: lower(q.streetWords),
    notNames,
    countedStop: lower(q.countedStop),
    notPlural: lower(q.notPlural),
    irregularPlurals: lower(q.irregularPlurals),
    personNouns: lower(q.personNouns),
    demonymSuffixes: q.demonymSuffixes,
    adverbSuffixes: q.adverbSuffixes,
    hyphenPrefixes: lower(q.hyphenPrefixes),
    ordinalSuffixes: new Set(q.ordinalSuffixes),
    ofWords: lower(q.ofWords),
    peopleBeforeOf: lower(q.peopleBeforeOf ?? []),
    determiners: lower(q.determiners),
    nameJoiners: lower(q.nameJoiners),
    fromWords: lower(q.fromWords),
    signedTrendUnits: new Set(u.signedTrendUnits),
    unitSymbol: new RegExp(`(\\s?|-)(${symbolList.sort((a, b) => b.length - a.length).map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "uy"),
    unitWord: new RegExp(
      `(\\s+|\\s*-\\s*|\\s+(?:${alts(q.ofWords)})\\s+)(${alts([...Object.keys(u.words), ...Object.keys(u.currencyWords), ...Object.keys(u.currencyIfScaled)])})(?![\\p{L}\\p{N}])`,
      "iuy",
    ),
    unitOf,
    unitFirstWords: new Set(
      [...Object.keys(u.words), ...Object.keys(u.currencyWords), ...Object.keys(u.currencyIfScaled)].map((w) => tokenize(w, lang)[0]?.low ?? ""),
    ),
    symbolUnits,
    attachedOnly: new Set(u.attachedOnly),
    currencyIfScaled: new Map(Object.entries(u.currencyIfScaled)),
    currencyBefore,
    currencyCode,
    per: new RegExp(
      `(?:\\s*\\/\\s*|\\s+(?:${alts(u.perWords.filter((w) => w !== "/"))})\\s+)(${alts(Object.keys(u.perNouns))})(?![\\p{L}\\p{N}])`,
      "iuy",
    ),
    perNouns: new Map(Object.entries(u.perNouns).map(([k, v]) => [lowerSquashed(k), v] as const)),
    unitBefore: new Map(Object.entries(u.unitBefore).map(([k, v]) => [k.toLowerCase(), v] as const)),
    unitBeforeLinks: new Set((u.unitBeforeLinks ?? []).map((w) => w.toLowerCase())),
    peopleUnit: u.peopleUnit,
    fractionUnit: u.fractionUnit,
    maybe,
    wordStarters,
    starterSet: new WordSet(wordStarters),
    gateWords,
    gateRest: rest.length > 0 ? new RegExp(`(?<![a-zA-Z\\u00C0-\\u024F])(?:${alts(rest)})(?![a-zA-Z\\u00C0-\\u024F])`, "i") : null,
  };
}

/** Letters as the gate's pattern sees them: [a-zA-Z\u00C0-\u024F], case-insensitively. */
const RUN = /[a-zA-Z\u00C0-\u024F]/i;
const runCache = new Int8Array(0x10000);
function isRunLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return true;
  let v = runCache[code]!;
  if (v === 0) runCache[code] = v = RUN.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

/**
 * Can this sentence hold a figure at all? Answers what `c.maybe.test(text)` would — a digit, or
 * a starter word standing alone — in one pass over the characters with no string built.
 */
export function mayHoldFigure(text: string, c: QuantityCues): boolean {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (!isRunLetter(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isRunLetter(text.charCodeAt(j))) j++;
    if (c.gateWords.hasSpan(text, i, j)) return true;
    i = j;
  }
  return c.gateRest !== null && c.gateRest.test(text);
}

