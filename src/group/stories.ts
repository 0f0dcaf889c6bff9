// Groups articles into stories, one article at a time. Each article is reduced to two small sparse
// vectors (content terms; names, numbers and dates) and compared only with the stories that share a
// rare term or a key with it (an inverted index over story profiles), against each story's
// centroid, with inverse document frequency estimated from the articles seen so far. It joins the
// best story when the similarity clears a threshold, and starts a story otherwise. Adding an
// article never re-reads another article's text.
import { createHash } from "node:crypto";
import { docFeatures, type GroupDoc } from "./features.js";
import { Postings } from "./postings.js";
import { StoryProfile, type Sparse, type StoryProfileJSON } from "./profile.js";
import { Vocabulary } from "./vocabulary.js";

export type { GroupDoc } from "./features.js";

export interface GroupOptions {
  /** Smallest similarity at which an article joins a story. */
  threshold: number;
  /** Share of the similarity that comes from specific keys (names, numbers, dates) rather than
   * content words: two events of the same kind share words but not names or figures. */
  keyWeight: number;
  /** A title word counts this many body words. */
  titleWeight: number;
  /** Terms kept per article (the ones with the highest tf·idf). */
  docTerms: number;
  /** Terms (and keys) kept per story profile. */
  profileCap: number;
  /** Rarest terms of an article looked up in the index to find candidate stories. */
  queryTerms: number;
  /** Candidate stories scored in full. */
  candidates: number;
  /** Ids held by more articles than this are not used to find candidates. */
  maxProbeDf: number;
  /** Two stories whose centroids are this similar become one (1: never). */
  mergeThreshold: number;
  /** Articles published more than this many days after (or before) a story's span never join it. */
  maxGapDays: number;
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = {
  threshold: 0.2,
  keyWeight: 0.5,
  titleWeight: 2,
  docTerms: 120,
  profileCap: 300,
  queryTerms: 24,
  candidates: 24,
  maxProbeDf: 2000,
  mergeThreshold: 0.5,
  maxGapDays: 45,
};

export interface GroupDecision {
  storyId: string;
  created: boolean;
  /** Similarity to the story joined (or to the best candidate when a story was created). */
  score: number;
  /** Stories compared in full. */
  compared: number;
}

interface GrouperJSON {
  format: "sitrep-group";
  version: 1;
  options: GroupOptions;
  vocab: ReturnType<Vocabulary["toJSON"]>;
  stories: StoryProfileJSON[];
}

/** "s-" + 12 hex digits of the SHA-1 of the story's first article id. */
export function storyIdFor(firstArticleId: string): string {
  return "s-" + createHash("sha1").update(firstArticleId).digest("hex").slice(0, 12);
}

export class StoryGrouper {
  readonly options: GroupOptions;
  vocab = new Vocabulary();
  readonly profiles: StoryProfile[] = [];
  private readonly byArticle = new Map<string, number>();
  private readonly byStoryId = new Map<string, number>();
  private postings = new Postings();

  constructor(opts: Partial<GroupOptions> = {}) {
    this.options = { ...DEFAULT_GROUP_OPTIONS, ...opts };
    this.vocab.prior = (this.options as any).idfPrior ?? 0;
  }

  /** Adds one article; returns the id of the story it joined or created. Adding an id again
   * returns its story and changes nothing. */
  add(doc: GroupDoc): string {
    return this.addWithDecision(doc).storyId;
  }

