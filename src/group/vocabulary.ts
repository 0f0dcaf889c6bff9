// Interns terms and keys to small integers and counts, incrementally, how many articles hold each
// (document frequency), so inverse document frequency is always that of the articles seen so far.
//
// A word is known by its 64-bit hash (hash.ts), never by its text: the table is an open-addressing
// hash table over one typed array, where a lookup is one probe into flat memory. (A Map of strings
// was a fifth of grouping's time at 100k articles, and its millions of strings a tenth of the
// memory.)
import { hashWord, lane2 } from "../text/hash.js";

// The prior of smallRunIdf(), used only between an article and a story close in time (or undated):
// chosen on small runs cut from the incidents dev set (40 runs of the 2–4 shootings of one city:
// mean B-cubed F1 0.908 → 0.919, runs with an incident split 18 → 15, with two mixed 4 → 4) and on
// four small runs of developing stories written for the test (a flood, a typhoon, an explosion,
// protests; 3 reports each: 7 stories → 4); whole runs barely move (incidents stories F1 0.9540 →
// 0.9544, ECB+ 0.9146 → 0.9149); 50 pseudo-articles cost ECB+ 0.004.
const PRIOR_DOCS = 30;
const PRIOR_SHARE = 0.05;

// a slot is three ints: first lane, second lane, id + 1 (0: empty)
const STRIDE = 3;

export class Vocabulary {
  private count = 0;
  /** id → its two hash lanes. */
  private lanes = new Int32Array(2048);
  private df = new Int32Array(1024);
  // idf memo: the value, and 1 + the article count it was computed at (df changes only when that
  // count does, in countDoc)
  private idfVal = new Float64Array(1024);
  private idfAt = new Float64Array(1024);
  /** The hash table; kept under half full. */
  private table = new Int32Array(2048 * STRIDE);
  private mask = 2047;
  /** Articles counted so far. */
  docs = 0;

  get size(): number {
    return this.count;
  }

  /** The id of `word`, interning it when new. */
  intern(word: string): number {
    const a = hashWord(word);
    return this.internHash(a, lane2);
  }

  /** The id of the word whose hash lanes are `a`, `b`, interning it when new. */
  internHash(a: number, b: number): number {
    const t = this.table;
    const mask = this.mask;
    let s = a & mask;
    for (;;) {
      const at = s * STRIDE;
      const id1 = t[at + 2]!;
      if (id1 === 0) break;
      if (t[at] === a && t[at + 1] === b) return id1 - 1;
      s = (s + 1) & mask;
    }
    const id = this.count++;
    if (id >= this.df.length) this.grow();
    this.lanes[2 * id] = a;
    this.lanes[2 * id + 1] = b;
    const at = s * STRIDE;
    t[at] = a;
    t[at + 1] = b;
    t[at + 2] = id + 1;
    if (2 * (id + 1) > mask) this.rehash();
    return id;
  }

  /** The id of `word` if known. */
  idOf(word: string): number | undefined {
    const a = hashWord(word);
    return this.find(a, lane2);
  }

  /** Counts one more article holding each id of `lists` (each id once overall). */
  countDoc(...lists: readonly ArrayLike<number>[]): void {
    this.docs++;
    for (const ids of lists) for (let i = 0; i < ids.length; i++) this.df[ids[i]!]!++;
  }

  dfOf(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed inverse document frequency: ln(1 + N / df). */
  idf(id: number): number {
    if (this.idfAt[id] === this.docs + 1) return this.idfVal[id]!;
    const x = Math.log(1 + this.docs / Math.max(1, this.df[id] ?? 0));
    if (id >= 0 && id < this.idfAt.length) {
      this.idfVal[id] = x;
      this.idfAt[id] = this.docs + 1;
    }
    return x;
  }

  /** Pseudo-articles of the prior of smallRunIdf(): PRIOR_DOCS² / (PRIOR_DOCS + N), under 0.5 past
   * 1,770 articles (where grouping stops asking for it). */
  priorDocs(): number {
    return (PRIOR_DOCS * PRIOR_DOCS) / (PRIOR_DOCS + this.docs);
  }

  /** idf() with a prior of priorDocs() pseudo-articles in which every word is equally common:
   * ln(1 + (N + p) / (df + p·PRIOR_SHARE)). In a run of a dozen articles the counts say little (a
   * place all three reports of a flood name is in 3 of 12, a word only one of them uses in 1 of 12,
   * and idf() weighs the second far above the first); the prior evens them out, and fades as the
   * run grows. */
  smallRunIdf(id: number): number {
    const p = this.priorDocs();
    return Math.log(1 + (this.docs + p) / Math.max(1, (this.df[id] ?? 0) + p * PRIOR_SHARE));
  }

  /** Plain JSON: the article count, and per id its hash lanes and document frequency. */
  toJSON(): { docs: number; hashes: number[]; df: number[] } {
    return { docs: this.docs, hashes: Array.from(this.lanes.subarray(0, 2 * this.count)), df: Array.from(this.df.subarray(0, this.count)) };
  }

  static fromJSON(data: unknown): Vocabulary | null {
    const d = data as { docs?: unknown; hashes?: unknown; df?: unknown } | null;
    if (!d || typeof d.docs !== "number" || !Array.isArray(d.hashes) || !Array.isArray(d.df)) return null;
    if (d.hashes.length !== 2 * d.df.length) return null;
    const v = new Vocabulary();
    for (let i = 0; i < d.df.length; i++) {
      const a = d.hashes[2 * i];
      const b = d.hashes[2 * i + 1];
      const f = d.df[i];
      if (!Number.isInteger(a) || !Number.isInteger(b) || typeof f !== "number") return null;
      if (v.find(a as number, b as number) !== undefined) return null;
      v.internHash(a as number, b as number);
      v.df[i] = f;
    }
    v.docs = d.docs;
    return v;
  }

  private find(a: number, b: number): number | undefined {
    const t = this.table;
    for (let s = a & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * STRIDE;
      const id1 = t[at + 2]!;
      if (id1 === 0) return undefined;
      if (t[at] === a && t[at + 1] === b) return id1 - 1;
    }
  }

  private grow(): void {
    const n = this.df.length * 2;
    const lanes = new Int32Array(2 * n);
    lanes.set(this.lanes);
    this.lanes = lanes;
    const df = new Int32Array(n);
    df.set(this.df);
    this.df = df;
    const val = new Float64Array(n);
    val.set(this.idfVal);
    this.idfVal = val;
    const at = new Float64Array(n);
    at.set(this.idfAt);
    this.idfAt = at;
  }

  private rehash(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const t = new Int32Array(size * STRIDE);
    const mask = size - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] === 0) continue;
      let s = old[at]! & mask;
      while (t[s * STRIDE + 2] !== 0) s = (s + 1) & mask;
      t.set(old.subarray(at, at + STRIDE), s * STRIDE);
    }
    this.table = t;
    this.mask = mask;
  }
}
