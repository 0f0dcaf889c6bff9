// The report as Markdown a person reads: per story, what the outlets say and where they differ,
// with every line pointing (by footnote) at the article and sentence it comes from.
import type { Article, Report, Story } from "./schema.js";

const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/\n+/g, " ");
const quote = (s: string, max = 300) => {
  const t = s.replace(/\s+/g, " ").trim();
  return esc(t.length > max ? t.slice(0, max - 1) + "…" : t);
};

/** Footnotes: one per (article, sentence), numbered in order of first use within a story. */
export class Footnotes {
  private readonly keys = new Map<string, number>();
  private readonly notes: string[] = [];
  constructor(private readonly byId: ReadonlyMap<string, Article>) {}
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
    return `[^${n}]`;
  }
  render(prefix: string): string {
    return this.notes.map((t, i) => `[^${i + 1}]: ${t}`).join("\n").replace(/\[\^(\d+)\]/g, `[^${prefix}$1]`);
  }
}

function dateRange(articles: Article[]): string | null {
  const days = articles.map((a) => a.published ?? a.referenceDate.date).filter((d): d is string => !!d).sort();
  if (!days.length) return null;
  return days[0] === days[days.length - 1] ? days[0]! : `${days[0]} – ${days[days.length - 1]}`;
}

function articleLines(a: Article, n: number): string[] {
  const head = `${n}. **${esc(a.title ?? "(untitled)")}** — ${esc(a.outlet ?? "outlet unknown")}${a.byline ? `, by ${esc(a.byline)}` : ""}${a.published ? `, ${a.published}` : ""}`;
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

export type Section = (story: Story, ctx: { articles: Article[]; notes: Footnotes }) => string[];

/** Sections of a story, in the order a reader needs them; each returns its lines or nothing. */
export const STORY_SECTIONS: { title: string; render: Section }[] = [
  {
    title: "Sources",
    render: (_s, { articles }) => articles.flatMap((a, i) => articleLines(a, i + 1)),
  },
];

export function renderMarkdown(report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const out: string[] = [];
  const nStories = report.stories.length;
  out.push(`# Situation report`, "", `${report.articles.length} article${report.articles.length === 1 ? "" : "s"} in ${nStories} stor${nStories === 1 ? "y" : "ies"} · ${report.generator}`, "");
  report.stories.forEach((story, si) => {
    const articles = story.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    const notes = new Footnotes(byId);
    const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
    const range = dateRange(articles);
    out.push(`## ${esc(story.title)}`, "");
    out.push(`${articles.length} article${articles.length === 1 ? "" : "s"} · outlets: ${outlets.length ? outlets.map(esc).join(", ") : "unknown"}${range ? ` · ${range}` : ""}`, "");
    for (const sec of STORY_SECTIONS) {
      const lines = sec.render(story, { articles, notes });
      if (!lines.length) continue;
      out.push(`### ${sec.title}`, "", ...lines, "");
    }
    const fn = notes.render(`${si + 1}.`);
    if (fn) out.push(fn, "");
  });
  const errors = report.diagnostics;
  if (errors.length) {
    out.push("## Inputs not read", "");
    for (const d of errors) out.push(`- ${d.level}: ${esc(d.source)}: ${esc(d.message)}`);
    out.push("");
  }
  return out.join("\n");
}
