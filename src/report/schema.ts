// The report contract (shared/contract/report-v1.md) as zod schemas. The TypeScript types the
// pipeline works with are inferred from these, and `npm run schema` publishes the JSON Schema
// generated from them to schema/report-v1.schema.json. Add fields freely; never rename or drop one
// without bumping SCHEMA_VERSION.
import { z } from "zod";
import { SCHEMA_VERSION } from "./version.js";
import { MEASURES } from "../extract/measure-names.js";

export { SCHEMA_VERSION };

export const RemovalKind = z.enum(["paywall", "navigation", "related-headlines", "credit-line", "call-to-action", "title", "other"]);

export const Removal = z.object({
  kind: RemovalKind,
  text: z.string(),
  rule: z.string().describe("the cue or heuristic that removed it"),
});

export const ReferenceDate = z.object({
  date: z.string().nullable().describe("ISO date relative expressions are resolved against; null when none"),
  basis: z.enum(["metadata", "story", "user", "none"]),
  note: z.string(),
});

export const Article = z.object({
  id: z.string().describe("stable: from the canonical URL, else the feed GUID, else the cleaned content"),
  version: z.string().describe("hash of the cleaned text: an edited article keeps its id and gets a new version"),
  source: z.string().describe("the path or URL the article was read from, as given"),
  sources: z.array(z.string()).describe("every input that carried this article (duplicates are kept once)"),
  url: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  publishedAt: z.string().optional().describe("the publication instant (UTC, ISO 8601) when the source gives a time of day; it orders reports of one day"),
  dateline: z.string().nullable().describe("place named in a wire dateline (\"LIMA (Reuters) -\")"),
  referenceDate: ReferenceDate,
  language: z.string(),
  text: z.string(),
  removed: z.array(Removal),
  nearDuplicateOf: z.string().nullable().describe("id of an article this one is a lightly edited copy of"),
});

const MentionBase = {
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  sentence: z.string(),
  sentenceStart: z.number().int().optional().describe("offset of `sentence` in the article's text: the mention stands at start - sentenceStart in it"),
  rule: z.string().describe("tag of the rule that produced this mention"),
};

export const Hedge = z.enum(["exact", "about", "at_least", "more_than", "at_most", "less_than", "range", "vague"]);

export const Measure = z.enum(MEASURES);

export const QuoteMention = z.object({
  ...MentionBase,
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  speakerDescription: z.string().nullable().optional().describe("how the text describes the speaker (\"One Venezuelan migrant\", \"Peruvian police General\")"),
});

export const QuantityMention = z.object({
  ...MentionBase,
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  hedge: Hedge,
  unit: z.string().nullable(),
  counted: z.string().nullable(),
  trend: z.enum(["up", "down"]).nullable().optional().describe("a change stated as a rise or fall (\"rose 5%\")"),
  measure: Measure.nullable().optional().describe("what a count of people counts, from its clause (\"12 people were killed\": killed)"),
});

export const TimeMention = z.object({
  ...MentionBase,
  kind: z.enum(["date", "duration", "set", "vague"]),
  value: z.string().nullable(),
  precision: z.enum(["day", "week", "month", "year", "decade", "time"]).nullable(),
  basis: z.enum(["absolute", "relative"]).describe("relative values depend on the article's reference date"),
  until: z.string().nullable().optional().describe("for a duration stated with its end (\"103 days—until March 11, 2026\"): that end date"),
  mod: z.enum(["approx", "start", "mid", "end", "before", "after"]).nullable().optional(),
});

export const EntityMention = z.object({
  ...MentionBase,
  entityId: z.string(),
});

export const Modality = z.enum(["done", "announced", "planned", "reported", "denied"]);

export const EventMention = z.object({
  ...MentionBase,
  type: z.string().describe("the kind of development (data/<lang>/events.json): declaration, deployment, gathering, attack …"),
  trigger: z.string().describe("the word that names it, as written"),
  modality: Modality,
  verb: z.string().nullable().describe("its verb in the past, for a summary; null for a noun (\"state of emergency\")"),
  object: z.string().describe("the words after the trigger that say what, up to the clause's end"),
  actorId: z.string().nullable(),
  actorText: z.string().nullable(),
  placeId: z.string().nullable(),
  date: z.string().nullable().describe("a date its sentence states, resolved"),
  figures: z.array(z.string()),
});

export const Development = z.object({
  id: z.string(),
  date: z.string().nullable(),
  precision: z.enum(["day", "week", "month", "year"]).nullable(),
  type: z.string(),
  modality: Modality.describe("the strongest stage any source states"),
  summary: z.string().describe("one plain sentence written from its parts; the sources carry the exact words"),
  actors: z.array(z.string()),
  place: z.string().nullable().describe("entity id of the place"),
  placeName: z.string().nullable().optional(),
  status: z.enum(["agree", "compatible", "explained", "conflict", "single-source"]),
  explanation: z.string(),
  sources: z.array(z.object({ articleId: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), sentence: z.string(), modality: Modality, date: z.string().nullable().optional() })),
});

