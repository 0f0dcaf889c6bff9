// An inverted index from term and key ids to the stories whose profile holds them: the blocking
// step, so an article is scored against a handful of stories instead of all of them.
import type { StoryProfile } from "./profile.js";
import type { Vocabulary } from "./vocabulary.js";

export interface PostingOptions {
  /** Ids held by more articles than this are too common to find candidates with. */
  maxDf: number;
  /** Article counts (df) of the ids looked up, summed, at most, rarest ids first: bounds the cost
   * of an article whatever the size of the index. */
  budget: number;
  /** Stories returned at most. */
  limit: number;
}

export class Postings {
  private readonly lists = new Map<number, number[]>();
  private acc = new Float64Array(256);
  private mark = new Int32Array(256);
  private gen = 0;
  /** Per story: 0 live, 1 live but pruned (check the profile), 2 merged away. */
  private state = new Uint8Array(256);

  /** Notes that story `story` dropped ids (1) or was merged away (2). */
  setState(story: number, st: 1 | 2): void {
    if (story >= this.state.length) {
      const grown = new Uint8Array(Math.max(story + 1, this.state.length * 2));
      grown.set(this.state);
      this.state = grown;
    }
    if (st > this.state[story]!) this.state[story] = st;
  }

  /** Records that story `story` now holds id `id`. */
  post(id: number, story: number): void {
    const l = this.lists.get(id);
    if (l === undefined) this.lists.set(id, [story]);
    else if (l[l.length - 1] !== story) l.push(story);
  }

  /**
   * The stories holding the most (idf-weighted) of `probe`, best first (ties: older story first).
   * A story counts an id only while its profile still holds it (profiles drop light terms) and
   * while it has not been merged away.
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
    const state = this.state;
    const touched: number[] = [];
    // rarest first, each id once
    const ids = [...new Set(probe)].filter((id) => v.dfOf(id) <= o.maxDf);
    ids.sort((a, b) => v.dfOf(a) - v.dfOf(b) || a - b);
    let budget = o.budget;
    for (const id of ids) {
      const df = v.dfOf(id);
      if (df > budget) break;
      budget -= df;
      const l = this.lists.get(id);
      if (l === undefined) continue;
      const idf = v.idf(id);
      const g = ++this.gen;
      for (const s of l) {
        if (mark[s] === g) continue; // listed twice (dropped, then regained the id)
        mark[s] = g;
        const st = s < state.length ? state[s]! : 0;
        if (st === 2) continue;
        if (st === 1 && !profiles[s]!.terms.has(id) && !profiles[s]!.keys.has(id)) continue;
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
