// What every reconciliation step of one story reads: its articles, its mentions, and the word
// weights of its sentences.
import type { Article, Entity, EntityMention, QuantityMention, QuoteMention, TimeMention } from "../report/schema.js";
import { StoryIdf } from "./align.js";
import { createHash } from "node:crypto";

export interface StoryContext {
  articles: ReadonlyMap<string, Article>;
  quantities: readonly QuantityMention[];
  times: readonly TimeMention[];
  quotes: readonly QuoteMention[];
  entities: readonly Entity[];
  entityMentions: readonly EntityMention[];
  idf: StoryIdf;
}

export function storyContext(p: Omit<StoryContext, "idf">): StoryContext {
  const sentences = [...p.quantities, ...p.times, ...p.quotes].map((m) => m.sentence);
  return { ...p, idf: new StoryIdf(sentences) };
}

/** Stable short id from parts. */
export function shortId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 10);
}

/** "Al Jazeera" or the file name: how a person names the article in an explanation. */
export function articleLabel(a: Article | undefined): string {
  if (!a) return "?";
  return a.outlet ?? a.source.split(/[\\/]/).pop() ?? a.id;
}