  /** Like add(), with the score behind the decision. */
  addWithDecision(doc: GroupDoc): GroupDecision {
    const known = this.byArticle.get(doc.id);
    if (known !== undefined) return { storyId: this.profiles[known]!.id, created: false, score: 1, compared: 0 };
    const o = this.options;
    const f = docFeatures(doc, { titleWeight: o.titleWeight, datelineChars: (o as any).datelineChars ?? 160 });
    const v = this.vocab;

    // intern and count the article's terms and keys
    const termIds: number[] = [];
    const termTf: number[] = [];
    for (const [t, n] of f.terms) {
      termIds.push(v.intern(t));
      termTf.push(n);
    }
    const keyIds: number[] = [];
    const keyTf: number[] = [];
    for (const [k, n] of f.keys) {
      keyIds.push(v.intern(k));
      keyTf.push(n);
    }
    v.countDoc(termIds, keyIds);

    const terms = weigh(termIds, termTf, v, o.docTerms, 0);
    const keys = weigh(keyIds, keyTf, v, o.profileCap, (o as any).keyTf ?? 0);

    // candidates: stories sharing a key or one of the article's rarest terms
    const probe: number[] = [...keys.ids];
    const rare = terms.ids
      .map((id, i) => ({ id, s: v.idf(id), i }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, o.queryTerms);
    for (const r of rare) probe.push(r.id);
    const cands = this.postings.candidates(probe, v, this.profiles, { maxDf: o.maxProbeDf, limit: o.candidates });

    let best = -1;
    let bestScore = 0;
    let bestRaw = 0;
    for (const s of cands) {
      const p = this.profiles[s]!;
      if (f.day !== null && p.dayMin !== null && p.dayMax !== null) {
        if (f.day > p.dayMax + o.maxGapDays || f.day < p.dayMin - o.maxGapDays) continue;
      }
      let sc = similarity(terms, keys, p, v, o.keyWeight);
      const tw = (o as any).typed as number[] | undefined;
      if (tw) {
        const f2 = debugFeatures(terms, keys, p, v);
        sc = tw[0]! * f2.cosT! + tw[1]! * f2.cosE! + tw[2]! * f2.cosN! + tw[3]! * f2.cosD! - (tw[4] ?? 0) * f2.yd! - (tw[5] ?? 0) * Math.log(p.size);
      }
      if ((o as any).debug) (o as any).debug.push({ doc: doc.id, story: p.id, members: [...p.articleIds], f: debugFeatures(terms, keys, p, v) });
      const salW = (o as any).salW ?? 0;
      if (salW > 0) sc = (1 - salW) * sc + salW * salience(keys, p, v, (o as any).salTop ?? 6, (o as any).salMode ?? 0);
      const yp = (o as any).yearPenalty ?? 1;
      if (yp !== 1 && yearsDisjoint(keys, p, v)) sc *= yp;
      const tl = (o as any).thresholdLarge;
      if (tl !== undefined) sc -= tl - (tl - o.threshold) / Math.pow(p.size, (o as any).thrPow ?? 1) - o.threshold;
      const yb = (o as any).yearBonus ?? 0;
      const ypen = (o as any).yearPen ?? 0;
      if (f.year !== null && p.years.size > 0) {
        let dated = 0;
        for (const n of p.years.values()) dated += n;
        const same = p.years.get(f.year) ?? 0;
        if (same * 2 >= dated) sc += yb;
        else if (same === 0) sc -= ypen;
      }
      const raw = sc;
      sc -= ((o as any).sizeBeta ?? 0) * Math.log(p.size);
      const ak = (o as any).adaptK;
      if (ak !== undefined && p.joins >= ((o as any).adaptMin ?? 3)) {
        const mu = p.joinSum / p.joins;
        const sd = Math.sqrt(Math.max(0, p.joinSq / p.joins - mu * mu));
        const thr = Math.min((o as any).adaptMax ?? 1, Math.max(o.threshold, mu - ak * sd));
        sc -= thr - o.threshold;
      }
      if (sc > bestScore || (sc === bestScore && best >= 0 && s < best)) {
        bestRaw = raw;
        bestScore = sc;
        best = s;
      }
    }

    let created = false;
    let story: StoryProfile;
    const oracle = (o as any).oracle as ((id: string) => string) | undefined;
    if (oracle) {
      const lab = oracle(doc.id);
      const hit = this.profiles.findIndex((p) => oracle(p.articleIds[0] ?? "") === lab && p.mergedInto === null);
      best = hit;
      bestScore = hit >= 0 ? 1 : 0;
    }
    if (best >= 0 && bestScore >= o.threshold) story = this.profiles[best]!;
    else {
      created = true;
      story = new StoryProfile(this.profiles.length, this.uniqueStoryId(doc.id));
      this.profiles.push(story);
      this.byStoryId.set(story.id, story.index);
    }
    if (!created) {
      story.joins++;
      story.joinSum += bestRaw;
      story.joinSq += bestRaw * bestRaw;
    }
    const fresh = story.add(doc.id, terms, keys, f.day, f.year, v, o.profileCap);
    for (const id of fresh) this.postings.post(id, story.index);
    this.byArticle.set(doc.id, story.index);
    if (!created && o.mergeThreshold < 1) story = this.mergeNeighbours(story, cands);
    return { storyId: story.id, created, score: bestScore, compared: cands.length };
  }

  /** After `story` grew, folds into one any candidate story whose centroid now lies as close as
   * `mergeThreshold` (the younger story goes into the older one). Returns the surviving story. */
  private mergeNeighbours(story: StoryProfile, cands: readonly number[]): StoryProfile {
    const o = this.options;
    const v = this.vocab;
    for (const s of cands) {
      const other = this.profiles[s]!;
      if (other === story || other.mergedInto !== null) continue;
      let sc = centroidSimilarity(story, other, v, o.keyWeight);
      const yp = (o as any).yearPenalty ?? 1;
      if (yp !== 1 && (o as any).mergeYear && profileYearsDisjoint(story, other, v)) sc *= yp;
      sc += yearAgreement(story.years, other.years, (o as any).yearBonus ?? 0, (o as any).yearPen ?? 0);
      const mt = other.size === 1 || story.size === 1 ? ((o as any).mergeSingle ?? o.mergeThreshold) : o.mergeThreshold;
      if (sc < mt) continue;
      const [keep, gone] = story.index < other.index ? [story, other] : [other, story];
      for (const a of gone.articleIds) this.byArticle.set(a, keep.index);
      this.byStoryId.set(gone.id, keep.index);
      const fresh = keep.absorb(gone, v, o.profileCap);
      for (const id of fresh) this.postings.post(id, keep.index);
      story = keep;
    }
    return story;
  }

  storyOf(id: string): string | undefined {
    const s = this.byArticle.get(id);
    return s === undefined ? undefined : this.profiles[s]!.id;
  }

  /** Every story, in creation order, with its articles in the order they were added. */
  stories(): { id: string; articleIds: string[] }[] {
    return this.profiles.filter((p) => p.mergedInto === null).map((p) => ({ id: p.id, articleIds: [...p.articleIds] }));
  }

  get articleCount(): number {
    return this.byArticle.size;
  }

  /** The whole state as plain JSON: restoring it with fromJSON and adding more articles gives the
   * same stories as never having stopped. */
  toJSON(): GrouperJSON {
    return {
      format: "sitrep-group",
      version: 1,
      options: { ...this.options },
      vocab: this.vocab.toJSON(),
      stories: this.profiles.map((p) => p.toJSON()),
    };
  }

  /** Restores a grouper saved with toJSON(); null when the data is not such a state. */
  static fromJSON(data: unknown): StoryGrouper | null {
    const d = data as Partial<GrouperJSON> | null;
    if (!d || d.format !== "sitrep-group" || d.version !== 1 || !Array.isArray(d.stories)) return null;
    const vocab = Vocabulary.fromJSON(d.vocab);
    if (!vocab) return null;
    const g = new StoryGrouper(typeof d.options === "object" && d.options ? d.options : {});
    g.vocab = vocab;
    vocab.prior = (g.options as any).idfPrior ?? 0;
    for (const sj of d.stories) {
      const p = StoryProfile.fromJSON(g.profiles.length, sj);
      if (!p || g.byStoryId.has(p.id)) return null;
      g.profiles.push(p);
      g.byStoryId.set(p.id, p.index);
      if (p.mergedInto !== null) continue;
      for (const a of p.articleIds) g.byArticle.set(a, p.index);
      for (const id of p.terms.keys()) g.postings.post(id, p.index);
      for (const id of p.keys.keys()) g.postings.post(id, p.index);
    }
    // a merged story's id stands for the story that took it in
    for (const p of g.profiles) {
      let q = p;
      for (let hops = 0; q.mergedInto !== null && hops < g.profiles.length; hops++) {
        const next = g.profiles[q.mergedInto];
        if (!next) return null;
        q = next;
      }
      if (q.mergedInto !== null) return null;
      g.byStoryId.set(p.id, q.index);
    }
    return g;
  }

  private uniqueStoryId(articleId: string): string {
    let id = storyIdFor(articleId);
    for (let k = 2; this.byStoryId.has(id); k++) id = storyIdFor(`${articleId}#${k}`);
    return id;
  }
}

/** Sublinear tf, the `cap` heaviest by tf·idf, normalized so the idf-weighted vector has length 1. */
function weigh(ids: number[], tf: number[], v: Vocabulary, cap: number, mode: number): Sparse {
  let items = ids.map((id, i) => ({ id, w: mode === 0 ? 1 + Math.log(tf[i]!) : mode === 1 ? Math.sqrt(tf[i]!) : tf[i]!, idf: v.idf(id) }));
  if (items.length > cap) {
    items.sort((a, b) => b.w * b.idf - a.w * a.idf || a.id - b.id);
    items = items.slice(0, cap);
  }
  let n = 0;
  for (const x of items) n += (x.w * x.idf) ** 2;
  n = Math.sqrt(n) || 1;
  return { ids: items.map((x) => x.id), ws: items.map((x) => x.w / n) };
}

/** Cosine of the article with the story centroid, on terms and on keys, idf-weighted, mixed by
 * `keyWeight`. Without keys on either side, the term cosine alone. */
function similarity(terms: Sparse, keys: Sparse, p: StoryProfile, v: Vocabulary, keyWeight: number): number {
  const norms = p.norms(v);
  const cosT = norms.t > 0 ? dot(terms, p.terms, v) / norms.t : 0;
  if (keys.ids.length === 0 || norms.k === 0) return cosT;
  const cosK = dot(keys, p.keys, v) / norms.k;
  return (1 - keyWeight) * cosT + keyWeight * cosK;
}

function dot(a: Sparse, m: Map<number, number>, v: Vocabulary): number {
  let s = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const id = a.ids[i]!;
    const w = m.get(id);
    if (w !== undefined) {
      const idf = v.idf(id);
      s += a.ws[i]! * w * idf * idf;
    }
  }
  return s;
}

function yearsDisjoint(keys: Sparse, p: StoryProfile, v: Vocabulary): boolean {
  let mine = 0;
  for (const id of keys.ids) {
    if (!v.word(id).startsWith("y:")) continue;
    mine++;
    if (p.keys.has(id)) return false;
  }
  if (mine === 0) return false;
  for (const id of p.keys.keys()) if (v.word(id).startsWith("y:")) return true;
  return false;
}

/** Cosine of two story centroids, on terms and on keys, mixed as in similarity(). */
export function centroidSimilarity(a: StoryProfile, b: StoryProfile, v: Vocabulary, keyWeight: number): number {
  const na = a.norms(v);
  const nb = b.norms(v);
  const cosT = na.t > 0 && nb.t > 0 ? mapDot(a.terms, b.terms, v) / (na.t * nb.t) : 0;
  if (na.k === 0 || nb.k === 0) return cosT;
  const cosK = mapDot(a.keys, b.keys, v) / (na.k * nb.k);
  return (1 - keyWeight) * cosT + keyWeight * cosK;
}

function mapDot(a: Map<number, number>, b: Map<number, number>, v: Vocabulary): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [id, w] of a) {
    const x = b.get(id);
    if (x !== undefined) {
      const idf = v.idf(id);
      s += w * x * idf * idf;
    }
  }
  return s;
}

