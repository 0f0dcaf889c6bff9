// A 64-bit hash of a word, as two 32-bit lanes: the grouper knows a word only by it, so features
// can be made on another thread and handed over as plain integers. Among ten million distinct
// words the chance that any two share a hash is about 3 in a million.

/** The second lane of the last hashWord() call. */
export let lane2 = 0;

/** Two FNV-1a-style lanes over UTF-16 code units, finalized so that low bits spread; returns the
 * first lane and leaves the second in `lane2`. */
export function hashWord(w: string): number {
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
