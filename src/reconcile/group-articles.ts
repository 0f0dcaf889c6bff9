// The grouping stage: feeds each article, with what extraction found in it, to the incremental
// story grouper (group/stories.ts) and returns the stories in the order they were opened.
import type { ArticleExtraction } from "../model.js";
import type { CleanArticle } from "../clean/article.js";

export interface StoryGroup {
  id: string;
  articleIds: string[];
}

export function groupArticles(articles: readonly CleanArticle[], _extractions: ReadonlyMap<string, ArticleExtraction>): StoryGroup[] {
  // until the grouper lands every article stands in a story of its own
  return articles.map((a) => ({ id: "s-" + a.id.slice(2), articleIds: [a.id] }));
}
