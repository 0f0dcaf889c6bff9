// The word lists and the gazetteer the entity rules read, loaded once per process (lazily) and
// indexed for lookups by normalised token: cue words from data/<lang>/entities.json, outlets from
// data/{en,es}/entities-outlets.json, places from data/common/gazetteer.json (built by
// scripts/build-gazetteer.mjs), given names and common words.
import { lexicon } from "../../lexicon.js";
import type { Lang } from "../../model.js";
import { foldApostrophes } from "../../text/fold.js";
import { LANGUAGES } from "../../text/languages.js";

/** Splits a phrase the way the tokenizer does, folded: "Border Complex" → ["border", "complex"]. */
export function foldTokens(phrase: string): string[] {
  return foldApostrophes(phrase)
    .split(/[\s–—]+/)
    .filter(Boolean);
}

/** A common word, or its plural, or a hyphenated compound of common words ("migrants", "far-right"). */
export function isCommon(c: Cues, f: string): boolean {
  if (c.common.has(f)) return true;
  if (f.length > 3 && f.endsWith("s") && (c.common.has(f.slice(0, -1)) || (f.endsWith("es") && c.common.has(f.slice(0, -2))))) return true;
  return f.includes("-") && f.split("-").every((p) => c.common.has(p));
}

/** Multi-word phrases, indexed by their last token (rules read them backwards from a name). */
export class PhraseSet {
  private readonly byLast = new Map<string, string[][]>();
  readonly words = new Set<string>();
  /** first words of the phrases: a cheap test before startingAt */
  private readonly firsts = new Set<string>();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const t = foldTokens(p);
      const last = t[t.length - 1];
      if (!last) continue;
      this.firsts.add(t[0]!);
      let list = this.byLast.get(last);
      if (!list) this.byLast.set(last, (list = []));
      list.push(t);
      list.sort((a, b) => b.length - a.length);
      if (t.length === 1) this.words.add(last);
    }
  }
  /** Longest phrase ending at words[end-1], as its length in tokens; 0 when none. */
  endingAt(words: readonly string[], end: number): number {
    const list = this.byLast.get(words[end - 1] ?? "");
    if (!list) return 0;
    for (const p of list) {
      if (p.length > end) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = words[end - p.length + k] === p[k];
      if (ok) return p.length;
    }
    return 0;
  }
  /** Longest phrase starting at words[start], as its length in tokens; 0 when none. */
  startingAt(words: readonly string[], start: number): number {
    if (!this.firsts.has(words[start] ?? "")) return 0;
    let best = 0;
    for (let n = 1; n <= 4 && start + n <= words.length; n++) if (this.endingAt(words.slice(start, start + n), n) === n) best = n;
    return best;
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
}

export interface Cues {
  titles: PhraseSet;
  honorifics: Set<string>;
  roles: PhraseSet;
  modifiers: Set<string>;
  postModifiers: Set<string>;
  politicalPrefixes: Set<string>;
  orgHeads: PhraseSet;
  eventHeads: PhraseSet;
  /** words that open an event's name in English ("Hurricane Katrina", "Typhoon Haiyan") */
  eventPrefixes: PhraseSet;
  placeHeads: PhraseSet;
  placeBefore: PhraseSet;
  regionCues: Set<string>;
  placePrepositions: Set<string>;
  sourceCues: PhraseSet;
  platformCues: Set<string>;
  speechVerbs: Set<string>;
  particles: Set<string>;
  nameSuffixes: Set<string>;
  leadingWords: Set<string>;
  notNames: Set<string>;
  dates: Set<string>;
  groupArticles: Set<string>;
  groupFollowers: Set<string>;
  groupPreceders: Set<string>;
  common: Set<string>;
}

interface CueFile {
  titles: string[];
  honorifics: string[];
  roles: string[];
  modifiers: string[];
  postModifiers?: string[];
  politicalPrefixes: string[];
  orgHeads: string[];
  eventHeads: string[];
  eventPrefixes?: string[];
  placeHeads: string[];
  placeBefore: string[];
  regionCues: string[];
  placePrepositions: string[];
  sourceCues: string[];
  platformCues: string[];
  speechVerbs: string[];
  particles: string[];
  nameSuffixes: string[];
  leadingWords: string[];
  notNames: string[];
  months: string[];
  weekdays: string[];
  groupArticles: string[];
  groupFollowers: string[];
  groupPreceders?: string[];
}

