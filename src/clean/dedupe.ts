// The same article from two sources is kept once, with every source listed. Near-duplicates (wire
// copy republished with small edits) are kept but marked `nearDuplicateOf`, so that agreement
// between them is not counted as independent confirmation. Candidates come from MinHash/LSH over
// word 5-shingles; each candidate pair is confirmed by the exact Jaccard of the shingle sets.
import { FNV_OFFSET, FNV_PRIME, fnv1a32 } from "../text/hash.js";
import type { CleanArticle } from "./article.js";

/** Jaccard similarity of word 5-shingles at or above which two articles are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.7;
const SHINGLE = 5;
const PERMS = 32;
const BANDS = 8; // 8 bands × 4 rows: pairs at Jaccard 0.7 collide with probability ≈ 0.94


/** The article's distinct shingle hashes, sorted (a typed array: a tenth of a Set's memory, and
 * compared by a merge walk). */
function shingles(text: string): Uint32Array {
  const w = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a32);
  const n = Math.max(0, w.length - SHINGLE + 1);
  const all = new Uint32Array(n || (w.length ? 1 : 0));
  // a shingle's hash mixes its words' hashes in order (no strings built per shingle)
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ w[i + k]!, FNV_PRIME) >>> 0;
    all[i] = h;
  }
  if (!n && w.length) all[0] = w.reduce((h, x) => Math.imul(h ^ x, FNV_PRIME) >>> 0, FNV_OFFSET);
  all.sort();
  let m = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[m++] = all[i]!;
  return all.slice(0, m);
}

const SEEDS_A = Int32Array.from({ length: PERMS }, (_, i) => Math.imul(i + 1, 0x9e3779b1) | 1);
const SEEDS_B = Int32Array.from({ length: PERMS }, (_, i) => Math.imul(i + 7, 0x85ebca77));

function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMS).fill(0xffffffff);
  for (let i = 0; i < set.length; i++) {
    const x = set[i]!;
    for (let p = 0; p < PERMS; p++) {
      const h = (Math.imul(x, SEEDS_A[p]!) + SEEDS_B[p]!) >>> 0;
      if (h < sig[p]!) sig[p] = h;
    }
  }
  return sig;
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n / (a.length + b.length - n || 1);
}

export interface Deduped {
  articles: CleanArticle[];
  /** For each kept article, the index in the input of the article it was copied from (two texts
   * that differ only in spacing or case share id and version, not offsets). */
  from: number[];
  /** sources folded into an earlier identical article: [dropped source, kept article id] */
  merged: [string, string][];
  /** earlier versions of an article replaced by a later one: [dropped source, article id] */
  superseded: [string, string][];
}

/**
 * Folds exact duplicates (same cleaned text, whatever the id) into the first, with every source
 * listed; of two versions of one article (same id, edited text) keeps the later one in input
 * order, which the pipeline makes publication order; marks near-duplicates. Keeps input order.
 */
export function dedupe(input: readonly CleanArticle[]): Deduped {
  const merged: [string, string][] = [];
  const superseded: [string, string][] = [];
  // the last version of each id
  const latest = new Map<string, CleanArticle>();
  for (const a of input) {
    const prev = latest.get(a.id);
    if (prev && prev.version !== a.version) superseded.push([prev.source, a.id]);
    latest.set(a.id, a);
  }
  const byVersion = new Map<string, CleanArticle>();
  const articles: CleanArticle[] = [];
  const from: number[] = [];
  for (const [i, a] of input.entries()) {
    if (latest.get(a.id)!.version !== a.version) continue;
    const prev = byVersion.get(a.version);
    if (prev) {
      for (const s of a.sources) if (!prev.sources.includes(s)) prev.sources.push(s);
      prev.outlet ??= a.outlet;
      prev.byline ??= a.byline;
      prev.published ??= a.published;
      prev.title ??= a.title;
      prev.url ??= a.url;
      if (a.source !== prev.source) merged.push([a.source, prev.id]);
      continue;
    }
    const copy = { ...a, sources: [...a.sources] };
    byVersion.set(a.version, copy);
    articles.push(copy);
    from.push(i);
  }
  const sets = articles.map((a) => shingles(a.text));
  const buckets = new Map<string, number[]>();
  const rows = PERMS / BANDS;
  articles.forEach((a, i) => {
    const sig = signature(sets[i]!);
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const k = `${b}:${sig.subarray(b * rows, (b + 1) * rows).join(",")}`;
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
  return { articles, from, merged, superseded };
}
