// The store's schema, as numbered steps with their reverse. Plain SQL that PostgreSQL 15 and PGlite
// both run, applied by the small runner below: a migration library would bring a query builder the
// store does not use, and both databases already speak the same SQL. A store written by an older
// sitrep is brought up to date when it is opened; derived tables (stories, the grouper's snapshot)
// can always be rebuilt from the stored raw documents (`sitrep rebuild`).
import type { Db } from "./db.js";

export interface Migration {
  version: number;
  name: string;
  up: string;
  down: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, versions, sources, stories, grouper snapshots, manual decisions",
    up: `
      CREATE TABLE raw_docs (hash text PRIMARY KEY, source text NOT NULL, doc text NOT NULL, added_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE articles (
        id text PRIMARY KEY, version text NOT NULL, seq bigint NOT NULL UNIQUE, story_id text,
        published text, outlet text, title text, article text NOT NULL, extraction text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX articles_story ON articles (story_id);
      CREATE INDEX articles_version ON articles (version);
      CREATE TABLE article_versions (id text NOT NULL, version text NOT NULL, raw_hash text NOT NULL, added_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (id, version));
      CREATE TABLE article_sources (article_id text NOT NULL, source text NOT NULL, PRIMARY KEY (article_id, source));
      CREATE TABLE stories (id text PRIMARY KEY, title text NOT NULL, article_count int NOT NULL, outlet_count int NOT NULL, disputes int NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(), report text NOT NULL);
      CREATE TABLE grouper_snapshots (seq bigint PRIMARY KEY, state text NOT NULL, saved_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE manual_assignments (article_id text PRIMARY KEY, story_id text NOT NULL, decided_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE story_aliases (from_id text PRIMARY KEY, to_id text NOT NULL);`,
    down: `DROP TABLE story_aliases; DROP TABLE manual_assignments; DROP TABLE grouper_snapshots; DROP TABLE stories; DROP TABLE article_sources; DROP TABLE article_versions; DROP TABLE articles; DROP TABLE raw_docs;`,
  },
  {
    version: 2,
    name: "ingest runs: when each batch came in and what it changed",
    up: `
      CREATE TABLE runs (id bigint PRIMARY KEY, started_at timestamptz NOT NULL DEFAULT now(), inputs text NOT NULL, articles_new int NOT NULL DEFAULT 0, articles_updated int NOT NULL DEFAULT 0, stories_changed text NOT NULL DEFAULT '[]');
      ALTER TABLE articles ADD COLUMN run_id bigint;
      ALTER TABLE stories ADD COLUMN run_id bigint;`,
    down: `ALTER TABLE stories DROP COLUMN run_id; ALTER TABLE articles DROP COLUMN run_id; DROP TABLE runs;`,
  },
  {
    version: 3,
    name: "watched feeds, their polls and items seen; every version of a story's report",
    up: `
      CREATE TABLE feeds (url text PRIMARY KEY, etag text, last_modified text, added_at timestamptz NOT NULL DEFAULT now(), last_polled_at timestamptz, last_status text);
      CREATE TABLE feed_items (feed_url text NOT NULL, item_key text NOT NULL, seen_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (feed_url, item_key));
      CREATE TABLE polls (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, feed_url text NOT NULL, at timestamptz NOT NULL DEFAULT now(), status text NOT NULL, items_new int NOT NULL DEFAULT 0, items_unchanged int NOT NULL DEFAULT 0, items_failed int NOT NULL DEFAULT 0, errors text NOT NULL DEFAULT '[]');
      CREATE INDEX polls_feed ON polls (feed_url, at);
      CREATE TABLE story_versions (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, story_id text NOT NULL, run_id bigint, saved_at timestamptz NOT NULL DEFAULT now(), report text NOT NULL);
      CREATE INDEX story_versions_story ON story_versions (story_id, id);`,
    down: `DROP TABLE story_versions; DROP TABLE polls; DROP TABLE feed_items; DROP TABLE feeds;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the store up to `target` (default: the newest), each step in its own transaction. */
export async function migrate(db: Db, target = SCHEMA_VERSION): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await db.query<{ version: number }>(`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
  const newest = Math.max(0, ...done);
  if (newest > SCHEMA_VERSION) throw new Error(`this store was written by a newer sitrep (schema ${newest}; this one knows ${SCHEMA_VERSION}): upgrade sitrep`);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > target || done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(m.up);
      await tx.query(`INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    });
    applied.push(m.version);
  }
  return applied;
}
