// Durations, which chrono does not read: a count and a unit ("103 days", "two weeks", "a year",
// "48 hours", "60 días"), the compound adjective ("60-day", "three-month"), the first count of a
// range ("between 12 and 18 months" → 12 is P12M too) and race times ("3:07:35" → PT3H7M35S).
// Hedges before the count belong to the mention ("almost seven years", "the past two years").
// Ages are not durations: "a 34-year-old", "34 years old", "un hombre de 34 años".
import { perLanguage } from "../../lexicon.js";
import { DURATIONS, scan } from "./gate.js";
import type { Ctx, Found, Precision } from "./types.js";
import { alt, B, E, NONE, parseNumber, phraseAfter, phraseBefore, timeWords, type Unit } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

/** ISO 8601 duration of n units: P60D, P2W, P3M, P1Y, PT48H, PT30M. Fractions go one unit down. */
export function durationValue(n: number, u: Unit): string {
  let total = n * u.factor;
  let code = u.code;
  const down: Record<string, [string, number]> = { Y: ["M", 12], W: ["D", 7], D: ["H", 24], H: ["MIN", 60], MIN: ["S", 60] };
  if (!Number.isInteger(total) && down[code]) {
    const [c2, k] = down[code]!;
    const t2 = total * k;
    if (Number.isInteger(t2)) {
      total = t2;
      code = c2;
    }
  }
  const num = String(Math.round(total * 1000) / 1000);
  if (code === "S" || code === "MIN" || code === "H") return `PT${num}${code === "MIN" ? "M" : code}`;
  return `P${num}${code}`;
}

export function precisionOfUnit(u: Unit): Precision {
  switch (u.code) {
    case "D":
      return "day";
    case "W":
      return "week";
    case "M":
      return "month";
    case "Y":
      return u.factor >= 10 ? "decade" : "year";
    default:
      return "time";
  }
}

