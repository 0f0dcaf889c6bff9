// A story's profile: the summed, per-article-normalized weights of its articles' terms and keys
// (a centroid that never needs the articles' texts again), the years its articles are about, its
// span of publication days, the people its articles name in full, and its members. Weights are raw (1 + ln tf); inverse document
// frequency is applied only when scoring, so it is always the current one.
import { addInto, EMPTY, flatten, normIdf, top, unflatten, type Sparse } from "./sparse.js";
import type { Vocabulary } from "./vocabulary.js";

export class StoryProfile {
  terms: Sparse = EMPTY;
  keys: Sparse = EMPTY;
  readonly articleIds: string[] = [];
  dayMin: number | null = null;
  dayMax: number | null = null;
  /** Articles per year they are about (see DocFeatures.year). */
  readonly years = new Map<number, number>();
  /** Ids of the strong keys (people's whole names, DocFeatures.strong) of its articles. Kept
   * whole, not capped with the keys: one shared name is enough to tie an article to the story. */
  readonly strong = new Set<number>();
  /** Ids of the aged people's keys (DocFeatures.aged) of its articles. */
  readonly aged = new Set<number>();
  /** Ids of the places and days (DocFeatures.placeDays) of its first reports, the articles
   * published within `firstDays` of its first (as `eventDays`). */
  readonly placeDays = new Set<number>();
  /** The days its first reports' news happened (DocFeatures.eventDays of the articles published
   * within `nearDays` of its first): a later article that names one of them retells this story. */
  readonly eventDays = new Set<number>();
  /** Set when this story was merged into another: the index of that story. */
  mergedInto: number | null = null;
  // idf-weighted norms, cached: recomputed when the story changed or idf drifted by 5 %
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

  /** Adds one article's vectors; returns the ids new to this story. */
  add(articleId: string, terms: Sparse, keys: Sparse, people: { strong: Iterable<number>; aged: Iterable<number>; placeDays: Iterable<number> }, days: { day: number | null; eventDays: Iterable<number>; firstDays: number }, year: number | null, vocab: Vocabulary, cap: number): number[] {
    const { strong, aged, placeDays } = people;
    const { day, eventDays, firstDays } = days;
    this.articleIds.push(articleId);
    for (const x of strong) this.strong.add(x);
    for (const x of aged) this.aged.add(x);
    // the days of its first week's reports only: a later follow-up's days would tie other events
    if (day === null || this.dayMin === null || day <= this.dayMin + firstDays) {
      for (const x of eventDays) this.eventDays.add(x);
      for (const x of placeDays) this.placeDays.add(x);
    }
    if (year !== null) this.years.set(year, (this.years.get(year) ?? 0) + 1);
    if (day !== null) this.widenDays(day, day);
    return this.addVectors(terms, keys, vocab, cap);
  }

  /** Takes in every article and weight of `other`, which is left empty and marked merged;
   * returns the ids new to this story and those it dropped. */
  absorb(other: StoryProfile, vocab: Vocabulary, cap: number): number[] {
    for (const a of other.articleIds) this.articleIds.push(a);
    for (const [y, n] of other.years) this.years.set(y, (this.years.get(y) ?? 0) + n);
    for (const x of other.strong) this.strong.add(x);
    for (const x of other.aged) this.aged.add(x);
    for (const x of other.placeDays) this.placeDays.add(x);
    for (const x of other.eventDays) this.eventDays.add(x);
    if (other.dayMin !== null && other.dayMax !== null) this.widenDays(other.dayMin, other.dayMax);
    const fresh = this.addVectors(other.terms, other.keys, vocab, cap);
    other.mergedInto = this.index;
    other.articleIds.length = 0;
    other.terms = EMPTY;
    other.keys = EMPTY;
    other.years.clear();
    other.strong.clear();
    other.aged.clear();
    other.placeDays.clear();
    other.eventDays.clear();
    return fresh;
  }

  /** Whether this story and `ids` name a person in common. */
  sharesStrong(ids: ReadonlySet<number>): boolean {
    return meet(ids, this.strong);
  }

  /** Whether `days` holds one of the days this story's news happened (eventDays). */
  recalls(days: ArrayLike<number>): boolean {
    for (let i = 0; i < days.length; i++) if (this.eventDays.has(days[i]!)) return true;
    return false;
  }

