// Builds one story of the report from its articles and what was extracted from them.
import type { ArticleExtraction } from "../model.js";
import type { CleanArticle } from "../clean/article.js";
import type { Story } from "../report/schema.js";
import type { StoryGroup } from "./group-articles.js";

export function storyTitle(articles: readonly CleanArticle[]): string {
  const t = articles.map((a) => a.title).find((x) => x);
  if (t) return t;
  const first = articles[0]?.text.split("\n")[0] ?? "";
  return first.length > 100 ? first.slice(0, 97).replace(/\s+\S*$/, "") + "…" : first;
}

export function buildStory(g: StoryGroup, all: readonly CleanArticle[], ex: ReadonlyMap<string, ArticleExtraction>): Story {
  const articles = g.articleIds.map((id) => all.find((a) => a.id === id)!).filter(Boolean);
  const mine = articles.map((a) => ex.get(a.id)).filter((x): x is ArticleExtraction => !!x);
  return {
    id: g.id,
    title: storyTitle(articles),
    articleIds: g.articleIds,
    entities: [],
    mentions: {
      quotes: mine.flatMap((m) => m.quotes),
      quantities: mine.flatMap((m) => m.quantities),
      times: mine.flatMap((m) => m.times),
    },
    quoteGroups: [],
    claims: [],
    timeline: [],
  };
}