function profileYearsDisjoint(a: StoryProfile, b: StoryProfile, v: Vocabulary): boolean {
  let ya = 0;
  let yb = 0;
  for (const id of a.keys.keys()) if (v.word(id).startsWith("y:")) ya++;
  if (ya === 0) return false;
  for (const id of b.keys.keys()) {
    if (!v.word(id).startsWith("y:")) continue;
    yb++;
    if (a.keys.has(id)) return false;
  }
  return yb > 0;
}

function topKeys(ids: readonly number[], ws: readonly number[], v: Vocabulary, n: number): { id: number; s: number }[] {
  const all: { id: number; s: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    const w = v.word(ids[i]!);
    if (!(w.startsWith("e:") || w.startsWith("E:"))) continue;
    all.push({ id: ids[i]!, s: ws[i]! * v.idf(ids[i]!) });
  }
  all.sort((a, b) => b.s - a.s || a.id - b.id);
  return all.slice(0, n);
}

/** How much of the article's most salient names the story holds, and of the story's the article. */
function salience(keys: Sparse, p: StoryProfile, v: Vocabulary, n: number, mode: number): number {
  const dt = topKeys(keys.ids, keys.ws, v, n);
  const st = topKeys([...p.keys.keys()], [...p.keys.values()], v, n);
  if (dt.length === 0 || st.length === 0) return 0;
  let a = 0, at = 0, b = 0, bt = 0;
  for (const x of dt) { at += x.s; if (p.keys.has(x.id)) a += x.s; }
  const mine = new Set(keys.ids);
  for (const x of st) { bt += x.s; if (mine.has(x.id)) b += x.s; }
  const ca = a / at, cb = b / bt;
  return mode === 0 ? (ca + cb) / 2 : mode === 1 ? Math.min(ca, cb) : ca * cb;
}

