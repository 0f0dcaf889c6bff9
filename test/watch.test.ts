// `sitrep watch` and `sitrep diff` as a user runs them, against a feed served on loopback: new
// items ingested, an unchanged feed skipped with a 304, a dead link recorded and retried, and the
// diff saying what a new item changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli, serve } from "./helpers.js";
import { durationMs } from "../src/cli/watch-commands.js";
import { Store } from "../src/store/store.js";
import { q } from "../src/store/queries.js";

interface Item {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}
const ITEMS = JSON.parse(readFileSync(join(ROOT, "test/fixtures/stories/quake-toll-days/input.json"), "utf8")) as Item[];

test("watch: new items ingested, an unchanged feed skipped with a 304, a dead link retried; diff shows what the new item changed", { timeout: 240_000 }, async () => {
  const data = mkdtempSync(join(tmpdir(), "sitrep-watch-"));
  let published = ITEMS.slice(0, 3);
  let deadLinkFixed = false;
  const hits = { feed: 0, notModified: 0, pages: 0 };
  const server = await serve((req, res) => {
    const etag = `"v${published.length}-${deadLinkFixed ? 1 : 0}"`;
    if (req.url === "/feed.xml") {
      hits.feed++;
      if (req.headers["if-none-match"] === etag) {
        hits.notModified++;
        res.writeHead(304, { etag });
        return res.end();
      }
      const items = [...published.map((it) => `<item><title>${it.title}</title><link>${server.url}/a/${it.id}</link><guid>${it.id}</guid><pubDate>${new Date(it.published + "T12:00:00Z").toUTCString()}</pubDate><description>${it.title}</description></item>`), `<item><title>Gone</title><link>${server.url}/a/gone</link><guid>gone</guid></item>`];
      res.writeHead(200, { "content-type": "application/rss+xml", etag });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quake Wire</title><link>${server.url}/</link>${items.join("")}</channel></rss>`);
    }
    const m = /^\/a\/(\w+)$/.exec(req.url ?? "");
    const it = m && ITEMS.find((x) => x.id === m[1]);
    if (it) {
      hits.pages++;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(`<!doctype html><html><head><title>${it.title}</title><meta property="og:site_name" content="${it.outlet}"><meta property="article:published_time" content="${it.published}"></head><body><article><h1>${it.title}</h1><p>${it.text}</p></article></body></html>`);
    }
    if (m?.[1] === "gone" && deadLinkFixed) {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(`<!doctype html><html><head><title>Aid reaches Aceh</title><meta property="article:published_time" content="2013-07-06"></head><body><article><h1>Aid reaches Aceh</h1><p>Aid trucks reached the villages of Bener Meriah district on Saturday, four days after the earthquake struck Aceh province, the disaster agency said.</p></article></body></html>`);
    }
    res.writeHead(404);
    res.end("not found");
  });
  const feed = `${server.url}/feed.xml`;
  const opml = join(data, "feeds.opml");
  writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="Quake Wire" type="rss" xmlUrl="${feed}"/></body></opml>`);
  const watch = () => runCli(["watch", "--data", join(data, "store"), "--once", "--allow-private", opml], { env: { NO_COLOR: "1" } });
  try {
    const first = await watch();
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /feed\.xml: 3 new, 0 unchanged, 1 failed; stories s-[0-9a-f]{12}\n$/);
    const storyId = /stories (s-[0-9a-f]{12})/.exec(first.stderr)![1]!;

    // nothing changed: one conditional request answered 304, no page fetched
    const pagesBefore = hits.pages;
    const second = await watch();
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /not modified \(304\)/);
    assert.equal(hits.notModified, 1);
    assert.equal(hits.pages, pagesBefore);

    // a new item, and the dead link now answers: only those two pages are fetched
    published = ITEMS.slice(0, 4);
    deadLinkFixed = true;
    const third = await watch();
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stderr, /2 new, 3 unchanged, 0 failed/);
    assert.equal(hits.pages, pagesBefore + 1, "seen items are not fetched again (the dead link was not a page of ITEMS)");

    const diff = await runCli(["diff", storyId, "--data", join(data, "store")]);
    assert.equal(diff.code, 0, diff.stderr);
    assert.match(diff.stdout, /^# What changed: /);
    assert.match(diff.stdout, /## Key figures\n\n- \*\*people killed: 11 → 24\*\*/, diff.stdout);
    assert.match(diff.stdout, /## New articles\n\n- Asia Report, 2013-07-05: Aceh earthquake death toll climbs to 24/);
    const json = await runCli(["diff", storyId, "--data", join(data, "store"), "--since", "1", "--format", "json"]);
    assert.equal(json.code, 0, json.stderr);
    const d = JSON.parse(json.stdout) as { since: string; articles: { added: unknown[] }; empty: boolean };
    assert.match(d.since, /run 1/);
    assert.equal(d.articles.added.length, 2, "since run 1 (the first poll): the two articles of the third poll");
    assert.equal(d.empty, false);

    // every poll is recorded, with the dead link's error
    const store = await Store.open({ data: join(data, "store") });
    try {
      const polls = await q.polls(store.db, feed);
      assert.deepEqual(polls.map((p) => [p.status, p.items_new, p.items_unchanged, p.items_failed]), [["new", 3, 0, 1], ["not-modified", 0, 0, 0], ["new", 2, 3, 0]]);
      assert.match(JSON.parse(polls[0]!.errors)[0], /a\/gone: HTTP 404/);
    } finally {
      await store.close();
    }

    // a failing feed is one line and exit 1; it stops nothing else
    const bad = await runCli(["watch", "--data", join(data, "store"), "--once", "--allow-private", `${server.url}/nothing.xml`, feed]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /nothing\.xml: failed: HTTP 404\n/);
    assert.match(bad.stderr, /feed\.xml: not modified \(304\)/);
  } finally {
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
});

test("watch: durations, and feeds refused by name", async () => {
  assert.deepEqual(["30s", "10m", "1h", "2", "0s", "10x", "8d"].map(durationMs), [30_000, 600_000, 3_600_000, 2000, null, null, null]);
  const r = await runCli(["watch", "--once", "/nonexistent.opml"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^sitrep: error: \/nonexistent\.opml: cannot read \(ENOENT\)\n$/);
  const bad = await runCli(["watch", "--every", "soon", "http://x"]);
  assert.equal(bad.code, 2);
});
