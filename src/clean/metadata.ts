// Article metadata from an HTML page: title, byline, outlet, publication date, language and URL, read
// from Open Graph / article:* / name= meta tags, JSON-LD (NewsArticle, Article, ReportageNewsArticle,
// BlogPosting..., also inside @graph and arrays), <link rel=canonical>, <html lang>, and the page's own
// markup (<title>, <h1>, rel=author, <time datetime>). Every field is null when nothing credible is found.
import { outletOfAddress } from "./outlet-hosts.js";
import { attr, type DomDocument, type DomElement } from "./html-dom.js";
import { monthOfPrefix } from "../text/calendar.js";
import { isoInstant } from "../read/dates.js";

export interface HtmlMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  /** The publication instant (UTC ISO 8601) when the page gives a time of day. */
  publishedAt?: string | null;
  language: string | null;
  url: string | null;
}

/** JSON-LD @types that describe the article itself (schema.org Article and its news subtypes). */
const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
  "scholarlyarticle", "techarticle", "report", "socialmediaposting", "posting",
]);
/** Bounds on JSON-LD walking, so a hostile block cannot make it slow. */
const MAX_LD_NODES = 5000;
const MAX_LD_CHARS = 1_000_000;

/** Meta names (name=, property=, itemprop=) holding the publication date, best first. */
const DATE_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
  "published_time", "pubdate", "pdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.date",
  "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
  "citation_date", "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
  "datecreated",
];
const AUTHOR_KEYS = ["author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "citation_author", "byl", "twitter:creator"];
const TITLE_KEYS = ["og:title", "twitter:title"];
const LANG_KEYS = ["og:locale", "content-language", "language", "dc.language", "inlanguage"];

type Json = unknown;
type JsonObj = Record<string, Json>;
const isObj = (v: Json): v is JsonObj => !!v && typeof v === "object" && !Array.isArray(v);

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Lower-cased meta key → first non-empty content. */
function readMeta(doc: DomDocument): Map<string, string> {
  const m = new Map<string, string>();
  const metas = doc.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i]!;
    const content = squash(attr(el, "content"));
    if (!content) continue;
    for (const k of ["property", "name", "itemprop", "http-equiv"]) {
      // itemprop may name several properties: itemprop="datePublished dateCreated"
      for (const key of attr(el, k).trim().toLowerCase().split(/\s+/)) if (key && !m.has(key)) m.set(key, content);
    }
  }
  return m;
}

function parseJsonLd(raw: string): Json | undefined {
  if (raw.length > MAX_LD_CHARS) return undefined;
  const cleaned = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
    .trim();
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    // some pages put raw newlines inside strings; try once with them escaped
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, " ")) as Json;
    } catch {
      return undefined;
    }
  }
}

function typesOf(o: JsonObj): string[] {
  const t = o["@type"];
  if (typeof t === "string") return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase());
  return [];
}

interface LdInfo {
  article: JsonObj | null;
  byId: Map<string, JsonObj>;
  organizations: JsonObj[];
}

/** Finds the article object among the JSON-LD blocks (arrays and @graph walked without recursion). */
function readJsonLd(blocks: readonly string[]): LdInfo {
  const info: LdInfo = { article: null, byId: new Map(), organizations: [] };
  const stack: Json[] = [];
  for (const raw of blocks) {
    const v = parseJsonLd(raw);
    if (v !== undefined) stack.push(v);
  }
  stack.reverse();
  let seen = 0;
  let best: { o: JsonObj; score: number } | null = null;
  while (stack.length && seen++ < MAX_LD_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObj(v)) continue;
    const id = v["@id"];
    if (typeof id === "string" && Object.keys(v).length > 2) info.byId.set(id, v);
    const types = typesOf(v);
    if (types.some((t) => ARTICLE_TYPES.has(t))) {
      // prefer news types, then objects that carry a headline
      const score = (types.some((t) => t.includes("news")) ? 2 : 1) + (typeof v["headline"] === "string" ? 1 : 0);
      if (!best || score > best.score) best = { o: v, score };
    } else if (types.includes("organization") || types.includes("newsmediaorganization")) {
      info.organizations.push(v);
    }
    const graph = v["@graph"];
    if (Array.isArray(graph)) for (let i = graph.length - 1; i >= 0; i--) stack.push(graph[i]);
    const main = v["mainEntity"] ?? v["mainEntityOfPage"];
    if (isObj(main) && typesOf(main).length) stack.push(main);
  }
  info.article = best?.o ?? null;
  return info;
}

