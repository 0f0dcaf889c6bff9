// Interns terms and keys to small integers and counts, incrementally, how many articles hold each
// (document frequency), so inverse document frequency is always that of the articles seen so far.
//
// The word → id table is an open-addressing hash table over typed arrays rather than a Map: at
// 100k articles it holds millions of words, and a Map's lookups (chained entries, a string object
// to reach for every comparison) were a fifth of grouping's time; here a lookup is one probe into
// a flat array. Words are told apart by a 64-bit hash (two 32-bit lanes) without reading the
// word: among ten million words the chance that any two share a hash is about 3 in a million.

/** Set by hashWord: the second lane of the last hash. */
let lane2 = 0;

/** Two FNV-1a-style lanes over UTF-16 code units, finalized so that low bits spread; returns the
 * first lane and leaves the second in `lane2`. */
function hashWord(w: string): number {
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= b >>> 15;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  lane2 = b | 0;
  return a | 0;
}

// a slot is three ints: first lane, second lane, id + 1 (0: empty)
const STRIDE = 3;

export class Vocabulary {
  private readonly words: string[] = [];
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
    return this.words.length;
  }

  /** The id of `word`, interning it when new. */
  intern(word: string): number {
    const h = hashWord(word);
    const h2 = lane2;
    const t = this.table;
    const mask = this.mask;
    let s = h & mask;
    for (;;) {
      const at = s * STRIDE;
      const id1 = t[at + 2]!;
      if (id1 === 0) break;
      if (t[at] === h && t[at + 1] === h2) return id1 - 1;
      s = (s + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.df.length) {
      const n = this.df.length * 2;
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
    const at = s * STRIDE;
    t[at] = h;
    t[at + 1] = h2;
    t[at + 2] = id + 1;
    if (2 * (id + 1) > mask) this.rehash();
    return id;
  }

  /** The id of `word` if known. */
  idOf(word: string): number | undefined {
    const h = hashWord(word);
    const h2 = lane2;
    const t = this.table;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * STRIDE;
      const id1 = t[at + 2]!;
      if (id1 === 0) return undefined;
      if (t[at] === h && t[at + 1] === h2) return id1 - 1;
    }
  }

  word(id: number): string {
    return this.words[id] ?? "";
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

  toJSON(): { docs: number; words: string[]; df: number[] } {
    return { docs: this.docs, words: [...this.words], df: Array.from(this.df.subarray(0, this.words.length)) };
  }

  static fromJSON(data: unknown): Vocabulary | null {
    const d = data as { docs?: unknown; words?: unknown; df?: unknown } | null;
    if (!d || typeof d.docs !== "number" || !Array.isArray(d.words) || !Array.isArray(d.df)) return null;
    if (d.words.length !== d.df.length) return null;
    const v = new Vocabulary();
    for (let i = 0; i < d.words.length; i++) {
      const w = d.words[i];
      const f = d.df[i];
      if (typeof w !== "string" || typeof f !== "number" || v.idOf(w) !== undefined) return null;
      v.intern(w);
      v.df[i] = f;
    }
    v.docs = d.docs;
    return v;
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
