// Nationalities used as nouns are groups of people: "mostly Venezuelans", "the French",
// Spanish "en su mayoría venezolanos". A demonym used as an adjective ("Peruvian police",
// "migrantes venezolanos") is no mention; it only tells which countries the article is about.
import type { Demonym } from "./word-lists.js";
import type { LexMatch } from "./lexicon-lookup.js";
import { PRIORITY, type Candidate, type Ctx } from "./types.js";

export function findGroups(ctx: Ctx, matches: readonly LexMatch[]): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, cues } = ctx;
  for (const m of matches) {
    if (m.entry.kind !== "demonym") continue;
    const d = m.entry.demonyms.find((x) => x.lang === ctx.lang && (x.plural || x.invariant));
    if (!d || !isNoun(ctx, m, d)) continue;
    const surface = ctx.text.slice(m.start, m.end);
    const canonical = ctx.lang === "en" ? (d.invariant ? `the ${surface}` : d.group) : d.group;
    out.push({
      start: m.start,
      end: m.end,
      t0: m.t0,
      t1: m.t1,
      type: "group",
      rule: d.invariant ? "group/the-demonym" : "group/demonym",
      name: surface,
      nameTokens: m.entry.tokens,
      canonical,
      demonym: d,
      priority: PRIORITY.group,
    });
  }
  return out;

  function isNoun(c: Ctx, m: LexMatch, d: Demonym): boolean {
    const before = tokens[m.t0 - 1];
    const after = tokens[m.t1];
    if (c.lang === "en") {
      if (d.plural) return !(after && after.word && after.cap && !after.first); // "Americans for Prosperity" is a name
      // "the French", "the British are …"
      return !!before && cues.groupArticles.has(before.f) && (!after || !after.word || cues.groupFollowers.has(after.f));
    }
    // Spanish: after a determiner, quantifier or number, or opening the sentence
    if (tokens[m.t0]!.first) return true;
    return !!before && (before.num || cues.groupPreceders.has(before.f));
  }
}