function resolve(v: Json, byId: Map<string, JsonObj>): Json {
  if (isObj(v) && typeof v["@id"] === "string" && Object.keys(v).length <= 2) return byId.get(v["@id"]) ?? v;
  return v;
}

/** Names of a JSON-LD person/organization value: a string, an object with name, or an array of them. */
function ldNames(v: Json, byId: Map<string, JsonObj>, personsOnly = false): string[] {
  const out: string[] = [];
  const items = Array.isArray(v) ? v : [v];
  for (const it0 of items.slice(0, 20)) {
    const it = resolve(it0, byId);
    if (personsOnly && isObj(it) && typesOf(it).length && !typesOf(it).includes("person")) continue;
    let name: Json = it;
    if (isObj(it)) name = it["name"] ?? (typeof it["givenName"] === "string" ? `${it["givenName"]} ${it["familyName"] ?? ""}` : undefined);
    if (Array.isArray(name)) name = name[0];
    if (typeof name === "string") out.push(name);
  }
  return out;
}

/** Account names that sites put where an author's name belongs. */
const NOT_A_NAME = new Set(["admin", "administrator", "administrador", "guest", "гость", "user", "anonymous", "anónimo", "unknown", "webmaster", "editor", "null", "undefined"]);

/**
 * Cleans a byline: no "By", no @handles, URLs or e-mail, nothing from a date or a "|" on, no trailing
 * separators; null when nothing name-like is left.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = squash((raw.length > 500 ? raw.slice(0, 500) : raw).split("\n")[0] ?? "");
  s = s.replace(/^(?:written\s+by|reporting\s+by|posted\s+by|escrito\s+por|publicado\s+por|by|por|de)\s*:?\s+/iu, "");
  // cut at a handle, a " | ", a date or a time: "Jane Doe @jdoe Nov 18, 2019", "Jane Doe | Staff"
  s = s.split(/\s@\w|\s\|\s|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\s\d{1,2}[/.:-]\d{1,2}\b|\s(?:19|20)\d{2}\b|\s(?:updated|published|posted)\b/i)[0] ?? "";
  s = s.replace(/[\s|,;:–—-]+$/u, "").replace(/^[\s|,;:–—-]+/u, "");
  if (!s || /https?:|www\.|@\w+\.\w|^@/.test(s) || s.length > 120) return null;
  if (!/\p{L}/u.test(s) || NOT_A_NAME.has(s.toLowerCase())) return null;
  return s;
}

/** An outlet name from og:site_name and the like: the first "|" segment; a bare URL becomes the
 * outlet its host names (outlet-hosts.ts). */
export function cleanOutlet(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = squash(raw);
  const url = /^(?:https?:\/\/(?:www\.)?|www\.)([a-z0-9.-]+\.[a-z]{2,})\/?$/i.exec(s);
  if (url) return outletOfAddress(`https://${url[1]!.toLowerCase()}/`);
  s = s.split(/\s\|\s/)[0]!.trim();
  if (!s || s.length > 80 || !/\p{L}/u.test(s)) return null;
  return s;
}

function uniqueJoin(names: readonly string[]): string | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const c = cleanByline(n);
    if (!c) continue;
    const k = c.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.length ? out.join(", ") : null;
}

