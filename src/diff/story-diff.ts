// What changed in one story between two of its reports, claim by claim. Claim and development ids
// name their set of mentions, so a claim that gained a value has a new id: two versions are
// matched by the mentions they share (article + offset), not by id.
import type { Article, Claim, Development, KeyFigure, QuoteMention, Report, Story, TimelineEntry } from "../report/schema.js";

export interface ValueRef {
  articleId: string;
  outlet: string | null;
  text: string;
  value: number | string | null;
}

export interface StoryDiff {
  storyId: string;
  title: string;
  /** Articles new to the story, and articles whose text changed (a new version from their outlet). */
  articles: { added: { id: string; outlet: string | null; title: string | null; published: string | null }[]; edited: { id: string; outlet: string | null; title: string | null; removed: string[]; added: string[] }[] };
  developments: { added: Development[]; changed: { before: Development; after: Development; what: string }[] };
  keyFigures: { added: KeyFigure[]; moved: { measure: string; label: string; from: number | null; to: number | null; trail: string }[] };
  claims: { added: Claim[]; newValues: { claim: Claim; values: ValueRef[] }[]; statusChanged: { claim: Claim; from: Claim["status"]; to: Claim["status"] }[] };
  quotations: { added: QuoteMention[] };
  timeline: { added: TimelineEntry[] };
  /** True when nothing above changed. */
  empty: boolean;
}

const key = (articleId: string, start: number | undefined, text: string) => `${articleId}:${start ?? text}`;
const claimKeys = (c: Claim) => new Set(c.values.map((v) => key(v.articleId, v.start, v.text)));
const devKeys = (d: Development) => new Set(d.sources.map((s) => key(s.articleId, s.start, s.text)));

/** The item of `before` that shares the most mentions with `item`, or null. */
function match<T>(item: T, before: readonly T[], keys: (x: T) => Set<string>): T | null {
  const k = keys(item);
  let best: T | null = null;
  let most = 0;
  for (const b of before) {
    let n = 0;
    for (const x of keys(b)) if (k.has(x)) n++;
    if (n > most) (most = n), (best = b);
  }
  return best;
}

function figureTexts(story: Story, articleId: string): string[] {
  return story.mentions.quantities.filter((q) => q.articleId === articleId).map((q) => q.text);
}

/** The story's changes from `before` (null: everything is new) to `after`. */
export function diffStory(before: Report | null, after: Report, storyId: string): StoryDiff {
  const a = after.stories.find((s) => s.id === storyId) ?? after.stories[0];
  if (!a) throw new Error(`no story ${storyId} in the report`);
  const b = before?.stories.find((s) => s.id === a.id) ?? before?.stories[0] ?? null;
  const oldArticles = new Map((before?.articles ?? []).map((x) => [x.id, x]));
  const byId = new Map(after.articles.map((x) => [x.id, x]));
  const outletOf = (id: string) => byId.get(id)?.outlet ?? null;

  const articles: StoryDiff["articles"] = { added: [], edited: [] };
  for (const art of a.articleIds.map((id) => byId.get(id)).filter((x): x is Article => !!x)) {
    const old = oldArticles.get(art.id);
    if (!old || !b?.articleIds.includes(art.id)) articles.added.push({ id: art.id, outlet: art.outlet, title: art.title, published: art.published });
    else if (old.version !== undefined && old.version !== art.version) {
      const was = b ? figureTexts(b, art.id) : [];
      const now = figureTexts(a, art.id);
      articles.edited.push({ id: art.id, outlet: art.outlet, title: art.title, removed: was.filter((t) => !now.includes(t)), added: now.filter((t) => !was.includes(t)) });
    }
  }

  const developments: StoryDiff["developments"] = { added: [], changed: [] };
  for (const d of a.developments) {
    const m = b ? match(d, b.developments, devKeys) : null;
    if (!m) developments.added.push(d);
    else if (m.modality !== d.modality) developments.changed.push({ before: m, after: d, what: `now ${d.modality} (was ${m.modality})` });
    else if (d.sources.length > m.sources.length) developments.changed.push({ before: m, after: d, what: `${d.sources.length - m.sources.length} more source(s)` });
  }

  const keyFigures: StoryDiff["keyFigures"] = { added: [], moved: [] };
  for (const k of a.keyFigures) {
    const m = b?.keyFigures.find((x) => x.measure === k.measure && x.label === k.label) ?? b?.keyFigures.find((x) => x.measure === k.measure) ?? null;
    if (!m) keyFigures.added.push(k);
    else if (m.value !== k.value) keyFigures.moved.push({ measure: k.measure, label: k.label, from: m.value, to: k.value, trail: k.trail.map((t) => t.value ?? t.text).join(" → ") });
  }

  const claims: StoryDiff["claims"] = { added: [], newValues: [], statusChanged: [] };
  for (const c of a.claims) {
    const m = b ? match(c, b.claims.filter((x) => x.kind === c.kind), claimKeys) : null;
    if (!m) {
      claims.added.push(c);
      continue;
    }
    const had = claimKeys(m);
    const fresh = c.values.filter((v) => !had.has(key(v.articleId, v.start, v.text)));
    if (fresh.length) claims.newValues.push({ claim: c, values: fresh.map((v) => ({ articleId: v.articleId, outlet: v.outlet ?? outletOf(v.articleId), text: v.text, value: v.value })) });
    if (m.status !== c.status) claims.statusChanged.push({ claim: c, from: m.status, to: c.status });
  }

  const oldQuotes = new Set((b?.mentions.quotes ?? []).map((q) => key(q.articleId, q.start, q.text)));
  const quotations = { added: a.mentions.quotes.filter((q) => !oldQuotes.has(key(q.articleId, q.start, q.text))) };
  const entryKey = (t: TimelineEntry) => `${t.date}\u0000${t.summary}`;
  const oldEntries = new Set((b?.timeline ?? []).map(entryKey));
  const timeline = { added: a.timeline.filter((t) => !oldEntries.has(entryKey(t))) };

  const empty = ![articles.added, articles.edited, developments.added, developments.changed, keyFigures.added, keyFigures.moved, claims.added, claims.newValues, claims.statusChanged, quotations.added, timeline.added].some((l) => l.length);
  return { storyId: a.id, title: a.title, articles, developments, keyFigures, claims, quotations, timeline, empty };
}

