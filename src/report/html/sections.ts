// The sections of a story page, in the order an analyst reads them. Each returns its markup, or
// null when the story has nothing for it (the section is then left out).
import type { Claim, ClaimValue, Story } from "../schema.js";
import { articleDay, badge, locate, outletName, plural, showDate, sourceButton, type StoryContext } from "./context.js";
import { fnv1a32Base36 } from "../../text/hash.js";
import { html, safeUrl, type Html, type Part } from "./template.js";
import { timelineChart } from "./timeline.js";
import { placeMap } from "./map.js";

export interface Section {
  id: string;
  title: string;
  render: (ctx: StoryContext) => Html | null;
}

const section = (ctx: StoryContext, s: Section, intro: Part, body: Html): Html =>
  html`<section class="sec" data-section="${s.id}" id="${ctx.idp}-${s.id}" aria-labelledby="${ctx.idp}-${s.id}-h"><h2 id="${ctx.idp}-${s.id}-h">${s.title}</h2>${intro ? html`<p class="intro">${intro}</p>` : ""}${body}</section>`;

/** A sentence with the value's words marked, when they stand in it. */
function sentenceWith(sentence: string, words: string): Html {
  const i = words ? sentence.indexOf(words) : -1;
  if (i < 0) return html`${sentence}`;
  return html`${sentence.slice(0, i)}<mark>${words}</mark>${sentence.slice(i + words.length)}`;
}

const valueKey = (c: Claim, v: ClaimValue) => `v:${c.id}:${v.articleId}:${v.start ?? v.text}`;
const valueSpan = (ctx: StoryContext, v: ClaimValue) => locate(ctx.byId.get(v.articleId), v.start, v.end, v.sentence, v.text);

function developments(ctx: StoryContext): Html | null {
  const ds = ctx.story.developments;
  if (!ds.length) return null;
  const items = ds.map((d) => {
    const outlets = new Map<string, string>();
    for (const s of d.sources) if (!outlets.has(s.articleId)) outlets.set(s.articleId, outletName(ctx.byId.get(s.articleId)));
    const firstPerArticle = d.sources.filter((s, i) => d.sources.findIndex((t) => t.articleId === s.articleId) === i);
    const srcs = firstPerArticle.map((s, i) =>
      sourceButton(ctx, s.articleId, locate(ctx.byId.get(s.articleId), s.start, s.end, s.sentence, s.text), outletName(ctx.byId.get(s.articleId)), {
        cls: "chip",
        key: `ds:${d.id}:${s.articleId}:${s.start}`,
        title: `“${s.text}”: open the article at this sentence (source ${i + 1} of ${firstPerArticle.length})`,
      }),
    );
    const why = d.status === "explained" || d.status === "conflict" ? html`<p class="why">${d.explanation}</p>` : "";
    return html`<li class="dev" data-k="${`d:${d.id}`}">
<div class="when">${d.date ? showDate(d.date) : html`<span class="muted">undated</span>`}</div>
<div class="what"><p class="summary">${d.summary}${d.modality !== "done" ? html` <span class="modality">${d.modality}</span>` : ""} ${badge(d.status)}</p>${why}<p class="sources"><span class="muted">${plural(outlets.size, "source")}:</span> ${srcs}</p></div></li>`;
  });
  return html`<ol class="devs">${items}</ol>`;
}

const fmt = (n: number | null) => (n === null ? "unclear" : n.toLocaleString("en"));

function keyFigures(ctx: StoryContext): Html | null {
  const ks = ctx.story.keyFigures;
  if (!ks.length) return null;
  return html`<div class="figs">${ks.map((k) => {
    const range = k.min !== null && k.max !== null && k.min !== k.max ? html`<span class="range">reports range ${fmt(k.min)}–${fmt(k.max)}</span>` : "";
    const trail = k.trail.map((t) => {
      const a = ctx.byId.get(t.articleId);
      const sentence = ctx.story.mentions.quantities.find((q) => q.articleId === t.articleId && q.start === t.start)?.sentence ?? null;
      const role = t.role === "also" ? html` · also stated: ${fmt(t.value)}` : t.role === "derived" ? html` · ${fmt(t.value)} wounded: those shot less the dead` : "";
      return html`<li>${sourceButton(ctx, t.articleId, locate(a, t.start, t.end, sentence, t.text), t.text, { key: `f:${k.measure}:${k.label}:${t.articleId}:${t.start}` })} <span class="muted">${t.outlet ?? outletName(a)}${t.asOf ? html`, as of ${showDate(t.asOf)}` : ""}${role}</span></li>`;
    });
    const reports = new Set(k.trail.map((t) => t.articleId)).size;
    const label = k.label.charAt(0).toUpperCase() + k.label.slice(1);
    return html`<div class="fig"><div class="fig-head"><span class="fig-value">${fmt(k.value)}</span><span class="fig-label">${label}</span></div>
<p>${badge(k.status)} ${range}</p><p class="why">${k.explanation}</p><details open><summary>Trail: ${plural(reports, "report")}${k.trail.length > reports ? html`, ${plural(k.trail.length, "figure")}` : ""}</summary><ol class="trail">${trail}</ol></details></div>`;
  })}</div>`;
}

