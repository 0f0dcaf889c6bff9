// Non-cryptographic string hashes, all built on FNV-1a over UTF-16 code units: a 32-bit one, a
// short base-36 key, a 12-character id from two lanes, and the grouper's 64-bit word hash.

/** FNV-1a's 32-bit offset basis and prime (for callers that mix hashes of their own). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, unsigned. */
export function fnv1a32(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** fnv1a32 in base 36: a short stable key ("new since your visit" marks in the HTML report). */
export const fnv1a32Base36 = (s: string): string => fnv1a32(s).toString(36);

/** A 12-character base-36 id (entity ids): two 32-bit FNV-1a-style lanes with different seeds. */
export function hash12(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0")).slice(0, 12);
}

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
