// The parts of a figure's claim key that its words around it state, besides its unit and measure:
// two figures are one fact only when these match (or, for a figure's people, do not contradict).
//   frame     — "hypothetical" for a rule, a threshold or a question ("can only be declared valid
//               with a turnout more than 50 percent", "Should they go higher than $25 million?"),
//               "conversion" for a figure in brackets after another ("€110 billion ($158 billion)")
//   qualifier — a word that makes a count a part of the whole ("30 people seriously injured")
//   area      — a part of the affected place the count is limited to ("in Bener Meriah district")
//   anchor    — the place a figure is of or from ("23 miles north of Santa Rosa", "65% of traffic
//               to India"): a distance from another place, a share of another country, is another fact
//   people    — the people the sentence names, or for a sentence that names none and speaks of
//               "he", "she", "they", the people last named before it in the article
import type { QuantityMention } from "../../report/schema.js";
import { hasCue, spanInSentence } from "../context.js";
import { fold } from "../../text/fold.js";
import type { StoryContext } from "../story-context.js";
import { claimCues } from "./cues.js";

/** Characters before / after a figure where a frame or qualifier word counts. */
const FRAME_BEFORE = 60;
const FRAME_AFTER = 30;
const QUALIFIER_BEFORE = 25;
const QUALIFIER_AFTER = 30;
/** Characters after a figure where the place it is of or from stands. */
const ANCHOR_AFTER = 60;

const around = (q: QuantityMention, before: number, after: number): [string, string] => {
  const span = spanInSentence(q);
  if (!span) return ["", ""];
  return [q.sentence.slice(Math.max(0, span[0] - before), span[0]), q.sentence.slice(span[1], span[1] + after)];
};

