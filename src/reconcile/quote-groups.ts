// The same utterance as several outlets report it: quotations grouped when their speaker is the
// same and their words overlap (a partial quote inside a longer one, two translations of one
// Spanish sentence sharing their key verbs).
import type { QuoteGroup, QuoteMention } from "../report/schema.js";
import { candidatePairs, clusters } from "./align.js";
import { contentStems } from "./context.js";

/** Share of the shorter quotation's content words found in the other, when the speaker is the same… */
export const SAME_SPEAKER_MIN_OVERLAP = 0.5;
/** …and when one speaker is unknown (then more words must be shared). */
export const UNKNOWN_SPEAKER_MIN_OVERLAP = 0.75;

export function quoteGroups(quotes: readonly QuoteMention[]): QuoteGroup[] {
  const bags = quotes.map((q) => contentStems(q.text));
  const linked = (i: number, j: number): number | false => {
    const a = quotes[i]!;
    const b = quotes[j]!;
    const sa = a.speakerId ?? null;
    const sb = b.speakerId ?? null;
    if (sa && sb && sa !== sb) return false;
    if (a.articleId === b.articleId && a.start === b.start) return false;
    const A = bags[i]!;
    const B = bags[j]!;
    if (!A.size || !B.size) return false;
    let n = 0;
    for (const w of A) if (B.has(w)) n++;
    const overlap = n / Math.min(A.size, B.size);
    if (sa && sb) return n >= Math.min(2, A.size, B.size) && overlap >= SAME_SPEAKER_MIN_OVERLAP ? 1 + overlap : false;
    // an unattributed quotation joins when it shares three words, or all of two or more
    return (n >= 3 && overlap >= UNKNOWN_SPEAKER_MIN_OVERLAP) || (n >= 2 && overlap === 1) ? overlap : false;
  };
  const groups = clusters(quotes.length, linked, undefined, candidatePairs(bags)).map((idx) => idx.map((i) => quotes[i]!));
  return groups
    .map((qs) => {
      const withSpeaker = qs.find((q) => q.speakerId) ?? qs.find((q) => q.speaker);
      return {
        speaker: withSpeaker?.speaker ?? null,
        speakerId: withSpeaker?.speakerId ?? null,
        quotes: qs.map((q) => ({ articleId: q.articleId, text: q.text, start: q.start, end: q.end })),
      };
    })
    .sort((a, b) => new Set(b.quotes.map((q) => q.articleId)).size - new Set(a.quotes.map((q) => q.articleId)).size);
}
