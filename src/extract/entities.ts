// People, organisations, places and groups named in one article, each with every mention (span,
// sentence and the rule that found it). The rules, in order (files under entities/):
//   known-organizations  outlets, agencies, platforms and well-known organisations from the lexicon
//   places               countries, areas, regions and cities from the offline gazetteer
//   groups               nationalities used as nouns ("Venezuelans")
//   names                capitalised names: titles, head words, person evidence, descriptions
//   acronyms             all-caps organisations ("PNP")
// then resolve (overlaps: the stronger rule, then the longer span), places-by-context (names no
// gazetteer knows, made places by the words around them: "Alturas, Calif.", "a Crossville man",
// "Clare police"; they take the place of weaker readings, and their other mentions follow) and
// build (one entity per person, place or organisation; surnames and short forms joined to full names).
import type { Entity, EntityMention } from "../report/schema.js";
import type { Lang, Sentence, Unattached } from "../model.js";
import { cues, lex } from "./entities/word-lists.js";
import { matchLexicon, type LexMatch } from "./entities/lexicon-lookup.js";
import { tokenize } from "./entities/tokens.js";
import type { Ctx } from "./entities/types.js";
import { findAcronyms } from "./entities/acronyms.js";
import { buildEntities } from "./entities/build.js";
import { findGroups } from "./entities/groups.js";
import { findKnownOrganizations } from "./entities/known-organizations.js";
import { findNames, indexMatches } from "./entities/names.js";
import { bestPlace, findPlaces } from "./entities/places.js";
import { findPlacesByContext, placeByContext } from "./entities/places-by-context.js";
import { resolveOverlaps } from "./entities/resolve.js";

export interface ArticleEntities {
  entities: Entity[];
  mentions: Unattached<EntityMention>[];
}

/** Entities and their mentions in `text` (offsets are UTF-16 indices into it). Never throws on odd input. */
export function extractEntities(text: string, sentences: Sentence[], lang: Lang, articleId: string): ArticleEntities {
  if (!text) return { entities: [], mentions: [] };
  const language: Lang = lang === "es" ? "es" : "en";
  const c = cues(language);
  const sents = sentences.length ? sentences : [{ index: 0, start: 0, end: text.length, text }];
  const tokens = tokenize(text, sents, c.titles);
  const ctx: Ctx = { text, lang: language, sentences: sents, tokens, folded: tokens.map((t) => t.f), cues: c, lex: lex(), countries: new Map() };
  const matches = matchLexicon(ctx);
  countCountries(ctx, matches);
  const lx = indexMatches(ctx, matches);
  const candidates = [
    ...findKnownOrganizations(ctx, matches),
    ...findPlaces(ctx, matches),
    ...findGroups(ctx, matches),
    ...findNames(ctx, lx),
    ...findAcronyms(ctx, lx),
  ];
  const byContext = findPlacesByContext(ctx, lx, matches, candidates);
  return buildEntities(ctx, placeByContext(ctx, resolveOverlaps(candidates), byContext), articleId);
}

const NO_COUNTRIES: ReadonlyMap<string, number> = new Map();

/** Which countries the article is about: named, or implied by a demonym or a city. */
function countCountries(ctx: Ctx, matches: readonly LexMatch[]): void {
  const add = (code: string | null, n: number) => {
    if (code) ctx.countries.set(code, (ctx.countries.get(code) ?? 0) + n);
  };
  for (const m of matches) {
    if (m.entry.kind === "demonym") for (const d of m.entry.demonyms) add(d.country, 1);
    else if (m.entry.kind === "place") {
      const p = bestPlace(m.entry.places, NO_COUNTRIES);
      if (p.kind === "country" || p.kind === "nation" || p.weight >= 1e5) add(p.country, 1);
    }
  }
}
