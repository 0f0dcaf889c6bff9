// Interns terms and keys to small integers and counts, incrementally, how many articles hold each
// (document frequency), so inverse document frequency is always that of the articles seen so far.

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private df = new Int32Array(1024);
  /** Articles counted so far. */
  docs = 0;

  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, interning it when new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The id of `word` if known. */
  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  word(id: number): string {
    return this.words[id] ?? "";
  }

  /** Counts one more article holding each id of `lists` (each id once overall). */
  countDoc(...lists: readonly number[][]): void {
    this.docs++;
    for (const ids of lists) for (const id of ids) this.df[id]!++;
  }

  dfOf(id: number): number {
    return this.df[id] ?? 0;
  }

  /** Smoothed inverse document frequency: ln(1 + N / df). */
  idf(id: number): number {
    return Math.log(1 + this.docs / Math.max(1, this.df[id] ?? 0));
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
      if (typeof w !== "string" || typeof f !== "number" || v.ids.has(w)) return null;
      v.intern(w);
      v.df[i] = f;
    }
    v.docs = d.docs;
    return v;
  }
}
