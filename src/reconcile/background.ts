// Background: what a sentence says of another time than the story's ("the 2004 tsunami killed
// 230,000", "since 2015, 1.5 million Venezuelans have arrived"). A sentence is background when it
// dates something long before every day the story's articles were written and nothing near one; its
// figures are never lined up against the story's own, and never make a conflict. A sentence that
// states no date and goes on about the one before it ("The last major quake … was in February. It
// killed 612 people") is of that sentence's time.
import type { Article, TimeMention } from "../report/schema.js";
import { daysBetween } from "../text/calendar.js";
import { fold } from "../text/fold.js";
import { claimCues } from "./claims/cues.js";

/** A date this many days from every article's reference day is of another event. */
export const FAR_DAYS = 45;

/** The first and last day an ISO value covers ("2004" → 2004-01-01..2004-12-31), or null. */
function span(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(+m[1]!, +m[2]!, 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, "0")}`];
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${value}-01-01`, `${value}-12-31`];
  return null;
}

function distance(day: string, [a, b]: [string, string]): number {
  if (day < a) return daysBetween(day, a);
  if (day > b) return daysBetween(b, day);
  return 0;
}

/** Keys (articleId + "\u0000" + sentence) of the sentences that are background. */
export function backgroundSentences(times: readonly TimeMention[], articles: ReadonlyMap<string, Pick<Article, "referenceDate">>): Set<string> {
  const days = [...new Set([...articles.values()].map((a) => a.referenceDate?.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)))];
  const out = new Set<string>();
  if (!days.length) return out;
  const near = new Set<string>();
  const far = new Set<string>();
  for (const t of times) {
    if (t.kind !== "date" || !t.value) continue;
    const s = span(t.value);
    if (!s) continue;
    const key = `${t.articleId}\u0000${t.sentence}`;
    // only the past is background: a deadline months ahead ("until March 11, 2026") is the story's own
    if (days.some((d) => distance(d, s) <= FAR_DAYS || s[1] > d)) near.add(key);
    else far.add(key);
  }
  for (const k of far) if (!near.has(k)) out.add(k);
  return out;
}

/** A sentence as reconciliation places it in its article. */
interface Said {
  articleId: string;
  sentence: string;
  start: number;
  sentenceStart?: number;
}

/** Adds to `background` the sentences of `mentions` that state no date of their own, open with a
 * word that goes on about the sentence before (data/<lang>/reconcile.json "continuation": "It",
 * "They") and follow a background sentence — in article order, so a chain carries on. */
export function continueBackground(background: Set<string>, mentions: readonly Said[], times: readonly TimeMention[], articles: ReadonlyMap<string, { text: string }>): void {
  if (!background.size) return;
  const dated = new Set(times.filter((t) => t.kind === "date").map((t) => `${t.articleId}\u0000${t.sentence}`));
  const words = new Set(claimCues().continuation.map(fold));
  const sorted = [...mentions].sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start);
  for (const m of sorted) {
    const key = `${m.articleId}\u0000${m.sentence}`;
    if (background.has(key) || dated.has(key)) continue;
    const first = fold(/^\s*[\p{L}’']+/u.exec(m.sentence)?.[0]?.trim() ?? "");
    if (!words.has(first)) continue;
    const text = articles.get(m.articleId)?.text ?? "";
    const at = m.sentenceStart ?? text.lastIndexOf(m.sentence, m.start);
    if (at < 0) continue;
    const before = text.slice(0, at).trimEnd();
    for (const k of background) {
      const [id, sentence] = k.split("\u0000") as [string, string];
      if (id === m.articleId && before.endsWith(sentence.trimEnd())) {
        background.add(key);
        break;
      }
    }
  }
}
