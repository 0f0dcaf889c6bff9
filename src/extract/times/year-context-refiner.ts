// chrono refiner: a month (or month and day) whose year is stated a few words later takes that
// year — "that January day in 2011", "en enero del año 2011" — instead of one guessed from the
// reference date. Tagged refiner/year-context; the mention is then absolute.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { Lang } from "../../model.js";
import { alt, timeWords } from "./words.js";

export class YearContextRefiner implements Refiner {
  private readonly re: RegExp;

  constructor(lang: Lang) {
    const words = timeWords(lang).phrases.yearAfterWords;
    this.re = new RegExp(`^(?:\\s+[\\p{L}]+){0,2}?\\s+(?:${alt(words)})\\s+(\\d{4})(?![\\p{L}\\p{N}])`, "iu");
  }

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const s = r.start;
      if (s.isCertain("year") || !s.isCertain("month") || s.isCertain("weekday")) continue;
      const m = this.re.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 40));
      if (!m) continue;
      const y = Number(m[1]);
      if (y < 1000 || y > 2199) continue;
      s.assign("year", y);
      s.addTag("refiner/year-context");
    }
    return results;
  }
}
