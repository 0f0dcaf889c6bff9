// Media outlets, agencies, platforms and well-known organisations from the lexicon
// (data/<lang>/entities-outlets.json, entities-organizations.json). A name that is also an
// ordinary word or letter ("X", "People", "Signal") counts only beside a cue: "on X", "his X
// account", "told People".
import type { LexMatch } from "./lexicon-lookup.js";
import { PRIORITY, type Candidate, type Ctx } from "./types.js";

export function findKnownOrganizations(ctx: Ctx, matches: readonly LexMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches) {
    if (m.entry.kind !== "outlet") continue;
    const o = m.entry.outlet;
    // a one-word name that is also a word ("People", but not "People magazine"), or a sentence's first word
    const oneWord = m.t1 - m.t0 === 1;
    const needsCue = oneWord && (o.needsCue || (ctx.tokens[m.t0]!.first && ctx.cues.common.has(ctx.tokens[m.t0]!.f)));
    if (needsCue && !hasCue(ctx, m)) continue;
    const text = ctx.text.slice(m.start, m.end);
    out.push({
      start: m.start,
      end: m.end,
      t0: m.t0,
      t1: m.t1,
      type: "organization",
      rule: o.kind === "platform" ? "org/platform" : o.kind === "organization" ? "org/known" : "org/outlet",
      name: text,
      nameTokens: m.entry.tokens,
      canonical: o.name,
      outlet: o,
      priority: PRIORITY.outlet,
    });
  }
  return out;
}

/** A source or platform cue right before ("told", "on", "according to") or a platform noun right after ("account"). */
export function hasCue(ctx: Ctx, m: { t0: number; t1: number }): boolean {
  const { tokens, cues } = ctx;
  const words = ctx.folded;
  if (cues.sourceCues.endingAt(words, m.t0) > 0) return true;
  if (m.t0 > 0 && cues.platformCues.has(words[m.t0 - 1]!)) return true;
  const next = tokens[m.t1];
  if (next && next.word && !next.cap && cues.platformCues.has(next.f)) return true;
  // "X, formerly Twitter"
  const after = tokens[m.t1 + 1];
  return !!next && next.text === "," && !!after && cues.platformCues.has(after.f);
}
