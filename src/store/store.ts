// The store: articles kept once with every source and every version, assigned to stories as they
// arrive (the grouper's state persists), and only the stories an ingest touched reconciled again.
// The same units as `analyze` (processArticle → StoryGrouper → referenceDates → reconcileStory),
// called one article and one story at a time.
import { homedir } from "node:os";
import { join } from "node:path";
import type { ArticleExtraction, Diagnostic, RawDoc } from "../model.js";
import { SitrepError } from "../model.js";
import type { CleanArticle } from "../clean/article.js";
import { processArticle } from "../process-article.js";
import { canonicalOrder } from "../pipeline.js";
import { StoryGrouper, storyIdFor } from "../group/stories.js";
import { groupDoc } from "../group/articles.js";
import { referenceDates } from "../reconcile/reference-dates.js";
import { bareStory, reconcileStory } from "../reconcile/story.js";
import { buildReport } from "../report/json.js";
import type { Report, StoryListItem } from "../report/schema.js";
import { readInputs, type ReadOptions } from "../read/inputs.js";
import { diffStory, type StoryDiff } from "../diff/story-diff.js";
import { diagnostic } from "../diagnostic.js";
import { openPglite, openPostgres, type Db } from "./db.js";
import { migrate } from "./migrations.js";
import { q, type ArticleRow } from "./queries.js";
import { RawFiles, rawDocHash, rawDocJson, type StoredDoc } from "./raw-files.js";

export interface StoreOptions {
  /** Data folder of the embedded store (default: defaultDataDir()). */
  data?: string;
  /** A PostgreSQL URL: use that server instead of the embedded store. */
  db?: string;
  /** PostgreSQL only: keep every table in this schema (tests). */
  schema?: string;
}

export type { StoryListItem };

export interface IngestResult {
  run: number;
  added: number;
  updated: number;
  duplicates: number;
  /** Stories reconciled again, in the order they were. */
  storiesChanged: string[];
  diagnostics: Diagnostic[];
}

export interface IngestOptions {
  progress?: ReadOptions["progress"];
  /** "defer": leave the stories to reconcile to `enqueue` (workers), called in the same transaction. */
  reconcile?: "inline" | "defer";
  enqueue?: (tx: Db, storyIds: readonly string[]) => Promise<void>;
}

/** The advisory lock key that makes grouping one process at a time on PostgreSQL. */
export const GROUPING_LOCK = 7_310_001;

/** Save the grouper's state after this many new articles (and when a command ends): a snapshot
 * of a store of 10k articles is about 8 MB, and the articles stored since are replayed when a
 * store is opened (about 0.2 ms each). */
export const SNAPSHOT_EVERY = 2000;