  /** Whether this story and `ids` name an aged person in common. */
  sharesAged(ids: ReadonlySet<number>): boolean {
    return meet(ids, this.aged);
  }

  /** Whether this story's first reports and `ids` name a place and a day in common (placeDays). */
  sharesPlaceDay(ids: ReadonlySet<number>): boolean {
    return meet(ids, this.placeDays);
  }

  private widenDays(a: number, b: number): void {
    this.dayMin = this.dayMin === null ? a : Math.min(this.dayMin, a);
    this.dayMax = this.dayMax === null ? b : Math.max(this.dayMax, b);
  }

  private addVectors(terms: Sparse, keys: Sparse, vocab: Vocabulary, cap: number): number[] {
    const idf = (id: number) => vocab.idf(id);
    const t = addInto(this.terms, terms);
    const k = addInto(this.keys, keys);
    // keep the profile small: past twice the cap, drop back to the cap heaviest
    this.terms = t.sum.ids.length > 2 * cap ? top(t.sum, cap, idf) : t.sum;
    this.keys = k.sum.ids.length > 2 * cap ? top(k.sum, cap, idf) : k.sum;
    this.normAt = -1;
    return t.fresh.concat(k.fresh);
  }

  /** idf-weighted L2 norms of the term and key centroids. */
  norms(vocab: Vocabulary): { t: number; k: number } {
    if (this.normAt < 0 || vocab.docs > this.normAt * 1.05 + 8) {
      const idf = (id: number) => vocab.idf(id);
      this.normT = normIdf(this.terms, idf);
      this.normK = normIdf(this.keys, idf);
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
      strong: [...this.strong],
      aged: [...this.aged],
      placeDays: [...this.placeDays],
      eventDays: [...this.eventDays],
      norms: [this.normT, this.normK, this.normAt],
      ...(this.mergedInto !== null ? { mergedInto: this.mergedInto } : {}),
    };
  }

  static fromJSON(index: number, d: StoryProfileJSON): StoryProfile | null {
    if (!d || typeof d !== "object" || typeof d.id !== "string" || !Array.isArray(d.articleIds)) return null;
    const p = new StoryProfile(index, d.id);
    for (const a of d.articleIds) if (typeof a === "string") p.articleIds.push(a);
    const terms = unflatten(d.terms);
    const keys = unflatten(d.keys);
    if (!terms || !keys) return null;
    p.terms = terms;
    p.keys = keys;
    p.dayMin = typeof d.dayMin === "number" ? d.dayMin : null;
    p.dayMax = typeof d.dayMax === "number" ? d.dayMax : null;
    p.mergedInto = typeof d.mergedInto === "number" ? d.mergedInto : null;
    if (Array.isArray(d.years)) {
      for (let i = 0; i + 1 < d.years.length; i += 2) {
        const y = d.years[i];
        const n = d.years[i + 1];
        if (typeof y !== "number" || typeof n !== "number") return null;
        p.years.set(y, n);
      }
    }
    // absent from version-2 states, which had no strong keys (and from older ones, the later sets)
    if (!readInts(d.strong, p.strong, 0) || !readInts(d.aged, p.aged, 0) || !readInts(d.placeDays, p.placeDays, 0) || !readInts(d.eventDays, p.eventDays, -Infinity)) return null;
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
  /** [id, weight, id, weight, …], ids increasing */
  terms: number[];
  keys: number[];
  dayMin: number | null;
  dayMax: number | null;
  /** [year, articles, year, articles, …] */
  years?: number[];
  /** Strong key ids (absent before version 3). */
  strong?: number[];
  /** Aged people's key ids (absent before version 4). */
  aged?: number[];
  /** Place-and-day ids (absent before version 5). */
  placeDays?: number[];
  /** Event days (absent before version 4). */
  eventDays?: number[];
  /** Cached [term norm, key norm, article count when computed]: kept so that a restored grouper
   * decides exactly as the one that was saved. */
  norms?: number[];
  mergedInto?: number;
}

/** Whether two sets hold an element in common (the smaller one walked). */
function meet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

/** Adds a saved list of integers of at least `min` to `into`; true when absent, false when malformed. */
function readInts(list: unknown, into: Set<number>, min: number): boolean {
  if (!Array.isArray(list)) return true;
  for (const x of list) {
    if (typeof x !== "number" || !Number.isInteger(x) || x < min) return false;
    into.add(x);
  }
  return true;
}
