// Quoted spans that are not quotations: scare quotes nobody is said to have said (the “login”
// button, a “Productive” call), titles of works (starred in “American Pie”), names and
// nicknames (so-called “war on drugs”, Joaquín “El Chapo” Guzmán), and words used as a modifier
// (its “genius” grants).
import { QUOTE_TOKEN, isCapitalized, isWord, phraseAt, tokens, verbAt, type Ctx, type Tok } from "./context.js";
import type { PhraseIndex } from "./cues.js";
import type { Attribution } from "./attribution.js";
import type { QuoteSpan } from "./spans.js";

export type Rejection = "empty" | "nickname" | "naming" | "title" | "modifier" | "scare";

/** Scare quotes: this many words or fewer need a reporting verb or cue in their sentence. */
const SCARE_MAX_WORDS = 2;
/** Titles of works are short; longer Title Case runs are more likely real speech. */
const TITLE_MAX_WORDS = 12;
/** Title Case quotations this short are names even with a reporting verb nearby ("revealed himself as “Deep Throat”"). */
const NAME_MAX_WORDS = 3;
/** How many words before the opening mark a title or naming cue may stand ("the hit TV show “…”"). */
const CUE_REACH = 4;

const WORD_RE = /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*/gu;

/** The words inside the marks, up to `limit` + 1 of them (long quotations need no more). */
function innerWords(ctx: Ctx, q: QuoteSpan, limit: number): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = q.start;
  for (let m = WORD_RE.exec(ctx.text); m && m.index < q.end && out.length <= limit; m = WORD_RE.exec(ctx.text)) out.push(m[0]);
  return out;
}

/** Every significant word capitalised, at least one word not in capitals only: "The Big Lebowski". */
function isTitleCase(ctx: Ctx, q: QuoteSpan, words: readonly string[]): boolean {
  if (!words.length || words.length > TITLE_MAX_WORDS) return false;
  const inner = ctx.text.slice(q.start, q.end).replace(/[.,!?]$/, "");
  if (/[.!?;:]/.test(inner.replace(/\b\p{L}\./gu, ""))) return false; // sentences inside: speech, not a title
  if (!words.some((w) => /\p{Ll}/u.test(w))) return false;
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && ctx.cues.titleSmallWords.has(w.toLowerCase())));
}

/** Does a cue phrase stand among the last `reach` words before the opening mark, with only non-verb words after it? */
function cueBefore(ctx: Ctx, before: readonly Tok[], idx: PhraseIndex, reach: number): boolean {
  const n = before.length;
  for (let i = Math.max(0, n - reach); i < n; i++) {
    const len = phraseAt(before, i, idx);
    if (!len) continue;
    let ok = true;
    for (let k = i + len; k < n && ok; k++) ok = isWord(before[k]) && !verbAt(ctx, before, k);
    if (ok) return true;
  }
  return false;
}

function modifiesNext(ctx: Ctx, q: QuoteSpan): boolean {
  const m = /^ ([\p{Ll}][\p{L}\-]*)/u.exec(ctx.text.slice(q.close, q.close + 40));
  if (!m) return false;
  const w = m[1]!;
  const c = ctx.cues;
  if (c.prepositions.has(w) || c.clauseWords.has(w) || c.auxiliaries.has(w) || c.determiners.has(w) || c.passiveAuxiliaries.has(w)) return false;
  const toks = tokens(ctx, q.close, q.close + 1 + w.length);
  return !toks.some((t, i) => verbAt(ctx, toks, i)) && !isAdverbLike(ctx, w);
}

const isAdverbLike = (ctx: Ctx, w: string) => !ctx.cues.adverbExceptions.has(w) && ctx.cues.adverbSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s));

/** Why a quoted span is not a quotation, or null when it is one. */
export function rejection(ctx: Ctx, q: QuoteSpan, a: Attribution | null, sentenceStart: number, sentenceCued: boolean): Rejection | null {
  const words = innerWords(ctx, q, TITLE_MAX_WORDS);
  if (!words.length) return "empty";
  const { text, cues } = ctx;
  const before = tokens(ctx, Math.max(sentenceStart, q.open - 80), q.open).filter((t) => t.w !== QUOTE_TOKEN);
  const prev = before[before.length - 1];
  // Joaquín “El Chapo” Guzmán
  if (words.length <= 3 && prev && isCapitalized(prev) && prev.e === q.open - 1) {
    const next = text.slice(q.close).match(/^ (\p{Lu})/u);
    if (next) return "nickname";
  }
  const adjacent = a?.adjacent ?? false;
  if (!adjacent && cueBefore(ctx, before, cues.namingCues, 3)) return "naming";
  if (!adjacent && cueBefore(ctx, before, cues.titleCues, CUE_REACH) && words.length <= TITLE_MAX_WORDS) return "title";
  // a short quotation used as a modifier of the noun after it: the “login” button, its “genius” grants
  const verbJustBefore = before.slice(-3).some((_, k, arr) => verbAt(ctx, before, before.length - arr.length + k)); // what he called “hostile” actions
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (!adjacent && !verbJustBefore && words.length <= SCARE_MAX_WORDS && !isAdverbLike(ctx, lastWord) && modifiesNext(ctx, q)) return "modifier";
  const cued = (a?.cued ?? false) || sentenceCued;
  // Title Case: a title or a name ("Deep Throat"), unless said right there ("“Thank You,” she said")
  if (!adjacent && (!(a?.cued ?? false) || (words.length >= 2 && words.length <= NAME_MAX_WORDS)) && isTitleCase(ctx, q, words)) return "title";
  if (words.length <= SCARE_MAX_WORDS && !cued) return "scare";
  return null;
}
