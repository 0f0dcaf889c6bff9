// Everything extracted from one article, in order: sentences first (every mention points into
// one), then entities (quotations need the people), dates, figures and quotations.
import type { Article, ArticleExtraction, Lang, Sentence, Unattached } from "../model.js";
import type { QuoteMention } from "../report/schema.js";
import { sentenceAt, splitSentences } from "./sentences.js";
import { extractEntities } from "./entities.js";
import { extractTimes } from "./times.js";
import { extractQuantities } from "./quantities.js";
import { extractQuotes } from "./quotes.js";
import { addMeasures } from "./measures.js";
import { implicitCounts } from "./implicit-counts.js";
import { extractEvents } from "./events.js";

/** Gives mentions found in one article that article's id, and the offset of their sentence (found
 * by the mention's own offset), so that later stages place a mention in its sentence by arithmetic
 * and two equal mentions of one sentence keep their own places. */
export function attach<T extends { start: number; sentence: string }>(article: { id: string; text: string }, ms: readonly T[], sentences: readonly Sentence[]): (T & { articleId: string; sentenceStart: number })[] {
  return ms.map((m) => ({ articleId: article.id, ...m, sentenceStart: sentenceStartOf(article.text, sentences, m) }));
}

function sentenceStartOf(text: string, sentences: readonly Sentence[], m: { start: number; sentence: string }): number {
  const s = sentenceAt(sentences, m.start);
  if (s && s.text === m.sentence) return s.start;
  // a quotation's "sentence" may run over several
  const at = m.sentence ? text.lastIndexOf(m.sentence, m.start) : -1;
  return at >= 0 ? at : (s?.start ?? m.start);
}

/** Most mentions of one kind kept from one sentence: past it the "sentence" is a list or a table
 * ("1,2,3,…"), and repeating it for every figure would make the report grow with its square. */
export const MAX_MENTIONS_PER_SENTENCE = 12;

/** The first MAX_MENTIONS_PER_SENTENCE mentions of each sentence (mentions come in text order). */
export function capPerSentence<T extends { start: number }>(ms: T[], sentences: readonly Sentence[]): T[] {
  if (ms.length <= MAX_MENTIONS_PER_SENTENCE) return ms;
  const count = new Map<number, number>();
  return ms.filter((m) => {
    const i = sentenceAt(sentences, m.start)?.index ?? -1;
    const n = (count.get(i) ?? 0) + 1;
    count.set(i, n);
    return n <= MAX_MENTIONS_PER_SENTENCE;
  });
}

export function extractArticle(article: Pick<Article, "id" | "text" | "language">, ref: string | null): ArticleExtraction {
  const lang = article.language as Lang;
  const text = article.text;
  const sentences = splitSentences(text, lang);
  const ents = extractEntities(text, sentences, lang, article.id);
  const entities = attach(article, ents.mentions, sentences);
  const byId = new Map(ents.entities.map((e) => [e.id, e]));
  const people = entities.map((m) => {
    const e = byId.get(m.entityId);
    return { start: m.start, end: m.end, name: e?.name ?? m.text, entityId: m.entityId, type: (e?.type ?? "other") as "person" | "organization" | "group" | "other" };
  });
  const quotes: Unattached<QuoteMention>[] = extractQuotes(text, sentences, lang, people).map(({ speakerStart: _s, speakerEnd: _e, ...q }) => q);
  const figures = addMeasures(capPerSentence(extractQuantities(text, sentences, lang), sentences), sentences, lang);
  // an age inside "a 24-year-old man was killed" does not stand for the one killed
  const notPeople = people.filter((m) => m.type !== "person" && m.type !== "other");
  const quantities = [...figures, ...implicitCounts(text, sentences, lang, figures.filter((q) => q.unit !== "age"), notPeople)].sort((a, b) => a.start - b.start);
  const times = capPerSentence(extractTimes(text, sentences, ref, lang), sentences);
  const entityTypes = new Map(ents.entities.map((e) => [e.id, e.type]));
  const events = capPerSentence(extractEvents(text, sentences, lang, { entities: ents.mentions, entityTypes, times, quantities, quotes }), sentences);
  return {
    sentences,
    entityList: ents.entities,
    entities: capPerSentence(entities, sentences),
    times: attach(article, times, sentences),
    quantities: attach(article, quantities, sentences),
    quotes: attach(article, capPerSentence(quotes, sentences), sentences),
    events: attach(article, events, sentences),
  };
}
