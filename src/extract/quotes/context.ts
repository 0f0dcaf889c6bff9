// What every attribution rule works on: the text, its sentences, the quoted spans, the people an
// earlier stage found (outside the quotations), and a small tokenizer over ranges of the text.
import type { Lang, Sentence } from "../../model.js";
import { quoteCues, type PhraseIndex, type QuoteCues } from "./cues.js";
import type { QuoteSpan } from "./spans.js";

/** An entity mention found by an earlier stage, with offsets into the same text. */
export interface PersonHint {
  start: number;
  end: number;
  name: string;
  entityId: string | null;
  type: "person" | "organization" | "group" | "other";
}

export interface Tok {
  s: number;
  e: number;
  /** The token as written; "\u0000" for a whole quotation (its words are never attribution). */
  w: string;
  /** Lower-cased. */
  lw: string;
}

export const QUOTE_TOKEN = "\u0000";

export interface Ctx {
  text: string;
  lang: Lang;
  cues: QuoteCues;
  sentences: readonly Sentence[];
  spans: readonly QuoteSpan[];
  /** Hints outside every quotation, by start offset. */
  hints: readonly PersonHint[];
  /** Sentences that hold a photo credit: no pronoun looks for its person there. */
  creditSentences: ReadonlySet<number>;
  hintByEnd: Map<number, PersonHint>;
  hintByStart: Map<number, PersonHint>;
  /** Tokens of each sentence touched so far. */
  tokenCache: Map<number, Tok[]>;
  /** Subjects of clauses already read, by "start:limit" (pronouns look at the same sentences again and again). */
  subjectCache: Map<string, unknown>;
}

export function makeCtx(text: string, sentences: readonly Sentence[], lang: Lang, spans: readonly QuoteSpan[], people: readonly PersonHint[]): Ctx {
  let hints = people
    .filter((h) => h && typeof h.name === "string" && Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter(outside(spans));
  const cues = quoteCues(lang);
  // a photographer named in a credit ("(Photo: Stan Carpenter / The Times)") says nothing
  const credit = (h: PersonHint) => isCredit(text, h, cues.creditCues);
  const creditSentences = new Set<number>();
  if (hints.some(credit)) {
    hints = hints.filter((h) => {
      if (!credit(h)) return true;
      const k = indexAt(sentences, h.start);
      if (k >= 0 && sentences[k]!.start <= h.start) creditSentences.add(k);
      return false;
    });
  }
  const hintByEnd = new Map<number, PersonHint>();
  const hintByStart = new Map<number, PersonHint>();
  for (const h of hints) {
    const e = hintByEnd.get(h.end);
    if (!e || h.end - h.start > e.end - e.start) hintByEnd.set(h.end, h);
    if (!hintByStart.has(h.start)) hintByStart.set(h.start, h);
  }
  return { text, lang, cues, sentences, spans, hints, creditSentences, hintByEnd, hintByStart, tokenCache: new Map(), subjectCache: new Map() };
}

/** How far back from a name a credit's opening word may stand ("(Photo courtesy of …"). */
const CREDIT_REACH = 30;
const CREDIT_AFTER = /^\s?\/\s?(?:for\s+)?[\p{Lu}\p{N}]/u;

/** Is the name part of a photo credit: after "Photo:" in brackets or on its own, or "Name/Outlet"? */
function isCredit(text: string, h: PersonHint, creditCues: ReadonlySet<string>): boolean {
  if (text.charCodeAt(h.end) === 47 || text.charCodeAt(h.end + 1) === 47 || text.slice(h.start, h.end).includes("/")) {
    if (CREDIT_AFTER.test(text.slice(h.end, h.end + 8)) || text.slice(h.start, h.end).includes("/")) return true; // "Sam Charles/Sun-Times"
  }
  // the words between the last bracket, bar, line break or full stop and the name: "Photo:", "Foto de"
  const from = Math.max(0, h.start - CREDIT_REACH);
  let k = h.start - 1;
  while (k >= from && " :\t".includes(text[k]!)) k--;
  const end = k + 1;
  while (k >= from && !"([|\n".includes(text[k]!) && !(text[k + 1] === " " && ".!?".includes(text[k]!))) k--;
  if (k < from && from > 0) return false; // no break within reach
  return end > k + 1 && creditCues.has(text.slice(k + 1, end).trim().toLowerCase());
}

/** A filter for hints sorted by start: keeps those outside every quotation (spans are sorted too). */
function outside(spans: readonly QuoteSpan[]): (h: PersonHint) => boolean {
  let k = 0;
  return (h) => {
    while (k < spans.length && spans[k]!.end <= h.start) k++;
    const q = spans[k];
    return !q || h.end <= q.start;
  };
}

/** Word characters (\p{L}\p{N}) and spaces (\s), by code unit: 0 unknown, 1 word, 2 space, 3 other. Filled lazily. */
const CLASS = new Uint8Array(0x10000);
const LN_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : SPACE_RE.test(String.fromCharCode(c)) ? 2 : 3;

/** Class (1 word, 2 space, 3 other) and length in code units of the code point at text[i]. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = CLASS[c]!;
    if (k === 0) {
      const ch = String.fromCharCode(c);
      CLASS[c] = k = LN_RE.test(ch) ? 1 : SPACE_RE.test(ch) ? 2 : 3;
    }
    return k;
  }
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 3; // a lone surrogate
  return LN_RE.test(String.fromCodePoint(cp)) ? 1 : 3;
}
const cpLen = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
};

/** End of the run of word characters starting at i (i itself when none). */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && classAt(text, i) === 1) i += cpLen(text, i);
  return i;
}