const q = (s: string) => `“${s.replace(/\s+/g, " ").trim()}”`;
const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, "\\$1");

/** The diff as Markdown, for a person: the sections that changed, most important first. */
export function renderDiffMarkdown(d: StoryDiff, since: string): string {
  const out = [`# What changed: ${md(d.title)}`, "", `Story ${d.storyId}, since ${md(since)}.`, ""];
  if (d.empty) return [...out, "Nothing changed.", ""].join("\n");
  const section = (title: string, lines: string[]) => lines.length && out.push(`## ${title}`, "", ...lines.map((l) => `- ${l}`), "");
  section("Key figures", [...d.keyFigures.moved.map((k) => `**${md(k.label)}: ${k.from ?? "?"} → ${k.to ?? "?"}** — reports: ${md(k.trail)}`), ...d.keyFigures.added.map((k) => `new: **${md(k.label)}: ${k.value ?? "?"}** (${k.status})`)]);
  section("New developments", [...d.developments.added.map((x) => `${x.date ?? "undated"} — ${md(x.summary)} (${x.modality}; ${x.sources.length} source(s))`), ...d.developments.changed.map((c) => `${md(c.after.summary)}: ${c.what}`)]);
  section("Claims whose status changed", d.claims.statusChanged.map((c) => `${md(c.claim.subject)}: ${c.from} → **${c.to}** — ${md(c.claim.explanation)}`));
  section("New values for existing claims", d.claims.newValues.map((c) => `${md(c.claim.subject)}: ${c.values.map((v) => `${q(md(v.text))} (${md(v.outlet ?? v.articleId)})`).join(", ")} — now ${c.claim.status}`));
  section("New claims", d.claims.added.map((c) => `${md(c.subject)}: ${c.values.map((v) => q(md(v.text))).join(" / ")} — ${c.status}`));
  section("Articles edited by their outlet", d.articles.edited.map((e) => `${md(e.outlet ?? e.id)}: ${e.title ? md(e.title) : e.id}${e.removed.length || e.added.length ? ` — figures ${e.removed.map((t) => q(md(t))).join(", ") || "none"} → ${e.added.map((t) => q(md(t))).join(", ") || "none"}` : ""}`));
  section("New quotations", d.quotations.added.map((x) => `${md(x.speaker ?? "unattributed")}: ${q(md(x.text.length > 200 ? x.text.slice(0, 197) + "…" : x.text))}`));
  section("New timeline entries", d.timeline.added.map((t) => `${t.date} — ${md(t.summary.length > 200 ? t.summary.slice(0, 197) + "…" : t.summary)}`));
  section("New articles", d.articles.added.map((x) => `${md(x.outlet ?? "unknown outlet")}${x.published ? `, ${x.published}` : ""}: ${x.title ? md(x.title) : x.id}`));
  return out.join("\n");
}
