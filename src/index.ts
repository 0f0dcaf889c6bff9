// sitrep as a library: the pipeline, the report contract and its renderers. Re-exports only.
export { analyze, PIPELINE, type AnalyzeOptions, type RunState, type Stage } from "./pipeline.js";
export { renderMarkdown } from "./report/markdown.js";
export { renderHtmlReport, renderStoryPage, renderStoryListPage, storyListItem, cspFor, PAGE_CSP, type StoryListItem, type PageOptions, type Page } from "./report/html.js";
export { buildReport, GENERATOR } from "./report/json.js";
export { reportJsonSchema, SCHEMA_VERSION } from "./report/schema.js";
export type { Article, Claim, Entity, QuantityMention, QuoteGroup, QuoteMention, Report, Story, TimeMention, TimelineEntry } from "./report/schema.js";
export { StoryGrouper, type GroupDoc, type GroupDecision, type HashedFeatures } from "./group/stories.js";
export { addAllParallel, type ParallelGroupOptions } from "./group/parallel.js";
