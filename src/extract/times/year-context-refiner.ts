// chrono refiner: a month (or month and day) whose year is stated a few words later takes that
// year — "that January day in 2011", "en enero del año 2011" — instead of one guessed from the
// reference date. Tagged refiner/year-context; the mention is then absolute. A year said by its shift
// ("octubre del año que viene", "October last year") gives the year too (refiner/year-shift, relative).
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { Lang } from "../../model.js";
import { alt, timeWords } from "./words.js";

export class YearContextRefiner implements Refiner {
  private readonly re: RegExp;
  /** "octubre del año que viene", "October of next year", "October last year": the year by its shift. */
  private readonly shiftRe: RegExp;
  private readonly shifts: Record<string, number>;

  constructor(lang: Lang) {
    const p = timeWords(lang).phrases;
    const words = p.yearAfterWords;
    this.re = new RegExp(`^(?:\\s+[\\p{L}]+){0,2}?\\s+(?:${alt(words)})\\s+(\\d{4})(?![\\p{L}\\p{N}])`, "iu");
    this.shifts = p.shift;
    const shift = alt(Object.keys(p.shift));
    const year = alt(Object.keys(p.relativeUnits).filter((k) => p.relativeUnits[k] === "year" && !/\s/.test(k)));
    const of = alt(p.ofWords);
    this.shiftRe = new RegExp(`^\\s+(?:(?:${of})\\s+)?(?:(${shift})\\s+)?(?:${year})(?:\\s+(${shift}))?(?![\\p{L}\\p{N}])`, "iu");
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const s = r.start;
      if (s.isCertain("year") || !s.isCertain("month") || s.isCertain("weekday")) continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 40);
      const sh = this.shiftRe.exec(after);
      const word = sh ? (sh[1] ?? sh[2]) : undefined;
      if (sh && word !== undefined) {
        const d = context.refDate;
        s.assign("year", d.getFullYear() + (this.shifts[word.toLowerCase()] ?? 0));
        s.addTag("refiner/year-shift");
        continue;
      }
      const m = this.re.exec(after);
      if (!m) continue;
      const y = Number(m[1]);
      if (y < 1000 || y > 2199) continue;
      s.assign("year", y);
      s.addTag("refiner/year-context");
    }
    return results;
  }
}
