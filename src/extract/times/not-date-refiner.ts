// chrono refiner: drops what chrono reads as a date but is an ordinary word or a figure —
// "may" / "march" in lower case (English capitalises months), a bare "May" or "March" that no
// preposition introduces ("Theresa May", "the March on Washington"), weekday abbreviations that are
// names ("The Sun"), "now" (a vague phrase, read elsewhere), a clock time nothing marks as one
// ("3:1"), a part of the day alone ("morning"), and slash dates without a year ("1/2").
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { Lang } from "../../model.js";
import { alt, B, E, phraseBefore, timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

export class NotDateRefiner implements Refiner {
  private readonly monthRe: RegExp;
  private readonly weekdayRe: RegExp;
  private readonly ambiguousMonths: Set<string>;
  private readonly ambiguousWeekdays: Set<string>;
  private readonly licensors: string[];
  private readonly timeLicensors: string[];
  private readonly suffixRe: RegExp;
  private readonly licensorStartRe: RegExp;
  private readonly dayPartRe: RegExp;
  private readonly casualNotAfter: Record<string, string[]>;
  private readonly capitalised: boolean;
  private readonly nowWords: Set<string>;

  constructor(lang: Lang) {
    const w = timeWords(lang);
    this.monthRe = new RegExp(`${B}(${alt(Object.keys(w.cal.months))})${E}\\.?`, "iu");
    this.weekdayRe = new RegExp(`${B}(${alt(Object.keys(w.cal.weekdays))})${E}`, "iu");
    this.ambiguousMonths = new Set(w.not.ambiguousMonths);
    this.ambiguousWeekdays = new Set(w.not.ambiguousWeekdays);
    this.licensors = w.phrases.monthLicensors;
    this.timeLicensors = w.phrases.timeLicensors;
    this.licensorStartRe = new RegExp(`^(?:${alt(w.phrases.timeLicensors)})\\s`, "iu");
    this.suffixRe = new RegExp(`(?:${alt(w.phrases.timeSuffixes)})\\.?$`, "iu");
    this.dayPartRe = new RegExp(`^(?:${alt(Object.keys(w.cal.dayParts))})$`, "iu");
    this.casualNotAfter = w.not.casualNotAfter ?? {};
    this.capitalised = w.not.monthsCapitalised ?? false;
    this.nowWords = new Set(w.not.casualNow ?? []);
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => this.keep(context.text, r));
  }

  private keep(text: string, r: ParsingResult): boolean {
    const s = r.start;
    const tags = r.tags();
    const lower = lowerSquashedApostrophes(r.text);
    if (this.nowWords.has(lower)) return false;
    const month = this.monthRe.exec(r.text);
    if (month) {
      const word = month[1]!;
      if (this.capitalised && !/^\p{Lu}/u.test(word)) return false;
      const bare = !s.isCertain("day") && !s.isCertain("year") && !s.isCertain("weekday");
      if (bare && this.ambiguousMonths.has(lowerSquashedApostrophes(word))) {
        const at = r.index + month.index;
        if (!phraseBefore(text, at, this.licensors)) return false;
      }
    }
    if (s.isCertain("weekday") && !s.isCertain("day")) {
      const wd = this.weekdayRe.exec(r.text);
      if (wd && this.ambiguousWeekdays.has(lowerSquashedApostrophes(wd[1]!))) return false;
    }
    // casual words that are also nouns ("la mañana" is the morning, not tomorrow)
    for (const [word, before] of Object.entries(this.casualNotAfter)) {
      if (lower === word && phraseBefore(text, r.index, before)) return false;
    }
    const hasDate = s.isCertain("day") || s.isCertain("weekday") || s.isCertain("month") || s.isCertain("year");
    const casualDay = [...tags].some((t) => /casualReference\/(today|yesterday|tomorrow|tonight)/.test(t)) || /parser\/\w+CasualDateParser/.test([...tags].join(" "));
    if (!hasDate && !casualDay) {
      if (!s.isCertain("hour")) return false; // "morning", "evening" alone
      if (this.dayPartRe.test(lower)) return false;
      const licensed =
        s.isCertain("meridiem") ||
        s.isCertain("timezoneOffset") ||
        this.suffixRe.test(r.text) ||
        phraseBefore(text, r.index, this.timeLicensors) !== null ||
        this.licensorStartRe.test(r.text);
      if (!licensed || !/\d/.test(r.text)) return false;
    }
    if (tags.has("parser/SlashDateFormatParser") && !s.isCertain("year")) return false;
    return true;
  }
}
