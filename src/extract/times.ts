// Dates, durations, recurring and vague times of one article, resolved against its reference date.
// The steps, in order (one file each under times/):
//   0. gate       one pass over the text marks which sentences each parser needs to read (speed)
//   1. parsers, each reading the sentences the gate gave it:
//      chronoDates    calendar dates and clock times (chrono-node + our refiners: not-a-date, tense)
//      clockTimes     Spanish clock times chrono leaves: "a las 23.30", "a las 2 de la madrugada"
//      relativeDates  "last week", "this month", "next year", "last July", "four years ago"
//      years          "2015", "2009-2010", "the 1990s", "the 20th century"
//      durations      "103 days", "60-day", "two weeks", "3:07:35"
//      sets           "every week", "twice a month", "annually"
//      vaguePhrases   "now", "recently", "in recent days", "the coming months"
//      dayAnaphora    "ended the day", "the same day", "cerró la jornada", "al final del día"
//   2. overlaps   the longest reading wins; on a tie, the parser listed first
//   3. modifiers  "early December", "late last July", "mid-2015"
//   3a. samePeriod "el mismo periodo del año anterior", "the previous year": a year before the period named before
//   3b. eventDay  a clock time or "the day" said without its day takes the day its sentence (or the
//                 one before) names: "On Sunday, a man was shot. Police arrived at 2 a.m."
//   3c. articles  Spanish spans take the article before them: "el viernes", "las 16:08 UTC"
//   4. deadlines  "103 days—until March 11, 2026": the duration keeps its end date
// Without a reference date, relative expressions are still reported, with value null.
import type { Lang, Sentence, Unattached } from "../model.js";
import type { TimeMention } from "../report/schema.js";
import { sentenceAt } from "./sentences.js";
import { chronoDates } from "./times/chrono-dates.js";
import { clockTimes } from "./times/clock-times.js";
import { dayAnaphora } from "./times/day-anaphora.js";
import { widenOverArticles } from "./times/articles.js";
import { anchorToEventDay } from "./times/event-day.js";
import { sameAsBefore } from "./times/same-period.js";
import { makeContext } from "./times/context.js";
import { linkDeadlines } from "./times/deadlines.js";
import { durations } from "./times/durations.js";
import { applyModifiers } from "./times/modifiers.js";
import { resolveOverlaps, type Ranked } from "./times/overlaps.js";
import { relativeDates } from "./times/relative-dates.js";
import { sets } from "./times/sets.js";
import type { Ctx, Found, TimeParser, TimexType } from "./times/types.js";
import { vaguePhrases } from "./times/vague.js";
import { years } from "./times/years.js";

export { pastEventDates } from "./times/past-events.js";

/** The parsers, most trusted first (the order breaks ties between equal spans). */
const PARSERS: readonly TimeParser[] = [chronoDates, clockTimes, relativeDates, years, durations, sets, vaguePhrases, dayAnaphora];

/** A time mention plus its TimeML reading (TIMEX3 type and value), as TempEval scores it. */
export type Timex = Unattached<TimeMention> & { type: TimexType; timeml: string | null };

/** Every time expression of `text`, with its TimeML reading. */
export function extractTimexes(text: string, sentences: Sentence[], ref: string | null, lang: Lang): Timex[] {
  const ctx = makeContext(text, sentences, ref, lang);
  const ranked: Ranked[] = [];
  PARSERS.forEach((parse, rank) => {
    for (const found of parse(ctx)) ranked.push({ found, rank });
  });
  const kept = resolveOverlaps(ranked);
  applyModifiers(ctx, kept);
  sameAsBefore(ctx, kept);
  anchorToEventDay(ctx, kept);
  widenOverArticles(ctx, kept);
  linkDeadlines(ctx, kept);
  return kept.map((f) => toTimex(ctx, f));
}

/** Every time expression of `text` as report mentions (kind, ISO value or null, precision, rule). */
export function extractTimes(text: string, sentences: Sentence[], ref: string | null, lang: Lang): Unattached<TimeMention>[] {
  return extractTimexes(text, sentences, ref, lang).map(({ type: _type, timeml: _timeml, ...mention }) => mention);
}

function toTimex(ctx: Ctx, f: Found): Timex {
  const s = sentenceAt(ctx.sentences, f.start);
  const t: Timex = {
    start: f.start,
    end: f.end,
    text: ctx.text.slice(f.start, f.end),
    sentence: s ? s.text : "",
    rule: f.rule,
    kind: f.kind,
    value: f.value,
    precision: f.precision,
    basis: f.basis,
    type: f.type,
    timeml: f.timeml,
  };
  if (f.until) t.until = f.until;
  if (f.mod) t.mod = f.mod;
  return t;
}
