// An inverted index from term and key ids to the stories whose profile holds them: the blocking
// step, so an article is scored against a handful of stories instead of all of them.
import type { StoryProfile } from "./profile.js";
import type { Vocabulary } from "./vocabulary.js";

export interface PostingOptions {
  /** Ids held by more articles than this are too common to find candidates with. */
  maxDf: number;
  /** Stories returned at most. */
  limit: number;
}

export class Postings {
  private readonly lists = new Map<number, number[]>();
  private acc = new Float64Array(256);
  private mark = new Int32Array(256);
  private gen = 0;

  /** Records that story `story` now holds id `id`. */
  post(id: number, story: number): void {
    const l = this.lists.get(id);
    if (l === undefined) this.lists.set(id, [story]);
    else if (l[l.length - 1] !== story) l.push(story);
  }

  /**
   * The stories holding the most (idf-weighted) of `probe`, best first (ties: older story first).
   * A story counts an id only while its profile still holds it (profiles drop light terms).
   */
  candidates(probe: readonly number[], v: Vocabulary, profiles: readonly StoryProfile[], o: PostingOptions): number[] {
    if (this.acc.length < profiles.length) {
      const n = Math.max(profiles.length, this.acc.length * 2);
      this.acc = new Float64Array(n);
      this.mark = new Int32Array(n);
      this.gen = 0;
    }
    const acc = this.acc;
    const mark = this.mark;
    const touched: number[] = [];
    const seen = new Set<number>();
    for (const id of probe) {
      if (seen.has(id)) continue;
      seen.add(id);
      const l = this.lists.get(id);
      if (l === undefined || v.dfOf(id) > o.maxDf) continue;
      const idf = v.idf(id);
      const g = ++this.gen;
      for (const s of l) {
        if (mark[s] === g) continue; // a story listed twice (dropped, then regained the id)
        mark[s] = g;
        const p = profiles[s]!;
        if (p.mergedInto !== null || (!p.terms.has(id) && !p.keys.has(id))) continue;
        if (acc[s] === 0) touched.push(s);
        acc[s]! += idf;
      }
    }
    const scored = touched.map((s) => ({ s, w: acc[s]! }));
    for (const s of touched) acc[s] = 0;
    scored.sort((a, b) => b.w - a.w || a.s - b.s);
    return scored.slice(0, o.limit).map((x) => x.s);
  }
}
