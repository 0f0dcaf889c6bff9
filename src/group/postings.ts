// An inverted index from term and key ids to the stories that took them in: the blocking step,
// so an article is scored against a handful of stories instead of all of them.
//
// Only ids held by at most `maxDf` articles are indexed: commoner ones never find a useful
// candidate, and their lists would grow with the corpus. A list may still name a story that has
// since dropped the id from its profile (a light term): that only makes it a candidate a little
// more easily. Merged-away stories are skipped. The lists are saved with the grouper's state, so
// a restored grouper finds exactly the candidates the saved one would have.
import type { Vocabulary } from "./vocabulary.js";

export class Postings {
  /** id → stories (ids are small dense integers, so an array beats a Map). */
  private readonly lists: (number[] | undefined)[] = [];
  private acc = new Float64Array(256);
  private dead = new Uint8Array(256);

  constructor(readonly maxDf: number) {}

  /** Records that story `story` took in id `id` (which its profile did not hold before). */
  post(id: number, story: number, v: Vocabulary): void {
    if (v.dfOf(id) > this.maxDf) {
      this.lists[id] = undefined; // too common from now on: never read again
      return;
    }
    const l = this.lists[id];
    if (l === undefined) {
      while (this.lists.length < id) this.lists.push(undefined);
      this.lists[id] = [story];
    } else l.push(story);
  }

  /** Notes that story `story` was merged away: it is never a candidate again. */
  retire(story: number): void {
    if (story >= this.dead.length) {
      const grown = new Uint8Array(Math.max(story + 1, this.dead.length * 2));
      grown.set(this.dead);
      this.dead = grown;
    }
    this.dead[story] = 1;
  }

  /** The lists as plain JSON: [id, [stories…]], …; freed and empty lists left out. */
  toJSON(): [number, number[]][] {
    const out: [number, number[]][] = [];
    this.lists.forEach((l, id) => {
      if (l !== undefined && l.length > 0) out.push([id, [...l]]);
    });
    return out;
  }

  /** Restores lists saved by toJSON(); false when `data` is not such lists. */
  load(data: unknown, stories: number): boolean {
    if (!Array.isArray(data)) return false;
    for (const e of data) {
      if (!Array.isArray(e) || e.length !== 2 || !Number.isInteger(e[0]) || e[0] < 0 || !Array.isArray(e[1])) return false;
      const l: number[] = [];
      for (const s of e[1] as unknown[]) {
        if (!Number.isInteger(s) || (s as number) < 0 || (s as number) >= stories) return false;
        l.push(s as number);
      }
      while (this.lists.length < e[0]) this.lists.push(undefined);
      this.lists[e[0] as number] = l;
    }
    return true;
  }

  /**
   * The `limit` stories holding the most (idf-weighted) of `probe`, best first (ties: older story
   * first). Ids are read rarest first, until their article counts add up to `budget`: this bounds
   * the cost of an article whatever the size of the index.
   */
  candidates(probe: readonly number[] /* distinct ids */, v: Vocabulary, stories: number, budget: number, limit: number): number[] {
    if (this.acc.length < stories) this.acc = new Float64Array(Math.max(stories, this.acc.length * 2));
    const acc = this.acc;
    const touched: number[] = [];
    const ids: number[] = [];
    const dfs: number[] = [];
    for (const id of probe) {
      const df = v.dfOf(id);
      if (df <= this.maxDf && df <= budget) {
        ids.push(id);
        dfs.push(df);
      }
    }
    const order = ids.map((_, i) => i).sort((a, b) => dfs[a]! - dfs[b]! || ids[a]! - ids[b]!);
    for (const i of order) {
      if (dfs[i]! > budget) break;
      budget -= dfs[i]!;
      const l = this.lists[ids[i]!];
      if (l === undefined) continue;
      const idf = v.idf(ids[i]!);
      const dead = this.dead;
      for (const s of l) {
        if (s < dead.length && dead[s] === 1) continue;
        if (acc[s] === 0) touched.push(s);
        acc[s]! += idf;
      }
    }
    const best: number[] = [];
    if (limit > 0) {
      // kept sorted in a small array: most stories touched never enter it
      const better = (a: number, b: number) => acc[a]! > acc[b]! || (acc[a] === acc[b] && a < b);
      for (const s of touched) {
        if (best.length === limit && !better(s, best[limit - 1]!)) continue;
        let k = best.length < limit ? best.length : limit - 1;
        while (k > 0 && better(s, best[k - 1]!)) {
          best[k] = best[k - 1]!;
          k--;
        }
        best[k] = s;
      }
    }
    for (const s of touched) acc[s] = 0;
    return best;
  }
}