function differ(ctx: StoryContext): Html | null {
  const cs = ctx.story.claims.filter((c) => c.status === "conflict" || c.status === "explained");
  if (!cs.length) return null;
  return html`${cs.map((c) => html`<article class="dispute st-${c.status}" data-k="${`c:${c.id}`}"><h3>${c.subject} ${badge(c.status)}</h3><p class="why">${c.explanation}</p>
<div class="sides">${c.values.map((v) => {
    const a = ctx.byId.get(v.articleId);
    const day = v.asOf ?? articleDay(a);
    return html`<div class="side"><p class="side-head"><strong>${v.outlet ?? outletName(a)}</strong>${day ? html` <span class="muted">· ${showDate(day)}</span>` : ""}</p>
<p class="side-value">${sourceButton(ctx, v.articleId, valueSpan(ctx, v), v.text, { key: valueKey(c, v), cls: "val" })}</p><blockquote>${sentenceWith(v.sentence, v.text)}</blockquote></div>`;
  })}</div></article>`)}`;
}

const STATUS_ORDER: Claim["status"][] = ["conflict", "explained", "compatible", "agree", "single-source"];

function claims(ctx: StoryContext): Html | null {
  const cs = [...ctx.story.claims].sort((a, b) => (a.kind === "quantity" ? 0 : 1) - (b.kind === "quantity" ? 0 : 1) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.values.length - a.values.length);
  if (!cs.length) return null;
  const rows = cs.map((c) => html`<tr data-k="${`c:${c.id}`}"><th scope="row">${c.subject}<span class="kind">${c.kind}</span></th>
<td><ul class="vals">${c.values.map((v) => html`<li>${sourceButton(ctx, v.articleId, valueSpan(ctx, v), v.text, { key: valueKey(c, v), cls: "val" })} <span class="muted">${v.outlet ?? outletName(ctx.byId.get(v.articleId))}</span></li>`)}</ul></td>
<td>${badge(c.status)}<p class="why">${c.explanation}</p></td></tr>`);
  return html`<div class="table-wrap"><table class="claims"><thead><tr><th scope="col">What</th><th scope="col">As each article states it</th><th scope="col">Status and reason</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function quotes(ctx: StoryContext): Html | null {
  const s = ctx.story;
  if (!s.quoteGroups.length) return null;
  const bySpeaker = new Map<string, Story["quoteGroups"]>();
  for (const g of s.quoteGroups) {
    const k = g.speaker ?? "Speaker not named";
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), g]);
  }
  const sentences = new Map<string, string>();
  for (const q of s.mentions.quotes) sentences.set(`${q.articleId}\u0000${q.start}`, q.sentence);
  const entity = new Map(s.entities.map((e) => [e.id, e]));
  return html`${[...bySpeaker].map(([speaker, groups]) => {
    const desc = groups[0]?.speakerId ? entity.get(groups[0].speakerId)?.description : null;
    return html`<div class="speaker"><h3>${speaker}${desc ? html` <span class="muted">· ${desc}</span>` : ""}</h3>${groups.map((g) => {
      const [first, ...rest] = [...g.quotes].sort((a, b) => b.text.length - a.text.length);
      if (!first) return "";
      const btn = (q: typeof first, cls: string) =>
        sourceButton(ctx, q.articleId, locate(ctx.byId.get(q.articleId), q.start, q.end, sentences.get(`${q.articleId}\u0000${q.start}`), q.text), html`“${q.text}”`, { key: `q:${q.articleId}:${q.start ?? q.text}`, cls });
      return html`<figure class="quote"><blockquote>${btn(first, "q")}</blockquote><figcaption>${outletName(ctx.byId.get(first.articleId))}</figcaption>${rest.length ? html`<ul class="variants">${rest.map((q) => html`<li><span class="vtag">${q.text === first.text ? "same words" : "variant"}</span> ${btn(q, "q small")} <span class="muted">${outletName(ctx.byId.get(q.articleId))}</span></li>`)}</ul>` : ""}</figure>`;
    })}</div>`;
  })}`;
}

function timeline(ctx: StoryContext): Html | null {
  const t = ctx.story.timeline;
  if (!t.length) return null;
  const entries = t.map((e, i) => {
    const srcs = (e.sentences ?? e.articleIds.map((articleId) => ({ articleId, sentence: "" }))).map((x) => {
      const a = ctx.byId.get(x.articleId);
      return sourceButton(ctx, x.articleId, x.sentence ? locate(a, null, null, x.sentence) : null, outletName(a), { cls: "chip", key: `t:${e.date}:${x.articleId}:${fnv1a32Base36(e.summary)}` });
    });
    return html`<li value="${i + 1}"><span class="when">${showDate(e.date)}${e.precision !== "day" ? html` <span class="muted">(${e.precision})</span>` : ""}</span> <span>${e.summary}</span>${e.derived ? html` <span class="modality" title="${e.rule ?? "derived"}">derived</span>` : ""} <span class="sources">${srcs}</span></li>`;
  });
  return html`${timelineChart(ctx)}<ol class="tl">${entries}</ol>`;
}

function map(ctx: StoryContext): Html | null {
  return placeMap(ctx);
}

function entities(ctx: StoryContext): Html | null {
  const groups: [string, string][] = [["person", "People"], ["organization", "Organisations"], ["group", "Groups"]];
  const first = new Map<string, NonNullable<Story["mentions"]["entities"]>[number]>();
  for (const m of ctx.story.mentions.entities ?? []) if (!first.has(m.entityId)) first.set(m.entityId, m);
  const blocks = groups.flatMap(([type, title]) => {
    const es = ctx.story.entities.filter((e) => e.type === type).sort((a, b) => b.articleIds.length - a.articleIds.length);
    if (!es.length) return [];
    return [html`<div class="ents"><h3>${title}</h3><ul>${es.map((e) => {
      const m = first.get(e.id);
      const name = m ? sourceButton(ctx, m.articleId, locate(ctx.byId.get(m.articleId), m.start, m.end, m.sentence, m.text), e.name, { cls: "name", title: "Open the first article that names them" }) : html`<strong>${e.name}</strong>`;
      const aliases = e.aliases.filter((x) => x !== e.name);
      return html`<li>${name}${e.description ? html`, ${e.description}` : ""} <span class="count" title="articles naming them">${plural(e.articleIds.length, "article")}</span>${aliases.length ? html`<br><span class="muted">also: ${aliases.join(", ")}</span>` : ""}</li>`;
    })}</ul></div>`];
  });
  return blocks.length ? html`<div class="ent-grid">${blocks}</div>` : null;
}

function sources(ctx: StoryContext): Html | null {
  if (!ctx.articles.length) return null;
  const rows = [...ctx.articles].sort((a, b) => (articleDay(b) ?? "").localeCompare(articleDay(a) ?? "")).map((a) => {
    const title = a.title ?? (a.text.trim().split("\n", 1)[0] ?? "").slice(0, 100);
    const day = a.published ? showDate(a.published) : a.referenceDate.date ? html`<span title="${a.referenceDate.note}">${showDate(a.referenceDate.date)} <span class="muted">(${a.referenceDate.basis})</span></span>` : html`<span class="muted">undated</span>`;
    return html`<tr><td>${outletName(a)}${a.byline ? html`<br><span class="muted">${a.byline}</span>` : ""}</td><td>${day}</td>
<td>${a.title ? "" : html`<span class="muted">untitled: </span>`}${sourceButton(ctx, a.id, { ss: 0, se: 0, ms: 0, me: 0 }, title, { cls: "title", title: "Read the article here" })}${a.nearDuplicateOf ? html` <span class="modality">near-duplicate</span>` : ""}</td>
<td>${linkOrText(a.url ?? a.source)}</td></tr>`;
  });
  return html`<div class="table-wrap"><table class="sources-t"><thead><tr><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Link</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A source link when it is http(s); otherwise its text, never a link (javascript: stays inert). */
export function linkOrText(u: string): Html {
  const href = safeUrl(u);
  const shown = u.length > 60 ? u.slice(0, 57) + "…" : u;
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank" class="ext">${shown}</a>` : html`<span class="path">${shown}</span>`;
}

export const SECTIONS: Section[] = [
  { id: "developments", title: "Key developments", render: developments },
  { id: "key-figures", title: "Key figures", render: keyFigures },
  { id: "differ", title: "Where the outlets differ", render: differ },
  { id: "claims", title: "Figures and claims", render: claims },
  { id: "quotes", title: "Quotations", render: quotes },
  { id: "timeline", title: "Timeline", render: timeline },
  { id: "map", title: "Places", render: map },
  { id: "entities", title: "People and organisations", render: entities },
  { id: "sources", title: "Sources", render: sources },
];

const INTRO: Record<string, string> = {
  differ: "Each side’s own words, its outlet and date. Click a value to read it in its article.",
  claims: "Every figure and claim as each article states it; the badge says whether they agree, and why.",
  timeline: "Event dates (when things happen), not the days the articles were published.",
  developments: "Who did what, where and when, with the outlets that report it.",
};

/** Renders the story's sections, in order, leaving out empty ones. */
export function renderSections(ctx: StoryContext): Html[] {
  return SECTIONS.flatMap((s) => {
    const body = s.render(ctx);
    return body ? [section(ctx, s, INTRO[s.id], body)] : [];
  });
}
