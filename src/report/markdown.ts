// The report as Markdown a person reads: per story, what the outlets say and where they differ,
// with every line pointing (by footnote) at the article and sentence it comes from.
import type { Article, Claim, Report, Story } from "./schema.js";
import { MONTH_ABBREVIATIONS } from "../text/calendar.js";

const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/\n+/g, " ");
const quote = (s: string, max = 300) => {
  const t = s.replace(/\s+/g, " ").trim();
  return esc(t.length > max ? t.slice(0, max - 1) + "…" : t);
};

/** Footnotes: one per (article, sentence), numbered in order of first use within a story. */
export class Footnotes {
  private readonly keys = new Map<string, number>();
  private readonly notes: string[] = [];
  constructor(
    private readonly byId: ReadonlyMap<string, Article>,
    private readonly prefix: string,
  ) {}
  ref(articleId: string, sentence?: string | null): string {
    const k = `${articleId}\u0000${sentence ?? ""}`;
    let n = this.keys.get(k);
    if (n === undefined) {
      const a = this.byId.get(articleId);
      const who = a ? [a.outlet, a.title ? `“${quote(a.title, 90)}”` : null, a.source].filter(Boolean).join(", ") : articleId;
      n = this.notes.length + 1;
      this.keys.set(k, n);
      this.notes.push(sentence ? `${who}: “${quote(sentence, 400)}”` : who);
    }
    return `[^${this.prefix}${n}]`;
  }
  render(): string {
    return this.notes.map((t, i) => `[^${this.prefix}${i + 1}]: ${t}`).join("\n");
  }
}

function dateRange(articles: Article[]): string | null {
  const days = articles.map((a) => a.published ?? a.referenceDate.date).filter((d): d is string => !!d).sort();
  if (!days.length) return null;
  return days[0] === days[days.length - 1] ? days[0]! : `${days[0]} – ${days[days.length - 1]}`;
}

/** An untitled article's first line, for a reader to recognise it by. */
const lead = (text: string) => {
  const first = text.trim().split("\n", 1)[0] ?? "";
  return first.length > 90 ? first.slice(0, 89).replace(/\s+\S*$/, "") + "…" : first;
};

function articleLines(a: Article, n: number): string[] {
  const head = `${n}. ${a.title ? `**${esc(a.title)}**` : `_untitled: ${quote(lead(a.text), 90)}_`} — ${esc(a.outlet ?? "outlet unknown")}${a.byline ? `, by ${esc(a.byline)}` : ""}${a.published ? `, ${a.published}` : ""}`;
  const lines = [head, `   - source: ${esc(a.sources.join(", "))}`];
  lines.push(`   - reference date: ${a.referenceDate.date ?? "none"} (${a.referenceDate.basis}: ${esc(a.referenceDate.note)})`);
  if (a.dateline) lines.push(`   - dateline: ${esc(a.dateline)}`);
  if (a.nearDuplicateOf) lines.push(`   - near-duplicate of ${a.nearDuplicateOf} (lightly edited copy; not counted as independent)`);
  if (a.removed.length) {
    lines.push(`   - removed debris (${a.removed.length}):`);
    for (const r of a.removed) lines.push(`     - ${r.kind}: “${quote(r.text, 120)}”`);
  } else lines.push("   - removed debris: none");
  return lines;
}

export type Section = (story: Story, ctx: { articles: Article[]; notes: Footnotes; byId: ReadonlyMap<string, Article> }) => string[];

const STATUS_MARK: Record<Claim["status"], string> = {
  agree: "agree", compatible: "compatible", explained: "explained", conflict: "CONFLICT", "single-source": "single source",
};

const outletOf = (byId: ReadonlyMap<string, Article>, id: string) => {
  const a = byId.get(id);
  return esc(a?.outlet ?? a?.source.split(/[\\/]/).pop() ?? id);
};

function claimLines(c: Claim, notes: Footnotes, byId: ReadonlyMap<string, Article>): string[] {
  const lines = [`- **${esc(c.subject)}** — ${STATUS_MARK[c.status]}: ${esc(c.explanation)}`];
  for (const v of c.values) lines.push(`  - ${outletOf(byId, v.articleId)}: “${quote(v.text, 160)}”${notes.ref(v.articleId, v.sentence)}`);
  return lines;
}

