// What every section of a story page needs: the story's articles by id, how to name an outlet,
// where a value stands in its article (for the reader panel to highlight), dates for people.
import type { Article, Claim, Story } from "../schema.js";
import { MONTH_ABBREVIATIONS } from "../../text/calendar.js";
import { hostOf } from "../../clean/identity.js";
import { html, type Html, type Part } from "./template.js";

export interface StoryContext {
  story: Story;
  articles: Article[];
  byId: ReadonlyMap<string, Article>;
  /** prefix for ids made inside this story (a report file holds several stories) */
  idp: string;
}

export function storyContext(story: Story, byId: ReadonlyMap<string, Article>): StoryContext {
  const articles = story.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  return { story, articles, byId, idp: story.id };
}

/** "2025-11-29" → "29 Nov 2025", "2025-10" → "Oct 2025", "2015" → "2015"; other text as it is. */
export function showDate(d: string | null | undefined): string {
  if (!d) return "";
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (m) return `${+m[3]!} ${MONTH_ABBREVIATIONS[+m[2]! - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${MONTH_ABBREVIATIONS[+m[2]! - 1] ?? m[2]} ${m[1]}`;
  return d;
}

/** The day an article speaks for: its own date, else the reference date it was read against. */
export const articleDay = (a: Article | undefined): string | null => a?.published ?? a?.referenceDate.date ?? null;

/** An outlet's name for a reader: the outlet, else the site's host, else the file name. */
export function outletName(a: Article | undefined, fallback = "unknown outlet"): string {
  if (!a) return fallback;
  if (a.outlet) return a.outlet;
  return hostOf(a.url) ?? (a.source.split(/[\\/]/).pop() || a.source);
}

/** Where a value stands in its article: the sentence [ss,se) and the words [ms,me). */
export interface Span {
  ss: number;
  se: number;
  ms: number;
  me: number;
}

/** Finds the span of a value: its offsets when given and valid, else its sentence or words in the text. */
export function locate(a: Article | undefined, start?: number | null, end?: number | null, sentence?: string | null, words?: string | null): Span | null {
  if (!a) return null;
  const t = a.text;
  const valid = typeof start === "number" && typeof end === "number" && start >= 0 && end > start && end <= t.length;
  if (valid) {
    let ss = start;
    let se = end;
    if (sentence) {
      for (let i = t.indexOf(sentence); i >= 0; i = t.indexOf(sentence, i + 1)) {
        if (i <= start && i + sentence.length >= end) {
          ss = i;
          se = i + sentence.length;
          break;
        }
        if (i > start) break;
      }
    }
    return { ss, se, ms: start, me: end };
  }
  const si = sentence ? t.indexOf(sentence) : -1;
  if (si >= 0) {
    const wi = words ? t.indexOf(words, si) : -1;
    const inside = wi >= 0 && wi + words!.length <= si + sentence!.length;
    return { ss: si, se: si + sentence!.length, ms: inside ? wi : si, me: inside ? wi + words!.length : si + sentence!.length };
  }
  const wi = words ? t.indexOf(words) : -1;
  return wi >= 0 ? { ss: wi, se: wi + words!.length, ms: wi, me: wi + words!.length } : null;
}

/**
 * A value a reader can open in its article: a button carrying the article and the span to
 * highlight, or plain text when the span cannot be found. `key` marks it for "new since your visit".
 */
export function sourceButton(ctx: StoryContext, articleId: string, span: Span | null, label: Part, opts: { key?: string; cls?: string; title?: string } = {}): Html {
  const cls = ["src", opts.cls].filter(Boolean).join(" ");
  if (!span) return html`<span class="${cls} nolink" data-k="${opts.key}">${label}</span>`;
  const a = ctx.byId.get(articleId);
  const hint = opts.title ?? `Open ${outletName(a)}${articleDay(a) ? `, ${showDate(articleDay(a))}` : ""} at this sentence`;
  return html`<button type="button" class="${cls}" data-a="${articleId}" data-r="${`${span.ss},${span.se},${span.ms},${span.me}`}" data-k="${opts.key}" title="${hint}">${label}</button>`;
}

export type Status = Claim["status"];
const STATUS_TEXT: Record<Status, string> = { agree: "agree", compatible: "compatible", explained: "explained", conflict: "conflict", "single-source": "single source" };
const STATUS_HINT: Record<Status, string> = {
  agree: "the articles give the same value",
  compatible: "different wording that can all be true at once",
  explained: "values differ, and the report says why both can hold",
  conflict: "values differ and nothing in the articles reconciles them",
  "single-source": "only one article states it",
};

/** A status badge: colour and a word, never colour alone. */
export const badge = (s: Status): Html => html`<span class="badge st-${s}" title="${STATUS_HINT[s]}">${STATUS_TEXT[s]}</span>`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
