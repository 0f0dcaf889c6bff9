// What every reconciliation step of one story reads: its articles, its mentions, and the word
// weights of its sentences.
import type { Article, Entity, EntityMention, QuantityMention, QuoteMention, TimeMention } from "../report/schema.js";
import { StoryIdf } from "./align.js";
import { createHash } from "node:crypto";
import { backgroundSentences, continueBackground } from "./background.js";

export interface StoryContext {
  articles: ReadonlyMap<string, Article>;
  quantities: readonly QuantityMention[];
  times: readonly TimeMention[];
  quotes: readonly QuoteMention[];
  entities: readonly Entity[];
  entityMentions: readonly EntityMention[];
  idf: StoryIdf;
  /** Sentences (articleId + "\u0000" + sentence) about another time than the story's: see background.ts. */
  background: ReadonlySet<string>;
}

export function storyContext(p: Omit<StoryContext, "idf" | "background">): StoryContext {
  const sentences = [...p.quantities, ...p.times, ...p.quotes].map((m) => m.sentence);
  const background = backgroundSentences(p.times, p.articles);
  continueBackground(background, p.quantities, p.times, p.articles);
  return { ...p, idf: new StoryIdf(sentences), background };
}

/** Is the mention's sentence background (of another time than the story's)? */
export const inBackground = (ctx: Pick<StoryContext, "background">, m: { articleId: string; sentence: string }) => ctx.background.has(`${m.articleId}\u0000${m.sentence}`);

/** Stable short id from parts. */
export function shortId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 10);
}

/** "Al Jazeera" or the file name: how a person names the article in an explanation. */
export function articleLabel(a: Article | undefined): string {
  if (!a) return "?";
  return a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.id;
}
