// Aligns mentions from different articles that state the same fact: a pair is linked when the
// sentences around them are about the same thing (weighted containment of content stems, words
// rare in the story counting more) above a threshold that depends on whether their values agree.
import { contentStems, sentenceTokens, spanInSentence, type Placed } from "./context.js";

export interface Alignable extends Placed {
  articleId: string;
}

/** Story-level inverse document frequency over the sentences that carry mentions. */
export class StoryIdf {
  private readonly df = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private readonly sums = new WeakMap<ReadonlySet<string>, number>();
  private n = 0;
  constructor(sentences: Iterable<string>) {
    for (const s of new Set(sentences)) {
      this.n++;
      for (const w of contentStems(s)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
  }
  weight(w: string): number {
    let x = this.weights.get(w);
    if (x === undefined) this.weights.set(w, (x = Math.log(1 + this.n / (this.df.get(w) ?? 1))));
    return x;
  }
  /** Total weight of a bag (cached per bag). */
  sum(bag: ReadonlySet<string>): number {
    let x = this.sums.get(bag);
    if (x === undefined) {
      x = 0;
      for (const w of bag) x += this.weight(w);
      this.sums.set(bag, x);
    }
    return x;
  }
}

/** Weighted share of the lighter bag found in the other, and the shared words. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: StoryIdf): { score: number; shared: string[] } {
  if (!a.size || !b.size) return { score: 0, shared: [] };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared: string[] = [];
  let w = 0;
  for (const x of small)
    if (large.has(x)) {
      shared.push(x);
      w += idf.weight(x);
    }
  return { score: shared.length ? w / Math.min(idf.sum(a), idf.sum(b)) : 0, shared };
}

/** Groups indices by union-find over candidate links, strongest first; `canMerge` may veto joining
 * two groups (given as member lists), so a weak link cannot chain what a strong one separated. */
export function clusters(
  n: number,
  link: (i: number, j: number) => number | false,
  canMerge?: (a: number[], b: number[]) => boolean,
  candidates?: Iterable<readonly [number, number]>,
): number[][] {
  const pairs: [number, number, number][] = [];
  const consider = (i: number, j: number) => {
    const s = link(i, j);
    if (s !== false) pairs.push([i, j, s]);
  };
  if (candidates) for (const [i, j] of candidates) consider(i, j);
  else for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) consider(i, j);
  pairs.sort((a, b) => b[2] - a[2]);
  const parent = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const [i, j] of pairs) {
    let a = find(i);
    let b = find(j);
    if (a === b) continue;
    if (canMerge && !canMerge(members[a]!, members[b]!)) continue;
    if (members[a]!.length > members[b]!.length) [a, b] = [b, a]; // the smaller joins the larger
    parent[a] = b;
    for (const x of members[a]!) members[b]!.push(x);
    members[a] = [];
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/** Context bag of a mention: its sentence's content stems minus the mention's own words. */
export function mentionContext(m: Alignable): Set<string> {
  const toks = sentenceTokens(m.sentence);
  const [at, end] = spanInSentence(m) ?? [-1, -1];
  const out = new Set<string>();
  for (const t of toks) if (t.stem && (at < 0 || t.end <= at || t.start >= end)) out.add(t.stem);
  return out;
}

/** Words of the sentence within `radius` words of the mention, without the mention's own words:
 * what a figure counts is said next to it, not across the sentence. */
export function localContext(m: Alignable, radius = 12): Set<string> {
  const span = spanInSentence(m);
  if (!span) return mentionContext(m);
  const [at, end] = span;
  const toks = sentenceTokens(m.sentence);
  const out = new Set<string>();
  let first = toks.findIndex((t) => t.start >= at);
  if (first < 0) first = toks.length;
  for (let i = Math.max(0, first - radius); i < first; i++) if (toks[i]!.stem && toks[i]!.end <= at) out.add(toks[i]!.stem!);
  const after = toks.findIndex((t) => t.start >= end);
  if (after >= 0) for (let i = after; i < Math.min(toks.length, after + radius); i++) if (toks[i]!.stem) out.add(toks[i]!.stem!);
  return out;
}

/** Plain (unweighted) share of the smaller bag found in the other. */
export function plainContainment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n / s.size;
}

/** Stems shared by more mentions than this say nothing about which ones belong together. */
export const MAX_POSTINGS = 400;

/**
 * Pairs (i < j) worth comparing: same block key (when given) and at least one shared stem that is
 * not in more than MAX_POSTINGS bags. Keeps alignment near-linear in large stories, where
 * comparing every pair of mentions would be quadratic.
 */
export function candidatePairs(bags: readonly ReadonlySet<string>[], key?: (i: number) => string | null): [number, number][] {
  const postings = new Map<string, number[]>();
  bags.forEach((bag, i) => {
    const k = key ? key(i) : "";
    if (k === null) return;
    for (const w of bag) {
      const p = `${k}\u0000${w}`;
      const list = postings.get(p);
      if (list) list.push(i);
      else postings.set(p, [i]);
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const n = bags.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const id = list[x]! * n + list[y]!;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push([list[x]!, list[y]!]);
      }
  }
  return out;
}
