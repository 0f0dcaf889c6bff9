// Resolves the calendar words that need a reference date: a weekday ("on Friday"), a month and day
// without a year ("December 14") and a month alone ("in October"). The tense of the sentence picks
// the direction: past → the latest on or before the reference, future → the first on or after it,
// otherwise the nearest one. "last" / "next" / "this" before the word override the tense.
import { addDays, diffDays, isValidDay, seasonOf, shiftSeason, weekday, type Ymd } from "../../text/calendar.js";
import type { Tense } from "./tense.js";

export type Shift = "last" | "next" | "this" | null;

/** The day a weekday (0 = Sunday) stands for. */
export function anchorWeekday(ref: Ymd, wd: number, tense: Tense | null, shift: Shift = null): Ymd {
  const back = (weekday(ref) - wd + 7) % 7; // days back to the latest such day, 0 = today
  const fwd = (wd - weekday(ref) + 7) % 7; // days ahead to the next, 0 = today
  if (shift === "last") return addDays(ref, -(back === 0 ? 7 : back));
  if (shift === "next") return addDays(ref, fwd === 0 ? 7 : fwd);
  if (shift === "this") {
    const monday = addDays(ref, -((weekday(ref) + 6) % 7));
    return addDays(monday, (wd + 6) % 7);
  }
  if (tense === "past") return addDays(ref, -back);
  if (tense === "future") return addDays(ref, fwd);
  return back <= fwd ? addDays(ref, -back) : addDays(ref, fwd);
}

/** The year of a month and day given without one. Null when the day does not exist. */
export function anchorMonthDay(ref: Ymd, m: number, d: number, tense: Tense | null, shift: Shift = null): Ymd | null {
  const cands: Ymd[] = [];
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) if (isValidDay(y, m, d)) cands.push({ y, m, d });
  if (!cands.length) return null;
  const dist = (c: Ymd) => diffDays(ref, c);
  if (shift === "this") return cands.find((c) => c.y === ref.y) ?? null;
  const dir = shift === "last" ? "past" : shift === "next" ? "future" : tense;
  if (dir === "past") {
    const past = cands.filter((c) => dist(c) <= (shift === "last" ? -1 : 0));
    return past[past.length - 1] ?? cands[0]!;
  }
  if (dir === "future") {
    const fut = cands.filter((c) => dist(c) >= (shift === "next" ? 1 : 0));
    return fut[0] ?? cands[cands.length - 1]!;
  }
  let best = cands[0]!;
  for (const c of cands) if (Math.abs(dist(c)) < Math.abs(dist(best))) best = c;
  return best;
}

/** The year of a month named alone. */
export function anchorMonth(ref: Ymd, m: number, tense: Tense | null, shift: Shift = null): { y: number; m: number } {
  const delta = m - ref.m; // months from the reference month to this year's one
  if (shift === "this") return { y: ref.y, m };
  if (shift === "last") return { y: delta < 0 ? ref.y : ref.y - 1, m };
  if (shift === "next") return { y: delta > 0 ? ref.y : ref.y + 1, m };
  if (tense === "past") return { y: delta <= 0 ? ref.y : ref.y - 1, m };
  if (tense === "future") return { y: delta >= 0 ? ref.y : ref.y + 1, m };
  if (delta > 6) return { y: ref.y - 1, m };
  if (delta < -6) return { y: ref.y + 1, m };
  return { y: ref.y, m };
}

/** The year of a quarter named without one ("the fourth quarter"): like a month, by the tense. */
export function anchorQuarter(ref: Ymd, q: number, tense: Tense | null): number {
  const delta = q - (Math.floor((ref.m - 1) / 3) + 1); // quarters from this one to this year's q
  if (tense === "past") return delta <= 0 ? ref.y : ref.y - 1;
  if (tense === "future") return delta >= 0 ? ref.y : ref.y + 1;
  if (delta > 2) return ref.y - 1;
  if (delta < -2) return ref.y + 1;
  return ref.y;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A season named alone ("la primavera"): this one, or the last / next one when the tense points there. */
export function anchorSeason(ref: Ymd, season: string, tense: Tense | null): string {
  const cur = ref.m <= 2 ? 0 : (SEASON_START[seasonOf(ref.y, ref.m).s] ?? 0); // January is in last year's winter
  const delta = (SEASON_START[season] ?? 0) - cur;
  if (tense === "past" && delta > 0) return shiftSeason(ref, season, -1);
  if (tense === "future" && delta < 0) return shiftSeason(ref, season, 1);
  return shiftSeason(ref, season, 0);
}
