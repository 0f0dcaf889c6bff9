// Sparse vectors as two parallel typed arrays sorted by id: compact (12 bytes an entry), and
// compared by a merge walk instead of hash lookups. Weights are raw; inverse document frequency
// is applied by the caller's `idf` when comparing, so it is always the current one.

export interface Sparse {
  /** Strictly increasing ids. */
  ids: Int32Array;
  ws: Float64Array;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), ws: new Float64Array(0) };

/** Builds a sorted vector from unsorted parallel arrays (ids distinct). */
export function fromPairs(ids: readonly number[], ws: readonly number[]): Sparse {
  const order = ids.map((_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  const out: Sparse = { ids: new Int32Array(order.length), ws: new Float64Array(order.length) };
  order.forEach((j, i) => {
    out.ids[i] = ids[j]!;
    out.ws[i] = ws[j]!;
  });
  return out;
}

/** a + b; also returns the ids of b that a lacked. */
export function addInto(a: Sparse, b: Sparse): { sum: Sparse; fresh: number[] } {
  const n = a.ids.length;
  const m = b.ids.length;
  const ids = new Int32Array(n + m);
  const ws = new Float64Array(n + m);
  const fresh: number[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n || j < m) {
    const x = i < n ? a.ids[i]! : 0x7fffffff;
    const y = j < m ? b.ids[j]! : 0x7fffffff;
    if (x < y) {
      ids[k] = x;
      ws[k++] = a.ws[i++]!;
    } else if (y < x) {
      ids[k] = y;
      ws[k++] = b.ws[j++]!;
      fresh.push(y);
    } else {
      ids[k] = x;
      ws[k++] = a.ws[i++]! + b.ws[j++]!;
    }
  }
  return { sum: { ids: ids.slice(0, k), ws: ws.slice(0, k) }, fresh };
}

/** Σ a_i · b_i · idf(i)². */
export function dotIdf(a: Sparse, b: Sparse, idf: (id: number) => number): number {
  const n = a.ids.length;
  const m = b.ids.length;
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      const f = idf(x);
      s += a.ws[i++]! * b.ws[j++]! * f * f;
    }
  }
  return s;
}

/** ‖a ∘ idf‖. */
export function normIdf(a: Sparse, idf: (id: number) => number): number {
  let s = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.ws[i]! * idf(a.ids[i]!);
    s += x * x;
  }
  return Math.sqrt(s);
}

export function has(a: Sparse, id: number): boolean {
  let lo = 0;
  let hi = a.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = a.ids[mid]!;
    if (x === id) return true;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The `cap` entries with the highest weight·idf (ties: lower id), still sorted by id. */
export function top(a: Sparse, cap: number, idf: (id: number) => number): Sparse {
  const n = a.ids.length;
  if (n <= cap) return a;
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = a.ws[i]! * idf(a.ids[i]!);
  const keep = topIndexes(a.ids, score, cap); // increasing, so ids stay sorted
  const out: Sparse = { ids: new Int32Array(keep.length), ws: new Float64Array(keep.length) };
  for (let k = 0; k < keep.length; k++) {
    out.ids[k] = a.ids[keep[k]!]!;
    out.ws[k] = a.ws[keep[k]!]!;
  }
  return out;
}

/**
 * The indexes of the `cap` highest scores (ties: the lower id), ordered by id. `ids` are distinct
 * non-negative integers below 2^31. Sorts typed arrays without a comparator (several times faster
 * than sorting indexes with a closure): the cut-off score comes from a sorted copy of the scores,
 * and the id order from sorting id·n + index.
 */
export function topIndexes(ids: ArrayLike<number>, score: Float64Array, cap: number): Int32Array {
  const n = ids.length;
  const packed = new Float64Array(Math.min(n, Math.max(0, cap)));
  let k = 0;
  if (n <= cap) {
    for (let i = 0; i < n; i++) packed[k++] = ids[i]! * n + i;
  } else if (cap > 0) {
    const sorted = score.slice().sort();
    const cut = sorted[n - cap]!;
    let above = 0;
    for (let i = 0; i < n; i++) if (score[i]! > cut) above++;
    // ties at the cut-off: the lowest ids
    const ties: number[] = [];
    for (let i = 0; i < n; i++) {
      if (score[i]! > cut) packed[k++] = ids[i]! * n + i;
      else if (score[i] === cut) ties.push(ids[i]! * n + i);
    }
    ties.sort((x, y) => x - y);
    for (let t = 0; t < cap - above; t++) packed[k++] = ties[t]!;
  }
  packed.sort();
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) out[i] = packed[i]! % n;
  return out;
}

/** [id, weight, id, weight, …] */
export function flatten(a: Sparse): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.ids.length; i++) out.push(a.ids[i]!, a.ws[i]!);
  return out;
}

/** Inverse of flatten(); null unless ids are integers in strictly increasing order. */
export function unflatten(x: unknown): Sparse | null {
  if (!Array.isArray(x) || x.length % 2) return null;
  const n = x.length / 2;
  const out: Sparse = { ids: new Int32Array(n), ws: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const id = x[2 * i];
    const w = x[2 * i + 1];
    if (!Number.isInteger(id) || typeof w !== "number" || (i > 0 && (id as number) <= out.ids[i - 1]!)) return null;
    out.ids[i] = id as number;
    out.ws[i] = w;
  }
  return out;
}
