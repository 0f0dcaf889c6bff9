// Everything extracted from one article, in order: sentences first (every mention points into
// one), then entities (quotations need the people), dates, figures and quotations.
import type { Article, ArticleExtraction, Lang, Unattached } from "../model.js";
import type { QuoteMention } from "../report/schema.js";
import { splitSentences } from "./sentences.js";
import { extractEntities } from "./entities.js";
import { extractTimes } from "./times.js";
import { extractQuantities } from "./quantities.js";
import { extractQuotes } from "./quotes.js";

/** Gives mentions found in one article that article's id. */
export function attach<T extends object>(articleId: string, ms: readonly T[]): (T & { articleId: string })[] {
  return ms.map((m) => ({ articleId, ...m }));
}

export function extractArticle(article: Pick<Article, "id" | "text" | "language">, ref: string | null): ArticleExtraction {
  const lang = article.language as Lang;
  const text = article.text;
  const sentences = splitSentences(text, lang);
  const ents = extractEntities(text, sentences, lang, article.id);
  const entities = attach(article.id, ents.mentions);
  const byId = new Map(ents.entities.map((e) => [e.id, e]));
  const people = entities.map((m) => {
    const e = byId.get(m.entityId);
    return { start: m.start, end: m.end, name: e?.name ?? m.text, entityId: m.entityId, type: (e?.type ?? "other") as "person" | "organization" | "group" | "other" };
  });
  const quotes: Unattached<QuoteMention>[] = extractQuotes(text, sentences, lang, people).map(({ speakerStart: _s, speakerEnd: _e, ...q }) => q);
  return {
    sentences,
    entityList: ents.entities,
    entities,
    times: attach(article.id, extractTimes(text, sentences, ref, lang)),
    quantities: attach(article.id, extractQuantities(text, sentences, lang)),
    quotes: attach(article.id, quotes),
  };
}
