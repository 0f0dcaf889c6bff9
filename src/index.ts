// sitrep as a library: the pipeline, the report contract and its renderers. Re-exports only.
export { analyze, canonicalOrder, STAGES, type AnalyzeOptions } from "./pipeline.js";
export { readInputs, type ReadOptions } from "./read/inputs.js";
export { processArticle, type ProcessedArticle } from "./process-article.js";
export { groupDoc, groupArticles, type StoryGroup } from "./group/articles.js";
export { referenceDates, type StoryArticle } from "./reconcile/reference-dates.js";
export { reconcileStory } from "./reconcile/story.js";
export type { CleanArticle } from "./clean/article.js";
export type { ArticleExtraction, RawDoc } from "./model.js";
export { renderMarkdown } from "./report/markdown.js";
export { renderHtmlReport, renderStoryPage, renderStoryListPage, storyListItem, cspFor, PAGE_CSP, type StoryListItem, type PageOptions, type Page } from "./report/html.js";
export { buildReport, GENERATOR } from "./report/json.js";
export { reportJsonSchema, SCHEMA_VERSION } from "./report/schema.js";
export type { Article, Claim, Entity, QuantityMention, QuoteGroup, QuoteMention, Report, Story, TimeMention, TimelineEntry } from "./report/schema.js";
export { StoryGrouper, type GroupDoc, type GroupDecision, type HashedFeatures } from "./group/stories.js";
export { addAllParallel, type ParallelGroupOptions } from "./group/parallel.js";
