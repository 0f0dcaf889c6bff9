// What sitrep does, in order. Each stage is a function of the run so far plus the options; the
// CLI, the server and workers all run this one list.
import type { Diagnostic, RawDoc, RunOptions, ArticleExtraction } from "./model.js";
import { readInputs, type ReadOptions } from "./read/inputs.js";
import { cleanDoc, type CleanArticle } from "./clean/article.js";
import { dedupe } from "./clean/dedupe.js";
import { extractArticle } from "./extract/article.js";
import { groupArticles, type StoryGroup } from "./reconcile/group-articles.js";
import { assignReferenceDates } from "./reconcile/reference-dates.js";
import { bareStory, buildStory } from "./reconcile/story.js";
import { diagnostic } from "./diagnostic.js";
import type { Report, Story } from "./report/schema.js";
import { buildReport } from "./report/json.js";

export interface RunState {
  inputs: readonly string[];
  docs: RawDoc[];
  diagnostics: Diagnostic[];
  articles: CleanArticle[];
  extractions: Map<string, ArticleExtraction>;
  groups: StoryGroup[];
  stories: Story[];
}

export type Stage = { name: string; run: (s: RunState, o: AnalyzeOptions) => Promise<RunState> | RunState };

export interface AnalyzeOptions extends RunOptions, Pick<ReadOptions, "stdin" | "maxBytes" | "fetchTimeoutMs"> {}

export const PIPELINE: readonly Stage[] = [
  {
    name: "read", // files, folders, stdin, URLs, feeds → raw documents
    run: async (s, o) => {
      const r = await readInputs(s.inputs, o);
      return { ...s, docs: r.docs, diagnostics: [...s.diagnostics, ...r.diagnostics] };
    },
  },
  {
    name: "clean", // HTML/Markdown → text, debris removed, metadata found
    run: (s) => {
      const articles: CleanArticle[] = [];
      const diagnostics = [...s.diagnostics];
      for (const d of s.docs) {
        const r = isolated(() => cleanDoc(d), d.source, "cleaning", diagnostics);
        if (r?.article) articles.push(r.article);
        if (r?.diagnostic) diagnostics.push(r.diagnostic);
      }
      return { ...s, articles, diagnostics };
    },
  },
  { name: "dedupe", run: (s) => ({ ...s, articles: dedupe(s.articles).articles }) },
  {
    name: "extract", // sentences, entities, dates, figures, quotations per article
    run: (s, o) => {
      const extractions = new Map<string, ArticleExtraction>();
      const diagnostics = [...s.diagnostics];
      s.articles.forEach((a, i) => {
        const x = isolated(() => extractArticle(a, a.published ?? null), a.source, "extracting", diagnostics);
        if (x) extractions.set(a.id, x);
        if (i % 50 === 49) o.progress?.(i + 1, s.articles.length, "extracting");
      });
      // an article whose extraction failed is left out, with its diagnostic
      return { ...s, extractions, diagnostics, articles: s.articles.filter((a) => extractions.has(a.id)) };
    },
  },
  { name: "group", run: (s) => ({ ...s, groups: groupArticles(s.articles, s.extractions) }) },
  { name: "reference-dates", run: (s, o) => assignReferenceDates(s, o.date ?? null) },
  {
    name: "reconcile", // per story: entities merged, claims, quotation groups, timeline
    run: (s, o) => {
      const byId = new Map(s.articles.map((a) => [a.id, a]));
      const diagnostics = [...s.diagnostics];
      const stories = s.groups.map((g, i) => {
        if (i % 50 === 49) o.progress?.(i + 1, s.groups.length, "reconciling");
        const first = byId.get(g.articleIds[0]!)?.source ?? g.id;
        return isolated(() => buildStory(g, byId, s.extractions), first, `reconciling story ${g.id}`, diagnostics) ?? bareStory(g, byId);
      });
      return { ...s, stories, diagnostics };
    },
  },
];

/**
 * Runs one input's (or one story's) share of a stage: a failure there becomes a diagnostic naming
 * that input, and the run goes on with the others.
 */
function isolated<T>(work: () => T, source: string, what: string, diagnostics: Diagnostic[]): T | undefined {
  try {
    return work();
  } catch (e) {
    diagnostics.push(diagnostic("error", source, `internal error while ${what}, left out: ${(e as Error)?.message ?? String(e)}`));
    return undefined;
  }
}

/** Runs the whole pipeline over `inputs` and returns the report (diagnostics included). */
export async function analyze(inputs: readonly string[], opts: AnalyzeOptions = {}): Promise<Report> {
  let s: RunState = { inputs, docs: [], diagnostics: [], articles: [], extractions: new Map(), groups: [], stories: [] };
  for (const stage of PIPELINE) s = await stage.run(s, opts);
  return buildReport(s);
}
