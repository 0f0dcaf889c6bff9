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
  /** Until dedupe: the extraction of articles[i]. */
  processed: ArticleExtraction[];
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
      const done: { article: CleanArticle; extraction: ArticleExtraction }[] = [];
      const diagnostics = [...s.diagnostics];
      s.docs.forEach((d, i) => {
        const p = processArticle(d);
        diagnostics.push(...p.diagnostics);
        if (p.article && p.extraction) done.push({ article: p.article, extraction: p.extraction });
        if (i % 50 === 49) o.progress?.(i + 1, s.docs.length, "extracting");
      });
      done.sort((a, b) => canonicalOrder(a.article, b.article));
      return { ...s, docs: [], articles: done.map((p) => p.article), processed: done.map((p) => p.extraction), diagnostics };
    },
  },
  {
    name: "dedupe", // one article per id (its latest version), one per text (every source listed)
    run: (s) => {
      const d = dedupe(s.articles);
      const extractions = new Map<string, ArticleExtraction>();
      d.articles.forEach((a, k) => extractions.set(a.id, s.processed[d.from[k]!]!));
      const diagnostics = [...s.diagnostics, ...d.superseded.map(([source, id]) => diagnostic("warning", source, `an earlier version of article ${id} (same address, other text): the later one is kept`))];
      return { ...s, articles: d.articles, processed: [], extractions, diagnostics };
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
      // --date is the fallback for articles with no date of their own and no dated sibling: say
      // when it was not used, so that nobody believes it dated everything
      // (one line per input file, which names it: the fallback is said of the articles it holds)
      if (o.date) {
        const byFile = new Map<string, { own: number; all: number }>();
        for (const p of storyArticles.flat()) {
          const file = p.article.source.replace(/#.*$/s, "");
          const n = byFile.get(file) ?? { own: 0, all: 0 };
          n.all++;
          if (p.article.referenceDate?.basis !== "user") n.own++;
          byFile.set(file, n);
        }
        for (const [file, n] of byFile) if (n.own) diagnostics.push(diagnostic("warning", file, `--date ${o.date} is used only for articles with no date of their own and no dated article in their story: ${n.own} of ${n.all} here have one and keep it`));
      }
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
  let s: RunState = { inputs, docs: [], diagnostics: [], articles: [], processed: [], extractions: new Map(), groups: [], storyArticles: [], stories: [] };
  for (const stage of PIPELINE) s = await stage.run(s, opts);
  return buildReport(s);
}
