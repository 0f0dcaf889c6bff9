// Every SQL statement of the store, each a named function: reading this file tells what the
// database does. Large values (articles, extractions, reports) are JSON text, kept byte for byte.
import type { Db } from "./db.js";

export interface ArticleRow {
  id: string;
  version: string;
  seq: string | number;
  story_id: string | null;
  article: string;
  extraction: string;
}

export interface StoryRow {
  id: string;
  title: string;
  article_count: number;
  outlet_count: number;
  disputes: number;
  updated_at: Date | string;
  run_id: string | number | null;
}

export const q = {
  insertRawDoc: (db: Db, hash: string, source: string, doc: string) => db.query(`INSERT INTO raw_docs (hash, source, doc) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING`, [hash, source, doc]),
  rawDoc: async (db: Db, hash: string) => (await db.query<{ doc: string }>(`SELECT doc FROM raw_docs WHERE hash = $1`, [hash]))[0]?.doc ?? null,
  allRawDocs: (db: Db) => db.query<{ hash: string; doc: string; added_at: Date | string }>(`SELECT hash, doc, added_at FROM raw_docs ORDER BY added_at, hash`),

  articleVersion: async (db: Db, id: string) => (await db.query<{ version: string; story_id: string | null }>(`SELECT version, story_id FROM articles WHERE id = $1`, [id]))[0] ?? null,
  nextSeq: async (db: Db) => Number((await db.query<{ n: string | number }>(`SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles`))[0]!.n),
  insertArticle: (db: Db, a: { id: string; version: string; seq: number; storyId: string; published: string | null; outlet: string | null; title: string | null; article: string; extraction: string; runId: number }) =>
    db.query(`INSERT INTO articles (id, version, seq, story_id, published, outlet, title, article, extraction, run_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [a.id, a.version, a.seq, a.storyId, a.published, a.outlet, a.title, a.article, a.extraction, a.runId]),
  updateArticleVersion: (db: Db, a: { id: string; version: string; published: string | null; outlet: string | null; title: string | null; article: string; extraction: string; runId: number }) =>
    db.query(`UPDATE articles SET version = $2, published = $3, outlet = $4, title = $5, article = $6, extraction = $7, run_id = $8, updated_at = now() WHERE id = $1`, [a.id, a.version, a.published, a.outlet, a.title, a.article, a.extraction, a.runId]),
  /** Every version an article had, by the raw document that carried it (the text is there). */
  insertVersion: (db: Db, id: string, version: string, rawHash: string) =>
    db.query(`INSERT INTO article_versions (id, version, raw_hash) VALUES ($1, $2, $3) ON CONFLICT (id, version) DO NOTHING`, [id, version, rawHash]),
  addSource: (db: Db, articleId: string, source: string) => db.query(`INSERT INTO article_sources (article_id, source) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [articleId, source]),
  /** Every source of the articles of a story, in one query: articleId → sources. */
  sourcesOfStory: async (db: Db, storyId: string) => {
    const rows = await db.query<{ article_id: string; source: string }>(`SELECT s.article_id, s.source FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE a.story_id = $1 ORDER BY s.article_id, s.source`, [storyId]);
    const by = new Map<string, string[]>();
    for (const r of rows) by.set(r.article_id, [...(by.get(r.article_id) ?? []), r.source]);
    return by;
  },
  /** A story's articles by id and version only (the bodies come from the cache or articlesByIds). */
  articleVersionsOfStory: (db: Db, storyId: string) => db.query<{ id: string; version: string }>(`SELECT id, version FROM articles WHERE story_id = $1 ORDER BY seq`, [storyId]),
  articlesByIds: (db: Db, ids: readonly string[]) => db.query<ArticleRow>(`SELECT id, version, seq, story_id, article, extraction FROM articles WHERE id = ANY($1)`, [ids]),
  /** The article with this exact text under another id (a copy read from another address). */
  articleWithVersion: async (db: Db, version: string) => (await db.query<{ id: string }>(`SELECT id FROM articles WHERE version = $1 LIMIT 1`, [version]))[0]?.id ?? null,
  setStory: (db: Db, articleId: string, storyId: string) => db.query(`UPDATE articles SET story_id = $2 WHERE id = $1`, [articleId, storyId]),
  moveStory: (db: Db, from: string, to: string) => db.query(`UPDATE articles SET story_id = $2 WHERE story_id = $1 AND id NOT IN (SELECT article_id FROM manual_assignments)`, [from, to]),
  articlesOfStory: (db: Db, storyId: string) => db.query<ArticleRow>(`SELECT id, version, seq, story_id, article, extraction FROM articles WHERE story_id = $1 ORDER BY seq`, [storyId]),
  articlesAfter: (db: Db, seq: number) => db.query<ArticleRow>(`SELECT id, version, seq, story_id, article, extraction FROM articles WHERE seq > $1 ORDER BY seq`, [seq]),
  articleCount: async (db: Db) => Number((await db.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM articles`))[0]!.n),
  articleStory: async (db: Db, id: string) => (await db.query<{ story_id: string | null }>(`SELECT story_id FROM articles WHERE id = $1`, [id]))[0]?.story_id ?? null,
  upsertStory: (db: Db, s: { id: string; title: string; articles: number; outlets: number; disputes: number; report: string; runId: number | null }) =>
    db.query(
      `INSERT INTO stories (id, title, article_count, outlet_count, disputes, report, run_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (id) DO UPDATE SET title = $2, article_count = $3, outlet_count = $4, disputes = $5, report = $6, run_id = $7, updated_at = now()`,
      [s.id, s.title, s.articles, s.outlets, s.disputes, s.report, s.runId],
    ),
  deleteStory: (db: Db, id: string) => db.query(`DELETE FROM stories WHERE id = $1`, [id]),
  listStories: (db: Db) => db.query<StoryRow>(`SELECT id, title, article_count, outlet_count, disputes, updated_at, run_id FROM stories ORDER BY updated_at DESC, id`),
  storyReport: async (db: Db, id: string) => (await db.query<{ report: string; updated_at: Date | string }>(`SELECT report, updated_at FROM stories WHERE id = $1`, [id]))[0] ?? null,
  /** Story ids that start with `prefix` (a person types the first characters of an id). */
  storyIdsLike: async (db: Db, prefix: string) => (await db.query<{ id: string }>(`SELECT id FROM stories WHERE id LIKE $1 ORDER BY id LIMIT 3`, [`${prefix.replace(/[%_\\]/g, "")}%`])).map((r) => r.id),

  latestSnapshot: async (db: Db) => (await db.query<{ seq: string | number; state: string }>(`SELECT seq, state FROM grouper_snapshots ORDER BY seq DESC LIMIT 1`))[0] ?? null,
  saveSnapshot: async (db: Db, seq: number, state: string) => {
    await db.query(`INSERT INTO grouper_snapshots (seq, state) VALUES ($1, $2) ON CONFLICT (seq) DO UPDATE SET state = $2, saved_at = now()`, [seq, state]);
    await db.query(`DELETE FROM grouper_snapshots WHERE seq < $1`, [seq]);
  },
  manualAssignments: async (db: Db) => new Map((await db.query<{ article_id: string; story_id: string }>(`SELECT article_id, story_id FROM manual_assignments`)).map((r) => [r.article_id, r.story_id])),
  assign: (db: Db, articleId: string, storyId: string) =>
    db.query(`INSERT INTO manual_assignments (article_id, story_id) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET story_id = $2, decided_at = now()`, [articleId, storyId]),
  aliases: async (db: Db) => new Map((await db.query<{ from_id: string; to_id: string }>(`SELECT from_id, to_id FROM story_aliases`)).map((r) => [r.from_id, r.to_id])),
  alias: (db: Db, from: string, to: string) => db.query(`INSERT INTO story_aliases (from_id, to_id) VALUES ($1, $2) ON CONFLICT (from_id) DO UPDATE SET to_id = $2`, [from, to]),
  retargetAliases: (db: Db, from: string, to: string) => db.query(`UPDATE story_aliases SET to_id = $2 WHERE to_id = $1`, [from, to]),

  /**
   * Keeps a version of a story's report: one per run, and one per ten minutes for changes made
   * outside a run (workers' reconciliations, manual decisions), the latest replacing the one before
   * within its run or window — a story reconciled after every article would otherwise keep a whole
   * report per article.
   */
  saveStoryVersion: async (db: Db, storyId: string, runId: number | null, report: string) => {
    const last = (await db.query<{ id: string | number; run_id: string | number | null; recent: boolean }>(
      `SELECT id, run_id, saved_at > now() - interval '10 minutes' AS recent FROM story_versions WHERE story_id = $1 ORDER BY id DESC LIMIT 1`,
      [storyId],
    ))[0];
    const same = last && (runId !== null ? last.run_id !== null && Number(last.run_id) === runId : last.run_id === null && last.recent);
    if (same) await db.query(`UPDATE story_versions SET report = $2, saved_at = now() WHERE id = $1`, [last.id, report]);
    else await db.query(`INSERT INTO story_versions (story_id, run_id, report) VALUES ($1, $2, $3)`, [storyId, runId, report]);
  },
  /** The story's versions, oldest first: id, run and when (the reports are read one by one). */
  storyVersions: (db: Db, storyId: string) => db.query<{ id: string | number; run_id: string | number | null; saved_at: Date | string }>(`SELECT id, run_id, saved_at FROM story_versions WHERE story_id = $1 ORDER BY id`, [storyId]),
  storyVersionReport: async (db: Db, id: number) => (await db.query<{ report: string }>(`SELECT report FROM story_versions WHERE id = $1`, [id]))[0]?.report ?? null,
  feed: async (db: Db, url: string) => (await db.query<{ etag: string | null; last_modified: string | null }>(`SELECT etag, last_modified FROM feeds WHERE url = $1`, [url]))[0] ?? null,
  saveFeed: (db: Db, url: string, etag: string | null, lastModified: string | null, status: string) =>
    db.query(
      `INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_status) VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (url) DO UPDATE SET etag = COALESCE($2, feeds.etag), last_modified = COALESCE($3, feeds.last_modified), last_polled_at = now(), last_status = $4`,
      [url, etag, lastModified, status],
    ),
  seenItems: async (db: Db, feedUrl: string) => new Set((await db.query<{ item_key: string }>(`SELECT item_key FROM feed_items WHERE feed_url = $1`, [feedUrl])).map((r) => r.item_key)),
  markItemSeen: (db: Db, feedUrl: string, key: string) => db.query(`INSERT INTO feed_items (feed_url, item_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [feedUrl, key]),
  recordPoll: (db: Db, p: { feed: string; status: string; added: number; unchanged: number; failed: number; errors: readonly string[] }) =>
    db.query(`INSERT INTO polls (feed_url, status, items_new, items_unchanged, items_failed, errors) VALUES ($1, $2, $3, $4, $5, $6)`, [p.feed, p.status, p.added, p.unchanged, p.failed, JSON.stringify(p.errors)]),
  polls: (db: Db, feedUrl: string) => db.query<{ status: string; items_new: number; items_unchanged: number; items_failed: number; errors: string }>(`SELECT status, items_new, items_unchanged, items_failed, errors FROM polls WHERE feed_url = $1 ORDER BY id`, [feedUrl]),

  startRun: async (db: Db, inputs: readonly string[]) => {
    const id = Number((await db.query<{ n: string | number }>(`SELECT COALESCE(MAX(id), 0) + 1 AS n FROM runs`))[0]!.n);
    await db.query(`INSERT INTO runs (id, inputs) VALUES ($1, $2)`, [id, JSON.stringify(inputs)]);
    return id;
  },
  finishRun: (db: Db, id: number, created: number, updated: number, stories: readonly string[]) =>
    db.query(`UPDATE runs SET articles_new = $2, articles_updated = $3, stories_changed = $4 WHERE id = $1`, [id, created, updated, JSON.stringify(stories)]),
};
