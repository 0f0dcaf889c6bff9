// The store on both databases: the embedded PGlite in a temporary folder, and the PostgreSQL
// server at 127.0.0.1:5432 (database `test`, each run in a schema of its own; skipped, saying
// so, when no server answers). Real files, real databases, no mocks.
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store, type StoreOptions } from "../src/store/store.js";
import { openPglite, openPostgres } from "../src/store/db.js";
import { migrate, SCHEMA_VERSION } from "../src/store/migrations.js";
import { EXAMPLES, assertValidReport } from "./helpers.js";

const PG_URL = process.env.SITREP_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

const FLOOD = `Floods kill 12 in Valencia as rivers burst their banks

Valencia, 30 October 2024 — Flash floods killed at least 12 people in the Spanish region of Valencia on Tuesday night, emergency services said on Wednesday, after a month's rain fell in eight hours.
Rescue teams used helicopters to lift residents from the roofs of their homes in Paiporta and Chiva, the regional government said. Trains between Madrid and Valencia were suspended.
"We have never seen water like this," said Carlos Mazón, the head of the regional government.`;

const FLOOD_LATER = `Valencia flood toll rises to 95

Valencia, 31 October 2024 — The death toll from the floods in the Spanish region of Valencia rose to 95 on Thursday, the regional government said, as rescue teams searched Paiporta and Chiva for the missing.
Carlos Mazón, the head of the regional government, said dozens of people were still missing. Trains between Madrid and Valencia remained suspended.`;

async function pgAvailable(): Promise<boolean> {
  try {
    const db = await openPostgres(PG_URL);
    await db.close();
    return true;
  } catch {
    return false;
  }
}

interface Backend {
  name: string;
  options: () => StoreOptions;
  cleanup: () => Promise<void>;
}