export const Entity = z.object({
  id: z.string(),
  type: z.enum(["person", "organization", "place", "group", "other"]),
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  articleIds: z.array(z.string()),
  coordinates: z.tuple([z.number(), z.number()]).nullable().optional(),
});

export const ClaimValue = z.object({
  articleId: z.string(),
  text: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  sentence: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  hedge: Hedge.optional(),
  unit: z.string().nullable().optional(),
  outlet: z.string().nullable().optional().describe("the article's outlet, so a script needs no join"),
  asOf: z.string().nullable().optional().describe("the day the value holds for: its article's reference date"),
});

export const Claim = z.object({
  id: z.string(),
  kind: z.enum(["quantity", "date", "event", "characterization", "quote"]),
  subject: z.string(),
  status: z.enum(["agree", "compatible", "explained", "conflict", "single-source"]),
  explanation: z.string(),
  values: z.array(ClaimValue),
});

export const QuoteGroup = z.object({
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  quotes: z.array(z.object({ articleId: z.string(), text: z.string(), start: z.number().int().optional(), end: z.number().int().optional() })),
});

export const TimelineEntry = z.object({
  date: z.string(),
  precision: z.enum(["day", "week", "month", "year"]),
  summary: z.string(),
  articleIds: z.array(z.string()),
  sentences: z.array(z.object({ articleId: z.string(), sentence: z.string() })).optional(),
  derived: z.boolean().optional(),
  rule: z.string().optional(),
});

export const KeyFigure = z.object({
  measure: z.enum([...MEASURES, "other"]),
  label: z.string().describe("what is counted, as a person reads it (\"people killed\")"),
  value: z.number().nullable().describe("the current figure: the latest report's; null when only vague"),
  min: z.number().nullable(),
  max: z.number().nullable(),
  status: z.enum(["agree", "compatible", "explained", "conflict", "single-source"]),
  explanation: z.string(),
  claimId: z.string().nullable(),
  trail: z.array(
    z.object({
      articleId: z.string(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      asOf: z.string().nullable().describe("the day the figure was reported (its article's reference date)"),
      text: z.string(),
      value: z.number().nullable(),
      hedge: Hedge,
      start: z.number().int(),
      end: z.number().int(),
      role: z
        .enum(["figure", "also", "derived"])
        .optional()
        .describe("figure: the article's figure for the measure; also: another total the same article states; derived: the wounded as the people it says were shot less its dead"),
    }),
  ).describe("each article's figure, in the order they were reported, with the other totals an article also states"),
});

export const Story = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  entities: z.array(Entity),
  mentions: z.object({
    quotes: z.array(QuoteMention),
    quantities: z.array(QuantityMention),
    times: z.array(TimeMention),
    entities: z.array(EntityMention).optional(),
    events: z.array(EventMention).optional(),
  }),
  quoteGroups: z.array(QuoteGroup),
  claims: z.array(Claim),
  timeline: z.array(TimelineEntry),
  keyFigures: z.array(KeyFigure).describe("the numbers a situation report leads with, one per measure"),
  developments: z.array(Development).describe("key developments: who did what, where, when; the section a situation report opens with"),
});

/** One line of a list of stories (the store's `stories`, the API's GET /api/stories, the list page). */
export const StoryListItem = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.number().int(),
  outlets: z.number().int(),
  lastUpdate: z.string().nullable().describe("when the story last changed (ISO timestamp)"),
  disputes: z.number().int().describe("claims the outlets disagree on (status conflict)"),
});

export const Diagnostic = z.object({
  source: z.string(),
  level: z.enum(["error", "warning"]),
  message: z.string(),
});

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  articles: z.array(Article),
  stories: z.array(Story),
  diagnostics: z.array(Diagnostic).describe("inputs that were rejected or only partly read"),
});

export type RemovalKind = z.infer<typeof RemovalKind>;
export type Removal = z.infer<typeof Removal>;
export type ReferenceDate = z.infer<typeof ReferenceDate>;
export type Article = z.infer<typeof Article>;
export type StoryListItem = z.infer<typeof StoryListItem>;
export type Hedge = z.infer<typeof Hedge>;
export type QuoteMention = z.infer<typeof QuoteMention>;
export type QuantityMention = z.infer<typeof QuantityMention>;
export type TimeMention = z.infer<typeof TimeMention>;
export type EntityMention = z.infer<typeof EntityMention>;
export type Entity = z.infer<typeof Entity>;
export type Claim = z.infer<typeof Claim>;
export type ClaimValue = z.infer<typeof ClaimValue>;
export type QuoteGroup = z.infer<typeof QuoteGroup>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type Story = z.infer<typeof Story>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type EventMention = z.infer<typeof EventMention>;
export type Development = z.infer<typeof Development>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Report = z.infer<typeof Report>;

/** The JSON Schema published in schema/report-v1.schema.json, generated from the types above. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { target: "draft-2020-12" }) as Record<string, unknown>;
}
