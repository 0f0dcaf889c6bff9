// Calendar units counted from the reference date, at the unit's own precision (TimeML):
//   "this week" → 2025-W48, "last month" → 2025-10, "next year" → 2026, "last July" → 2025-07,
//   "last summer" → 2025-SU, "this weekend" → 2025-W48-WE, "this morning" → 2025-11-29TMO,
//   "the third quarter of 2013" → 2013-Q3, "four years ago" / "hace dos semanas" → 2021 / 2025-W46.
// "the past week" / "the next decade" are stretches of time, not calendar units: durations (P1W, P10Y).
import { perLanguage } from "../../lexicon.js";
import { anchorMonth, anchorQuarter, anchorSeason } from "./anchor.js";
import { addDays, addMonths, fmtDay, fmtDecade, fmtMonth, fmtWeek, fmtYear, shiftSeason, type Ymd } from "../../text/calendar.js";
import { tenseAt } from "./tense.js";
import { countBefore, durationValue, precisionOfUnit } from "./durations.js";
import { RELATIVE, scan } from "./gate.js";
import type { Ctx, Found, Precision } from "./types.js";
import { alt, B, E, fullNames, NONE, parseNumber, phraseAfter, phraseBefore, timeWords, type TimeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

const compile = perLanguage((lang) => {
  const w = timeWords(lang);
  const p = w.phrases;
  const calUnits = [
    ...Object.keys(p.relativeUnits),
    ...fullNames(w.cal.months),
    ...Object.keys(w.cal.seasons),
    ...Object.keys(w.cal.dayParts),
  ];
  const shiftWords = Object.keys(p.shift);
  const shifts = alt(shiftWords);
  const the = alt(p.theWords);
  const hedge = alt(Object.keys(p.durationHedges));
  const unit = alt(w.units.keys());
  const ord = alt(Object.keys(p.quarters));
  const year = alt(Object.keys(p.relativeUnits).filter((k) => p.relativeUnits[k] === "year"));
  return {
    /** The calendar unit words; what may stand around them is read with phraseBefore / phraseAfter. */
    unit: new RegExp(`${B}(${alt(calUnits)})${E}`, "giu"),
    shiftWords,
    modWords: Object.keys(p.mods),
    spanUnits: new Set(Object.keys(p.relativeUnits).filter((k) => w.units.has(k))),
    spanLast: new Set(p.spanUnitsLast.map(lowerSquashedApostrophes)),
    /** "ago" (after the count) or "hace" (before it). */
    agoWord: new RegExp(`${B}(?:${alt([...p.ago, ...p.agoBefore])})${E}`, "giu"),
    unitWords: [...w.units.keys()],
    countAfter: new RegExp(`^\\s+(?:(${hedge})\\s+)?(${w.numberSrc})\\s+(${unit})${E}`, "iu"),
    /** "por segundo día consecutivo", "a fourth straight week": the unit that holds the reference. */
    consecutive: p.consecutiveWords?.length
      ? new RegExp(
          `${B}(${alt(Object.keys(w.cal.ordinals))})\\s+(?:(?:${alt(p.consecutiveWords)})\\s+)?(${alt(Object.keys(p.consecutiveUnits ?? {}))})(?:\\s+(${alt(p.consecutiveWords)}))?${E}`,
          "giu",
        )
      : null,
    quarterWord: new RegExp(`${B}(?:${alt([p.quarterWord, p.halfWord])})${E}`, "iu"),
    // "the third quarter of 2013 / of last year / of this year", "el primer trimestre del año pasado",
    // "el cuarto trimestre" (no year: the tense of the sentence picks it), not "the third quarter of the game"
    quarter: new RegExp(
      `${B}(?:(?:${the})\\s+)?(${ord})[\\s-]+(${alt([p.quarterWord, p.halfWord])})` +
        `(?:\\s+(?:${alt(p.ofWords)})\\s+(?:(\\d{4})|(?:(?:${the})\\s+)?(?:(${shifts})\\s+)?(${year})(?:\\s+(${shifts}))?)(?![\\p{L}\\p{N}])|(?!\\s+(?:${alt(p.ofWords)})\\s)${E})`,
      "giu",
    ),
    quarterNeedsYear: new Set((p.quarterNeedsYear ?? []).map(lowerSquashedApostrophes)),
    seasonNotAlone: new Set((p.seasonNotAlone ?? []).map(lowerSquashedApostrophes)),
    /** "the summer of 2012", "el verano de 2012". */
    seasonYear: new RegExp(`^\\s+(?:${alt(p.ofWords)})\\s+(\\d{4})(?![\\p{L}\\p{N}])`, "iu"),
  };
});

function found(start: number, end: number, ctx: Ctx, value: string | null, precision: Precision | null, rule: string, kind: Found["kind"] = "date", timeml: string | null = value): Found {
  const relative = kind === "date";
  const known = !relative || ctx.ref !== null;
  return {
    start,
    end,
    kind,
    value: known ? value : null,
    timeml: known ? timeml : null,
    type: kind === "duration" ? "DURATION" : timeml && /T/.test(timeml) ? "TIME" : "DATE",
    precision,
    basis: relative ? "relative" : "absolute",
    rule,
  };
}

const REF_PLACEHOLDER: Ymd = { y: 2000, m: 6, d: 15 };

/** The value of "<shift> <unit>": this/last/next week, month, year, July, summer, weekend, morning. */
function shiftedValue(w: TimeWords, ref: Ymd, unitWord: string, shift: number): { value: string; precision: Precision | null; timeml?: string } | null {
  const unit = w.phrases.relativeUnits[unitWord];
  const month = w.cal.months[unitWord];
  const season = w.cal.seasons[unitWord];
  const part = w.cal.dayParts[unitWord];
  if (month !== undefined) {
    const r = anchorMonth(ref, month, null, shift < 0 ? "last" : shift > 0 ? "next" : "this");
    return { value: fmtMonth(r.y, r.m), precision: "month" };
  }
  if (season !== undefined) return { value: shiftSeason(ref, season, shift), precision: null };
  if (part !== undefined) {
    if (shift > 0) return null; // "next morning" is anaphoric
    const day = fmtDay(addDays(ref, shift));
    return { value: day, precision: "day", timeml: `${day}T${part}` };
  }
  switch (unit) {
    case "week":
      return { value: fmtWeek(addDays(ref, 7 * shift)), precision: "week" };
    case "weekend":
      return { value: `${fmtWeek(addDays(ref, 7 * shift))}-WE`, precision: "week" };
    case "month": {
      const r = addMonths(ref.y, ref.m, shift);
      return { value: fmtMonth(r.y, r.m), precision: "month" };
    }
    case "quarter": {
      const q0 = Math.floor((ref.m - 1) / 3) + shift;
      const y = ref.y + Math.floor(q0 / 4);
      return { value: `${fmtYear(y)}-Q${(((q0 % 4) + 4) % 4) + 1}`, precision: null };
    }
    case "year":
      return { value: fmtYear(ref.y + shift), precision: "year" };
    case "decade":
      return { value: fmtDecade(ref.y + 10 * shift), precision: "decade" };
    case "century":
      return { value: String(Math.floor(ref.y / 100) + shift).padStart(2, "0"), precision: null };
    default:
      return null;
  }
}

/** The value of "<n> <unit> ago": the reference moved back, at the unit's precision. */
function agoValue(ref: Ymd, code: string, n: number): { value: string; precision: Precision } | null {
  if (!Number.isInteger(n)) return null;
  switch (code) {
    case "D":
      return { value: fmtDay(addDays(ref, -n)), precision: "day" };
    case "W":
      return { value: fmtWeek(addDays(ref, -7 * n)), precision: "week" };
    case "M": {
      const r = addMonths(ref.y, ref.m, -n);
      return { value: fmtMonth(r.y, r.m), precision: "month" };
    }
    case "Y":
      return { value: fmtYear(ref.y - n), precision: "year" };
    default:
      return { value: fmtDay(ref), precision: "day" }; // hours, minutes: that same day
  }
}

export function relativeDates(ctx: Ctx): Found[] {
  const w = ctx.w;
  const c = compile(ctx.lang);
  const p = w.phrases;
  const ref = ctx.ref ?? REF_PLACEHOLDER;
  const text = ctx.text;
  const out: Found[] = [];

  /** A season named alone ("la primavera", "in the spring"): the one the tense of its sentence points to. */
  function bareSeason(us: number, ue: number, season: string, s: { start: number; end: number }): void {
    if (!phraseBefore(text, us, p.seasonLicensors ?? NONE, "spaces")) return;
    if (phraseAfter(text, ue, p.seasonNotAfter ?? NONE) || phraseBefore(text, us, p.seasonNotBefore ?? NONE, "spaces")) return;
    if (c.seasonNotAlone.has(lowerSquashedApostrophes(text.slice(us, ue)))) return;
    const year = c.seasonYear.exec(text.slice(ue, ue + 16));
    if (year) {
      const f = found(us, ue + year[0].length, ctx, `${year[1]}-${season}`, null, "relative/season-year");
      f.basis = "absolute";
      out.push(f);
      return;
    }
    const tense = tenseAt(text, s.start, s.end, us, ue, ctx.lang);
    out.push(found(us, ue, ctx, anchorSeason(ref, season, tense), null, "relative/season"));
  }

  /** A modifier right before a unit, with an article between or not ("finales de año", "the end of the year"). */
  function modBefore(us: number): { phrase: string; articleStart: number } | null {
    const article = phraseBefore(text, us, p.theWords, "spaces");
    const mod = article && phraseBefore(text, article.start, c.modWords, "spaces");
    if (mod) return { phrase: mod.phrase, articleStart: article.start };
    const bare = phraseBefore(text, us, c.modWords, "spaces");
    return bare ? { phrase: bare.phrase, articleStart: us } : null;
  }

  scan(ctx, RELATIVE, c.unit, (m, us, s) => {
    const unitWord = lowerSquashedApostrophes(m[1]!);
    const ue = us + m[0].length;
    // "the past week" (a stretch) or "[the] last week" (a calendar unit): the one said first wins
    const span = phraseBefore(text, us, p.spanShift, "spaces");
    const said = phraseBefore(text, us, c.shiftWords, "spaces");
    const article = said && phraseBefore(text, said.start, p.theWords, "spaces");
    const shiftStart = article ? article.start : (said?.start ?? us);
    let shiftWord: string | null = null;
    let start = us;
    let end = ue;
    const isQuarter = w.phrases.relativeUnits[unitWord] === "quarter";
    if (span && (!said || span.start <= shiftStart)) {
      if (isQuarter) {
        // "el último trimestre", "the past quarter": the calendar quarter before this one (or after it)
        const dir = Object.entries(w.phrases.shift).find(([k]) => span.phrase.endsWith(lowerSquashedApostrophes(k)))?.[1] ?? -1;
        const v = shiftedValue(w, ref, unitWord, dir < 0 ? -1 : 1);
        if (v) out.push(found(span.start, ue, ctx, v.value, v.precision, "relative/shift-unit"));
        return;
      }
      // "the past week", "the next decade": a stretch of time
      const u = w.units.get(unitWord);
      if (u && c.spanUnits.has(unitWord)) out.push(found(span.start, ue, ctx, durationValue(1, u), precisionOfUnit(u), "relative/span-unit", "duration"));
      return;
    }
    if (said) {
      shiftWord = said.phrase;
      start = shiftStart;
    } else if (w.phrases.shiftAfterUnit) {
      const after = phraseAfter(text, ue, c.shiftWords);
      if (after) {
        shiftWord = after.phrase;
        end = after.end;
        const art = phraseBefore(text, us, p.theWords, "spaces");
        if (art) start = art.start;
      }
    }
    if (shiftWord === null) {
      const season = w.cal.seasons[unitWord];
      if (season !== undefined) bareSeason(us, ue, season, s);
      // "a finales de año", "the end of the year": this year (modifiers.ts adds the mod)
      // the end of this year is still ahead, its start behind: "peaked by the end of year" in March is last year's
      const modded = w.phrases.relativeUnits[unitWord] === "year" ? modBefore(us) : null;
      if (modded) {
        const mod = w.phrases.mods[modded.phrase];
        const tense = tenseAt(text, s.start, s.end, us, ue, ctx.lang);
        const y = mod === "end" && tense === "past" && ref.m < 12 ? ref.y - 1 : mod === "start" && tense === "future" && ref.m > 1 ? ref.y + 1 : ref.y;
        out.push(found(modded.articleStart, ue, ctx, fmtYear(y), "year", "relative/year-of-mod"));
      }
      return;
    }
    const shift = w.phrases.shift[shiftWord];
    if (shift === undefined) return;
    const u = w.units.get(unitWord);
    if (u && shift !== 0 && c.spanLast.has(unitWord)) {
      out.push(found(start, end, ctx, durationValue(1, u), precisionOfUnit(u), "relative/span-unit", "duration"));
      return;
    }
    const v = shiftedValue(w, ref, unitWord, shift);
    if (v) out.push(found(start, end, ctx, v.value, v.precision, "relative/shift-unit", "date", v.timeml ?? v.value));
  });

  scan(ctx, RELATIVE, c.agoWord, (m, at) => {
    const end = at + m[0].length;
    // "(about) four years ago" (the count before the word, read as durations read it: "almost two years
    // ago" is a date, not the duration "almost two years"; only "about" gives it a mod) or "hace (unos) dos años"
    const unitBefore = phraseBefore(text, at, c.unitWords, "spaces");
    const count = unitBefore && countBefore(ctx, unitBefore.start);
    const after = count ? null : c.countAfter.exec(text.slice(end, end + 64));
    if (!count && !after) return;
    const hedge = count ? count.hedge : after![1] ? lowerSquashedApostrophes(after![1]) : null;
    const approx = hedge !== null && p.durationHedges[hedge] === "approx";
    const n = parseNumber(count ? count.number : after![2]!, w);
    const u = w.units.get(count ? unitBefore!.phrase : lowerSquashedApostrophes(after![3]!));
    if (n === null || !u) return;
    // "desde hace un año" (for a year): a stretch of time up to now, not the day it began
    const since = count ? null : phraseBefore(text, at, p.sinceAgo ?? NONE, "spaces");
    if (since) {
      const f = found(since.start, end + after![0].length, ctx, durationValue(n, u), precisionOfUnit(u), "relative/since-ago", "duration");
      if (approx) f.mod = "approx";
      out.push(f);
      return;
    }
    const v = agoValue(ref, u.code, n * u.factor);
    if (!v) return;
    const f = count
      ? found(count.start, end, ctx, v.value, v.precision, "relative/unit-ago")
      : found(at, end + after![0].length, ctx, v.value, v.precision, "relative/unit-ago");
    if (approx) f.mod = "approx";
    out.push(f);
  });

  if (c.consecutive) {
    scan(ctx, RELATIVE, c.consecutive, (m, at) => {
      // the word saying "in a row" must be there, before the unit (en) or after it (es)
      if (!/\s/.test(m[0].slice(m[1]!.length, m[0].length - m[2]!.length - (m[3]?.length ?? 0))) || (!m[3] && m[0].split(/\s+/).length < 3)) return;
      const unit = w.phrases.consecutiveUnits![lowerSquashedApostrophes(m[2]!)];
      const v =
        unit === "day" ? { value: fmtDay(ref), precision: "day" as const }
        : unit === "week" ? { value: fmtWeek(ref), precision: "week" as const }
        : unit === "month" ? { value: fmtMonth(ref.y, ref.m), precision: "month" as const }
        : unit === "year" ? { value: fmtYear(ref.y), precision: "year" as const }
        : null;
      if (!v) return;
      const f = found(at, at + m[0].length, ctx, v.value, v.precision, "relative/consecutive");
      if (unit === "day") f.onContextDay = true;
      out.push(f);
    });
  }

  for (const s of ctx.hot(RELATIVE)) {
    if (!c.quarterWord.test(s.text)) continue;
    c.quarter.lastIndex = 0;
    for (let m = c.quarter.exec(s.text); m; m = c.quarter.exec(s.text)) {
      const n = w.phrases.quarters[lowerSquashedApostrophes(m[1]!)] ?? w.phrases.halves[lowerSquashedApostrophes(m[1]!)];
      if (n === undefined) continue;
      const isQuarter = lowerSquashedApostrophes(m[2]!) === lowerSquashedApostrophes(w.phrases.quarterWord);
      if (!isQuarter && n > 2) continue;
      const explicit = m[3] ? Number(m[3]) : null;
      const yearSaid = explicit !== null || m[5] !== undefined;
      // a quarter without its year ("el cuarto trimestre"); halves ("the second half") are too often of a game
      if (!yearSaid && (!isQuarter || c.quarterNeedsYear.has(lowerSquashedApostrophes(m[1]!)))) continue;
      const shiftWord = m[4] ?? m[6];
      const shift = shiftWord ? (w.phrases.shift[lowerSquashedApostrophes(shiftWord)] ?? 0) : 0;
      const at = s.start + m.index;
      const y = explicit ?? (yearSaid ? ref.y + shift : anchorQuarter(ref, n, tenseAt(text, s.start, s.end, at, at + m[0].length, ctx.lang)));
      const value = `${fmtYear(y)}-${isQuarter ? "Q" : "H"}${n}`;
      const f = found(at, at + m[0].length, ctx, value, null, "relative/quarter");
      if (explicit !== null) {
        f.basis = "absolute";
        f.value = value;
        f.timeml = value;
      }
      out.push(f);
    }
  }
  return out;
}
