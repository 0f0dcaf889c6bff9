// The same article from two sources is kept once, with every source listed. Near-duplicates (wire
// copy republished with small edits) are kept but marked `nearDuplicateOf`, so that agreement
// between them is not counted as independent confirmation. Candidates come from MinHash/LSH over
// word 5-shingles; each candidate pair is confirmed by the exact Jaccard of the shingle sets.
import type { CleanArticle } from "./article.js";

/** Jaccard similarity of word 5-shingles at or above which two articles are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
const SHINGLE = 5;
const PERMS = 32;
const BANDS = 8; // 8 bands × 4 rows: pairs at Jaccard 0.7 collide with probability ≈ 0.94

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shingles(text: string): Set<number> {
  const w = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
  const out = new Set<number>();
  // a shingle's hash mixes its words' hashes in order (no strings built per shingle)
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ w[i + k]!, 0x01000193) >>> 0;
    out.add(h);
  }
  if (!out.size && w.length) out.add(w.reduce((h, x) => Math.imul(h ^ x, 0x01000193) >>> 0, 0x811c9dc5));
  return out;
}

const SEEDS = Array.from({ length: PERMS }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca77)] as const);

function signature(set: Set<number>): number[] {
  const sig = new Array<number>(PERMS).fill(0xffffffff);
  for (const x of set)
    for (let p = 0; p < PERMS; p++) {
      const [a, b] = SEEDS[p]!;
      const h = (Math.imul(x, a) + b) >>> 0;
      if (h < sig[p]!) sig[p] = h;
    }
  return sig;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n / (a.size + b.size - n || 1);
}

export interface Deduped {
  articles: CleanArticle[];
  /** sources folded into an earlier identical article: [dropped source, kept article id] */
  merged: [string, string][];
}

/** Folds exact duplicates (same cleaned text) and marks near-duplicates. Keeps input order. */
export function dedupe(input: readonly CleanArticle[]): Deduped {
  const byId = new Map<string, CleanArticle>();
  const merged: [string, string][] = [];
  const articles: CleanArticle[] = [];
  for (const a of input) {
    const prev = byId.get(a.id);
    if (prev) {
      for (const s of a.sources) if (!prev.sources.includes(s)) prev.sources.push(s);
      prev.outlet ??= a.outlet;
      prev.byline ??= a.byline;
      prev.published ??= a.published;
      prev.title ??= a.title;
      merged.push([a.source, prev.id]);
      continue;
    }
    const copy = { ...a, sources: [...a.sources] };
    byId.set(a.id, copy);
    articles.push(copy);
  }
  const sets = articles.map((a) => shingles(a.text));
  const buckets = new Map<string, number[]>();
  const rows = PERMS / BANDS;
  articles.forEach((a, i) => {
    const sig = signature(sets[i]!);
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const k = `${b}:${sig.slice(b * rows, (b + 1) * rows).join(",")}`;
      const list = buckets.get(k) ?? [];
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (!a.nearDuplicateOf && jaccard(sets[i]!, sets[j]!) >= NEAR_DUPLICATE_JACCARD) a.nearDuplicateOf = articles[j]!.nearDuplicateOf ?? articles[j]!.id;
      }
      list.push(i);
      buckets.set(k, list);
    }
  });
  return { articles, merged };
}
