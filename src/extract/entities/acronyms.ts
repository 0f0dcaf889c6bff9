// All-caps words of three to six letters that are no common word are organisations ("FBI", "PNP"),
// unless the sentence is shouting or a heading, or the word is listed as no entity ("CEO", "GDP").
// A "Full Name (ACR)" pair, or a long name whose initials spell the acronym, is linked when the
// entities are built.
import type { LexIndex } from "./names.js";
import { PRIORITY, type Candidate, type Ctx } from "./types.js";

const MIN_LETTERS = 3; // two-letter ones are mostly abbreviations ("IE", "VP", "HD")
const MAX_LETTERS = 6;

export function findAcronyms(ctx: Ctx, lx: LexIndex): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, cues } = ctx;
  for (const t of tokens) {
    if (!t.upper || t.heading || lx.covered[t.i]) continue;
    // dotted ones are initials ("A.J.") unless the lexicon knows them ("U.N.")
    if (t.text.includes(".") || !/^\p{Lu}+$/u.test(t.text) || t.text.length < MIN_LETTERS || t.text.length > MAX_LETTERS) continue;
    if (cues.common.has(t.f) || cues.notNames.has(t.f) || cues.dates.has(t.f)) continue;
    // shouting: an upper-case word next to another upper-case common word ("WE ARE GOING")
    const prev = tokens[t.i - 1];
    const next = tokens[t.i + 1];
    if ((prev?.upper && cues.common.has(prev.f)) || (next?.upper && cues.common.has(next.f))) continue;
    out.push({
      start: t.start,
      end: t.end,
      t0: t.i,
      t1: t.i + 1,
      type: "organization",
      rule: "org/acronym",
      name: t.text,
      nameTokens: [t.f],
      priority: PRIORITY.acronym,
      weak: t.first && tokens[t.i + 1]?.text === ":",
    });
  }
  return out;
}
