// Overlapping candidates: the higher priority stays, then the longer span, then the earlier one.
import type { Candidate } from "./types.js";

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  // the characters kept candidates cover, one flag each (spans are short), instead of comparing every pair
  let size = 0;
  let negative = false;
  for (const c of order) {
    if (c.end > size) size = c.end;
    if (c.start < 0) negative = true;
  }
  const taken = negative ? null : new Uint8Array(size);
  for (const c of order) {
    if (c.end <= c.start) continue;
    if (!taken) {
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    } else {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
    }
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