/**
 * The token at or after `i`, as /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/u would find it:
 * sets TOK_START and returns its end, or -1 at the end of the text.
 */
let TOK_START = 0;
function nextToken(text: string, i: number): number {
  const n = text.length;
  let k = 0;
  while (i < n && (k = classAt(text, i)) === 2) i++;
  if (i >= n) return -1;
  TOK_START = i;
  if (k !== 1) return i + cpLen(text, i);
  let e = wordRunEnd(text, i);
  for (;;) {
    const j = text.charCodeAt(e);
    if ((j === 0x2019 || j === 39 || j === 46 || j === 45) && e + 1 < n && classAt(text, e + 1) === 1) e = wordRunEnd(text, e + 1);
    else return e;
  }
}

/** Is the first code point of `w` a letter or digit? (ASCII without a regex.) */
function startsWord(w: string): boolean {
  return w.length > 0 && classAt(w, 0) === 1;
}

/** Tokens of text[a, b); every quotation met is one QUOTE_TOKEN. Sentences are tokenized once and cached. */
export function tokens(ctx: Ctx, a: number, b: number): Tok[] {
  const ka = sentenceIndexAt(ctx, a);
  const kb = sentenceIndexAt(ctx, Math.max(a, b - 1));
  const sa = ctx.sentences[ka];
  const sb = ctx.sentences[kb];
  if (!sa || !sb || sa.start > a || sb.end < b) return scan(ctx, a, b); // outside every sentence
  const out: Tok[] = [];
  for (let k = ka; k <= kb; k++) {
    for (const t of sentenceTokens(ctx, k)) {
      if (t.s < a) continue;
      if (t.s >= b) break;
      if (t.w === QUOTE_TOKEN) {
        const last = out[out.length - 1];
        if (last && last.s === t.s) continue; // a quotation over several sentences: one token
        out.push(t.e > b ? { ...t, e: b } : t);
      } else if (t.e <= b) out.push(t);
    }
  }
  return out;
}

function sentenceTokens(ctx: Ctx, k: number): Tok[] {
  let toks = ctx.tokenCache.get(k);
  if (!toks) {
    const s = ctx.sentences[k]!;
    toks = scan(ctx, s.start, s.end);
    ctx.tokenCache.set(k, toks);
  }
  return toks;
}

function scan(ctx: Ctx, a: number, b: number): Tok[] {
  const out: Tok[] = [];
  const { text, spans } = ctx;
  let qi = firstSpanEndingAfter(spans, a);
  let pos = a;
  for (;;) {
    const end = nextToken(text, pos);
    if (end < 0) break;
    const s = TOK_START;
    if (s >= b) break;
    while (qi < spans.length && spans[qi]!.close <= s) qi++;
    const q = spans[qi];
    if (q && s >= q.open && s < q.close) {
      out.push({ s: q.open, e: q.close, w: QUOTE_TOKEN, lw: QUOTE_TOKEN });
      pos = q.close;
      qi++;
      continue;
    }
    let e = Math.min(end, b);
    pos = end;
    // "Mr.", "Lt.", "Const.", an initial "L.": the period belongs to the word when it ends no sentence
    if (text.charCodeAt(e) === 46 && e < b && isAbbreviation(ctx, text.slice(s, end), e)) {
      e++;
      if (text.charCodeAt(e) === 46 && text.charCodeAt(e + 1) !== 46 && e < b) e++; // a stray second period ("Sr..")
      pos = e;
    }
    const w = text.slice(s, e);
    out.push({ s, e, w, lw: w.toLowerCase() });
  }
  return out;
}