/** Portuguese month abbreviations that differ from the English and Spanish ones (no data/pt/ yet). */
const PORTUGUESE_MONTHS: Record<string, number> = { fev: 2, mai: 5, out: 10, dez: 12 };
/** The month whose English, Spanish or Portuguese name starts with these letters ("Nov", "enero", "fev"); 0 when none. */
const monthOf = (name: string) => {
  const k = name.slice(0, 3).toLowerCase();
  return monthOfPrefix(k, ["en", "es"]) || (PORTUGUESE_MONTHS[k] ?? 0);
};
const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An ISO date (YYYY-MM-DD) from a date string as found in metadata, or null. The date as written wins over time zones. */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 100); // a date is short: a long value is not one
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  // "Wed, 20 Nov 2019 ...", "20 de noviembre de 2019", "November 20, 2019"
  m = /\b(\d{1,2})\s+(?:de\s+)?([A-Za-zÀ-ÿ]{3,})\.?,?\s+(?:de\s+)?(\d{4})\b/.exec(s);
  if (m) {
    const mon = monthOf(m[2]!);
    if (mon) return validDate(+m[3]!, mon, +m[1]!);
  }
  m = /\b([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mon = monthOf(m[1]!);
    if (mon) return validDate(+m[3]!, mon, +m[2]!);
  }
  // epoch seconds or milliseconds
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const ms = m[1]!.length === 10 ? +m[1]! * 1000 : +m[1]!;
    const d = new Date(ms);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** "en-US" / "es_ES" / "pt-br" → "en" / "es" / "pt"; null when it does not look like a language tag. */
export function toLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*\s*(?:,|;|$)/.exec(raw);
  return m ? m[1]!.toLowerCase() : null;
}

/** Title separators between a headline and the site's name. */
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ‹ ", " / "];

/** A <title> without its site-name suffix (or prefix), when one is clearly there. */
export function stripSiteName(title: string, siteName: string | null): string {
  let t = squash(title.length > 1000 ? title.slice(0, 1000) : title);
  const site = siteName ? squash(siteName).toLowerCase() : "";
  for (const sep of TITLE_SEPARATORS) {
    const idx = t.lastIndexOf(sep);
    if (idx > 0) {
      const head = t.slice(0, idx).trim();
      const tail = t.slice(idx + sep.length).trim();
      const tailWords = tail.split(" ").length;
      const headWords = head.split(" ").length;
      if ((site && tail.toLowerCase() === site) || (tailWords <= 4 && headWords >= 3)) {
        t = head;
        break;
      }
    }
    const first = t.indexOf(sep);
    if (first > 0 && site) {
      const head = t.slice(0, first).trim();
      if (head.toLowerCase() === site) {
        t = t.slice(first + sep.length).trim();
        break;
      }
    }
  }
  // several site-name segments ("Headline | Section | Site")
  for (const sep of [" | ", " :: "]) {
    const idx = t.indexOf(sep);
    if (idx > 0 && t.slice(0, idx).split(" ").length >= 4) t = t.slice(0, idx).trim();
  }
  return t;
}

function firstText(doc: DomDocument, selector: string): string | null {
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < 5; i++) {
    const t = squash(els[i]!.textContent ?? "");
    if (t) return t;
  }
  return null;
}

function firstAttr(doc: DomDocument, selector: string, name: string): string | null {
  const els = doc.querySelectorAll(selector);
  for (let i = 0; i < els.length && i < 10; i++) {
    const v = attr(els[i]!, name).trim();
    if (v) return v;
  }
  return null;
}

const str = (v: Json): string | null => (typeof v === "string" && v.trim() ? squash(v) : null);

function isHttpUrl(s: string | null | undefined): s is string {
  return !!s && /^https?:\/\/[^\s]+$/i.test(s);
}