/** "2013-07-03" → "3 Jul 2013" */
const shortDay = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${+d.slice(8)} ${MONTH_ABBREVIATIONS[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}` : d);

/** The sentence a figure stands in, from the story's mentions. */
function sentenceOf(s: Story, articleId: string, start: number): string | null {
  return s.mentions.quantities.find((q) => q.articleId === articleId && q.start === start)?.sentence ?? null;
}

/** Sections of a story, in the order a reader needs them; each returns its lines or nothing. */
export const STORY_SECTIONS: { title: string; render: Section }[] = [
  {
    title: "Key developments",
    render: (s, { notes, byId }) =>
      (s.developments ?? []).map((d) => {
        const when = d.date ? (/^\d{4}-\d{2}-\d{2}$/.test(d.date) ? shortDay(d.date) : d.date) : "undated";
        const outlets = [...new Set(d.sources.map((x) => outletOf(byId, x.articleId)))];
        const stage = d.modality === "done" ? "" : ` _(${d.modality})_`;
        const why = d.status === "explained" || d.status === "conflict" ? ` — ${STATUS_MARK[d.status]}: ${esc(d.explanation)}` : "";
        const refs = d.sources.map((x) => notes.ref(x.articleId, x.sentence)).join("");
        return `- **${when}** — ${esc(d.summary)}${stage} · ${outlets.length} source${outlets.length === 1 ? "" : "s"}${why}${refs}`;
      }),
  },
  {
    title: "Key figures",
    render: (s, { notes, byId }) =>
      (s.keyFigures ?? []).map((k) => {
        const latest = [...k.trail].reverse().find((t) => t.value === k.value) ?? k.trail[k.trail.length - 1];
        const when = latest ? [outletOf(byId, latest.articleId), latest.asOf ? shortDay(latest.asOf) : null].filter(Boolean).join(", ") : "";
        // the steps of the articles' own figures (another total an article also states is on the trail, not a step)
        const values = k.trail.filter((t) => (t.role ?? "figure") === "figure").map((t) => t.value).filter((v, i, a) => v != null && v !== a[i - 1]);
        const rose = values.every((v, i) => i === 0 || (v ?? 0) >= (values[i - 1] ?? 0));
        const trail = k.status === "explained" && values.length > 1 ? ` — reports ${rose ? "rose" : "changed"} ${values.map((v) => v!.toLocaleString("en")).join(" → ")}` : k.status === "conflict" ? ` — outlets differ: ${[...new Set(k.trail.map((t) => `“${quote(t.text, 60)}”`))].join(" / ")}` : "";
        const refs = k.trail.map((t) => notes.ref(t.articleId, sentenceOf(s, t.articleId, t.start))).join("");
        const label = k.label.charAt(0).toUpperCase() + k.label.slice(1);
        return `- **${esc(label)}: ${k.value?.toLocaleString("en") ?? "unclear"}**${when ? ` (${when})` : ""} · ${STATUS_MARK[k.status]}${trail}${refs}`;
      }),
  },
  {
    title: "Where the outlets differ",
    render: (s, { notes, byId }) => s.claims.filter((c) => c.status === "conflict" || c.status === "explained").flatMap((c) => claimLines(c, notes, byId)),
  },
  {
    title: "Where the outlets agree",
    render: (s, { notes, byId }) => s.claims.filter((c) => (c.status === "agree" || c.status === "compatible") && c.kind !== "quantity").flatMap((c) => claimLines(c, notes, byId)),
  },
  {
    title: "Figures",
    render: (s, { notes, byId }) =>
      s.claims
        .filter((c) => c.kind === "quantity" && c.status !== "conflict" && c.status !== "explained")
        .sort((a, b) => b.values.length - a.values.length)
        .flatMap((c) => {
          const refs = c.values.map((v) => notes.ref(v.articleId, v.sentence)).join("");
          const forms = [...new Set(c.values.map((v) => `“${quote(v.text, 80)}”`))].join(" / ");
          return [`- ${forms} — ${esc(c.subject)} · ${STATUS_MARK[c.status]}${c.values.length > 1 ? ` (${new Set(c.values.map((v) => v.articleId)).size} articles)` : ""}${refs}`];
        }),
  },
  {
    title: "Quotations",
    render: (s, { notes, byId }) => {
      const bySpeaker = new Map<string, typeof s.quoteGroups>();
      for (const g of s.quoteGroups) {
        const k = g.speaker ?? "Speaker not named";
        const list = bySpeaker.get(k);
        if (list) list.push(g);
        else bySpeaker.set(k, [g]);
      }
      const sentences = new Map<string, string>();
      for (const q of s.mentions.quotes) if (!sentences.has(`${q.articleId}\u0000${q.start}`)) sentences.set(`${q.articleId}\u0000${q.start}`, q.sentence);
      const sentenceOf = (articleId: string, start: number | undefined) => sentences.get(`${articleId}\u0000${start}`) ?? null;
      const lines: string[] = [];
      for (const [speaker, groups] of bySpeaker) {
        lines.push(`- **${esc(speaker)}**`);
        for (const g of groups) {
          const [first, ...variants] = g.quotes;
          if (!first) continue;
          lines.push(`  - “${quote(first.text, 400)}” — ${outletOf(byId, first.articleId)}${notes.ref(first.articleId, sentenceOf(first.articleId, first.start))}`);
          for (const v of variants) lines.push(`    - ${v.text === first.text ? "same words" : "variant"}: “${quote(v.text, 400)}” — ${outletOf(byId, v.articleId)}${notes.ref(v.articleId, sentenceOf(v.articleId, v.start))}`);
        }
      }
      return lines;
    },
  },
  {
    title: "Timeline",
    render: (s, { notes }) =>
      s.timeline.map((e) => {
        const refs = (e.sentences ?? e.articleIds.map((articleId) => ({ articleId, sentence: "" }))).map((x) => notes.ref(x.articleId, x.sentence || null)).join("");
        return `- **${e.date}**${e.derived ? " (derived)" : ""} — ${quote(e.summary, 240)}${e.derived && e.rule ? ` _(${esc(e.rule)})_` : ""}${refs}`;
      }),
  },
  {
    title: "People, organisations and places",
    render: (s, { notes }) => {
      const order = ["person", "organization", "group", "place", "other"] as const;
      const lines: string[] = [];
      const firstMention = new Map<string, NonNullable<Story["mentions"]["entities"]>[number]>();
      for (const m of s.mentions.entities ?? []) if (!firstMention.has(m.entityId)) firstMention.set(m.entityId, m);
      for (const type of order) {
        const es = s.entities.filter((e) => e.type === type);
        if (!es.length) continue;
        lines.push(`- ${type === "person" ? "People" : type === "organization" ? "Organisations" : type === "group" ? "Groups" : type === "place" ? "Places" : "Other"}:`);
        for (const e of es) {
          const first = firstMention.get(e.id);
          const aliases = e.aliases.filter((a) => a !== e.name);
          lines.push(`  - ${esc(e.name)}${e.description ? `, ${esc(e.description)}` : ""}${aliases.length ? ` (also: ${aliases.map(esc).join(", ")})` : ""}${first ? notes.ref(first.articleId, first.sentence) : ""}`);
        }
      }
      return lines;
    },
  },
  {
    title: "Sources",
    render: (_s, { articles }) => articles.flatMap((a, i) => articleLines(a, i + 1)),
  },
];

/** The whole report as one string; `markdownChunks` gives it in pieces, for writing as a stream. */
export function renderMarkdown(report: Report): string {
  return [...markdownChunks(report)].join("");
}

/** The report in pieces: the head, then a story at a time, then the inputs not read. */
export function* markdownChunks(report: Report): Generator<string> {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const nStories = report.stories.length;
  yield [`# Situation report`, "", `${report.articles.length} article${report.articles.length === 1 ? "" : "s"} in ${nStories} stor${nStories === 1 ? "y" : "ies"} · ${report.generator}`, ""].join("\n");
  for (const [si, story] of report.stories.entries()) {
    const out: string[] = [];
    const articles = story.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    const notes = new Footnotes(byId, nStories > 1 ? `${si + 1}.` : "");
    const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
    const range = dateRange(articles);
    out.push(`## ${esc(story.title)}`, "");
    out.push(`${articles.length} article${articles.length === 1 ? "" : "s"} · outlets: ${outlets.length ? outlets.map(esc).join(", ") : "unknown"}${range ? ` · ${range}` : ""}`, "");
    for (const sec of STORY_SECTIONS) {
      const lines = sec.render(story, { articles, notes, byId });
      if (!lines.length) continue;
      out.push(`### ${sec.title}`, "", ...lines, "");
    }
    const fn = notes.render();
    if (fn) out.push(fn, "");
    yield "\n" + out.join("\n");
  }
  const errors = report.diagnostics;
  if (errors.length) {
    const out = ["## Inputs not read", ""];
    for (const d of errors) out.push(`- ${d.level}: ${esc(d.source)}: ${esc(d.message)}`);
    yield "\n" + [...out, ""].join("\n");
  }
}