function isAbbreviation(ctx: Ctx, word: string, period: number): boolean {
  if (ctx.cues.abbreviations.has(word.toLowerCase())) return true;
  if (!/^\p{Lu}[\p{L}]{0,5}$/u.test(word) && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return false; // "Const.", "A.J."
  const k = sentenceIndexAt(ctx, period);
  const s = ctx.sentences[k];
  return s !== undefined && s.start <= period && s.end > period + 1; // the splitter did not end a sentence here
}

function firstSpanEndingAfter(spans: readonly QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length in tokens of the longest phrase of `idx` starting at toks[i] (0 when none). Case-insensitive. */
export function phraseAt(toks: readonly Tok[], i: number, idx: PhraseIndex, caseSensitive = false): number {
  const t = toks[i];
  if (!t) return 0;
  const list = idx.get(t.lw);
  if (!list) return 0;
  for (const words of list) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const u = toks[i + k];
      ok = u !== undefined && (caseSensitive ? u.w : u.lw) === words[k];
    }
    if (ok) return words.length;
  }
  return 0;
}

/** Length in tokens of an according-to phrase at toks[i] ("according to", "según"), or 0; never an agreement ("estuvo de acuerdo con"). */
export function accordingAt(ctx: Ctx, toks: readonly Tok[], i: number): number {
  const n = phraseAt(toks, i, ctx.cues.accordingTo);
  if (!n) return 0;
  let k = i - 1;
  while (k >= 0 && isAdverb(ctx, toks[k]!) && !ctx.cues.agreementVerbs.has(toks[k]!.lw)) k--;
  return k >= 0 && ctx.cues.agreementVerbs.has(toks[k]!.lw) ? 0 : n;
}

export const isWord = (t: Tok | undefined): boolean => t !== undefined && startsWord(t.w);
export const isCapitalized = (t: Tok | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.w);
export const isPossessive = (ctx: Ctx, t: Tok): boolean => /[’']s$/i.test(t.w) || /^[’']/.test(ctx.text.slice(t.e, t.e + 1)) ;

/** Index of the sentence holding `pos`, or of the first one after it (-1 when none). */
export function sentenceIndexAt(ctx: Ctx, pos: number): number {
  return indexAt(ctx.sentences, pos);
}

function indexAt(ss: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = ss.length - 1;
  let after = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) {
      after = mid;
      hi = mid - 1;
    } else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return after;
}

/** The attribution verb (length in tokens) at toks[i], or 0. Verbs are lower-case words that no determiner or possessive precedes. */
export function verbAt(ctx: Ctx, toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (!t || t.w !== t.lw) return 0;
  const n = phraseAt(toks, i, ctx.cues.verbs, true);
  if (!n) return 0;
  const prev = toks[i - 1];
  if (prev && (ctx.cues.determiners.has(prev.lw) || (isWord(prev) && /[’']s$/.test(prev.w)))) return 0; // "the statement", "Kast’s remarks"
  return n;
}

export function isParticiple(ctx: Ctx, t: Tok): boolean {
  return ctx.cues.participleSuffixes.some((s) => t.lw.endsWith(s));
}

/** An auxiliary or an adverb ("has", "later", "flatly"): words that stand between a subject and its verb. */
export function isAdverb(ctx: Ctx, t: Tok): boolean {
  const c = ctx.cues;
  return c.auxiliaries.has(t.lw) || (t.w === t.lw && !c.adverbExceptions.has(t.lw) && c.adverbSuffixes.some((s) => t.lw.length > s.length + 2 && t.lw.endsWith(s)));
}

/** A lower-case word with a verb's ending ("issued", "emitió"): where a noun phrase read forward stops. */
export function looksLikeVerb(ctx: Ctx, t: Tok): boolean {
  return t.w === t.lw && t.lw.length > 3 && ctx.cues.verbSuffixes.some((s) => t.lw.endsWith(s));
}

/** Is the verb at toks[i] passive ("was declared")? Then it names no speaker. */
export function isPassive(ctx: Ctx, toks: readonly Tok[], i: number): boolean {
  if (isParticiple(ctx, toks[i]!)) return false; // "can be heard saying" is active
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  const c = ctx.cues.passiveAuxiliaries;
  return (prev !== undefined && c.has(prev.lw)) || (prev2 !== undefined && c.has(prev2.lw) && isAdverb(ctx, prev!));
}
