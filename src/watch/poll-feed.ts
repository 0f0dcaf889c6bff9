// One poll of one watched feed: a conditional request (the ETag and Last-Modified the feed gave
// last time), the items not seen before fetched and ingested, the poll recorded. A failing feed
// or a dead link is recorded and tried again at the next poll; it never stops the others.
import { createHash } from "node:crypto";
import type { RawDoc } from "../model.js";
import { fetchUrl, FetchError } from "../read/fetch.js";
import { decode } from "../read/encoding.js";
import { parseFeed, type FeedItem, type FeedResult } from "../read/feeds.js";
import { isoDay } from "../read/dates.js";
import { canonicalUrl } from "../clean/identity.js";
import type { Store } from "../store/store.js";
import { q } from "../store/queries.js";

export interface PollResult {
  feed: string;
  status: "new" | "unchanged" | "not-modified" | "failed";
  added: number;
  unchanged: number;
  failed: number;
  errors: string[];
  storiesChanged: string[];
}

/** At most this many item pages fetched at once from one feed. */
const PAGE_CONCURRENCY = 4;

/** What names an item across polls: its link, else its GUID, else its content. */
function itemKey(it: FeedItem): string {
  const url = canonicalUrl(it.link);
  if (url) return url;
  if (it.meta.guid) return `guid:${it.meta.guid}`;
  return "hash:" + createHash("sha1").update(`${it.meta.title ?? ""}\u0000${it.content ?? ""}`).digest("hex");
}

/** A JSON Feed (jsonfeed.org) as feed items; null when the text is not one. */
function parseJsonFeed(text: string): FeedResult | null {
  if (!/^\s*\{/.test(text)) return null;
  let data: { version?: unknown; title?: unknown; items?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return null;
  }
  if (typeof data.version !== "string" || !data.version.includes("jsonfeed.org")) return null;
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const items = (Array.isArray(data.items) ? data.items : []).slice(0, 1000).map((raw, i): FeedItem => {
    const it = (raw ?? {}) as Record<string, unknown>;
    const content = str(it.content_html) ?? str(it.content_text) ?? str(it.summary);
    const link = str(it.url) ?? str(it.external_url);
    const authors = Array.isArray(it.authors) ? it.authors.map((a) => str((a as Record<string, unknown>)?.name)).filter(Boolean).join(", ") : null;
    return { meta: { url: link, guid: str(it.id), title: str(it.title), byline: authors || null, published: isoDay(str(it.date_published) ?? "") }, content, full: !!content && content.replace(/<[^>]+>/g, "").length >= 800, link, key: str(it.id) ?? String(i + 1) };
  });
  return { ok: true, title: str(data.title), items };
}

async function pool(tasks: readonly (() => Promise<void>)[], n: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, async () => {
    while (next < tasks.length) await tasks[next++]!();
  }));
}

export async function pollFeed(store: Store, feedUrl: string, opts: { allowPrivate?: boolean } = {}): Promise<PollResult> {
  const db = store.db;
  const state = await q.feed(db, feedUrl);
  const result: PollResult = { feed: feedUrl, status: "failed", added: 0, unchanged: 0, failed: 0, errors: [], storiesChanged: [] };
  const finish = async (status: PollResult["status"], etag: string | null = null, lastModified: string | null = null) => {
    result.status = status;
    await q.saveFeed(db, feedUrl, etag, lastModified, status === "failed" ? `failed: ${result.errors[0] ?? ""}` : status);
    await q.recordPoll(db, { feed: feedUrl, status, added: result.added, unchanged: result.unchanged, failed: result.failed, errors: result.errors });
    return result;
  };
  let fetched;
  try {
    fetched = await fetchUrl(feedUrl, { allowPrivate: !!opts.allowPrivate, ifNoneMatch: state?.etag, ifModifiedSince: state?.last_modified });
  } catch (e) {
    result.errors.push(e instanceof FetchError ? e.message : String((e as Error)?.message ?? e));
    return finish("failed");
  }
  if (fetched.status === 304) return finish("not-modified", fetched.etag ?? null, fetched.lastModified ?? null);
  const text = decode(fetched.bytes, fetched.charset);
  if (!text.ok) {
    result.errors.push(text.reason);
    return finish("failed");
  }
  const feed = parseJsonFeed(text.text) ?? parseFeed(text.text);
  if (!feed.ok) {
    result.errors.push(feed.reason);
    return finish("failed");
  }
  const seen = await q.seenItems(db, feedUrl);
  const docs: { key: string; doc: RawDoc }[] = [];
  const work: (() => Promise<void>)[] = [];
  for (const it of feed.items) {
    const key = itemKey(it);
    if (seen.has(key)) {
      result.unchanged++;
      continue;
    }
    seen.add(key);
    const name = it.link && /^https?:\/\//i.test(it.link) ? it.link : `${feedUrl}#${it.key}`;
    if (it.full && it.content) docs.push({ key, doc: { source: name, format: "html", body: it.content, meta: it.meta } });
    else if (it.link && /^https?:\/\//i.test(it.link))
      work.push(async () => {
        try {
          const page = await fetchUrl(it.link!, { allowPrivate: !!opts.allowPrivate });
          const d = decode(page.bytes, page.charset);
          if (!d.ok) throw new FetchError(d.reason);
          const format = /html/.test(page.contentType ?? "") || /^\s*</.test(d.text) ? "html" : "text";
          docs.push({ key, doc: { source: it.link!, format, body: d.text, meta: { ...it.meta, url: page.url } } });
        } catch (e) {
          // a dead link: recorded, and tried again at the next poll (the item is not marked seen)
          result.failed++;
          result.errors.push(`${it.link}: ${e instanceof FetchError ? e.message : String((e as Error)?.message ?? e)}`);
        }
      });
    else if (it.content) docs.push({ key, doc: { source: name, format: "html", body: it.content, meta: it.meta } });
    else {
      result.failed++;
      result.errors.push(`${name}: feed item has neither content nor a link`);
    }
  }
  await pool(work, PAGE_CONCURRENCY);
  if (docs.length) {
    const r = await store.ingestDocs(docs.map((d) => d.doc), [feedUrl]);
    result.added = r.added + r.updated;
    result.unchanged += r.duplicates;
    result.storiesChanged = r.storiesChanged;
    for (const d of r.diagnostics) if (d.level === "error") result.errors.push(`${d.source}: ${d.message}`);
    // marked seen once stored: a crash before this line fetches the item again, and the store
    // finds it already there
    for (const d of docs) await q.markItemSeen(db, feedUrl, d.key);
  }
  return finish(result.added ? "new" : "unchanged", fetched.etag ?? null, fetched.lastModified ?? null);
}
