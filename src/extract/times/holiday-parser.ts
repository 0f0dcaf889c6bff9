// chrono parser: fixed-date holidays named in data/<lang>/times.json ("Christmas", "Año Nuevo"),
// read as a month and day; the tense refiner then picks their year like any "December 25".
import type { Parser, ParsingContext } from "chrono-node";
import type { Lang } from "../../model.js";
import { alt, B, E, timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

export class HolidayParser implements Parser {
  private readonly re: RegExp;
  private readonly all: RegExp;
  private readonly days: Record<string, [number, number]>;

  constructor(lang: Lang) {
    this.days = timeWords(lang).cal.holidays;
    this.re = new RegExp(`${B}(${alt(Object.keys(this.days))})${E}`, "iu");
    this.all = new RegExp(this.re.source, "giu");
  }

  /** Does a capitalised holiday name occur in `text` (else the parser finds nothing there)? */
  occursIn(text: string): boolean {
    const all = this.all;
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) if (/^\p{Lu}/u.test(m[1] ?? "")) return true;
    return false;
  }

  pattern(_context: ParsingContext): RegExp {
    return this.re;
  }

  extract(context: ParsingContext, match: RegExpMatchArray) {
    const md = this.days[lowerSquashedApostrophes(match[1] ?? "")];
    if (!md || !/^\p{Lu}/u.test(match[1] ?? "")) return null; // holidays are capitalised in both languages
    const c = context.createParsingComponents({ month: md[0], day: md[1] });
    c.addTag("parser/HolidayParser");
    return c;
  }
}
