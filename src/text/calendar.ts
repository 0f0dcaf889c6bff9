// Calendar arithmetic on plain year/month/day triples (UTC, no clock, no time zone) and the ISO
// formats TimeML values use: 2025-11-28, 2025-11, 2025, 2025-W48, 199 (decade), 19 (century);
// the same on ISO day strings ("2026-03-11") for durations counted from stated dates; month names,
// English for what a person reads, per language (data/<lang>/times.json) for what is parsed.
import { lexicon } from "../lexicon.js";
import { LANGUAGES, type Lang } from "./languages.js";

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const DAY_MS = 86_400_000;

export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const r = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(r.y, r.m, r.d) ? r : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toMs(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

/** Day difference b - a. */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: Ymd): number {
  return new Date(toMs(a)).getUTCDay();
}

/** Month arithmetic on (year, month): returns the month n months later. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO-8601 week: the week (Monday to Sunday) and the year it belongs to. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const wd = (weekday(a) + 6) % 7; // Monday = 0
  const thursday = addDays(a, 3 - wd);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

const p2 = (n: number) => String(n).padStart(2, "0");
const p4 = (n: number) => String(n).padStart(4, "0");

export const fmtDay = (a: Ymd) => `${p4(a.y)}-${p2(a.m)}-${p2(a.d)}`;
export const fmtMonth = (y: number, m: number) => `${p4(y)}-${p2(m)}`;
export const fmtYear = (y: number) => p4(y);

export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${p4(w.year)}-W${p2(w.week)}`;
}

export const fmtDecade = (y: number) => p4(y).slice(0, 3);
export const fmtTime = (a: Ymd, h: number, min: number) => `${fmtDay(a)}T${p2(h)}:${p2(min)}`;

/** The seasons as TimeML names them, with the months they start in (northern hemisphere). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season (and its year) that holds a month: Jan/Feb belong to the winter of the year before. */
export function seasonOf(y: number, m: number): { y: number; s: string } {
  if (m <= 2) return { y: y - 1, s: "WI" };
  if (m <= 5) return { y, s: "SP" };
  if (m <= 8) return { y, s: "SU" };
  if (m <= 11) return { y, s: "FA" };
  return { y, s: "WI" };
}

/** The occurrence of `season` relative to the reference month: shift -1 last, 0 this, +1 next. */
export function shiftSeason(ref: Ymd, season: string, shift: number): string {
  const start = SEASON_START[season] ?? 6;
  const cur = seasonOf(ref.y, ref.m);
  const curStart = SEASON_START[cur.s] ?? 6;
  // the season's occurrence that starts in the same year as the current season
  let y = cur.y;
  const ord = (yy: number, st: number) => yy * 12 + st;
  const now = ord(cur.y, curStart);
  if (shift === 0) {
    // "this summer": the one in the reference's own year (winter: the one under way or coming)
    y = season === "WI" && ref.m <= 2 ? ref.y - 1 : ref.y;
  } else if (shift < 0) {
    // the latest occurrence that started before the current season
    y = ref.y;
    while (ord(y, start) >= now) y--;
  } else {
    y = ref.y - 1;
    while (ord(y, start) <= now) y++;
  }
  return `${p4(y)}-${season}`;
}

// ---------- ISO day strings ----------

/** `day` moved by `n` days; null when that leaves the years 1–9999 ("for 99999999999 days"). */
export function addDaysIso(day: string, n: number): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const y = d.getUTCFullYear();
  return Number.isFinite(y) && y >= 1 && y <= 9999 ? d.toISOString().slice(0, 10) : null;
}

/** Days from ISO day `a` to ISO day `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "2026-03-11" (a whole day, not a month or a week). */
export const isIsoDay = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Length in days of a duration unit ("day", "week"); months and years have no fixed length. */
export function unitDays(unit: string | null): number | null {
  const u = (unit ?? "").toLowerCase().replace(/s$/, "");
  return u === "day" ? 1 : u === "week" ? 7 : null;
}

// ---------- month names ----------

/** English month names, for text a person reads ("11 March 2026"). */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** Their three-letter abbreviations ("Mar"). */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "2026-03-11" → "11 March 2026", "2026-03" → "March 2026", for explanations a person reads. */
export function spokenDate(day: string): string {
  const [y, m, d] = day.split("-");
  if (!d) return m ? `${MONTH_NAMES[+m - 1]} ${y}` : day;
  return `${+d} ${MONTH_NAMES[+m! - 1]} ${y}`;
}

const byPrefix = new Map<Lang, Map<string, number>>();

/**
 * The month (1–12) whose name in one of `langs` starts with `prefix`, three lower-case letters
 * without accents ("nov" → 11; "set" → 9, Spanish "setiembre"), from the month names of
 * data/<lang>/times.json, the languages tried in order; 0 when none.
 */
export function monthOfPrefix(prefix: string, langs: readonly Lang[] = LANGUAGES): number {
  for (const lang of langs) {
    let m = byPrefix.get(lang);
    if (!m) {
      m = new Map();
      for (const [name, n] of Object.entries(lexicon<{ months: Record<string, number> }>(lang, "times").months)) if (!m.has(name.slice(0, 3))) m.set(name.slice(0, 3), n);
      byPrefix.set(lang, m);
    }
    const n = m.get(prefix);
    if (n) return n;
  }
  return 0;
}
