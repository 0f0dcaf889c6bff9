// chrono refiner: gives a weekday ("on Friday"), a month-day without a year ("December 14") and a
// month alone ("in October") the date the sentence's tense points to (see anchor.ts). chrono's own
// guess (the nearest one) ignores tense. The date is implied, not made certain, so the mention
// stays "relative"; the result is tagged refiner/tense-<past|present|future|none>.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { Lang } from "../../model.js";
import { anchorMonth, anchorMonthDay, anchorWeekday, type Shift } from "./anchor.js";
import type { Ymd } from "../../text/calendar.js";
import { tenseAt } from "./tense.js";
import { alt, B, E, phraseBefore, timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

export class TenseRefiner implements Refiner {
  private readonly shiftRe: RegExp;
  private readonly shifts: Record<string, number>;
  private readonly shiftWords: string[];
  private readonly since: string[];
  private readonly sinceRe: RegExp | null;

  constructor(private readonly lang: Lang) {
    const w = timeWords(lang);
    this.since = w.tense.sinceWords ?? [];
    this.sinceRe = this.since.length ? new RegExp(`^(?:${alt(this.since)})\\s`, "iu") : null;
    this.shifts = w.phrases.shift;
    this.shiftWords = Object.keys(w.phrases.shift);
    this.shiftRe = new RegExp(`${B}(${alt(this.shiftWords)})${E}`, "iu");
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const d = context.refDate;
    const ref: Ymd = { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
    for (const r of results) this.resolve(context.text, ref, r);
    return results;
  }

  /** "last" / "next" / "this" in the expression or right before it. */
  private shiftOf(text: string, r: ParsingResult): Shift {
    const inside = this.shiftRe.exec(r.text);
    const word = inside ? lowerSquashedApostrophes(inside[1]!) : phraseBefore(text, r.index, this.shiftWords)?.phrase;
    if (word === undefined || word === null) return null;
    const n = this.shifts[word];
    return n === undefined ? null : n < 0 ? "last" : n > 0 ? "next" : "this";
  }

  private resolve(text: string, ref: Ymd, r: ParsingResult): void {
    const s = r.start;
    if (s.isCertain("year")) return;
    const weekdayOnly = s.isCertain("weekday") && !s.isCertain("day");
    const monthDay = s.isCertain("month") && s.isCertain("day");
    const monthOnly = s.isCertain("month") && !s.isCertain("day") && !s.isCertain("weekday");
    if (!weekdayOnly && !monthDay && !monthOnly) return;
    // "desde noviembre", "since Friday": the day or month is behind us whatever the verb
    const since = this.sinceRe?.test(r.text) || (this.since.length > 0 && phraseBefore(text, r.index, this.since) !== null);
    const tense = since ? "past" : tenseAt(text, 0, text.length, r.index, r.index + r.text.length, this.lang);
    const shift = this.shiftOf(text, r);
    if (weekdayOnly) {
      const day = anchorWeekday(ref, s.get("weekday") ?? 0, tense, shift);
      s.imply("day", day.d).imply("month", day.m).imply("year", day.y);
    } else if (monthDay) {
      const day = anchorMonthDay(ref, s.get("month") ?? 1, s.get("day") ?? 1, tense, shift);
      if (day) s.imply("year", day.y);
    } else {
      const mo = anchorMonth(ref, s.get("month") ?? 1, tense, shift);
      s.imply("year", mo.y);
    }
    s.addTag(`refiner/tense-${tense ?? "none"}`);
  }
}