/** An absolute http(s) URL from `href` (resolved against `base` when relative), or null. */
function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  if (isHttpUrl(h)) return h;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(h)) return null; // another scheme (javascript:, data:) or no base
  try {
    const u = new URL(h, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** Reads the metadata of a parsed page. `jsonLd` are the raw JSON-LD blocks (see scanHtml). */
export function extractMetadata(doc: DomDocument, jsonLd: readonly string[], pageUrl: string | null = null): HtmlMetadata {
  const meta = readMeta(doc);
  const ld = readJsonLd(jsonLd);
  const art = ld.article;
  const pick = (keys: readonly string[]) => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  // outlet
  let publisher: string | null = null;
  if (art) publisher = ldNames(art["publisher"], ld.byId)[0] ?? null;
  if (!publisher && ld.organizations.length === 1) publisher = str(ld.organizations[0]!["name"]);
  let outlet = cleanOutlet(meta.get("og:site_name"));
  const publisherName = cleanOutlet(publisher);
  // a bare host name is the last resort: the publisher's own name says more
  if (publisherName && (!outlet || (/^[a-z0-9.-]+\.[a-z]{2,}$/.test(outlet) && !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(publisherName)))) outlet = publisherName;
  if (!outlet) outlet = cleanOutlet(meta.get("application-name"));

  // title
  let title: string | null = null;
  const og = pick(TITLE_KEYS);
  if (og) title = stripSiteName(og, outlet);
  if (!title && art) title = str(art["headline"]) ?? str(art["name"]);
  if (!title) {
    const t = firstText(doc, "head > title") ?? firstText(doc, "title");
    if (t) title = stripSiteName(t, outlet);
  }
  if (!title) title = firstText(doc, "h1");
  if (title && title.length > 400) title = title.slice(0, 400);

  // byline
  let byline: string | null = null;
  const metaAuthor = pick(AUTHOR_KEYS.slice(0, 1));
  // an author that is the outlet itself ("Condé Nast", "CBS News") says less than a person's name
  const isOutlet = (b: string | null) => !!b && !!outlet && (b.toLowerCase() === outlet.toLowerCase() || b.toLowerCase() === publisher?.toLowerCase());
  // JSON-LD people first (structured, and names each author), then <meta name=author>, then any
  // JSON-LD author (an organization), then the other meta names
  const ldAuthor = art ? (art["author"] ?? art["creator"]) : undefined;
  if (ldAuthor !== undefined) byline = uniqueJoin(ldNames(ldAuthor, ld.byId, true));
  if (!byline && metaAuthor && !isHttpUrl(metaAuthor)) byline = cleanByline(metaAuthor);
  if (ldAuthor !== undefined && (!byline || isOutlet(byline))) byline = uniqueJoin(ldNames(ldAuthor, ld.byId)) ?? byline;
  if (!byline) {
    const other = pick(AUTHOR_KEYS.slice(1));
    if (other && !isHttpUrl(other)) byline = cleanByline(other);
  }
  if (!byline) {
    const rel = firstText(doc, 'a[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]');
    if (rel && rel.length <= 80) byline = cleanByline(rel);
  }

  // published
  let published: string | null = toIsoDate(meta.get("article:published_time"));
  const publishedAt = isoInstant(meta.get("article:published_time") ?? (art ? str(art["datePublished"]) : null) ?? null);
  if (!published && art) published = toIsoDate(str(art["datePublished"])) ?? toIsoDate(str(art["dateCreated"]));
  if (!published) {
    const t =
      firstAttr(doc, "article time[datetime], time[itemprop='datePublished'], time[pubdate]", "datetime") ??
      firstAttr(doc, "[itemprop='datePublished']", "datetime");
    published = toIsoDate(t);
  }
  if (!published) {
    for (const k of DATE_KEYS) {
      const d = toIsoDate(meta.get(k));
      if (d) {
        published = d;
        break;
      }
    }
  }

  // language
  const htmlEl: DomElement | null = doc.documentElement;
  let language = toLanguage(htmlEl ? attr(htmlEl, "lang") || attr(htmlEl, "xml:lang") : null);
  if (!language) language = toLanguage(pick(LANG_KEYS));
  if (!language && art) language = toLanguage(str(art["inLanguage"]));

  // url: canonical, og:url, JSON-LD url; relative ones resolved against the page's address
  const base = isHttpUrl(pageUrl) ? pageUrl : undefined;
  const candidates = [
    firstAttr(doc, 'link[rel="canonical"]', "href"),
    meta.get("og:url") ?? null,
    art ? (str(art["url"]) ?? (isObj(art["mainEntityOfPage"]) ? str(art["mainEntityOfPage"]["@id"]) : str(art["mainEntityOfPage"]))) : null,
  ];
  let url: string | null = null;
  for (const c of candidates) {
    url = absoluteUrl(c, base);
    if (url) break;
  }
  url ??= pageUrl ?? null;

  return { title: title || null, byline, outlet: outlet || null, published, publishedAt, language, url };
}
