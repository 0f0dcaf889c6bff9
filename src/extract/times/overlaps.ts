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
  const kept: Found[] = [];
  for (const { found } of order) {
    if (found.end <= found.start) continue;
    if (kept.some((k) => found.start < k.end && k.start < found.end)) continue;
    kept.push(found);
  }
  return kept.sort((a, b) => a.start - b.start);
}
