// Cue phrases matched on tokens rather than characters: "at least" ends right before a figure
// when the figure's previous tokens are "at", "least". Matching is case-insensitive and ignores
// the spacing between tokens; the longest phrase wins.
import type { Lang } from "../../model.js";
import { tokenize } from "./tokens.js";
import type { Tok } from "./types.js";

export interface PhraseHit<T> {
  /** Index of the phrase's first token (endingAt) or of the token after it (startingAt). */
  at: number;
  value: T;
  words: number;
}

export class Phrases<T = true> {
  private readonly byLast = new Map<string, { words: string[]; value: T }[]>();
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>, lang: Lang) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase, lang).map((t) => t.low);
      if (words.length === 0) continue;
      push(this.byLast, words[words.length - 1]!, { words, value });
      push(this.byFirst, words[0]!, { words, value });
    }
    for (const m of [this.byLast, this.byFirst]) for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  static of(list: Iterable<string>, lang: Lang): Phrases<true> {
    return new Phrases<true>([...list].map((p) => [p, true] as const), lang);
  }

  /** The longest phrase whose last token is toks[k]. */
  endingAt(toks: readonly Tok[], k: number): PhraseHit<T> | null {
    const t = toks[k];
    const list = t && this.byLast.get(t.low);
    if (!list) return null;
    outer: for (const e of list) {
      const first = k - e.words.length + 1;
      if (first < 0) continue;
      for (let m = 0; m < e.words.length - 1; m++) if (toks[first + m]!.low !== e.words[m]) continue outer;
      return { at: first, value: e.value, words: e.words.length };
    }
    return null;
  }

  /** The longest phrase whose first token is toks[k]. */
  startingAt(toks: readonly Tok[], k: number): PhraseHit<T> | null {
    const t = toks[k];
    const list = t && this.byFirst.get(t.low);
    if (!list) return null;
    outer: for (const e of list) {
      if (k + e.words.length > toks.length) continue;
      for (let m = 1; m < e.words.length; m++) if (toks[k + m]!.low !== e.words[m]) continue outer;
      return { at: k + e.words.length, value: e.value, words: e.words.length };
    }
    return null;
  }
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Index of the token that starts at `pos`, or of the first one after it (binary search). */
export function tokIndex(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