/**
 * The words that begin a name and their abbreviations, each way (Saint and "St.", Fort and "Ft.",
 * Mount and "Mt.", Santa and "Sta." …): every language's nameStarts (data/<lang>/stopwords.json,
 * which story grouping reads too), for the gazetteer's names of any language.
 */
let abbreviatedCache: Map<string, string[]> | undefined;
function abbreviated(): Map<string, string[]> {
  if (abbreviatedCache) return abbreviatedCache;
  const out = new Map<string, string[]>();
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const push = (key: string, form: string) => {
    const list = out.get(key) ?? [];
    if (!list.includes(form)) list.push(form);
    out.set(key, list);
  };
  for (const lang of LANGUAGES)
    for (const [short, word] of Object.entries(lexicon<{ nameStarts?: Record<string, string> }>(lang, "stopwords").nameStarts ?? {})) {
      push(word, capital(short) + ".");
      push(short + ".", capital(word));
    }
  return (abbreviatedCache = out);
}

/**
 * The other ways a place's name is written: "St. Louis" as "Saint Louis", "St Louis" and "St . Louis"
 * (the tokenizer cuts the dot off "St." unless a title); "Fort Worth" as "Ft. Worth".
 */
function abbreviatedForms(name: string): string[] {
  const table = abbreviated();
  const words = name.split(" ");
  const k = words.findIndex((w) => table.has(w.toLowerCase()));
  if (k < 0) return [];
  const out = new Set<string>();
  for (const alt of [words[k]!, ...table.get(words[k]!.toLowerCase())!]) {
    const forms = alt.endsWith(".") ? [alt.slice(0, -1) + " .", alt.slice(0, -1)] : [alt];
    for (const f of forms) out.add([...words.slice(0, k), f, ...words.slice(k + 1)].join(" "));
  }
  out.delete(name);
  return [...out];
}

const set = (xs: readonly string[] | undefined) => new Set((xs ?? []).map((w) => foldApostrophes(w)));

/** "coach" → "coaches", "head coach" → "head coaches"; Spanish "ministro" → "ministros". */
function plural(phrase: string, lang: Lang): string {
  if (lang === "es") return /[aeiouáéó]$/.test(phrase) ? phrase + "s" : phrase + "es";
  if (/(s|sh|ch|x|z)$/.test(phrase)) return phrase + "es";
  if (/[^aeiou]y$/.test(phrase)) return phrase.slice(0, -1) + "ies";
  return phrase + "s";
}

const cueCache = new Map<Lang, Cues>();
export function cues(lang: Lang): Cues {
  let c = cueCache.get(lang);
  if (c) return c;
  const f = lexicon<CueFile>(lang, "entities");
  const common = lexicon<{ words: string }>(lang, "entities-common-words");
  c = {
    titles: new PhraseSet(f.titles),
    honorifics: set(f.honorifics),
    roles: new PhraseSet([...f.roles, ...f.roles.map((r) => plural(r, lang))]),
    modifiers: set(f.modifiers),
    postModifiers: set(f.postModifiers),
    politicalPrefixes: set(f.politicalPrefixes),
    orgHeads: new PhraseSet(f.orgHeads),
    eventHeads: new PhraseSet(f.eventHeads),
    eventPrefixes: new PhraseSet(f.eventPrefixes ?? []),
    placeHeads: new PhraseSet(f.placeHeads),
    placeBefore: new PhraseSet(f.placeBefore),
    regionCues: set(f.regionCues),
    placePrepositions: set(f.placePrepositions),
    sourceCues: new PhraseSet(f.sourceCues),
    platformCues: set(f.platformCues),
    speechVerbs: set(f.speechVerbs),
    particles: set(f.particles.filter((p) => !p.includes(" "))),
    nameSuffixes: set(f.nameSuffixes),
    leadingWords: set(f.leadingWords),
    notNames: set(f.notNames),
    dates: set([...f.months, ...f.weekdays]),
    groupArticles: set(f.groupArticles),
    groupFollowers: set(f.groupFollowers),
    groupPreceders: set(f.groupPreceders),
    common: new Set(common.words.split(" ")), // folded by scripts/build-gazetteer.mjs
  };
  cueCache.set(lang, c);
  return c;
}

