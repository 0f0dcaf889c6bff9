// A story's profile: the summed, per-article-normalized weights of its articles' terms and keys
// (a centroid that never needs the articles' texts again), its span of publication days, and its
// members. Weights are raw (1 + ln tf); inverse document frequency is applied only when scoring,
// so it is always the current one.
import type { Vocabulary } from "./vocabulary.js";

/** A sparse vector: ids and weights, same length. */
export interface Sparse {
  ids: number[];
  ws: number[];
}

export class StoryProfile {
  readonly terms = new Map<number, number>();
  readonly keys = new Map<number, number>();
  readonly articleIds: string[] = [];
  dayMin: number | null = null;
  dayMax: number | null = null;
  /** Articles per year they are about (see DocFeatures.year). */
  readonly years = new Map<number, number>();
  /** Has dropped light terms or keys at least once (the index may still list it under them). */
  pruned = false;
  /** Set when this story was merged into another: the index of that story. */
  mergedInto: number | null = null;
  // idf-weighted norms, cached: recomputed when the story changed or idf drifted
  private normT = 0;
  private normK = 0;
  private normAt = -1;

  constructor(
    readonly index: number,
    readonly id: string,
  ) {}

  get size(): number {
    return this.articleIds.length;
  }

  /** Adds one article's (already normalized) vectors; returns the ids new to this story. */
  add(articleId: string, terms: Sparse, keys: Sparse, day: number | null, year: number | null, vocab: Vocabulary, cap: number): number[] {
    this.articleIds.push(articleId);
    if (year !== null) this.years.set(year, (this.years.get(year) ?? 0) + 1);
    const fresh: number[] = [];
    for (let i = 0; i < terms.ids.length; i++) {
      const id = terms.ids[i]!;
      const old = this.terms.get(id);
      if (old === undefined) fresh.push(id);
      this.terms.set(id, (old ?? 0) + terms.ws[i]!);
    }
    for (let i = 0; i < keys.ids.length; i++) {
      const id = keys.ids[i]!;
      const old = this.keys.get(id);
      if (old === undefined) fresh.push(id);
      this.keys.set(id, (old ?? 0) + keys.ws[i]!);
    }
    if (day !== null) {
      this.dayMin = this.dayMin === null ? day : Math.min(this.dayMin, day);
      this.dayMax = this.dayMax === null ? day : Math.max(this.dayMax, day);
    }
    if (this.terms.size > 2 * cap) this.pruned = prune(this.terms, vocab, cap);
    if (this.keys.size > 2 * cap) this.pruned = prune(this.keys, vocab, cap);
    this.normAt = -1;
    return fresh;
  }

  /** Takes in every article and weight of `other` (which the caller then retires); returns the
   * ids new to this story. */
  absorb(other: StoryProfile, vocab: Vocabulary, cap: number): number[] {
    for (const a of other.articleIds) this.articleIds.push(a);
    for (const [y, n] of other.years) this.years.set(y, (this.years.get(y) ?? 0) + n);
    const fresh: number[] = [];
    for (const [src, dst] of [
      [other.terms, this.terms],
      [other.keys, this.keys],
    ] as const) {
      for (const [id, w] of src) {
        const old = dst.get(id);
        if (old === undefined) fresh.push(id);
        dst.set(id, (old ?? 0) + w);
      }
      if (dst.size > 2 * cap) this.pruned = prune(dst, vocab, cap);
    }
    if (other.dayMin !== null) this.dayMin = this.dayMin === null ? other.dayMin : Math.min(this.dayMin, other.dayMin);
    if (other.dayMax !== null) this.dayMax = this.dayMax === null ? other.dayMax : Math.max(this.dayMax, other.dayMax);
    other.mergedInto = this.index;
    other.articleIds.length = 0;
    other.terms.clear();
    other.keys.clear();
    this.normAt = -1;
    return fresh;
  }

  /** idf-weighted L2 norms of the term and key centroids. */
  norms(vocab: Vocabulary): { t: number; k: number } {
    if (this.normAt < 0 || vocab.docs > this.normAt * 1.05 + 8) {
      this.normT = weightedNorm(this.terms, vocab);
      this.normK = weightedNorm(this.keys, vocab);
      this.normAt = vocab.docs;
    }
    return { t: this.normT, k: this.normK };
  }

  toJSON(): StoryProfileJSON {
    return {
      id: this.id,
      articleIds: [...this.articleIds],
      terms: flatten(this.terms),
      keys: flatten(this.keys),
      dayMin: this.dayMin,
      dayMax: this.dayMax,
      years: [...this.years].flat(),
      ...(this.pruned ? { pruned: true } : {}),
      norms: [this.normT, this.normK, this.normAt],
      ...(this.mergedInto !== null ? { mergedInto: this.mergedInto } : {}),
    };
  }

  static fromJSON(index: number, d: StoryProfileJSON): StoryProfile | null {
    if (!d || typeof d.id !== "string" || !Array.isArray(d.articleIds) || !Array.isArray(d.terms) || !Array.isArray(d.keys)) return null;
    const p = new StoryProfile(index, d.id);
    for (const a of d.articleIds) if (typeof a === "string") p.articleIds.push(a);
    if (!unflatten(d.terms, p.terms) || !unflatten(d.keys, p.keys)) return null;
    p.dayMin = typeof d.dayMin === "number" ? d.dayMin : null;
    p.dayMax = typeof d.dayMax === "number" ? d.dayMax : null;
    p.mergedInto = typeof d.mergedInto === "number" ? d.mergedInto : null;
    p.pruned = d.pruned === true;
    if (Array.isArray(d.years) && !unflatten(d.years, p.years)) return null;
    const [t, k, at] = Array.isArray(d.norms) ? d.norms : [];
    if (typeof t === "number" && typeof k === "number" && typeof at === "number") {
      p.normT = t;
      p.normK = k;
      p.normAt = at;
    }
    return p;
  }
}

export interface StoryProfileJSON {
  id: string;
  articleIds: string[];
  /** [id, weight, id, weight, …] */
  terms: number[];
  keys: number[];
  dayMin: number | null;
  dayMax: number | null;
  pruned?: boolean;
  /** [year, articles, year, articles, …] */
  years?: number[];
  /** Cached [term norm, key norm, article count when computed]: kept so a restored grouper
   * decides exactly as the one that was saved. */
  norms?: number[];
  mergedInto?: number;
}

function weightedNorm(m: Map<number, number>, vocab: Vocabulary): number {
  let s = 0;
  for (const [id, w] of m) {
    const x = w * vocab.idf(id);
    s += x * x;
  }
  return Math.sqrt(s);
}

/** Keeps the `cap` heaviest entries (by idf-weighted weight; ties by id, so it is deterministic). */
function prune(m: Map<number, number>, vocab: Vocabulary, cap: number): true {
  const all = [...m].map(([id, w]) => ({ id, s: w * vocab.idf(id) }));
  all.sort((a, b) => b.s - a.s || a.id - b.id);
  for (let i = cap; i < all.length; i++) m.delete(all[i]!.id);
  return true;
}

function flatten(m: Map<number, number>): number[] {
  const out: number[] = [];
  for (const [id, w] of m) out.push(id, w);
  return out;
}

function unflatten(a: unknown[], m: Map<number, number>): boolean {
  if (a.length % 2) return false;
  for (let i = 0; i < a.length; i += 2) {
    const id = a[i];
    const w = a[i + 1];
    if (typeof id !== "number" || typeof w !== "number") return false;
    m.set(id, w);
  }
  return true;
}
