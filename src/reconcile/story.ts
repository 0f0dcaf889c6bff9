// Builds one story of the report from its articles and what was extracted from them, in order:
// merge entities across articles, then claims (figures, dates, characterizations), quotation
// groups and the timeline — each a step of its own file.
import type { CleanArticle } from "../clean/article.js";
import type { Article, Claim, Entity, Story } from "../report/schema.js";
import { fold } from "../text/fold.js";
import type { StoryArticle } from "./reference-dates.js";
import { mergeEntities } from "./merge-entities.js";
import { shortId, storyContext, type StoryContext } from "./story-context.js";
import { quantityClaims } from "./claims/quantities.js";
import { dateClaims } from "./claims/dates-of-events.js";
import { characterizationClaims } from "./claims/characterizations.js";
import { quoteGroups } from "./quote-groups.js";
import { buildTimeline } from "./timeline.js";
import { keyFigures, settleClaims } from "./key-figures.js";
import { buildDevelopments } from "./developments.js";

/** Claim makers, in the order their claims appear. */
export const CLAIM_STEPS: readonly ((ctx: StoryContext) => Claim[])[] = [quantityClaims, dateClaims, characterizationClaims];

export function storyTitle(articles: readonly CleanArticle[]): string {
  const t = articles.map((a) => a.title).find((x) => x);
  if (t) return t;
  const first = articles[0]?.text.split("\n")[0] ?? "";
  return first.length > 100 ? first.slice(0, 97).replace(/\s+\S*$/, "") + "…" : first;
}

/** The outlets that published the story's articles are organisations of the story too, even when
 * their name stood only in metadata or a credit line that cleaning removed. */
function addOutlets(entities: Entity[], articles: readonly CleanArticle[]): void {
  for (const a of articles) {
    if (!a.outlet) continue;
    const key = fold(a.outlet);
    const known = entities.find((e) => [e.name, ...e.aliases].some((n) => fold(n) === key));
    if (known) {
      if (!known.articleIds.includes(a.id)) known.articleIds.push(a.id);
      continue;
    }
    entities.push({ id: shortId("e-", "organization", key), type: "organization", name: a.outlet, aliases: [], description: "news outlet (publisher of an article in this story)", articleIds: [a.id] });
  }
}

const STATUS_ORDER: Record<Claim["status"], number> = { conflict: 0, explained: 1, compatible: 2, agree: 3, "single-source": 4 };

/** Reconciles one story from its articles (reference dates assigned) and their extractions. */
export function reconcileStory(id: string, story: readonly StoryArticle[]): Story {
  const articles = story.map((p) => p.article);
  const parts = story.map(({ article: a, extraction: x }) => ({ a, x }));
  const merged = mergeEntities(parts.map(({ a, x }) => ({ articleId: a.id, entities: x.entityList, mentions: x.entities })));
  addOutlets(merged.entities, articles);
  const remap = (id: string | null) => (id ? (merged.idMap.get(id) ?? id) : null);
  const quotes = parts.flatMap(({ x }) => x.quotes).map((q) => {
    const speakerId = remap(q.speakerId);
    const e = speakerId ? merged.entities.find((x) => x.id === speakerId) : undefined;
    return { ...q, speakerId, speaker: e ? e.name : q.speaker };
  });
  const events = parts.flatMap(({ x }) => x.events ?? []).map((e) => ({ ...e, actorId: remap(e.actorId), placeId: remap(e.placeId) }));
  const mentions = {
    quotes,
    quantities: parts.flatMap(({ x }) => x.quantities),
    times: parts.flatMap(({ x }) => x.times),
    entities: merged.mentions,
    events,
  };
  const ctx = storyContext({
    articles: new Map(articles.map((a) => [a.id, a as Article])),
    quantities: mentions.quantities,
    times: mentions.times,
    quotes,
    entities: merged.entities,
    entityMentions: merged.mentions,
  });
  const claims = CLAIM_STEPS.flatMap((step) => step(ctx)).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.values.length - a.values.length);
  // every claim value says its outlet and the day it holds for, so a script needs no join
  for (const c of claims)
    for (const v of c.values) {
      const a = ctx.articles.get(v.articleId);
      v.outlet = a?.outlet ?? null;
      v.asOf = a?.referenceDate.date ?? null;
    }
  const figures = keyFigures(ctx, claims);
  settleClaims(claims, figures);
  claims.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.values.length - a.values.length);
  return {
    id,
    title: storyTitle(articles),
    articleIds: articles.map((a) => a.id),
    entities: merged.entities,
    mentions,
    quoteGroups: quoteGroups(quotes),
    claims,
    timeline: buildTimeline(ctx),
    keyFigures: figures,
    developments: buildDevelopments(ctx, events),
  };
}

/** A story whose reconciliation failed: its articles, and nothing said about them. */
export function bareStory(id: string, articles: readonly CleanArticle[]): Story {
  return { id, title: storyTitle(articles), articleIds: articles.map((a) => a.id), entities: [], mentions: { quotes: [], quantities: [], times: [], entities: [], events: [] }, quoteGroups: [], claims: [], timeline: [], keyFigures: [], developments: [] };
}
