// Whether a count of people is the event's own figure or something else a story's articles also
// count: an aggregate over a period or a wider place ("more than 750 people have been killed in
// Chicago so far this year", "four people were killed in shootings across the city") or another,
// earlier event ("a shooting last month that left two dead", "in December, a woman drove onto the
// sidewalk, injuring 36"). Such a count is never lined up against the event's own toll.
// The words are data (data/<lang>/measures.json "scope"); the dates are the times extracted in the
// count's clause, against the day the story was first reported.
import type { Article, QuantityMention, TimeMention } from "../report/schema.js";
import { addressAfter, afterComparison, scopeCue } from "../extract/measures.js";
import { addDaysIso, isIsoDay } from "../text/calendar.js";
import { isLang } from "../text/languages.js";

/** A date that ends this many days before the story's first report is of an earlier event. */
const EARLIER_DAYS = 7;

/** Where a clause ends: a semicolon, colon, dash or parenthesis. */
const CLAUSE_BREAK = /[;:—–()]|\s-\s/gu;

/** The clause of `sentence` that holds offsets [a, b). */
function clauseAround(sentence: string, a: number, b: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= a) from = m.index + m[0].length;
    else if (m.index >= b) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** A span this long in a count's clause makes it a count over that span ("29 children wounded in
 * two-and-a-half years"), not of one event. */
const LONG = new Set(["year", "decade"]);

/** An ISO date value ("2016", "2016-12", "2016-12-03") and the first part of `day` as long. */
const isoPrefix = (value: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);

export interface FigureScope {
  /** The day the story was first reported: dates that end well before it are of another event. */
  firstDay: string | null;
  /** The date mentions per article. */
  times: ReadonlyMap<string, readonly TimeMention[]>;
  articles: ReadonlyMap<string, Pick<Article, "language">>;
}

export function figureScope(times: readonly TimeMention[], articles: ReadonlyMap<string, Pick<Article, "language" | "referenceDate">>): FigureScope {
  const days = [...articles.values()].map((a) => a.referenceDate?.date).filter(isIsoDay).sort();
  const byArticle = new Map<string, TimeMention[]>();
  for (const t of times) if ((t.kind === "date" && t.value && isoPrefix(t.value)) || (t.kind === "duration" && LONG.has(t.precision ?? ""))) (byArticle.get(t.articleId) ?? byArticle.set(t.articleId, []).get(t.articleId)!).push(t);
  return { firstDay: days[0] ?? null, times: byArticle, articles };
}

/** Why a count is not the event's own ("so far this year", "2016", "last month"), or null when it is. */
export function notOwnFigure(q: QuantityMention, scope: FigureScope): string | null {
  const language = scope.articles.get(q.articleId)?.language;
  const lang = isLang(language) ? language : "en";
  const cue = scopeCue(q.sentence, lang);
  if (cue) return cue;
  if (!scope.firstDay) return null;
  const s0 = q.sentenceStart ?? q.start - Math.max(0, q.sentence.indexOf(q.text));
  const [a, b] = clauseAround(q.sentence, q.start - s0, q.end - s0);
  const cutoff = addDaysIso(scope.firstDay, -EARLIER_DAYS);
  for (const t of scope.times.get(q.articleId) ?? []) {
    if (t.start < s0 + a || t.end > s0 + b) continue;
    if (t.kind === "duration") return t.text;
    const v = t.value!;
    // "the 2000 block of West 76th Street" is a place, not a year
    if (v.length === 4 && addressAfter(q.sentence.slice(t.end - s0), lang)) continue;
    // a whole year the story falls in: a count over the year ("762 murders in 2016"), unless the
    // year qualifies a superlative ("in one of the deadliest attacks this year")
    if (v.length === 4 && v === scope.firstDay.slice(0, 4) && !afterComparison(q.sentence.slice(0, t.start - s0), lang)) return t.text;
    // a date that ended well before the story began: another event
    if (cutoff && v < cutoff.slice(0, v.length)) return t.text;
  }
  return null;
}