/** Contexts that make an unknown capitalised name a place (data/<lang>/entities-places.json). */
export interface PlaceCues {
  /** region abbreviations without their dots, folded ("calif", "ny", "wva"), with whether the dot is needed */
  regionAbbreviations: Map<string, boolean>;
  postalCodes: Set<string>;
  institutionsAfter: PhraseSet;
  institutionsBefore: PhraseSet;
  peopleNouns: Set<string>;
  peopleDeterminers: Set<string>;
  placeOf: PhraseSet;
  nearPlace: PhraseSet;
  areaNouns: Set<string>;
  homeNouns: PhraseSet;
  homeDeterminers: Set<string>;
  placeSuffixes: Set<string>;
  trailingQualifiers: Set<string>;
  notPlaces: Set<string>;
  namePrefixes: Set<string>;
  placeNounsBeforeIn: PhraseSet;
  distanceUnits: Set<string>;
  appositionNouns: PhraseSet;
  streetHeads: Set<string>;
  personVerbs: Set<string>;
  leadingQualifiers: Set<string>;
  copulas: Set<string>;
  appositionDeterminers: Set<string>;
  appositionOneOf: PhraseSet;
  appositionFollowers: Set<string>;
  distanceHedges: Set<string>;
  distanceLinks: Set<string>;
  areaDeterminers: Set<string>;
  ageSuffixes: string[];
  countyHeads: Set<string>;
  ofLinks: Set<string>;
  modifierCoordinators: Set<string>;
  namedThingArticles: Set<string>;
  numberWords: Set<string>;
  trailingDebris: Set<string>;
}

interface PlaceCueFile {
  regionAbbreviations: string[];
  postalCodes: string[];
  institutionsAfter: string[];
  institutionsBefore: string[];
  peopleNouns: string[];
  peopleDeterminers: string[];
  placeOf: string[];
  nearPlace: string[];
  areaNouns: string[];
  homeNouns: string[];
  homeDeterminers: string[];
  placeSuffixes: string[];
  trailingQualifiers: string[];
  notPlaces: string[];
  namePrefixes: string[];
  placeNounsBeforeIn: string[];
  distanceUnits: string[];
  appositionNouns: string[];
  streetHeads: string[];
  personVerbs: string[];
  leadingQualifiers: string[];
  copulas: string[];
  appositionDeterminers: string[];
  appositionOneOf: string[];
  appositionFollowers: string[];
  distanceHedges: string[];
  distanceLinks: string[];
  areaDeterminers: string[];
  ageSuffixes: string[];
  countyHeads: string[];
  ofLinks: string[];
  modifierCoordinators: string[];
  namedThingArticles: string[];
  numberWords: string[];
  trailingDebris: string[];
}

/** "Calif." → "calif", "N.Y." → "ny", "W. Va." → "wva": how an abbreviation is compared. */
export function undotted(w: string): string {
  return foldApostrophes(w).replace(/[.\s]/g, "");
}

