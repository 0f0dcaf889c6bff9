// The grouping stage: feeds each article, with the names, absolute dates and days extraction found
// in it, to the incremental story grouper (group/stories.ts); returns stories in the order opened.
import type { ArticleExtraction } from "../model.js";
import type { CleanArticle } from "../clean/article.js";
import { agedAt, groupCues } from "./cues.js";
import { StoryGrouper, type GroupDoc } from "./stories.js";

export interface StoryGroup {
  id: string;
  articleIds: string[];
}

export function groupDoc(a: CleanArticle, ex: ArticleExtraction | undefined): GroupDoc {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    entities: ex ? groupEntities(a.text, ex) : undefined,
    dates: ex?.times.filter((t) => t.kind === "date" && t.basis === "absolute" && t.value).map((t) => t.value!),
    days: ex ? relativeDays(ex) : undefined,
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The article's entities, a person marked `aged` when one of its mentions comes with an age
 * (agedAt, cues.ts). */
function groupEntities(text: string, ex: ArticleExtraction): NonNullable<GroupDoc["entities"]> {
  const aged = new Set<string>();
  const c = groupCues();
  for (const m of ex.entities) if (!aged.has(m.entityId) && agedAt(text, m.start, m.end, c)) aged.add(m.entityId);
  const out: NonNullable<GroupDoc["entities"]> = [];
  for (const e of ex.entityList ?? []) {
    out.push(e.type === "person" && aged.has(e.id) ? { name: e.name, type: e.type, aged: true } : { name: e.name, type: e.type });
    // a place named with its kind ("Sunamganj district", "estado de Oaxaca") is also the short
    // form extraction gave as its alias, the one another outlet writes
    if (e.type === "place") for (const a of e.aliases) if (a.length < e.name.length && e.name.includes(a)) out.push({ name: a, type: e.type });
  }
  return out;
}

/** The distinct days the article names relative to its own date ("on Saturday", "yesterday"):
 * the day of the event itself, which a later article states as an absolute date. */
function relativeDays(ex: ArticleExtraction): string[] {
  const days = new Set<string>();
  for (const t of ex.times) {
    if (t.kind === "date" && t.basis !== "absolute" && t.value && ISO_DAY.test(t.value)) days.add(t.value.slice(0, 10));
  }
  return [...days];
}

export function groupArticles(articles: readonly CleanArticle[], extractions: ReadonlyMap<string, ArticleExtraction>, grouper = new StoryGrouper()): StoryGroup[] {
  for (const a of articles) grouper.add(groupDoc(a, extractions.get(a.id)));
  return grouper.stories().map((s) => ({ id: s.id, articleIds: [...s.articleIds] }));
}
