// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one entry per item. An item carries its full article
// when the feed includes enough content; otherwise the caller fetches its link.
import { createRequire } from "node:module";
import type { XMLParser as XMLParserType } from "fast-xml-parser";
import type { DocMeta } from "../model.js";
import { isoDay, isoInstant } from "./dates.js";
import { hostOf } from "../clean/identity.js";

export interface FeedItem {
  meta: DocMeta;
  /** HTML (or text) content the feed carries for this item, possibly only a summary. */
  content: string | null;
  /** True when `content` looks like the whole article rather than a teaser. */
  full: boolean;
  link: string | null;
  key: string;
}

export type FeedResult = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; reason: string };

/** Text shorter than this (after tags are stripped) is a teaser, not an article. */
export const FULL_CONTENT_MIN_CHARS = 600;

type Node = Record<string, unknown>;

// fast-xml-parser is loaded on the first feed read, not by every run
let parser: XMLParserType | undefined;
const newParser = (): XMLParserType => {
  const { XMLParser } = createRequire(import.meta.url)("fast-xml-parser") as { XMLParser: typeof XMLParserType };
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    processEntities: true,
    htmlEntities: true,
    cdataPropName: false,
    trimValues: true,
    isArray: (name) => ["item", "entry", "link", "author", "category", "dc:creator"].includes(name),
  });
};

/** Is this text an RSS/Atom/RDF feed? */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

function txt(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (Array.isArray(v)) return txt(v[0]);
  if (typeof v === "object") return txt((v as Node)["#text"] ?? (v as Node).name);
  return null;
}

function stripTags(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

function authors(v: unknown): string | null {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const names = list.map((a) => txt(a)).filter((x): x is string => !!x);
  return names.length ? names.join(", ") : null;
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Node[];
  const alt = list.find((l) => l && typeof l === "object" && (!l["@_rel"] || l["@_rel"] === "alternate")) ?? list[0];
  if (!alt) return null;
  return typeof alt === "string" ? alt : txt(alt["@_href"]);
}

function item(content: string | null, meta: DocMeta, link: string | null, key: string): FeedItem {
  const full = !!content && stripTags(content).length >= FULL_CONTENT_MIN_CHARS;
  return { meta, content, full, link, key };
}


/** The feed's title names an item's outlet only when the feed is the publisher's own: the item
 * links to the feed's own site (an aggregator's items link elsewhere). */
function publisherOf(title: string | null, home: string | null, link: string | null): string | null {
  const item = hostOf(link);
  return !item || !home || item === home || item.endsWith(`.${home}`) || home.endsWith(`.${item}`) ? title : null;
}

/** Parses a feed document. Entity declarations are refused outright (no entity expansion attacks). */
export function parseFeed(xml: string): FeedResult {
  if (/<!ENTITY/i.test(xml)) return { ok: false, reason: "feed declares XML entities (refused)" };
  let doc: Node;
  try {
    doc = (parser ??= newParser()).parse(xml) as Node;
  } catch (e) {
    return { ok: false, reason: `not a valid feed (${(e as Error).message.split("\n")[0]})` };
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as Node;
    const title = txt(channel.title);
    const home = hostOf(txt(channel.link));
    const items = ((channel.item ?? rdf?.item ?? []) as Node[]).map((it, i) => {
      const link = txt(it.link) ?? (/^https?:/.test(txt(it.guid) ?? "") ? txt(it.guid) : null);
      const content = txt(it["content:encoded"]) ?? txt(it.description);
      const meta: DocMeta = {
        url: link,
        guid: txt(it.guid),
        title: txt(it.title),
        outlet: publisherOf(title, home, link),
        outletFromFeed: true,
        byline: authors(it["dc:creator"] ?? it.author),
        published: isoDay(txt(it.pubDate) ?? txt(it["dc:date"])),
        publishedAt: isoInstant(txt(it.pubDate) ?? txt(it["dc:date"])),
        language: txt(channel.language),
      };
      return item(content, meta, link, txt(it.guid) ?? String(i + 1));
    });
    return { ok: true, title, items };
  }
  if (atom) {
    const title = txt(atom.title);
    const home = hostOf(atomLink(atom.link));
    const items = ((atom.entry ?? []) as Node[]).map((e, i) => {
      const link = atomLink(e.link);
      const content = txt(e.content) ?? txt(e.summary);
      const meta: DocMeta = {
        url: link,
        guid: txt(e.id),
        title: txt(e.title),
        outlet: publisherOf(title, home, link),
        outletFromFeed: true,
        byline: authors(e.author),
        published: isoDay(txt(e.published) ?? txt(e.updated)),
        publishedAt: isoInstant(txt(e.published) ?? txt(e.updated)),
        language: txt(atom["@_xml:lang"]),
      };
      return item(content, meta, link, txt(e.id) ?? String(i + 1));
    });
    return { ok: true, title, items };
  }
  return { ok: false, reason: "not an RSS or Atom feed" };
}