const placeCueCache = new Map<Lang, PlaceCues>();
export function placeCues(lang: Lang): PlaceCues {
  let c = placeCueCache.get(lang);
  if (c) return c;
  const f = lexicon<PlaceCueFile>(lang, "entities-places");
  // a dot is needed after a short abbreviation ("Mo.", "La."), which could be a word or a name without it
  const abbreviations = new Map(f.regionAbbreviations.map((a) => [undotted(a), undotted(a).length <= 3] as const));
  // the tokenizer splits a possessive off its word: "sheriff's office" is read as "sheriff office"
  const phrases = (xs: readonly string[]) => new PhraseSet(xs.map((x) => x.replace(/['’]s\b/g, "")));
  c = {
    regionAbbreviations: abbreviations,
    postalCodes: new Set(f.postalCodes),
    institutionsAfter: phrases(f.institutionsAfter),
    institutionsBefore: phrases(f.institutionsBefore),
    peopleNouns: set(f.peopleNouns),
    peopleDeterminers: set(f.peopleDeterminers),
    placeOf: phrases(f.placeOf),
    nearPlace: phrases(f.nearPlace),
    areaNouns: set(f.areaNouns),
    homeNouns: phrases(f.homeNouns),
    homeDeterminers: set(f.homeDeterminers),
    placeSuffixes: set(f.placeSuffixes),
    trailingQualifiers: set(f.trailingQualifiers),
    notPlaces: set(f.notPlaces),
    namePrefixes: set(f.namePrefixes),
    placeNounsBeforeIn: phrases(f.placeNounsBeforeIn),
    distanceUnits: set(f.distanceUnits),
    appositionNouns: phrases(f.appositionNouns),
    streetHeads: set(f.streetHeads),
    personVerbs: set(f.personVerbs),
    leadingQualifiers: set(f.leadingQualifiers),
    copulas: set(f.copulas),
    appositionDeterminers: set(f.appositionDeterminers),
    appositionOneOf: phrases(f.appositionOneOf),
    appositionFollowers: set(f.appositionFollowers),
    distanceHedges: set(f.distanceHedges),
    distanceLinks: set(f.distanceLinks),
    areaDeterminers: set(f.areaDeterminers),
    ageSuffixes: f.ageSuffixes.map((w) => foldApostrophes(w)),
    countyHeads: set(f.countyHeads),
    ofLinks: set(f.ofLinks),
    modifierCoordinators: set(f.modifierCoordinators),
    namedThingArticles: set(f.namedThingArticles),
    numberWords: set(f.numberWords),
    trailingDebris: set(f.trailingDebris),
  };
  placeCueCache.set(lang, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Lexicon entries: places, demonyms and outlets, matched as token sequences.

export type PlaceKind = "country" | "nation" | "area" | "region" | "city";

export interface Place {
  name: string;
  kind: PlaceKind;
  country: string | null;
  coordinates: [number, number] | null;
  /** population for cities; a fixed weight for the other kinds */
  weight: number;
  /** also a common word ("Mobile", "Of"): needs context */
  word: boolean;
}

export interface Demonym {
  country: string | null;
  /** a plural noun ("Venezuelans", "venezolanos"): a group of people */
  plural: boolean;
  /** no separate plural ("French", "Chinese"): a group only as "the French" */
  invariant: boolean;
  lang: Lang;
  /** the group's name: the plural form, English when there is one */
  group: string;
}

export interface Outlet {
  name: string;
  kind: "agency" | "outlet" | "platform" | "organization";
  needsCue: boolean;
}

/** A lexicon entry: folded tokens, and which of them must be capitalised (bit k for token k). */
export type Entry =
  | { kind: "place"; tokens: string[]; caps: number; places: Place[] }
  | { kind: "demonym"; tokens: string[]; caps: number; demonyms: Demonym[] }
  | { kind: "outlet"; tokens: string[]; caps: number; outlet: Outlet };

type Payload = { kind: "place"; place: Place } | { kind: "demonym"; demonym: Demonym } | { kind: "outlet"; outlet: Outlet };

export interface Lexicon {
  /** entries by their first folded token (one-word entries) and first two tokens (longer ones, longest first) */
  byFirst: Map<string, Entry[]>;
  byFirstTwo: Map<string, Entry[]>;
  /** first tokens of the longer entries */
  startsLonger: Set<string>;
  /** first tokens of entries that may start in lower case ("venezolanos", "mar Negro", "dpa") */
  lowerStarts: Set<string>;
  givenNames: Set<string>;
}

interface GazFile {
  countries: { code: string; name: string; names: string[]; coordinates: [number, number] | null; demonyms: { en: string[]; enPlural: string[]; es: string[] } }[];
  areas: { code: string; country: string | null; name: string; names: string[]; coordinates: [number, number]; demonyms: { en: string[]; enPlural: string[]; es: string[] }; kind: "area" | "nation" }[];
  regions: [string, string, number | null, number | null][];
  cities: [string, string, number, number, number, string][];
  cityAliases: [string, string, string][];
}

interface OutletFile {
  outlets: [string, string[], Outlet["kind"], boolean?][];
}

// Weights that rank places of one name against each other (cities weigh their population).
const WEIGHT = { country: 1e9, nation: 5e8, area: 2e8, region: 3e5 } as const;

let lexCache: Lexicon | undefined;
export function lex(): Lexicon {
  if (lexCache) return lexCache;
  const byFirst = new Map<string, Entry[]>();
  const byFirstTwo = new Map<string, Entry[]>();
  const add = (surface: string, what: Payload) => {
    const raw = /[\s–—]/.test(surface) ? surface.split(/[\s–—]+/).filter(Boolean) : [surface];
    if (!raw.length) return;
    const tokens = raw.map((w) => foldApostrophes(w));
    let caps = 0;
    raw.forEach((w, k) => {
      if (w[0] !== w[0]!.toLowerCase()) caps |= 1 << k;
    });
    const index = tokens.length === 1 ? byFirst : byFirstTwo;
    const key = tokens.length === 1 ? tokens[0]! : `${tokens[0]} ${tokens[1]}`;
    const list = index.get(key);
    const prev = list?.find((x) => x.caps === caps && x.tokens.length === tokens.length && x.tokens.every((t, k) => t === tokens[k]));
    if (prev) {
      if (prev.kind === "place" && what.kind === "place" && !prev.places.includes(what.place)) prev.places.push(what.place);
      else if (prev.kind === "demonym" && what.kind === "demonym") prev.demonyms.push(what.demonym);
      return;
    }
    const e: Entry =
      what.kind === "place"
        ? { kind: "place", tokens, caps, places: [what.place] }
        : what.kind === "demonym"
          ? { kind: "demonym", tokens, caps, demonyms: [what.demonym] }
          : { kind: "outlet", tokens, caps, outlet: what.outlet };
    if (list) list.push(e);
    else index.set(key, [e]);
  };
  // "the Andes", "los Andes": the article is not part of the name
  const addPlace = (surface: string, place: Place) => add(/^(the|los|las|el|la) /.test(surface) ? surface.replace(/^\S+ /, "") : surface, { kind: "place", place });
  const addDemonym = (surface: string, demonym: Demonym) => add(surface, { kind: "demonym", demonym });

  const g = lexicon<GazFile>("common", "gazetteer");
  const addDemonyms = (dem: GazFile["countries"][number]["demonyms"], country: string | null) => {
    for (const a of dem.en) addDemonym(a, { country, plural: false, invariant: !dem.enPlural.length, lang: "en", group: dem.enPlural[0] ?? `the ${a}` });
    for (const p of dem.enPlural) addDemonym(p, { country, plural: true, invariant: false, lang: "en", group: p });
    dem.es.forEach((f, i) => addDemonym(f, { country, plural: dem.es.length === 2 ? i === 1 : i >= 2, invariant: false, lang: "es", group: dem.es[2] ?? dem.es[1] ?? f }));
  };
  for (const c of g.countries) {
    const p: Place = { name: c.name, kind: "country", country: c.code, coordinates: c.coordinates, weight: WEIGHT.country, word: false };
    for (const n of c.names) addPlace(n, p);
    addDemonyms(c.demonyms, c.code);
  }
  for (const a of g.areas) {
    const p: Place = { name: a.name, kind: a.kind, country: a.country, coordinates: a.coordinates, weight: WEIGHT[a.kind], word: false };
    for (const n of a.names) addPlace(n, p);
    addDemonyms(a.demonyms, a.country);
  }
  for (const [name, cc, lat, lon] of g.regions) {
    addPlace(name, { name, kind: "region", country: cc, coordinates: lat === null || lon === null ? null : [lat, lon], weight: WEIGHT.region, word: false });
  }
  const aliasTargets = new Set(g.cityAliases.map(([, name, cc]) => `${name}|${cc}`));
  const cityByKey = new Map<string, Place>();
  for (const [name, cc, lat, lon, pop, flags] of g.cities) {
    const p: Place = { name, kind: "city", country: cc, coordinates: [lat, lon], weight: pop, word: flags === "w" };
    if (aliasTargets.has(`${name}|${cc}`)) cityByKey.set(`${name}|${cc}`, p);
    addPlace(name, p);
    for (const v of abbreviatedForms(name)) addPlace(v, p);
  }
  for (const [alias, name, cc] of g.cityAliases) {
    const p = cityByKey.get(`${name}|${cc}`);
    if (p) addPlace(alias, p);
  }

  for (const file of ["entities-outlets", "entities-organizations"]) for (const lang of LANGUAGES) {
    for (const [name, aliases, kind, needsCue] of lexicon<OutletFile>(lang, file).outlets) {
      const o: Outlet = { name, kind, needsCue: needsCue === true };
      for (const s of [name, ...aliases]) add(s, { kind: "outlet", outlet: o });
    }
  }
  for (const list of byFirstTwo.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const givenNames = new Set(lexicon<string[]>("common", "gazetteer-given-names").map((w) => foldApostrophes(w)));
  const startsLonger = new Set([...byFirstTwo.keys()].map((k) => k.split(" ")[0]!));
  const lowerStarts = new Set<string>();
  for (const list of [...byFirst.values(), ...byFirstTwo.values()]) for (const e of list) if (!(e.caps & 1)) lowerStarts.add(e.tokens[0]!);
  lexCache = { byFirst, byFirstTwo, startsLonger, lowerStarts, givenNames };
  return lexCache;
}
