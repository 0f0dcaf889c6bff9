// What the entity rules share: the article being read (Ctx) and what each rule proposes (Candidate).
import type { Entity } from "../../report/schema.js";
import type { Lang, Sentence } from "../../model.js";
import type { Cues, Demonym, Lexicon, Outlet, Place } from "./word-lists.js";
import type { Token } from "./tokens.js";

export type EntityType = Entity["type"];

export interface Ctx {
  text: string;
  lang: Lang;
  sentences: readonly Sentence[];
  tokens: Token[];
  /** tokens' folded forms, for phrase lookups */
  folded: string[];
  cues: Cues;
  lex: Lexicon;
  /** countries the article names (places or demonyms): ranks homonymous places */
  countries: Map<string, number>;
}

/** A mention a rule proposes; the resolver keeps the best of overlapping ones. */
export interface Candidate {
  /** character span of the mention (title included: "President Jerí") */
  start: number;
  end: number;
  /** token range [first, last) of the mention */
  t0: number;
  t1: number;
  type: EntityType;
  rule: string;
  /** the name without title or possessive, as written ("Jerí") */
  name: string;
  /** folded name tokens (persons are linked on these) */
  nameTokens: string[];
  /** canonical name when the rule knows it (outlets, places, groups) */
  canonical?: string;
  description?: string | null;
  place?: Place;
  outlet?: Outlet;
  demonym?: Demonym;
  /** kept only when it links to an entity found by a stronger rule (headings, sentence-initial words) */
  weak?: boolean;
  /** higher wins an overlap; ties go to the longer span */
  priority: number;
  /** a place named inside an organisation's name ("Alturas" of "Alturas Police Department"): kept beside it */
  nests?: boolean;
}

/** Rule priorities: which of two overlapping candidates stays. */
export const PRIORITY = {
  outlet: 90,
  titledPerson: 85,
  contextPlace: 80,
  gazetteerLong: 75,
  headedName: 72,
  person: 70,
  gazetteer: 60,
  group: 60,
  sourceName: 55,
  acronym: 40,
  other: 30,
  weak: 10,
} as const;