const compile = perLanguage((lang) => {
  const w = timeWords(lang);
  const hedges = alt(Object.keys(w.phrases.durationHedges));
  const fillers = w.phrases.countFillers?.length ? `(?:\\s+(?:${alt(w.phrases.countFillers)}))?` : "";
  return {
    /** Unit words; the count (and hedge) before one is read with `countBefore`. */
    unit: new RegExp(`${B}(${alt(w.units.keys())})${E}`, "giu"),
    countBefore: new RegExp(`(?:${B}(${hedges})\\s+)?${B}(${w.numberSrc})${fillers}(?:\\s+|-)$`, "iu"),
    clock: /(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/gu,
    rangeBefore: new RegExp(`${B}(${w.numberSrc})\\s*(?:${alt(w.phrases.rangeJoiners)})\\s*$`, "iu"),
    needDigits: new Set(w.cal.unitsNeedDigits.map(lowerSquashedApostrophes)),
    halfAfter: w.phrases.halfAfter ?? NONE,
    notAfter: w.phrases.notDurationAfter ?? NONE,
  };
});

/**
 * The count said right before `pos` (where its unit starts), with the hedge before it if any
 * ("almost seven", "the past two", "un mismo"): where it starts, the hedge, the number as said and
 * where the number starts. Null when no count ends there.
 */
export function countBefore(ctx: Ctx, pos: number): { start: number; hedge: string | null; number: string; numStart: number } | null {
  const from = Math.max(0, pos - 64);
  const m = compile(ctx.lang).countBefore.exec(ctx.text.slice(from, pos));
  if (!m) return null;
  const start = from + m.index;
  const number = m[2]!;
  return { start, hedge: m[1] ? lowerSquashedApostrophes(m[1]) : null, number, numStart: start + m[0].indexOf(number, m[1] ? m[1].length : 0) };
}

function duration(start: number, end: number, value: string, precision: Precision | null, rule: string, mod: Found["mod"] = null): Found {
  return { start, end, kind: "duration", value, timeml: value, type: "DURATION", precision, basis: "absolute", mod, rule };
}

/** Does an age or a comparison follow a count+unit ending at `end` ("-year-old", " older")? */
export function ageFollows(ctx: Ctx, end: number): boolean {
  const text = ctx.text;
  for (const a of ctx.w.phrases.ageAfter) {
    if (text.slice(end, end + a.length).toLowerCase() === a && !/[\p{L}]/u.test(text[end + a.length] ?? "")) return true;
  }
  return false;
}

/** Is the count+unit at [numStart, end) an age or a comparison ("34-year-old", "de 34 años")? */
function isAge(ctx: Ctx, numStart: number, end: number, u: Unit): boolean {
  const p = ctx.w.phrases;
  const text = ctx.text;
  if (ageFollows(ctx, end)) return true;
  if (u.code === "Y" && u.factor === 1 && p.ageBefore?.length) {
    if (phraseBefore(text, numStart, p.ageBefore) && !phraseBefore(text, numStart, p.ageBeforeExceptions ?? NONE)) return true;
  }
  return false;
}

export function durations(ctx: Ctx): Found[] {
  const w = ctx.w;
  const c = compile(ctx.lang);
  const text = ctx.text;
  const out: Found[] = [];
  scan(ctx, DURATIONS, c.unit, (um, us) => {
    const count = countBefore(ctx, us);
    if (!count) return;
    const { start: at, hedge, number: numText, numStart } = count;
    const unitWord = lowerSquashedApostrophes(um[1]!);
    const u = w.units.get(unitWord);
    const n = parseNumber(numText, w);
    if (!u || n === null || n <= 0) return;
    if (c.needDigits.has(unitWord) && !/^\d/.test(numText)) return; // "a second term"
    const end = us + um[0].length;
    if (isAge(ctx, numStart, end, u)) return;
    // "Es un día difícil", "It was a day of mourning": one day said of a day, not a stretch of one
    if (n === 1 && u.code === "D" && u.factor === 1 && !hedge && phraseBefore(text, at, c.notAfter, "space")) return;
    const mod = hedge ? (w.phrases.durationHedges[hedge] ?? null) : null;
    const half = phraseAfter(text, end, c.halfAfter);
    if (half) {
      // "dos años y medio" → P2.5Y, as the annotators of such phrases write it (not P30M)
      const whole = durationValue(n, u);
      const value = whole.replace(/\d+(?=[A-Z]+$)/, (k) => String(Number(k) + (u.factor === 1 ? 0.5 : 0)));
      if (u.factor === 1) out.push(duration(at, half.end, value, precisionOfUnit(u), "duration/count-unit-half", mod as Found["mod"]));
      else out.push(duration(at, end, whole, precisionOfUnit(u), "duration/count-unit", mod as Found["mod"]));
      return;
    }
    out.push(duration(at, end, durationValue(n, u), precisionOfUnit(u), "duration/count-unit", mod as Found["mod"]));
    // the first count of a range takes the same unit: "between 12 and 18 months"
    const r = c.rangeBefore.exec(text.slice(Math.max(0, numStart - 40), numStart));
    if (r) {
      const n1 = parseNumber(r[1]!, w);
      const s1 = numStart - (text.slice(Math.max(0, numStart - 40), numStart).length - r.index);
      if (n1 !== null && n1 > 0 && n1 < n && n1 < 1000) {
        out.push(duration(s1, s1 + r[1]!.length, durationValue(n1, u), precisionOfUnit(u), "duration/range-first"));
      }
    }
  });
  scan(ctx, DURATIONS, c.clock, (m, at) => {
    if (phraseAfter(text, at + m[0].length, w.phrases.timeSuffixes)) return; // "10:15:30 p.m." is a clock time
    const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const parts = `${h ? `${h}H` : ""}${mi ? `${mi}M` : ""}${s ? `${s}S` : ""}`;
    if (parts) out.push(duration(at, at + m[0].length, `PT${parts}`, "time", "duration/clock"));
  });
  return out;
}

