// Types shared by the pipeline's stages. The report's own types live in report/schema.ts (the
// contract); this file holds what stages pass between themselves before a report exists.
import type { Article, Diagnostic, Entity, EntityMention, EventMention, QuantityMention, QuoteMention, ReferenceDate, TimeMention } from "./report/schema.js";

export type { Article, Diagnostic, ReferenceDate };

/** Languages with their own cue-word files under data/<lang>/ (defined in text/languages.ts). */
export type { Lang } from "./text/languages.js";

/** A sentence of an article's cleaned text; `text === article.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A mention before it is attached to an article: the stage fills in articleId. */
export type Unattached<T> = Omit<T, "articleId">;

/** Metadata a reader found alongside a document (feed item, JSON record, HTML meta tags). */
export interface DocMeta {
  url?: string | null;
  /** A feed item's GUID or Atom id: its identity when it has no URL. */
  guid?: string | null;
  title?: string | null;
  outlet?: string | null;
  /** The outlet is a feed's channel title: the article page's own publisher name, when it has one, wins. */
  outletFromFeed?: boolean;
  byline?: string | null;
  published?: string | null;
  /** The publication instant (UTC ISO 8601) when the source gives a time of day. */
  publishedAt?: string | null;
  language?: string | null;
}

/** What the readers hand to cleaning: one document's text (or HTML) plus what is known of it. */
export interface RawDoc {
  source: string;
  format: "text" | "markdown" | "html";
  body: string;
  meta: DocMeta;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  sentences: Sentence[];
  /** The article's own entities (ids local to the article until the story merges them). */
  entityList: Entity[];
  entities: EntityMention[];
  times: TimeMention[];
  quantities: QuantityMention[];
  quotes: QuoteMention[];
  events: EventMention[];
}

/** Options every run takes. */
export interface RunOptions {
  /** --date: reference date for articles that have none of their own. */
  date?: string | null;
  /** --allow-private: let URL inputs reach private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** Called on long work: (done, total, what). Only the CLI decides whether to print it. */
  progress?: (done: number, total: number, what: string) => void;
}

/** Error with a code; thrown only for programming or usage errors, caught by the CLI. */
export class SitrepError extends Error {
  constructor(
    readonly code: "usage" | "input" | "internal",
    message: string,
  ) {
    super(message);
    this.name = "SitrepError";
  }
}