/** $XDG_DATA_HOME/sitrep, else ~/.local/share/sitrep. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_DATA_HOME || join(homedir(), ".local", "share"), "sitrep");
}


export class Store {
  private grouper: StoryGrouper | null = null;
  private grouperSeq = 0;
  private snapshotSeq = 0;

  private constructor(
    readonly db: Db,
    private readonly raw: RawFiles | null,
  ) {}

  static async open(opts: StoreOptions = {}): Promise<Store> {
    const url = opts.db;
    if (url && !/^postgres(?:ql)?:\/\//i.test(url)) throw new SitrepError("usage", `--db must be a postgres:// URL, not "${url.slice(0, 60)}"`);
    const dir = opts.data ?? defaultDataDir();
    const db = url ? await openPostgres(url, { schema: opts.schema }) : await openPglite(dir);
    try {
      await migrate(db);
    } catch (e) {
      await db.close();
      throw new SitrepError("input", `cannot open the store at ${db.where}: ${(e as Error).message.split("\n")[0]}`);
    }
    return new Store(db, url ? null : new RawFiles(join(dir, "raw")));
  }

  async close(): Promise<void> {
    try {
      if (this.grouper && this.grouperSeq > this.snapshotSeq) await this.snapshot();
    } finally {
      await this.db.close();
    }
  }

  /** Reads the inputs (as `analyze` does) and ingests what they hold. */
  async ingest(inputs: readonly string[], opts: ReadOptions = {}): Promise<IngestResult> {
    const r = await readInputs(inputs, opts);
    const res = await this.ingestDocs(r.docs, inputs, { progress: opts.progress });
    return { ...res, diagnostics: [...r.diagnostics, ...res.diagnostics] };
  }

  /** Adds raw documents: each is kept on disk and in the database, processed, grouped; then the
   * stories they touched are reconciled again. */
  async ingestDocs(docs: readonly RawDoc[], inputs: readonly string[] = [], opts: IngestOptions = {}): Promise<IngestResult> {
    const progress = opts.progress;
    const diagnostics: Diagnostic[] = [];
    const processed: { i: number; hash: string; json: string; article: CleanArticle; extraction: ArticleExtraction }[] = [];
    const now = new Date().toISOString();
    docs.forEach((doc, i) => {
      const hash = rawDocHash(doc);
      const json = rawDocJson(doc, (doc as Partial<StoredDoc>).received ?? now);
      // durable before anything refers to it
      this.raw?.put(hash, json);
      const p = processArticle(doc);
      diagnostics.push(...p.diagnostics);
      if (p.article && p.extraction) processed.push({ i, hash, json, article: p.article, extraction: p.extraction });
      if (i % 50 === 49) progress?.(i + 1, docs.length, "extracting");
    });
    // publication order, as analyze groups; two versions of one article in the order they came
    processed.sort((a, b) => canonicalOrder(a.article, b.article, false) || a.i - b.i);
    return this.exclusive(() => this.groupAndStore(processed, inputs, diagnostics, opts));
  }

  /** One grouping at a time in this process (the grouper in memory is one); across processes,
   * the advisory lock below. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writing.then(work, work);
    this.writing = next.catch(() => {});
    return next;
  }
  private writing: Promise<unknown> = Promise.resolve();

  private async groupAndStore(
    processed: readonly { i: number; hash: string; json: string; article: CleanArticle; extraction: ArticleExtraction }[],
    inputs: readonly string[],
    diagnostics: Diagnostic[],
    opts: IngestOptions,
  ): Promise<IngestResult> {
    const progress = opts.progress;
    const grouper = await this.loadGrouper();
    // what other processes stored since: replayed before taking the lock, so that the few stored
    // meanwhile are all that is replayed under it (seq is assigned under the lock, so committed
    // articles are always a prefix of seq)
    if (this.db.kind === "postgres") await this.catchUp(this.db, grouper);
    try {
      return await this.db.transaction(async (tx) => {
        // several processes may share a PostgreSQL store: one groups at a time, after catching
        // up with what the others stored (an advisory lock held to the end of the transaction)
        if (tx.kind === "postgres") await tx.query(`SELECT pg_advisory_xact_lock($1)`, [GROUPING_LOCK]);
        await this.catchUp(tx, grouper);
        const run = await q.startRun(tx, inputs);
        const dirty = new Set<string>();
        const aliases = await q.aliases(tx);
        const live = (id: string) => {
          const seen = new Set<string>();
          while (aliases.has(id) && !seen.has(id)) seen.add(id), (id = aliases.get(id)!);
          return id;
        };
        let added = 0;
        let updated = 0;
        let duplicates = 0;
        let seq = await q.nextSeq(tx);
        for (const { hash, json, article: a, extraction } of processed) {
          await q.insertRawDoc(tx, hash, a.source, json);
          const known = await q.articleVersion(tx, a.id);
          const articleJson = JSON.stringify(a);
          if (known && known.version === a.version) {
            duplicates++;
            await q.addSource(tx, a.id, a.source);
            continue;
          }
          if (known) {
            // the same address with other text: a new version of a stored article
            updated++;
            await q.insertVersion(tx, a.id, a.version, hash);
            await q.updateArticleVersion(tx, { id: a.id, version: a.version, published: a.published, outlet: a.outlet, title: a.title, article: articleJson, extraction: JSON.stringify(extraction), runId: run });
            await q.addSource(tx, a.id, a.source);
            if (known.story_id) dirty.add(known.story_id);
            continue;
          }
          const copyOf = await q.articleWithVersion(tx, a.version);
          if (copyOf) {
            // the same text from another address: one article, every source
            duplicates++;
            await q.addSource(tx, copyOf, a.source);
            continue;
          }
          added++;
          const d = grouper.addWithDecision(groupDoc(a, extraction));
          const story = live(d.storyId);
          await q.insertArticle(tx, { id: a.id, version: a.version, seq, storyId: story, published: a.published, outlet: a.outlet, title: a.title, article: articleJson, extraction: JSON.stringify(extraction), runId: run });
          this.grouperSeq = seq++;
          await q.insertVersion(tx, a.id, a.version, hash);
          await q.addSource(tx, a.id, a.source);
          dirty.add(story);
          for (const m of d.merged) {
            // the grouper joined two stories: the articles of the one absorbed follow
            await q.moveStory(tx, live(m), story);
            dirty.add(live(m));
          }
        }
        const storiesChanged = opts.reconcile === "defer" ? [...dirty].sort() : await this.reconcile(tx, [...dirty], run, progress);
        if (opts.reconcile === "defer") await opts.enqueue?.(tx, storiesChanged);
        await q.finishRun(tx, run, added, updated, storiesChanged);
        if (this.grouperSeq - this.snapshotSeq >= SNAPSHOT_EVERY) await this.snapshot(tx);
        return { run, added, updated, duplicates, storiesChanged, diagnostics };
      });
    } catch (e) {
      // the grouper in memory may hold articles the rolled-back transaction did not store
      this.grouper = null;
      throw e;
    }
  }

  /** Reconciles stories again, each in its own transaction under an advisory lock on the story
   * (workers: two never reconcile one story at once; others' stories go on in parallel). */
  async reconcileStories(ids: readonly string[]): Promise<string[]> {
    const done: string[] = [];
    for (const id of ids) {
      const changed = await this.db.transaction(async (tx) => {
        if (tx.kind === "postgres") await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`sitrep-story:${id}`]);
        return this.reconcile(tx, [id], null);
      });
      done.push(...changed);
    }
    return done;
  }

  /** Keeps raw documents (disk and database) and hands each hash to `enqueue` in the same
   * transaction: a job exists exactly when its document is stored. */
  async storeRawDocs(docs: readonly RawDoc[], enqueue: (tx: Db, hash: string) => Promise<void>): Promise<string[]> {
    const now = new Date().toISOString();
    const hashes: string[] = [];
    await this.db.transaction(async (tx) => {
      for (const doc of docs) {
        const hash = rawDocHash(doc);
        const json = rawDocJson(doc, now);
        this.raw?.put(hash, json);
        await q.insertRawDoc(tx, hash, doc.source, json);
        await enqueue(tx, hash);
        hashes.push(hash);
      }
    });
    return hashes;
  }

  /** Ingests a stored raw document by its hash (a worker's job); null when there is none. */
  async ingestStored(hash: string, opts: IngestOptions = {}): Promise<IngestResult | null> {
    const json = await q.rawDoc(this.db, hash);
    return json ? this.ingestDocs([JSON.parse(json) as StoredDoc], ["(queue)"], opts) : null;
  }

  /** Reconciles the given stories again from their stored articles; a story left with none is dropped. */
  private async reconcile(db: Db, ids: readonly string[], run: number | null, progress?: ReadOptions["progress"]): Promise<string[]> {
    const changed: string[] = [];
    for (const [i, id] of [...new Set(ids)].sort().entries()) {
      if (i % 20 === 19) progress?.(i + 1, ids.length, "reconciling");
      const rows = await q.articleVersionsOfStory(db, id);
      if (!rows.length) {
        await q.deleteStory(db, id);
        continue;
      }
      const report = await this.storyReport(db, id, rows);
      const story = report.stories[0]!;
      const json = JSON.stringify(report);
      await q.saveStoryVersion(db, id, run, json);
      await q.upsertStory(db, {
        id,
        title: story.title,
        articles: rows.length,
        outlets: new Set(report.articles.map((a) => a.outlet ?? a.source)).size,
        disputes: story.claims.filter((c) => c.status === "conflict").length,
        report: json,
        runId: run,
      });
      changed.push(id);
    }
    return changed;
  }

  /** Parsed articles and extractions by id and version: a story that gains one article is not
   * read and parsed whole again. Bounded; the oldest entries go first. */
  private readonly parsed = new Map<string, { article: CleanArticle; extraction: ArticleExtraction }>();
  static readonly PARSED_CACHE = 3000;

  private async storyReport(db: Db, id: string, rows: readonly { id: string; version: string }[]): Promise<Report> {
    const key = (r: { id: string; version: string }) => `${r.id}\u0000${r.version}`;
    const missing = rows.filter((r) => !this.parsed.has(key(r)));
    if (missing.length) {
      for (const r of await q.articlesByIds(db, missing.map((m) => m.id))) {
        this.parsed.set(key(r), { article: JSON.parse(r.article) as CleanArticle, extraction: JSON.parse(r.extraction) as ArticleExtraction });
      }
      for (const k of this.parsed.keys()) {
        if (this.parsed.size <= Store.PARSED_CACHE) break;
        this.parsed.delete(k);
      }
    }
    const sources = await q.sourcesOfStory(db, id);
    const parts = [];
    for (const r of rows) {
      const p = this.parsed.get(key(r)) ?? (await this.parseOne(db, r.id));
      if (!p) continue;
      // a copy: reference dates are assigned on it, and the cache keeps the stored article
      parts.push({ article: { ...p.article, sources: [...new Set([...p.article.sources, ...(sources.get(r.id) ?? [])])] }, extraction: p.extraction });
    }
    parts.sort((a, b) => canonicalOrder(a.article, b.article));
    const diagnostics: Diagnostic[] = [];
    const dated = referenceDates(parts, null);
    diagnostics.push(...dated.diagnostics);
    let story;
    try {
      story = reconcileStory(id, dated.articles);
    } catch (e) {
      diagnostics.push(diagnostic("error", dated.articles[0]?.article.source ?? id, `internal error while reconciling story ${id}, left bare: ${(e as Error)?.message ?? e}`));
      story = bareStory(id, dated.articles.map((p) => p.article));
    }
    return buildReport({ articles: dated.articles.map((p) => p.article), stories: [story], diagnostics });
  }

  /** Adds to the grouper the articles stored after the last it saw (by other processes). */
  private async catchUp(db: Db, grouper: StoryGrouper): Promise<void> {
    for (const r of await q.articlesAfter(db, this.grouperSeq)) {
      grouper.add(groupDoc(JSON.parse(r.article) as CleanArticle, JSON.parse(r.extraction) as ArticleExtraction));
      this.grouperSeq = Number(r.seq);
    }
  }

  /** One article read past the cache (it was evicted while the story was being read). */
  private async parseOne(db: Db, articleId: string): Promise<{ article: CleanArticle; extraction: ArticleExtraction } | null> {
    const r = (await q.articlesByIds(db, [articleId]))[0];
    return r ? { article: JSON.parse(r.article) as CleanArticle, extraction: JSON.parse(r.extraction) as ArticleExtraction } : null;
  }

  /** The grouper as it was after the last stored article: the latest snapshot, then the articles stored since. */
  private async loadGrouper(): Promise<StoryGrouper> {
    if (this.grouper) return this.grouper;
    const snap = await q.latestSnapshot(this.db);
    let g = snap ? StoryGrouper.fromJSON(JSON.parse(snap.state)) : null;
    let from = snap && g ? Number(snap.seq) : 0;
    if (!g) (g = new StoryGrouper()), (from = 0);
    this.snapshotSeq = from;
    this.grouperSeq = from;
    for (const r of await q.articlesAfter(this.db, from)) {
      g.add(groupDoc(JSON.parse(r.article) as CleanArticle, JSON.parse(r.extraction) as ArticleExtraction));
      this.grouperSeq = Number(r.seq);
    }
    return (this.grouper = g);
  }

  private async snapshot(db: Db = this.db): Promise<void> {
    if (!this.grouper) return;
    await q.saveSnapshot(db, this.grouperSeq, JSON.stringify(this.grouper.toJSON()));
    this.snapshotSeq = this.grouperSeq;
  }

  /** Stories, the most recently changed first. */
  async stories(): Promise<StoryListItem[]> {
    return (await q.listStories(this.db)).map((r) => ({
      id: r.id,
      title: r.title,
      articles: Number(r.article_count),
      outlets: Number(r.outlet_count),
      disputes: Number(r.disputes),
      lastUpdate: r.updated_at ? new Date(r.updated_at).toISOString() : null,
    }));
  }

  /** A story's id from what a person typed: the whole id or its first characters. */
  async resolveStory(idOrPrefix: string): Promise<string> {
    const ids = await q.storyIdsLike(this.db, idOrPrefix);
    if (ids.includes(idOrPrefix)) return idOrPrefix;
    if (ids.length === 1) return ids[0]!;
    if (!ids.length) throw new SitrepError("input", `no story ${idOrPrefix} in the store (sitrep stories lists them)`);
    throw new SitrepError("input", `"${idOrPrefix}" names several stories (${ids.join(", ")}…): give more of the id`);
  }

  /** The stored report of one story, and when it last changed. */
  async report(storyId: string): Promise<{ report: Report; updatedAt: string } | null> {
    const r = await q.storyReport(this.db, storyId);
    return r ? { report: JSON.parse(r.report) as Report, updatedAt: new Date(r.updated_at).toISOString() } : null;
  }

  /** Computes every article and story again from the stored raw documents (disk and database);
   * sources and manual decisions are kept. */
  async rebuild(progress?: ReadOptions["progress"]): Promise<IngestResult> {
    // the batches again, in the order they were stored: the grouper then decides as it did. A
    // document's batch is the transaction that stored it (its time, now(), is the
    // transaction's); documents only on disk (the database lost them) come after, by the time
    // they were received.
    const docs = new Map<string, StoredDoc>();
    const batchOf = new Map<string, string>();
    for (const r of await q.allRawDocs(this.db)) {
      docs.set(r.hash, JSON.parse(r.doc) as StoredDoc);
      batchOf.set(r.hash, `1 ${new Date(r.added_at).toISOString()}`);
    }
    for (const [hash, json] of this.raw?.all() ?? []) {
      if (docs.has(hash)) continue;
      const d = JSON.parse(json) as StoredDoc;
      docs.set(hash, d);
      batchOf.set(hash, `2 ${d.received ?? ""}`);
    }
    await this.db.transaction(async (tx) => {
      await tx.exec(`DELETE FROM articles; DELETE FROM article_versions; DELETE FROM stories; DELETE FROM grouper_snapshots`);
    });
    this.grouper = new StoryGrouper();
    this.grouperSeq = this.snapshotSeq = 0;
    const batches = new Map<string, StoredDoc[]>();
    for (const [hash, d] of docs) batches.set(batchOf.get(hash)!, [...(batches.get(batchOf.get(hash)!) ?? []), d]);
    const res: IngestResult = { run: 0, added: 0, updated: 0, duplicates: 0, storiesChanged: [], diagnostics: [] };
    for (const [, batch] of [...batches].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const r = await this.ingestDocs(batch, ["(rebuild)"], { progress });
      res.run = r.run;
      res.added += r.added;
      res.updated += r.updated;
      res.duplicates += r.duplicates;
      res.diagnostics.push(...r.diagnostics);
      for (const id of r.storiesChanged) if (!res.storiesChanged.includes(id)) res.storiesChanged.push(id);
    }
    // manual decisions apply to the rebuilt stories
    const manual = await q.manualAssignments(this.db);
    if (manual.size) {
      const touched = await this.db.transaction(async (tx) => {
        const touched = new Set<string>();
        for (const [articleId, storyId] of manual) {
          const was = await q.articleStory(tx, articleId);
          if (was === null || was === storyId) continue;
          await q.setStory(tx, articleId, storyId);
          touched.add(was).add(storyId);
        }
        return this.reconcile(tx, [...touched], res.run);
      });
      res.storiesChanged.push(...touched.filter((t) => !res.storiesChanged.includes(t)));
    }
    await this.snapshot();
    return res;
  }

  /** Moves `articleIds` out of their story into a new one; returns its id. A manual decision:
   * later ingests keep it. */
  async split(storyId: string, articleIds: readonly string[]): Promise<string> {
    const id = storyIdFor(`split\u0000${[...articleIds].sort().join("\u0000")}`);
    await this.db.transaction(async (tx) => {
      const members = new Set((await q.articlesOfStory(tx, storyId)).map((r) => r.id));
      if (!members.size) throw new SitrepError("input", `no story ${storyId} in the store`);
      const missing = articleIds.filter((a) => !members.has(a));
      if (missing.length) throw new SitrepError("input", `article ${missing[0]} is not in story ${storyId}`);
      if (articleIds.length === members.size) throw new SitrepError("usage", `that is every article of story ${storyId}: nothing to split`);
      for (const a of articleIds) await q.assign(tx, a, id), await q.setStory(tx, a, id);
      await this.reconcile(tx, [storyId, id], null);
    });
    return id;
  }

  /** Merges the stories `from` into `into`; articles the grouper adds to them later go to `into`. */
  async merge(into: string, from: readonly string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const f of from) {
        if (f === into) continue;
        const rows = await q.articlesOfStory(tx, f);
        if (!rows.length) throw new SitrepError("input", `no story ${f} in the store`);
        for (const r of rows) await q.assign(tx, r.id, into), await q.setStory(tx, r.id, into);
        await q.alias(tx, f, into);
        await q.retargetAliases(tx, f, into);
        await q.deleteStory(tx, f);
      }
      await this.reconcile(tx, [into], null);
    });
  }

  /** Moves one article to another story. */
  async move(articleId: string, storyId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const was = await q.articleStory(tx, articleId);
      if (was === null) throw new SitrepError("input", `no article ${articleId} in the store`);
      if (!(await q.storyReport(tx, storyId))) throw new SitrepError("input", `no story ${storyId} in the store`);
      await q.assign(tx, articleId, storyId);
      await q.setStory(tx, articleId, storyId);
      await this.reconcile(tx, [was, storyId], null);
    });
  }

  /**
   * What changed in a story: from its version as run `since.run` left it (or as it was at
   * `since.date`; by default the version before the latest) to its current report.
   */
  async diff(storyId: string, since: { run?: number; date?: string } = {}): Promise<{ diff: StoryDiff; since: string }> {
    const versions = await q.storyVersions(this.db, storyId);
    if (!versions.length) throw new SitrepError("input", `no story ${storyId} in the store`);
    const last = versions[versions.length - 1]!;
    let base: (typeof versions)[number] | undefined;
    let label: string;
    if (since.run !== undefined) {
      base = versions.filter((v) => v.run_id !== null && Number(v.run_id) <= since.run!).pop();
      label = `run ${since.run}`;
    } else if (since.date !== undefined) {
      const t = Date.parse(since.date);
      base = versions.filter((v) => new Date(v.saved_at).getTime() < t).pop();
      label = since.date;
    } else {
      base = versions[versions.length - 2];
      label = base ? `its previous version (${new Date(base.saved_at).toISOString().slice(0, 16).replace("T", " ")})` : "it began";
    }
    const after = JSON.parse((await q.storyVersionReport(this.db, Number(last.id)))!) as Report;
    const before = base ? (JSON.parse((await q.storyVersionReport(this.db, Number(base.id)))!) as Report) : null;
    return { diff: diffStory(before, after, storyId), since: base ? label : `${label} (the story began after it)` };
  }

  async articleCount(): Promise<number> {
    return q.articleCount(this.db);
  }
}
