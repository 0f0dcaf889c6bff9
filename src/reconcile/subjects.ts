// Claim subjects a person reads: a short phrase of the source's own words ("undocumented migrants
// residing in Chile", "date: declared a state of emergency"), chosen where the sentences of the
// claim agree most, never a list of words.
import { sentenceTokens } from "./context.js";

/** Most words a phrase takes. */
const MAX_WORDS = 7;
/** A phrase starts at most this many words from the span. */
const NEAR = 3;

/** Characters a phrase does not run across: the clause ends there. */
const CLAUSE_END = /[;:“”"«»?!]/;
const LIST_END = /[;:“”"«»?!,]/;

const ASIDE = /[—–]\s?[^—–]*?[—–]|\([^()]*\)/g;

/** Asides between dashes or parentheses ("—mostly Venezuelans, according to …—"): a phrase skips them. */
function asides(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(ASIDE)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

export interface Phrase {
  text: string;
  /** Content words of the phrase that the claim's sentences share. */
  score: number;
  /** The phrase follows the span ("330,000 migrants [residing in Chile]"), not precedes it. */
  after: boolean;
}

/**
 * The best window of at most MAX_WORDS words of `sentence` outside the span [at, end): the one
 * holding the most stems of `shared`, nearest the span; it begins and ends on a content word.
 */
export function phraseNear(sentence: string, at: number, end: number, shared: ReadonlySet<string>, preferAfter = true): Phrase | null {
  const toks = sentenceTokens(sentence);
  // the clause around the span
  let lo = 0;
  let hi = sentence.length;
  // what a figure counts is said within its item of a list: a comma ends it ("768GB of flash
  // storage, seven hours of battery life"); what a date dates may run across one
  const end_ = preferAfter ? LIST_END : CLAUSE_END;
  for (let i = at - 1; i >= 0; i--) if (end_.test(sentence.slice(i, i + 2))) { lo = i + 1; break; }
  for (let i = end; i < sentence.length; i++) if (end_.test(sentence.slice(i, i + 2))) { hi = i; break; }
  const aside = asides(sentence).filter(([a, b]) => !(a <= at && end <= b));
  // for a date, what happened counts, not who: names (capitalised words) do not score
  const counts = (t: { start: number; stem: string | null }) => !!t.stem && shared.has(t.stem) && (preferAfter || !/\p{Lu}/u.test(sentence[t.start]!));
  const words = toks.filter((t) => t.start >= lo && t.end <= hi && (t.end <= at || t.start >= end) && !aside.some(([a, b]) => a <= t.start && t.end <= b));
  // a window right after the span (within NEAR words of it), else one ending right before it
  const after = words.findIndex((t) => t.start >= end);
  const firstAfter = after < 0 ? words.length : after;
  let best: { i: number; j: number; score: number; dist: number } | null = null;
  const consider = (i: number, j: number, score: number, dist: number) => {
    if (score && (!best || score > best.score || (score === best.score && dist < best.dist))) best = { i, j, score, dist };
  };
  const near = preferAfter ? NEAR : words.length; // what a date dates may stand anywhere in its clause
  for (let i = firstAfter; i < Math.min(words.length, firstAfter + near); i++) {
    let score = 0;
    for (let j = i; j < Math.min(words.length, i + (preferAfter ? MAX_WORDS : MAX_WORDS + 2)); j++) {
      const w = words[j]!;
      if (counts(w)) score++;
      if (words[i]!.stem && counts(w)) consider(i, j, score, i - firstAfter);
    }
  }
  // what follows the span says what it is ("330,000 migrants residing in Chile"); what stands
  // before it only when nothing after does
  for (let j = firstAfter - 1; (!best || !preferAfter) && j >= Math.max(0, firstAfter - near); j--) {
    let score = 0;
    for (let i = j; i >= Math.max(0, j - (preferAfter ? MAX_WORDS : MAX_WORDS + 2) + 1); i--) {
      const w = words[i]!;
      if (counts(w)) score++;
      if (words[j]!.stem && counts(w)) consider(i, j, score, firstAfter - 1 - j);
    }
  }
  const b0 = best as { i: number; j: number; score: number } | null;
  if (!b0) return null;
  let a = words[b0.i]!;
  const b = words[b0.j]!;
  let follows = b0.i >= firstAfter;
  if (follows && preferAfter) {
    // a phrase after the span reads on from it: the small words between are kept ("17 points
    // [for the] Tar Heels"); one that skips a content word ("$82 million … left-hander CC
    // Sabathia") does not say what the figure is
    if (words.slice(firstAfter, b0.i).some((t) => t.stem)) follows = false;
    else a = words[firstAfter]!;
  }
  return { text: tidy(sentence.slice(a.start, b.end)), score: b0.score, after: follows };
}


const tidy = (s: string) => s.replace(/[,—–]+/g, " ").replace(/\s+/g, " ").trim();

/** Where a mention's sentence starts in its article's text (the occurrence that holds the mention). */
export function sentenceStart(text: string, m: { sentence: string; start: number; end: number; sentenceStart?: number }): number {
  if (m.sentenceStart != null) return m.sentenceStart;
  const at = text.lastIndexOf(m.sentence, m.start);
  return at >= 0 && at + m.sentence.length >= m.end ? at : -1;
}

/** The best phrase over several mentions (each in its own sentence), or null. */
export function bestPhrase(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string }>, shared: ReadonlySet<string>, preferAfter = true): string | null {
  return bestPhraseOf(ms, texts, shared, preferAfter)?.text ?? null;
}

/** The same, saying whether the phrase follows its span. */
export function bestPhraseOf(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string }>, shared: ReadonlySet<string>, preferAfter = true): Phrase | null {
  let best: Phrase | null = null;
  for (const m of ms) {
    const at = sentenceStart(texts.get(m.articleId)?.text ?? "", m);
    if (at < 0) continue;
    const p = phraseNear(m.sentence, m.start - at, m.end - at, shared, preferAfter);
    if (p && (!best || p.score > best.score || (p.score === best.score && p.text.length < best.text.length))) best = p;
  }
  return best;
}

const PLACE_PREP = /(?:^|\s)((?:at|in|near|along|on|across|outside|inside|into|en|cerca de|junto a|a lo largo de)\s+(?:(?:the|a|la|el|los|las)\s+)?((?:[\p{L}’'-]+)(?:\s+(?:of\s+)?[\p{L}’'-]+){0,2}))/iu;

/** Where it happened, as its sources say it right after the figure ("at the border"): the
 * phrase whose last word most of them use (at least half), the shortest of those. */
export function placePhrase(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string }>): string | null {
  const found: { text: string; head: string }[] = [];
  for (const m of ms) {
    const at = sentenceStart(texts.get(m.articleId)?.text ?? "", m);
    if (at < 0) continue;
    const tail = stripAsides(m.sentence.slice(m.end - at)).split(/[.;:,“”"«»?!]/)[0]!.slice(0, 80);
    const p = PLACE_PREP.exec(tail);
    if (!p) continue;
    // the phrase ends before a word that starts another idea: "-ing" forms and stop words
    const words = p[1]!.split(/\s+/);
    let n = words.length;
    for (let i = 2; i < words.length; i++) if (/ing$/i.test(words[i]!) || !sentenceTokens(words[i]!)[0]?.stem) { n = i; break; }
    const phrase = words.slice(0, n).join(" ");
    const head = sentenceTokens(words[n - 1]!)[0]?.stem;
    if (head && n >= 2) found.push({ text: phrase, head });
  }
  if (!found.length) return null;
  const count = new Map<string, number>();
  for (const f of found) count.set(f.head, (count.get(f.head) ?? 0) + 1);
  const best = found.sort((a, b) => count.get(b.head)! - count.get(a.head)! || a.text.length - b.text.length)[0]!;
  // a place only some sources give may be one part of the whole ("in one district"): at least half must
  return count.get(best.head)! * 2 >= ms.length ? best.text : null;
}

const stripAsides = (s: string) => s.replace(ASIDE, " ");
