// Calendar dates and clock times read by chrono-node (its casual English and Spanish parsers),
// one sentence at a time and only in sentences that hold a calendar word or a digit pattern (gate.ts).
// chrono's parsers for relative units ("3 days ago", "next week") are taken out: relative-dates.ts
// reads those at the precision TimeML wants. Our own refiners run inside chrono's pipeline
// (notDateRefiner, yearContextRefiner, tenseRefiner) and our holiday parser beside its parsers.
// Each sentence runs only the chrono parsers its gate groups call for (a weekday → the weekday parser).
// Only the two locales we parse are loaded: the package's main entry loads all twelve (a quarter
// of a second at every start).
import type { Chrono, ParsedResult } from "chrono-node";
import * as chronoEn from "chrono-node/en";
import * as chronoEs from "chrono-node/es";
import { perLanguage } from "../../lexicon.js";
import { fmtDay, fmtMonth, fmtTime, fmtYear } from "../../text/calendar.js";
import { CH_CASUAL, CH_CLOCK, CH_DAYPART, CH_HOLIDAY, CH_MONTH, CH_NUMERIC, CH_WEEKDAY, CHRONO } from "./gate.js";
import { HolidayParser } from "./holiday-parser.js";
import { NotDateRefiner } from "./not-date-refiner.js";
import { TenseRefiner } from "./tense-refiner.js";
import { YearContextRefiner } from "./year-context-refiner.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E, timeWords } from "./words.js";

/** Which chrono parsers a gate group (gate.ts) wakes; the holiday parser is ours. */
const GROUP_OF_PARSER: Record<string, number> = {
  ENYearMonthDayParser: CH_NUMERIC,
  ISOFormatParser: CH_NUMERIC,
  SlashDateFormatParser: CH_NUMERIC,
  ENSlashMonthFormatParser: CH_NUMERIC,
  ENMonthNameLittleEndianParser: CH_MONTH,
  ENMonthNameMiddleEndianParser: CH_MONTH,
  ENMonthNameParser: CH_MONTH,
  ENWeekdayParser: CH_WEEKDAY,
  ENTimeExpressionParser: CH_CLOCK,
  ENCasualDateParser: CH_CASUAL | CH_DAYPART,
  ENCasualTimeParser: CH_CASUAL | CH_DAYPART,
  ESMonthNameLittleEndianParser: CH_MONTH,
  ESMonthNameParser: CH_MONTH,
  ESWeekdayParser: CH_WEEKDAY,
  ESTimeExpressionParser: CH_CLOCK,
  ESCasualDateParser: CH_CASUAL | CH_DAYPART,
  ESCasualTimeParser: CH_CASUAL | CH_DAYPART,
  HolidayParser: CH_HOLIDAY,
};

/** chrono parsers and refiners we replace: relative units, ranges, "end of month". */
const DROP_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENYearMonthNameParser",
  "ESTimeUnitWithinFormatParser",
]);
const DROP_REFINERS = new Set(["ENEndOfPeriodRefiner", "ENMergeDateRangeRefiner", "ESMergeDateRangeRefiner"]);

interface Engine {
  /** The full configuration, and one per combination of gate groups (built on first use). */
  chrono: Chrono;
  holidays: HolidayParser;
  byGroups: Map<number, Chrono>;
  leading: RegExp;
  /** A year chrono leaves after the date it read: "27 de marzo del 2008". */
  yearAfter: RegExp;
  dayPart: RegExp;
  dayParts: Record<string, string>;
  /** A part of the day said after the day: "el viernes por la mañana" (null when the language has none). */
  partAfter: RegExp | null;
}

const engine = perLanguage((lang): Engine => {
  const w = timeWords(lang);
  const c = (lang === "es" ? chronoEs.casual : chronoEn.casual).clone();
  c.parsers = c.parsers.filter((p) => !DROP_PARSERS.has(p.constructor.name));
  const holidays = new HolidayParser(lang);
  c.parsers.push(holidays);
  c.refiners = c.refiners.filter((r) => !DROP_REFINERS.has(r.constructor.name));
  c.refiners.push(new NotDateRefiner(lang), new YearContextRefiner(lang), new TenseRefiner(lang));
  return {
    chrono: c,
    holidays,
    byGroups: new Map(),
    yearAfter: new RegExp(`^,?\\s+(?:(?:${alt(w.phrases.yearJoiners ?? [])})\\s+)?(\\d{4})(?![\\d:])`, "u"),
    leading: new RegExp(`^(?:[,(]\\s*)?(?:(?:${alt(w.phrases.leadingWords)})\\s+)*`, "iu"),
    dayPart: new RegExp(`${B}(${alt(Object.keys(w.cal.dayParts))})${E}`, "iu"),
    dayParts: w.cal.dayParts,
    partAfter: w.cal.dayPartLinks?.length
      ? new RegExp(`^\\s+(?:${alt(w.cal.dayPartLinks)})\\s+(${alt(Object.keys(w.cal.dayParts))})${E}`, "iu")
      : null,
  };
});

/** Noon of the reference day, as a local Date (chrono reads local fields). */
function chronoRef(ctx: Ctx): Date {
  const r = ctx.ref ?? { y: 2000, m: 6, d: 15 };
  return new Date(r.y, r.m - 1, r.d, 12, 0, 0);
}

