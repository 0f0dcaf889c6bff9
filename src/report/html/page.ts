// Whole pages: the self-contained report file (every story, a story list when there are several),
// and the story page and story list the server sends. Each page inlines one stylesheet and one
// script whose sha256 hashes make its Content-Security-Policy; nothing is fetched, ever.
import { createHash } from "node:crypto";
import type { Article, Report, Story } from "../schema.js";
import { articleDay, outletName, plural, showDate, storyContext, type StoryContext } from "./context.js";
import { renderSections, SECTIONS } from "./sections.js";
import { CSS } from "./styles.js";
import { CLIENT_JS } from "./client.js";
import { html, jsonIsland, raw, safeUrl, type Html } from "./template.js";
import type { StoryListItem } from "../schema.js";

export type { StoryListItem };

export interface PageOptions {
  /** a CSP nonce to put on the inline script and style (the hashes are in the policy anyway) */
  nonce?: string;
  /** the server's mount point: story links are `${basePath}/stories/${id}` */
  basePath?: string;
  /** when the story last changed (ISO date or timestamp), shown in its header */
  lastChanged?: string | null;
}

export interface Page {
  html: string;
  /** the Content-Security-Policy to send as a header with this page */
  csp: string;
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const STYLE_HASH = sha256(CSS);
const SCRIPT_HASH = sha256(CLIENT_JS);

/**
 * The policy of a page with the given inline script and style hashes. `header` adds what only a
 * header can carry (frame-ancestors); a <meta> policy leaves it out, or browsers log an error.
 */
function policy(scripts: string[], styles: string[], opts: { nonce?: string; header?: boolean } = {}): string {
  const n = opts.nonce ? ` 'nonce-${opts.nonce}'` : "";
  return [
    "default-src 'none'",
    `script-src ${scripts.join(" ") || "'none'"}${scripts.length ? n : ""}`,
    `style-src ${styles.join(" ") || "'none'"}${styles.length ? n : ""}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
    ...(opts.header ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** The header policy every page rendered here needs (its inline script and style are constant). */
export const PAGE_CSP = policy([SCRIPT_HASH], [STYLE_HASH], { header: true });

/**
 * A Content-Security-Policy for any HTML: the sha256 of each inline executable <script> and each
 * <style>, with `default-src 'none'`. For pages rendered here it equals PAGE_CSP.
 */
export function cspFor(page: string, opts: { nonce?: string } = {}): string {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of page.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.trim().toLowerCase();
    if (type && type !== "module" && type !== "text/javascript" && type !== "application/javascript") continue; // data, not code
    scripts.push(sha256(m[2] ?? ""));
  }
  for (const m of page.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style\s*>/gi)) styles.push(sha256(m[2] ?? ""));
  return policy([...new Set(scripts)], [...new Set(styles)], { nonce: opts.nonce, header: true });
}

const READER = html`<dialog id="reader" class="reader" aria-labelledby="reader-title"><div class="reader-head"><div><h2 id="reader-title" class="reader-title">Article</h2><p class="meta reader-meta"></p></div><button type="button" class="close">Close <span class="muted">Esc</span></button></div><div class="reader-body" tabindex="0" aria-label="Article text"></div></dialog>`;

function shell(title: string, body: Html, articles: Article[], opts: { nonce?: string; meta: boolean; generator: string }): string {
  const data = {
    articles: Object.fromEntries(
      articles.map((a) => [a.id, { title: a.title, outlet: outletName(a), byline: a.byline, date: showDate(articleDay(a)), url: safeUrl(a.url), text: a.text }]),
    ),
  };
  const nonce = opts.nonce ? html` nonce="${opts.nonce}"` : "";
  const meta = opts.meta ? html`<meta http-equiv="Content-Security-Policy" content="${policy([SCRIPT_HASH], [STYLE_HASH])}">` : "";
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${meta}<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><meta name="generator" content="${opts.generator}">
<title>${title}</title>
<style${nonce}>${raw(CSS)}</style>
</head><body>
${body}
${READER}
<script type="application/json" id="sitrep-data">${jsonIsland(data)}</script>
<script${nonce}>${raw(CLIENT_JS)}</script>
</body></html>
`.value;
}

/** The story list's facts for one story. */
export function storyListItem(report: Report, story: Story): StoryListItem {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const articles = story.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const days = articles.map(articleDay).filter((d): d is string => !!d).sort();
  return {
    id: story.id,
    title: story.title,
    articles: articles.length,
    outlets: new Set(articles.map((a) => outletName(a))).size,
    lastUpdate: days[days.length - 1] ?? null,
    disputes: story.claims.filter((c) => c.status === "conflict").length,
  };
}

/** Newest activity first; undated stories last. */
export const byActivity = (a: StoryListItem, b: StoryListItem) => (b.lastUpdate ?? "").localeCompare(a.lastUpdate ?? "") || b.articles - a.articles;

function storyList(items: StoryListItem[], href: (id: string) => string, heading: Html): Html {
  const sorted = [...items].sort(byActivity);
  return html`<section class="story-list" id="stories" aria-labelledby="stories-h">${heading}<ol>${sorted.map(
    (s) => html`<li><a href="${href(s.id)}">${s.title}</a><p class="stats">${plural(s.articles, "article")} · ${plural(s.outlets, "outlet")}${s.lastUpdate ? html` · last update ${showDate(s.lastUpdate)}` : ""}${s.disputes ? html` · <span class="disputes">${plural(s.disputes, "dispute")}</span>` : html` · no disputes`}</p></li>`,
  )}</ol></section>`;
}

function dateRange(articles: Article[]): string | null {
  const days = articles.map(articleDay).filter((d): d is string => !!d).sort();
  if (!days.length) return null;
  return days[0] === days[days.length - 1] ? showDate(days[0]) : `${showDate(days[0])} – ${showDate(days[days.length - 1])}`;
}

function storyArticle(ctx: StoryContext, opts: { back: Html | null; lastChanged?: string | null }): Html {
  const s = ctx.story;
  const outlets = [...new Set(ctx.articles.map((a) => outletName(a)))];
  const disputes = s.claims.filter((c) => c.status === "conflict").length;
  const range = dateRange(ctx.articles);
  const sections = renderSections(ctx);
  const present = SECTIONS.filter((sec) => sections.some((h) => h.value.includes(`data-section="${sec.id}"`)));
  const changed = opts.lastChanged ? html`Story last changed <strong>${showDate(opts.lastChanged)}</strong>` : range ? html`Latest article <strong>${showDate(ctx.articles.map(articleDay).filter(Boolean).sort().pop())}</strong>` : "";
  return html`<article class="story" id="story-${s.id}" data-story="${s.id}">
<header>${opts.back}<p class="eyebrow">Situation report</p><h1>${s.title}</h1>
<p class="meta"><strong>${plural(ctx.articles.length, "article")}</strong> from ${plural(outlets.length, "outlet")}${range ? html` · ${range}` : ""} · ${disputes ? html`<span class="disputes">${plural(disputes, "dispute")}</span>` : "no disputes"}${changed ? html` · ${changed}` : ""}</p>
<p class="visit" hidden></p>
<nav class="toc" aria-label="Sections of this story">${present.map((sec) => html`<a href="#${ctx.idp}-${sec.id}">${sec.title}</a>`)}</nav></header>
${sections}</article>`;
}

const footer = (generator: string) => html`<footer>Made by ${generator}. This page makes no network request; source links open the original sites. Click any value to read it in its article.</footer>`;

/** The whole report as one self-contained HTML file: inline CSS, script and SVG; opens from disk. */
export function renderHtmlReport(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const multi = report.stories.length > 1;
  const stories = report.stories.map((s) => storyArticle(storyContext(s, byId), { back: multi ? html`<p class="back"><a href="#stories">← All stories</a></p>` : null }));
  const list = multi
    ? storyList(report.stories.map((s) => storyListItem(report, s)), (id) => `#story-${id}`, html`<p class="eyebrow">Situation report</p><h1 id="stories-h">${plural(report.stories.length, "story", "stories")} from ${plural(report.articles.length, "article")}</h1>`)
    : "";
  const diag = report.diagnostics.length
    ? html`<section class="sec"><h2>Inputs not read</h2><ul>${report.diagnostics.map((d) => html`<li>${d.level}: <span class="path">${d.source}</span>: ${d.message}</li>`)}</ul></section>`
    : "";
  const empty = report.stories.length ? "" : html`<h1>Situation report</h1><p>No article could be read.</p>`;
  const body = html`<div class="wrap${multi ? " multi" : ""}" id="top">${empty}${list}${stories}${diag}${footer(report.generator)}</div>`;
  const title = report.stories.length === 1 ? `${report.stories[0]!.title} — situation report` : "Situation report";
  return shell(title, body, report.articles, { meta: true, generator: report.generator });
}

/** One story's page, as the server sends it, with the policy to send as its header. */
export function renderStoryPage(report: Report, storyId: string, opts: PageOptions = {}): Page {
  const story = report.stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`no story ${storyId} in this report`);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const ctx = storyContext(story, byId);
  const base = opts.basePath ?? "";
  const body = html`<div class="wrap">${storyArticle(ctx, { back: html`<p class="back"><a href="${base}/">← All stories</a></p>`, lastChanged: opts.lastChanged })}${footer(report.generator)}</div>`;
  return { html: shell(`${story.title} — situation report`, body, ctx.articles, { nonce: opts.nonce, meta: false, generator: report.generator }), csp: policy([SCRIPT_HASH], [STYLE_HASH], { nonce: opts.nonce, header: true }) };
}

/** The list of stories, as the server sends it; each links to `${basePath}/stories/${id}`. */
export function renderStoryListPage(items: StoryListItem[], opts: PageOptions & { generator?: string } = {}): Page {
  const base = opts.basePath ?? "";
  const generator = opts.generator ?? "sitrep";
  const heading = html`<p class="eyebrow">Situation reports</p><h1 id="stories-h">${plural(items.length, "story", "stories")}</h1>`;
  const body = html`<div class="wrap">${items.length ? storyList(items, (id) => `${base}/stories/${encodeURIComponent(id)}`, heading) : html`${heading}<p>No story yet.</p>`}${footer(generator)}</div>`;
  return { html: shell("Situation reports", body, [], { nonce: opts.nonce, meta: false, generator }), csp: policy([SCRIPT_HASH], [STYLE_HASH], { nonce: opts.nonce, header: true }) };
}