async function backends(t: TestContext): Promise<Backend[]> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  const list: Backend[] = [{ name: "pglite", options: () => ({ data: join(dir, "data") }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }];
  if (await pgAvailable()) {
    const schema = `t_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
    list.push({
      name: "postgres",
      options: () => ({ db: PG_URL, schema }),
      cleanup: async () => {
        const db = await openPostgres(PG_URL);
        await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await db.close();
      },
    });
  } else t.diagnostic(`no PostgreSQL server at ${PG_URL}: the store tests run on PGlite only`);
  return list;
}

test("store: ingest, duplicates, versions, only touched stories updated, manual decisions kept, rebuild — on PGlite and PostgreSQL", { timeout: 300_000 }, async (t) => {
  for (const b of await backends(t)) {
    await t.test(b.name, async () => {
      const tmp = mkdtempSync(join(tmpdir(), "sitrep-in-"));
      try {
        let store = await Store.open(b.options());
        // the reference corpus: one story of five articles
        const first = await store.ingest([EXAMPLES]);
        assert.equal(first.added, 5);
        assert.equal(first.storiesChanged.length, 1);
        const peru = first.storiesChanged[0]!;
        let list = await store.stories();
        assert.equal(list.length, 1);
        assert.equal(list[0]!.articles, 5);
        assert.ok(list[0]!.disputes >= 1, "the far-right / right-leaning conflict");
        const r = (await store.report(peru))!;
        assertValidReport(r.report);
        assert.ok(r.report.stories[0]!.claims.some((c) => c.status === "explained" && /103|111/.test(JSON.stringify(c.values))), "the 103/111-day explanation");
        const peruChanged = r.updatedAt;

        // the same folder again: nothing new, no story touched
        const again = await store.ingest([EXAMPLES]);
        assert.deepEqual([again.added, again.updated, again.duplicates, again.storiesChanged.length], [0, 0, 5, 0]);

        // a second batch on another event: only its own story is reconciled
        writeFileSync(join(tmp, "flood.txt"), FLOOD);
        writeFileSync(join(tmp, "flood-copy.txt"), FLOOD);
        const second = await store.ingest([join(tmp, "flood.txt"), join(tmp, "flood-copy.txt")]);
        assert.equal(second.added, 1);
        assert.equal(second.duplicates, 1);
        assert.equal(second.storiesChanged.length, 1);
        const flood = second.storiesChanged[0]!;
        assert.notEqual(flood, peru);
        assert.equal((await store.report(peru))!.updatedAt, peruChanged, "the untouched story was not reconciled again");
        const floodReport = (await store.report(flood))!.report;
        assert.deepEqual(floodReport.articles[0]!.sources.sort(), [join(tmp, "flood-copy.txt"), join(tmp, "flood.txt")].sort(), "one article, both sources");

        // a new text at a stored address is a new version of the same article
        const url = "https://news.example.org/valencia-floods?utm_source=feed";
        writeFileSync(join(tmp, "v1.jsonl"), JSON.stringify({ url, title: "Valencia flood toll rises", text: FLOOD_LATER, published: "2024-10-31" }) + "\n");
        const v1 = await store.ingest([join(tmp, "v1.jsonl")]);
        assert.equal(v1.added, 1);
        assert.deepEqual(v1.storiesChanged, [flood], "the later report joins the flood story");
        writeFileSync(join(tmp, "v2.jsonl"), JSON.stringify({ url: "https://www.news.example.org/valencia-floods#top", title: "Valencia flood toll rises", text: FLOOD_LATER.replace(/95/g, "158"), published: "2024-10-31" }) + "\n");
        const v2 = await store.ingest([join(tmp, "v2.jsonl")]);
        assert.deepEqual([v2.added, v2.updated], [0, 1]);
        const versions = await store.db.query<{ n: string | number }>(`SELECT COUNT(*) AS n FROM article_versions WHERE id = (SELECT id FROM articles WHERE article LIKE $1 LIMIT 1)`, ["%158%"]);
        assert.equal(Number(versions[0]!.n), 2);
        assert.ok(JSON.stringify((await store.report(flood))!.report.stories[0]!.keyFigures).includes("158"), "the story shows the edited figure");

        // a manual split survives a later ingest and a rebuild
        const peruArticles = (await store.report(peru))!.report.articles.map((a) => a.id);
        const splitId = await store.split(peru, [peruArticles[0]!]);
        assert.equal((await store.report(peru))!.report.articles.length, 4);
        await store.close();
        store = await Store.open(b.options());
        writeFileSync(join(tmp, "peru-again.txt"), readFileSync(join(EXAMPLES, "000_c36016f9633af698.txt"), "utf8").replace(/Friday/g, "Friday night"));
        await store.ingest([join(tmp, "peru-again.txt")]);
        assert.deepEqual((await store.report(splitId))!.report.articles.map((a) => a.id), [peruArticles[0]], "the split-off article stays split");
        const before = (await store.stories()).map((s) => [s.id, s.articles]).sort();
        const rebuilt = await store.rebuild();
        assert.deepEqual([rebuilt.added, rebuilt.updated], [8, 1], "every raw document again, the two versions in the order they came");
        const after = (await store.stories()).map((s) => [s.id, s.articles]).sort();
        assert.deepEqual(after, before, "rebuild recomputes the same stories, manual decisions included");
        // merge back, then move one article out and back
        await store.merge(peru, [splitId]);
        list = await store.stories();
        assert.ok(!list.some((s) => s.id === splitId));
        assert.equal(list.find((s) => s.id === peru)!.articles, 6);
        await store.move(peruArticles[1]!, flood);
        assert.ok((await store.report(flood))!.report.articles.some((a) => a.id === peruArticles[1]));
        await assert.rejects(store.move("a-nosuch", peru), /no article a-nosuch/);
        await store.close();
      } finally {
        rmSync(tmp, { recursive: true, force: true });
        await b.cleanup();
      }
    });
  }
});

test("store: a second sitrep on the same data folder is refused, naming the holder; a stale lock is taken over", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-lock-"));
  try {
    const a = await Store.open({ data: dir });
    await assert.rejects(Store.open({ data: dir }), new RegExp(`in use by another sitrep \\(pid ${process.pid}\\)`));
    await a.close();
    // a lock left by a process that is gone (pid 2^22 + 1 is above Linux's pid_max default)
    writeFileSync(join(dir, "lock"), "4194305\n");
    const b = await Store.open({ data: dir });
    assert.equal(readFileSync(join(dir, "lock"), "utf8").trim(), String(process.pid));
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("store: a store written by the first migration opens in this version, its articles kept", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-migrate-"));
  try {
    const db = await openPglite(dir);
    assert.deepEqual(await migrate(db, 1), [1]);
    const article = { id: "a-old", version: "v1", source: "old.txt", sources: ["old.txt"], url: null, title: "Old", outlet: null, byline: null, published: "2024-01-01", dateline: null, referenceDate: null, language: "en", text: "An old article about a fire in the port that killed two people on Monday.", removed: [], nearDuplicateOf: null };
    await db.query(`INSERT INTO articles (id, version, seq, story_id, article, extraction) VALUES ('a-old', 'v1', 1, 's-old', $1, '{"sentences":[],"entityList":[],"entities":[],"times":[],"quantities":[],"quotes":[],"events":[]}')`, [JSON.stringify(article)]);
    await db.close();
    const store = await Store.open({ data: dir });
    const versions = await store.db.query<{ version: number }>(`SELECT version FROM schema_migrations ORDER BY version`);
    assert.deepEqual(versions.map((v) => Number(v.version)), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    assert.equal(await store.articleCount(), 1);
    // the newer columns are there, and the old article is still grouped and reported by a rebuild
    const r = await store.rebuild();
    assert.equal(r.storiesChanged.length, 0, "an article without its raw document cannot be rebuilt; it is not invented");
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
