// Places from the gazetteer (data/common/gazetteer.json): countries, areas, regions and cities,
// with coordinates. Homonyms are ranked by kind, population and the countries the article names
// (Santiago in an article about Chile is Santiago de Chile). A name that is also a common word
// ("Mobile", "Of", "Reading") counts only after a place preposition ("in Mobile"); a following
// region word makes the mention a region ("the Tacna region", Spanish "la región de Tacna").
import type { Place } from "./word-lists.js";
import type { LexMatch } from "./lexicon-lookup.js";
import { PRIORITY, type Candidate, type Ctx } from "./types.js";

const KIND_RANK = { country: 9, nation: 8.7, area: 8.3, region: 5.2, city: 0 } as const;
const CONTEXT_BONUS = 4;
/** Below this population a one-word town needs context. */
const SMALL_CITY = 100000;

/** The likeliest place of a homonymous name, given the countries the article names. */
export function bestPlace(places: readonly Place[], countries: ReadonlyMap<string, number>): Place {
  let best = places[0]!;
  let bestScore = -Infinity;
  for (const p of places) {
    let s = p.kind === "city" ? Math.log10(Math.max(p.weight, 10)) : KIND_RANK[p.kind];
    if (p.kind !== "country" && p.country && countries.has(p.country)) s += CONTEXT_BONUS;
    if (s > bestScore) {
      bestScore = s;
      best = p;
    }
  }
  return best;
}

export function findPlaces(ctx: Ctx, matches: readonly LexMatch[]): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, cues, text } = ctx;
  for (const m of matches) {
    if (m.entry.kind !== "place") continue;
    const first = tokens[m.t0]!;
    const single = m.t1 - m.t0 === 1;
    let p = bestPlace(m.entry.places, ctx.countries);
    if (single && (p.word || (first.first && cues.common.has(first.f)))) {
      // a word as well as a name: only where a place is expected
      const before = tokens[m.t0 - 1];
      const preposition = !!before && before.word && !first.first && (cues.placePrepositions.has(before.f) || listedAfterPlace(ctx, m.t0, matches));
      const alternative = m.entry.places.find((q) => !q.word && q.kind !== "city");
      if (alternative && !first.first) p = alternative;
      else if (!preposition && !followedByPlace(ctx, m.t1, matches)) continue;
    }
    if (single && first.upper && first.heading && p.kind === "city" && cues.common.has(first.f)) continue;
    // a small foreign town of one word is more likely a surname ("Obama", "Bush"): it needs its
    // country in the article or a place preposition before it
    if (single && p.kind === "city" && p.weight < SMALL_CITY && !(p.country && ctx.countries.has(p.country)) && !afterPreposition(ctx, m.t0)) continue;
    let start = m.start;
    let end = m.end;
    let t0 = m.t0;
    let t1 = m.t1;
    let canonical = p.name;
    let rule = `place/${p.kind}`;
    // "the Tacna region" / "la región de Tacna"
    const next = tokens[m.t1];
    if (ctx.lang === "en" && next && next.word && !next.cap && cues.regionCues.has(next.f) && !tokens[m.t1 - 1]!.poss) {
      end = next.end;
      t1 = m.t1 + 1;
      canonical = `${p.name} ${next.text}`;
      rule = "place/region-cue";
    } else if (m.t0 >= 2 && /^(de|del)$/.test(tokens[m.t0 - 1]!.f) && cues.regionCues.has(tokens[m.t0 - 2]!.f)) {
      const cue = tokens[m.t0 - 2]!;
      start = cue.start;
      t0 = m.t0 - 2;
      canonical = `${cue.text.toLowerCase()} ${tokens[m.t0 - 1]!.text} ${p.name}`;
      rule = "place/region-cue";
    }
    out.push({
      start,
      end,
      t0,
      t1,
      type: "place",
      rule,
      name: text.slice(m.start, m.end),
      nameTokens: m.entry.tokens,
      canonical,
      place: p,
      priority: single ? PRIORITY.gazetteer : PRIORITY.gazetteerLong,
    });
  }
  return out;
}

function afterPreposition(ctx: Ctx, t: number): boolean {
  const before = ctx.tokens[t - 1];
  return !!before && before.word && !ctx.tokens[t]!.first && ctx.cues.placePrepositions.has(before.f);
}

/** "Lima and Reading": the word before is "and"/"y"/"," after another place. */
function listedAfterPlace(ctx: Ctx, t: number, matches: readonly LexMatch[]): boolean {
  const link = ctx.tokens[t - 1];
  if (!link || !(link.f === "and" || link.f === "y" || link.f === "e" || link.text === ",")) return false;
  return matches.some((m) => m.t1 === t - 1 && m.entry.kind === "place" && !m.entry.places.every((p) => p.word));
}

/** "Mobile, Alabama": a place follows after a comma. */
function followedByPlace(ctx: Ctx, t: number, matches: readonly LexMatch[]): boolean {
  if (ctx.tokens[t]?.text !== ",") return false;
  return matches.some((m) => m.t0 === t + 1 && m.entry.kind === "place");
}
