// Everything extracted from one article, in order: sentences first (every mention points into
// one), then entities (quotes need the people), dates, figures and quotations.
import type { Article, ArticleExtraction, Lang } from "../model.js";
import { splitSentences } from "./sentences.js";

export function extractArticle(article: Pick<Article, "id" | "text" | "language">, _ref: string | null): ArticleExtraction {
  const lang = article.language as Lang;
  const sentences = splitSentences(article.text, lang);
  return { sentences, entities: [], times: [], quantities: [], quotes: [] };
}