/** "hypothetical", "conversion" or null (a figure reported as this story's fact). */
export function frameOf(q: QuantityMention): "hypothetical" | "conversion" | null {
  const span = spanInSentence(q);
  if (!span) return null;
  // a conversion: in brackets right after another figure ("110 billion ($158 billion)", "$ US1 million ($1.52 million)")
  if (/\d[\d.,]*\s*(?:[\p{L}]+\s*){0,2}-?\s*\(\s*$/u.test(q.sentence.slice(Math.max(0, span[0] - 40), span[0]))) return "conversion";
  // a question about the figure ("Should they go higher than $25 million a season?"), not one
  // asked after it in another clause ("…2,029 points in 106 games, but who's counting?")
  if (/^[^,;:]*\?/.test(q.sentence.slice(span[1]))) return "hypothetical";
  const [b, a] = around(q, FRAME_BEFORE, FRAME_AFTER);
  // the clause around the figure, not the next one
  const clause = b.split(/[;:]/).pop()! + " " + q.text + " " + a.split(/[;:,]/)[0]!;
  return hasCue(clause, claimCues().hypothetical) ? "hypothetical" : null;
}

/** The qualifier that makes a count a part ("seriously"), folded; null when none. */
export function qualifierOf(q: QuantityMention): string | null {
  const [b, a] = around(q, QUALIFIER_BEFORE, QUALIFIER_AFTER);
  const cue = hasCue(b.split(/[,;:]/).pop()! + " " + a.split(/[,;:]/)[0]!, claimCues().subsetQualifiers);
  return cue ? fold(cue).replace(/ly$/, "") : null;
}

/** The part of the area the figure is limited to ("bener meriah district"), null when none. */
export function areaOf(q: QuantityMention): string | null {
  const span = spanInSentence(q);
  if (!span) return null;
  // the clause after the figure, or a phrase that opens the sentence before it ("In neighbouring
  // Central Aceh district, 10 people were killed")
  const head = q.sentence.slice(0, span[0]);
  const opening = /^\s*(?:in|at|en)\s/i.test(head) && !/[;:]/.test(head) ? head.split(",")[0]! : "";
  const tail = opening + " " + q.sentence.slice(span[1], span[1] + 140).split(/[,;:]/)[0]!;
  const cue = hasCue(tail, claimCues().partialAreas);
  if (!cue) return null;
  // the name before the area noun ("Bener Meriah district"), else the noun alone
  const f = fold(cue);
  const words = tail.split(/\s+/);
  const at = words.findIndex((w) => fold(w).replace(/[^\p{L}-]/gu, "") === f);
  const name: string[] = [];
  for (let i = at - 1; i >= 0 && /^\p{Lu}/u.test(words[i]!); i--) name.unshift(words[i]!);
  return fold([...name, cue].join(" "));
}

/** Units whose figure is a share of something (of which place, the words after it say). */
const SHARE_UNITS = new Set(["percent", "fraction"]);
/** Units whose figure may be a position from a place ("13 miles east of Cloverdale"). */
const LENGTH_UNITS = new Set(["km", "mile", "m", "ft", "nautical mile", "yard", "in", "cm", "mm"]);

/** The place a figure is of or from: for a share, the first place its clause names after it ("65%
 * of traffic to India"), else null; for a length, the place it is measured from ("two miles from
 * The Geysers"), folded, else "" (a depth or a fall is not a position); null for other units. */
export function anchorsOf(ctx: StoryContext): (q: QuantityMention) => string | null {
  const places = new Set(ctx.entities.filter((e) => e.type === "place").map((e) => e.id));
  const byArticle = new Map<string, { start: number; end: number; id: string }[]>();
  for (const m of ctx.entityMentions) {
    if (!places.has(m.entityId)) continue;
    let l = byArticle.get(m.articleId);
    if (!l) byArticle.set(m.articleId, (l = []));
    l.push({ start: m.start, end: m.end, id: m.entityId });
  }
  return (q) => {
    const unit = (q.unit ?? "").toLowerCase();
    const after = around(q, 0, ANCHOR_AFTER)[1];
    const clause = after.split(/[,;:(—–]/)[0]!;
    if (SHARE_UNITS.has(unit)) {
      const limit = q.end + clause.length;
      let best: { start: number; id: string } | null = null;
      for (const m of byArticle.get(q.articleId) ?? []) if (m.start >= q.end && m.end <= limit && (!best || m.start < best.start)) best = m;
      return best?.id ?? null;
    }
    if (!LENGTH_UNITS.has(unit)) return null;
    const pos = /^\s*(?:\p{Ll}+[- ]?){0,2}\s*(?:of|from|de|desde)\s+(?:the\s+|The\s+)?((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})/u.exec(clause);
    // a length measured from a place is a position; one with no place (a depth, a fall) is none
    return pos ? fold(pos[1]!.trim().replace(/[.'’]+$/u, "")) : "";
  };
}

/** articleId + sentence → the people the sentence is about (merged entity ids): those it names,
 * else, when it speaks of "he", "she" or "they", those last named before it in its article. */
export function peopleOf(ctx: StoryContext): (m: { articleId: string; sentence: string; start: number; sentenceStart?: number }, pronouns?: boolean) => Set<string> | null {
  const persons = new Set(ctx.entities.filter((e) => e.type === "person").map((e) => e.id));
  const bySentence = new Map<string, Set<string>>();
  const byArticle = new Map<string, { start: number; id: string }[]>();
  for (const m of ctx.entityMentions) {
    if (!persons.has(m.entityId)) continue;
    const k = `${m.articleId}\u0000${m.sentence}`;
    let set = bySentence.get(k);
    if (!set) bySentence.set(k, (set = new Set()));
    set.add(m.entityId);
    let l = byArticle.get(m.articleId);
    if (!l) byArticle.set(m.articleId, (l = []));
    l.push({ start: m.start, id: m.entityId });
  }
  for (const l of byArticle.values()) l.sort((a, b) => a.start - b.start);
  const pronouns = claimCues().personPronouns;
  return (m, carry = true) => {
    const own = bySentence.get(`${m.articleId}\u0000${m.sentence}`);
    if (own) return own;
    if (!carry || !hasCue(m.sentence, pronouns)) return null;
    const at = m.sentenceStart ?? m.start;
    const l = byArticle.get(m.articleId) ?? [];
    let last: { start: number; id: string } | null = null;
    for (const x of l) if (x.start < at) last = x;
    return last ? new Set([last.id]) : null;
  };
}