export function chronoDates(ctx: Ctx): Found[] {
  const e = engine(ctx.lang);
  const refDate = chronoRef(ctx);
  const out: Found[] = [];
  for (const s of ctx.hot(CHRONO)) {
    const bits = ctx.bits(s);
    const groups = bits & CHRONO ? bits & (CHRONO | CH_DAYPART) : 0;
    if (!groups) continue;
    // a capitalised first word ("New") wakes the holiday parser; alone, it has nothing to read without the name
    if (groups === CH_HOLIDAY && !e.holidays.occursIn(s.text)) continue;
    let c = e.byGroups.get(groups);
    if (!c) {
      c = e.chrono.clone();
      c.parsers = c.parsers.filter((p) => ((GROUP_OF_PARSER[p.constructor.name] ?? CHRONO) & groups) !== 0);
      e.byGroups.set(groups, c);
    }
    for (const r of c.parse(s.text, refDate)) {
      const f = toFound(r, s.start, ctx, e, s.text);
      if (f) out.push(f);
    }
  }
  return out;
}

/** A UTC zone after a clock time. */
const UTC_AFTER = /^\s*\(?UTC\b(?!\s*[+-]\d)/u;

function toFound(r: ParsedResult, offset: number, ctx: Ctx, e: Engine, sentence: string): Found | null {
  // TimeML spans leave out the preposition: "on Friday" → "Friday"
  let text = r.text;
  let index = r.index;
  const after = sentence.slice(r.index + r.text.length);
  const yearAfter = r.start.isCertain("month") && !/\d{4}/.test(r.text) ? e.yearAfter.exec(after) : null;
  const yearOverride = yearAfter ? Number(yearAfter[1]) : null;
  if (yearAfter) text = sentence.slice(r.index, r.index + r.text.length + yearAfter[0].length);
  // (a time said in UTC carries its zone, as TimeML writes it; "GMT" is left as said)
  const utc = r.start.isCertain("hour") && (UTC_AFTER.test(after) || /\bUTC\b(?!\s*[+-]\d)/.test(r.text));
  const lead = e.leading.exec(text);
  if (lead && lead[0].length > 0 && lead[0].length < text.length) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,)]+$/u, "");
  if (!text) return null;

  const s = r.start;
  const tags = [...r.tags()];
  const casual = tags.some((t) => /^casualReference\/(today|yesterday|tomorrow|tonight)$/.test(t) || /CasualDateParser$/.test(t));
  const y = yearOverride ?? s.get("year") ?? 2000;
  const m = s.get("month") ?? 1;
  const d = s.get("day") ?? 1;
  const dayLike = s.isCertain("day") || s.isCertain("weekday") || casual;
  const clock = s.isCertain("hour") && /\d/.test(text);
  // a part of the day next to a day ("Friday afternoon"); alone, "mañana" is tomorrow, not morning
  const part = e.dayPart.exec(text);
  const tonight = tags.includes("casualReference/tonight");
  let partCode = tonight ? "NI" : part && part[0].length < text.length ? e.dayParts[part[1]!.toLowerCase()] : undefined;
  if (!partCode && dayLike && !clock && !yearAfter && e.partAfter) {
    const pa = e.partAfter.exec(after);
    if (pa) {
      partCode = e.dayParts[pa[1]!.toLowerCase()];
      text += after.slice(0, pa[0].length);
    }
  }

  let value: string;
  let precision: Found["precision"];
  let type: Found["type"] = "DATE";
  let timeml: string | null = null; // when it differs from the value
  if (dayLike || (clock && !s.isCertain("month"))) {
    value = fmtDay({ y, m, d });
    precision = "day";
    if (clock) {
      value = fmtTime({ y, m, d }, s.get("hour") ?? 0, s.get("minute") ?? 0);
      precision = "time";
      type = "TIME";
    } else if (partCode) {
      // the mention keeps the ISO day; TimeML writes the part of the day: 2013-03-22TAF
      timeml = `${value}T${partCode}`;
      type = "TIME";
    }
  } else if (s.isCertain("month")) {
    value = fmtMonth(y, m);
    precision = "month";
  } else if (s.isCertain("year")) {
    value = fmtYear(y);
    precision = "year";
  } else {
    return null;
  }
  if (utc && type === "TIME") timeml = `${timeml ?? value}Z`;
  // absolute only when the text itself names the year ("November 29, 2025", "11/29/25")
  const yearKnown = yearOverride !== null || s.isCertain("year");
  const relative = casual || !yearKnown || !(/\d\d/.test(text) || tags.includes("refiner/year-context"));
  const known = !relative || ctx.ref !== null;
  const parser =
    tags.find((t) => t.startsWith("parser/"))?.slice(7) ??
    (casual ? "casual" : clock ? "clock" : s.isCertain("day") ? "month-day" : s.isCertain("weekday") ? "weekday" : s.isCertain("month") ? "month" : "date");
  const tense = tags.find((t) => t.startsWith("refiner/tense-"))?.slice(8);
  const refined = tense ? `+${tense}` : tags.includes("refiner/year-context") ? "+year-context" : "";
  return {
    start: offset + index,
    end: offset + index + text.length,
    kind: "date",
    value: known ? value : null,
    timeml: known ? (timeml ?? value) : null,
    type,
    precision,
    basis: relative ? "relative" : "absolute",
    rule: `chrono/${parser}${refined}`,
    // a clock time without its own day ("at 2 a.m."): event-day.ts gives it the day its context names
    onContextDay: type === "TIME" && clock && !dayLike,
  };
}
