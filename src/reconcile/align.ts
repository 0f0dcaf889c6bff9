// Aligns mentions from different articles that state the same fact: a pair is linked when the
// sentences around them are about the same thing (weighted containment of content stems, words
// rare in the story counting more) above a threshold that depends on whether their values agree.
import { contentStems } from "./context.js";

export interface Alignable {
  articleId: string;
  sentence: string;
  text: string;
}

/** Story-level inverse document frequency over the sentences that carry mentions. */
export class StoryIdf {
  private readonly df = new Map<string, number>();
  private n = 0;
  constructor(sentences: Iterable<string>) {
    for (const s of new Set(sentences)) {
      this.n++;
      for (const w of contentStems(s)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
  }
  weight(w: string): number {
    return Math.log(1 + this.n / (this.df.get(w) ?? 1));
  }
}

/** Weighted share of the lighter bag found in the other, and the shared words. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: StoryIdf): { score: number; shared: string[] } {
  if (!a.size || !b.size) return { score: 0, shared: [] };
  const sum = (s: ReadonlySet<string>) => [...s].reduce((t, w) => t + idf.weight(w), 0);
  const shared = [...a].filter((w) => b.has(w));
  const score = shared.reduce((t, w) => t + idf.weight(w), 0) / Math.min(sum(a), sum(b));
  return { score, shared };
}

/** Union-find over indices. */
export function clusters(n: number, linked: (i: number, j: number) => boolean): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (find(i) !== find(j) && linked(i, j)) parent[find(i)] = find(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  return [...groups.values()];
}

/** Context bag of a mention: its sentence's content stems minus the mention's own words. */
export function mentionContext(m: Alignable): Set<string> {
  return contentStems(m.sentence.replace(m.text, " "));
}
