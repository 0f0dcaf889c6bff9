// Keeps one reading where parsers overlap: the longest span wins ("four years ago" over "four
// years", "May 2010" over "2010"); on equal spans, the parser listed first in times.ts.
import type { Found } from "./types.js";

export interface Ranked {
  found: Found;
  rank: number;
}

export function resolveOverlaps(all: readonly Ranked[]): Found[] {
  const order = [...all].sort(
    (a, b) => b.found.end - b.found.start - (a.found.end - a.found.start) || a.rank - b.rank || a.found.start - b.found.start,
  );
  // the kept spans never overlap, so in start order their ends rise too: one binary search finds
  // the only kept span a new one could overlap (the first that ends after it starts)
  const kept: Found[] = [];
  for (const { found } of order) {
    if (found.end <= found.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= found.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < found.end) continue;
    kept.splice(lo, 0, found);
  }
  return kept;
}
