// What sitrep does, in order. Each stage is a function of the run so far plus the options; the
// units it calls (processArticle, StoryGrouper, referenceDates, reconcileStory) are exported on
// their own, so that a store can call them one article or one story at a time.
import type { ArticleExtraction, Diagnostic, RawDoc, RunOptions } from "./model.js";
import { readInputs, type ReadOptions } from "./read/inputs.js";
import type { CleanArticle } from "./clean/article.js";
import { dedupe } from "./clean/dedupe.js";
import { isolated, processArticle } from "./process-article.js";
import { groupArticles, type StoryGroup } from "./group/articles.js";
import { referenceDates, type StoryArticle } from "./reconcile/reference-dates.js";
import { bareStory, reconcileStory } from "./reconcile/story.js";
import { diagnostic } from "./diagnostic.js";
import type { Report, Story } from "./report/schema.js";
import { buildReport } from "./report/json.js";

interface RunState {
  inputs: readonly string[];
  docs: RawDoc[];
  diagnostics: Diagnostic[];
  articles: CleanArticle[];
  extractions: Map<string, ArticleExtraction>;
  groups: StoryGroup[];
  /** Per story (in the order of `groups`): its articles with their reference dates. */
  storyArticles: StoryArticle[][];
  stories: Story[];
}

type Stage = { name: string; run: (s: RunState, o: AnalyzeOptions) => Promise<RunState> | RunState };

export interface AnalyzeOptions extends RunOptions, Pick<ReadOptions, "stdin" | "maxBytes" | "fetchTimeoutMs"> {}

/** Publication day, then id: the order articles are grouped in, whatever the order of the inputs,
 * so that the same articles make the same stories with the same ids. Undated articles first. */
export function canonicalOrder(a: CleanArticle, b: CleanArticle, byVersion = true): number {
  const pa = a.published ?? "";
  const pb = b.published ?? "";
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return !byVersion || a.version === b.version ? 0 : a.version < b.version ? -1 : 1;
}

const PIPELINE: readonly Stage[] = [
  {
    name: "read", // files, folders, stdin, URLs, feeds → raw documents
    run: async (s, o) => {
      const r = await readInputs(s.inputs, o);
      return { ...s, docs: r.docs, diagnostics: [...s.diagnostics, ...r.diagnostics] };
    },
  },
  {
    name: "process", // per document: HTML/Markdown → text, debris removed, metadata; then sentences, entities, dates, figures, quotations, events
    run: (s, o) => {
      const articles: CleanArticle[] = [];
      const extractions = new Map<string, ArticleExtraction>();
      const diagnostics = [...s.diagnostics];
      s.docs.forEach((d, i) => {
        const p = processArticle(d);
        diagnostics.push(...p.diagnostics);
        if (p.article && p.extraction) {
          articles.push(p.article);
          extractions.set(`${p.article.id}\u0000${p.article.version}`, p.extraction);
        }
        if (i % 50 === 49) o.progress?.(i + 1, s.docs.length, "extracting");
      });
      return { ...s, docs: [], articles: articles.sort(canonicalOrder), extractions, diagnostics };
    },
  },
  {
    name: "dedupe", // one article per id (its latest version), one per text (every source listed)
    run: (s) => {
      const d = dedupe(s.articles);
      const extractions = new Map<string, ArticleExtraction>();
      for (const a of d.articles) extractions.set(a.id, s.extractions.get(`${a.id}\u0000${a.version}`)!);
      const diagnostics = [...s.diagnostics, ...d.superseded.map(([source, id]) => diagnostic("warning", source, `an earlier version of article ${id} (same address, other text): the later one is kept`))];
      return { ...s, articles: d.articles, extractions, diagnostics };
    },
  },
  { name: "group", run: (s) => ({ ...s, groups: groupArticles(s.articles, s.extractions) }) },
  {
    name: "reference-dates", // the day each article's relative dates are resolved against
    run: (s, o) => {
      const byId = new Map(s.articles.map((a) => [a.id, a]));
      const diagnostics = [...s.diagnostics];
      const storyArticles = s.groups.map((g) => {
        const r = referenceDates(g.articleIds.map((id) => ({ article: byId.get(id)!, extraction: s.extractions.get(id)! })), o.date ?? null);
        diagnostics.push(...r.diagnostics);
        return r.articles;
      });
      return { ...s, storyArticles, diagnostics };
    },
  },
  {
    name: "reconcile", // per story: entities merged, claims, quotation groups, timeline, key figures, developments
    run: (s, o) => {
      const diagnostics = [...s.diagnostics];
      const stories = s.groups.map((g, i) => {
        if (i % 50 === 49) o.progress?.(i + 1, s.groups.length, "reconciling");
        const parts = s.storyArticles[i]!;
        const first = parts[0]?.article.source ?? g.id;
        return isolated(() => reconcileStory(g.id, parts), first, `reconciling story ${g.id}`, diagnostics) ?? bareStory(g.id, parts.map((p) => p.article));
      });
      // articles as the stories dated them, in the run's order
      const dated = new Map(s.storyArticles.flat().map((p) => [p.article.id, p.article]));
      return { ...s, stories, diagnostics, articles: s.articles.map((a) => dated.get(a.id) ?? a) };
    },
  },
];

/** The stages' names, in order. */
export const STAGES: readonly string[] = PIPELINE.map((s) => s.name);

/** Runs the whole pipeline over `inputs` and returns the report (diagnostics included). */
export async function analyze(inputs: readonly string[], opts: AnalyzeOptions = {}): Promise<Report> {
  let s: RunState = { inputs, docs: [], diagnostics: [], articles: [], extractions: new Map(), groups: [], storyArticles: [], stories: [] };
  for (const stage of PIPELINE) s = await stage.run(s, opts);
  return buildReport(s);
}
