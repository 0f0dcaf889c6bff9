// A set of lower-case words looked up by the characters of a span of text, without slicing or
// lower-casing the span first: a trie over char codes. The tokenizer asks it whether each word
// may start a numeral, and the sentence gate (cues.ts mayHoldFigure) asks it whether any word of
// a sentence may; the gate runs on every word of every sentence, so it must not build strings.
// Answers equal `set.has(text.slice(a, b).toLowerCase())`: a character the trie does not know
// lower-cases the plain way.

/** Characters below this are folded by table; the rest take the slow path. */
const TABLE = 0x250;
/** Lower case of each code below TABLE, or -1 when it lower-cases to something odd ("İ" → "i̇"). */
const LOWER = new Int32Array(TABLE);
for (let code = 0; code < TABLE; code++) {
  const l = String.fromCharCode(code).toLowerCase();
  LOWER[code] = l.length === 1 ? l.charCodeAt(0) : -1;
}

export class WordSet {
  private readonly words: Set<string>;
  /** Alphabet index of each lower-cased code below TABLE, -1 when no word uses it. */
  private readonly alpha = new Int16Array(TABLE).fill(-1);
  private readonly size: number;
  /** next[node * size + letter] = child node, 0 when none (node 0 is the root, never a child). */
  private next: Int32Array;
  private final: Uint8Array;
  private nodes = 1;
  readonly maxLength: number;

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].map((w) => w.toLowerCase()));
    let letters = 0;
    let max = 0;
    for (const w of this.words) {
      max = Math.max(max, w.length);
      for (let i = 0; i < w.length; i++) {
        const code = w.charCodeAt(i);
        if (code < TABLE && this.alpha[code] === -1) this.alpha[code] = letters++;
      }
    }
    this.maxLength = max;
    this.size = Math.max(1, letters);
    this.next = new Int32Array(this.size * 64);
    this.final = new Uint8Array(64);
    for (const w of this.words) this.add(w);
  }

  private add(w: string): void {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const code = w.charCodeAt(i);
      const a = code < TABLE ? this.alpha[code]! : -1;
      if (a < 0) return; // only reachable through the slow path, which asks the Set
      let child = this.next[node * this.size + a]!;
      if (child === 0) {
        child = this.nodes++;
        if (this.nodes * this.size > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
          const fin = new Uint8Array(this.final.length * 2);
          fin.set(this.final);
          this.final = fin;
        }
        this.next[node * this.size + a] = child;
      }
      node = child;
    }
    this.final[node] = 1;
  }

  /** Is text[start, end) (lower-cased) one of the words? */
  hasSpan(text: string, start: number, end: number): boolean {
    if (end - start > this.maxLength || end <= start) {
      // a longer span can still lower-case to a word only through the odd characters
      return end > start && this.slow(text, start, end);
    }
    let node = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= TABLE) return this.slow(text, start, end);
      const l = LOWER[code]!;
      if (l < 0 || l >= TABLE) return this.slow(text, start, end);
      const a = this.alpha[l]!;
      if (a < 0) return false;
      node = this.next[node * this.size + a]!;
      if (node === 0) return false;
    }
    return this.final[node] === 1;
  }

  private slow(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= TABLE || LOWER[code]! < 0) return this.words.has(text.slice(start, end).toLowerCase());
    }
    return false;
  }
}
