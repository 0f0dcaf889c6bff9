// The story's dated events: every date the articles give, deduplicated across outlets (same day,
// same thing), each entry citing its articles and sentences; plus end dates derived from a
// duration that starts on a stated day ("a 60-day state of emergency" declared on 29 Nov 2025
// runs to 28 Jan 2026), marked as derived with the counting rule.
import type { TimelineEntry, TimeMention } from "../report/schema.js";
import { candidatePairs, clusters, mentionContext, similarity } from "./align.js";
import { addDaysIso, isIsoDay, spokenDate } from "../text/calendar.js";
import { sentencesWithOffsets, spanInSentence } from "./context.js";
import type { StoryContext } from "./story-context.js";

export const SAME_EVENT_MIN_SIMILARITY = 0.25;
/** The rule of a period counted from the article's own ("this year", "este mes"). */
const RELATIVE_PERIOD = "relative/shift-unit";

function precisionOf(t: TimeMention): TimelineEntry["precision"] | null {
  if (t.precision === "day" || t.precision === "time") return "day";
  if (t.precision === "week" || t.precision === "month" || t.precision === "year") return t.precision;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.value ?? "")) return "day";
  if (/^\d{4}-W\d{2}$/.test(t.value ?? "")) return "week";
  if (/^\d{4}-\d{2}$/.test(t.value ?? "")) return "month";
  if (/^\d{4}$/.test(t.value ?? "")) return "year";
  return null;
}

const trim = (s: string, n = 220) => (s.length > n ? s.slice(0, n - 1).replace(/\s+\S*$/, "") + "…" : s);

/** Mentions of one day in one sentence belong together whatever their words: each is linked to
 * the previous one of its day and sentence (a chain joins them all, in linear size). */
function sameSentencePairs(ts: readonly TimeMention[]): [number, number][] {
  const last = new Map<string, number>();
  const out: [number, number][] = [];
  ts.forEach((t, i) => {
    const k = `${t.value}\u0000${t.sentence}`;
    const prev = last.get(k);
    if (prev !== undefined) out.push([prev, i]);
    last.set(k, i);
  });
  return out;
}

/** A sentence that is only a dateline ("Oaxaca, 3 de marzo de 2026.", "WASHINGTON, March 3"): with
 * the date taken out, no lower-case word of three letters or more is left. It dates the report,
 * not an event. */
function isDateline(t: TimeMention): boolean {
  const span = spanInSentence(t);
  if (!span) return false;
  const rest = t.sentence.slice(0, span[0]) + " " + t.sentence.slice(span[1]);
  return !/(?:^|[^\p{L}])\p{Ll}{3,}/u.test(rest);
}

/** "This year" or "this month" (the article's own) in a sentence that also dates a day within it ("killed 40 on
 * Wednesday, in one of the deadliest attacks this year"): the day dates the sentence; the period
 * adds no entry. (A named period is kept: "an April 2007 shooting", "the 2009 season" are events
 * of their own, and "the end of this year" a part of it.) */
function withinDayOfItsSentence(ts: readonly TimeMention[], ctx: StoryContext): (t: TimeMention) => boolean {
  const key = (t: TimeMention) => `${t.articleId}\u0000${t.sentence}`;
  const days = new Map<string, string[]>();
  for (const t of ts) {
    if (precisionOf(t) !== "day" || !t.value) continue;
    const list = days.get(key(t));
    if (list) list.push(t.value);
    else days.set(key(t), [t.value]);
  }
  return (t) => {
    const p = precisionOf(t);
    // (the article's own period: "last month" dates another event than the day, "recaptured last month")
    const own = ctx.articles.get(t.articleId)?.referenceDate.date?.startsWith(`${t.value}-`) ?? false;
    return (p === "month" || p === "year") && t.rule === RELATIVE_PERIOD && own && (days.get(key(t)) ?? []).some((d) => d.startsWith(`${t.value}-`));
  };
}

export function buildTimeline(ctx: StoryContext): TimelineEntry[] {
  const candidates = ctx.times.filter((t) => t.kind === "date" && t.value && precisionOf(t) && !isDateline(t));
  const redundant = withinDayOfItsSentence(candidates, ctx);
  const dated = candidates.filter((t) => !redundant(t));
  const bags = dated.map(mentionContext);
  const groups = clusters(dated.length, (i, j) => {
    if (dated[i]!.value !== dated[j]!.value) return false;
    if (dated[i]!.sentence === dated[j]!.sentence) return 2;
    const s = similarity(bags[i]!, bags[j]!, ctx.idf);
    return s.score >= SAME_EVENT_MIN_SIMILARITY && s.shared.length >= 1 ? s.score : false;
  }, undefined, [...candidatePairs(bags, (i) => dated[i]!.value), ...sameSentencePairs(dated)]);
  const entries: TimelineEntry[] = groups.map((g) => {
    const ms = g.map((i) => dated[i]!);
    const best = [...ms].sort((a, b) => a.sentence.length - b.sentence.length)[0]!;
    const seen = new Set<string>();
    const sentences = ms.filter((m) => !seen.has(m.articleId + m.sentence) && seen.add(m.articleId + m.sentence)).map((m) => ({ articleId: m.articleId, sentence: m.sentence }));
    return {
      date: best.value!,
      precision: precisionOf(best)!,
      summary: trim(best.sentence),
      articleIds: [...new Set(ms.map((m) => m.articleId))],
      sentences,
      derived: false,
      rule: `stated: ${[...new Set(ms.map((m) => m.rule))].join(", ")}`,
    };
  });
  // derived: a duration in days starting on a day stated in the same sentence; not a distance
  // between two events ("a day after the blaze", "tres días después")
  const offsets = sentencesWithOffsets(ctx.times);
  for (const d of ctx.times) {
    const m = /^P(\d+)D$/.exec(d.value ?? "");
    if (d.kind !== "duration" || !m || d.until) continue;
    // the period starts on the day its sentence states, unless the sentence dates two moments
    if (offsets.has(`${d.articleId}\u0000${d.sentence}`)) continue;
    const start = ctx.times.find((t) => t.articleId === d.articleId && t.sentence === d.sentence && t.kind === "date" && isIsoDay(t.value));
    if (!start || !isIsoDay(start.value)) continue;
    const end = addDaysIso(start.value, Number(m[1]));
    if (!end || entries.some((e) => e.derived && e.date === end)) continue;
    entries.push({
      date: end,
      precision: "day",
      summary: `End of the ${m[1]}-day period that starts on ${spokenDate(start.value)} (“${d.text}”)`,
      articleIds: [d.articleId],
      sentences: [{ articleId: d.articleId, sentence: d.sentence }],
      derived: true,
      rule: `derived: ${start.value} + ${m[1]} days (counting from the day after ${spokenDate(start.value)}; some decrees count the first day, which would end a day earlier)`,
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || Number(a.derived) - Number(b.derived));
}