function debugFeatures(terms: Sparse, keys: Sparse, p: StoryProfile, v: Vocabulary): Record<string, number> {
  const norms = p.norms(v);
  const out: Record<string, number> = {};
  out.cosT = norms.t > 0 ? dot(terms, p.terms, v) / norms.t : 0;
  out.cosK = norms.k > 0 ? dot(keys, p.keys, v) / norms.k : 0;
  for (const n of [3, 6, 10]) {
    const dt = topKeys(keys.ids, keys.ws, v, n);
    const st = topKeys([...p.keys.keys()], [...p.keys.values()], v, n);
    let a = 0, at = 0, b = 0, bt = 0;
    for (const x of dt) { at += x.s; if (p.keys.has(x.id)) a += x.s; }
    const mine = new Set(keys.ids);
    for (const x of st) { bt += x.s; if (mine.has(x.id)) b += x.s; }
    out[`covD${n}`] = at ? a / at : 0;
    out[`covS${n}`] = bt ? b / bt : 0;
  }
  // coverage of all doc keys / terms mass
  let a = 0, t = 0;
  for (let i = 0; i < keys.ids.length; i++) { const x = keys.ws[i]! * v.idf(keys.ids[i]!); t += x * x; if (p.keys.has(keys.ids[i]!)) a += x * x; }
  out.covKall = t ? a / t : 0;
  a = 0; t = 0;
  for (let i = 0; i < terms.ids.length; i++) { const x = terms.ws[i]! * v.idf(terms.ids[i]!); t += x * x; if (p.terms.has(terms.ids[i]!)) a += x * x; }
  out.covTall = t ? a / t : 0;
  for (const [name, re] of [["cosE", /^[eE]:/], ["cosEh", /^e:/], ["cosEf", /^E:/], ["cosN", /^n:/], ["cosD", /^(y|ym|md|d):/]] as const) {
    let dn = 0, sn = 0, d = 0;
    for (let i = 0; i < keys.ids.length; i++) { const id = keys.ids[i]!; if (!re.test(v.word(id))) continue; const x = keys.ws[i]! * v.idf(id); dn += x * x; const y = p.keys.get(id); if (y !== undefined) d += x * y * v.idf(id); }
    for (const [id, w] of p.keys) { if (!re.test(v.word(id))) continue; const y = w * v.idf(id); sn += y * y; }
    out[name] = dn > 0 && sn > 0 ? d / Math.sqrt(dn * sn) : 0;
  }
  out.size = p.size;
  out.nkeys = keys.ids.length;
  out.yd = yearsDisjoint(keys, p, v) ? 1 : 0;
  return out;
}

/** Bonus when the two year histograms share their main year, penalty when they share none. */
function yearAgreement(a: Map<number, number>, b: Map<number, number>, bonus: number, penalty: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = false;
  for (const y of a.keys()) if (b.has(y)) shared = true;
  if (!shared) return -penalty;
  return topYear(a) === topYear(b) ? bonus : 0;
}

function topYear(m: Map<number, number>): number {
  let best = -1;
  let n = 0;
  for (const [y, c] of m) if (c > n || (c === n && y > best)) (best = y), (n = c);
  return best;
}
