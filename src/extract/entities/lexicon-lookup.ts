// Finds lexicon entries (places, demonyms, outlets) in the tokens: at each word, every entry that
// starts with that word's folded form is tried, longest first. A hyphenated word that is no entry
// itself is tried part by part ("Chile-Peru border" → Chile, Peru).
import type { Entry } from "./word-lists.js";
import { foldApostrophes } from "../../text/fold.js";
import type { Token } from "./tokens.js";
import type { Ctx } from "./types.js";

export interface LexMatch {
  t0: number;
  t1: number;
  start: number;
  end: number;
  entry: Entry;
}

const KIND_BIT: Record<Entry["kind"], number> = { place: 1, demonym: 2, outlet: 4 };

/** Every entry that matches at some token (longest per start token and kind). */
export function matchLexicon(ctx: Ctx): LexMatch[] {
  const { tokens, lex } = ctx;
  const out: LexMatch[] = [];
  const lowerMask = lowerStartMask(lex.lowerStarts);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || (!t.cap && (!mayStartLower(lowerMask, t.f) || !lex.lowerStarts.has(t.f)))) continue;
    const next = tokens[i + 1];
    const longer = next && lex.startsLonger.has(t.f) ? lex.byFirstTwo.get(`${t.f} ${next.f}`) : undefined;
    let seen = 0; // kinds already matched here (longest first)
    if (longer) seen = tryEntries(tokens, i, longer, seen, out);
    const single = lex.byFirst.get(t.f);
    if (single) seen = tryEntries(tokens, i, single, seen, out);
    if (!seen && t.text.includes("-") && t.cap) matchParts(ctx, t, out);
  }
  return out;
}

// A cheap first test for lower-case words (most of the text): first letter, last letter and length
// of the lexicon's lower-case starts, as a bit table, so that most words are never hashed.
let maskFor: ReadonlySet<string> | undefined;
let maskBits: Uint8Array = new Uint8Array(0);

function maskKey(f: string): number {
  return ((f.charCodeAt(0) & 0x7f) << 12) | ((f.charCodeAt(f.length - 1) & 0x7f) << 5) | Math.min(f.length, 31);
}

function lowerStartMask(words: ReadonlySet<string>): Uint8Array {
  if (maskFor !== words) {
    maskBits = new Uint8Array(1 << 19);
    for (const w of words) if (w) maskBits[maskKey(w)] = 1;
    maskFor = words;
  }
  return maskBits;
}

function mayStartLower(mask: Uint8Array, f: string): boolean {
  return f.length > 0 && mask[maskKey(f)] === 1;
}

function tryEntries(tokens: readonly Token[], i: number, list: readonly Entry[], seen: number, out: LexMatch[]): number {
  for (const e of list) {
    const bit = KIND_BIT[e.kind];
    if (seen & bit || !matchesAt(tokens, i, e)) continue;
    seen |= bit;
    const n = e.tokens.length;
    out.push({ t0: i, t1: i + n, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, entry: e });
  }
  return seen;
}

function matchesAt(tokens: readonly Token[], i: number, e: Entry): boolean {
  const n = e.tokens.length;
  if (i + n > tokens.length) return false;
  const sent = tokens[i]!.sent;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k]!;
    if (t.f !== e.tokens[k] || t.sent !== sent) return false;
    if ((e.caps >> k) & 1 && !t.cap && !t.upper) return false;
    if (k < n - 1 && t.poss) return false;
  }
  return true;
}

/** "Chile-Peru", "Tacna-Arica": each part, when every part is capitalised, that is a single-word entry. */
function matchParts(ctx: Ctx, t: Token, out: LexMatch[]): void {
  const parts = t.text.split("-");
  // "T-Mobile", "K-9": a letter and a word make a brand or a code, not two places
  if (parts.length > 3 || !parts.every((p) => /^\p{Lu}\p{L}/u.test(p))) return;
  let offset = 0;
  for (const part of parts) {
    const start = t.start + offset;
    offset += part.length + 1;
    const list = ctx.lex.byFirst.get(foldApostrophes(part));
    const e = list?.find((x) => x.tokens.length === 1);
    if (e) out.push({ t0: t.i, t1: t.i + 1, start, end: start + part.length, entry: e });
  }
}
