// Publication dates from metadata come in many shapes (ISO 8601, RFC 822 in feeds, "2025-11-29
// 10:00"). We keep the calendar day as the source states it, without shifting it to UTC.
import { monthOfPrefix } from "../text/calendar.js";

/** A month name in English or Spanish ("Nov", "marzo", "setiembre") → 1–12; 0 when none. */
const monthOf = (m: string) => monthOfPrefix(m.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").slice(0, 3), ["en", "es"]);

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * The instant a metadata date string names, in UTC ISO 8601 ("2026-03-04T01:30:00.000Z"), when it
 * gives a time of day: ISO 8601 with or without its zone (none read as UTC), RFC 822 with a zone
 * ("Tue, 02 Jul 2013 12:28:00 CDT"). Null for a day alone: it orders reports of one day.
 */
export function isoInstant(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const s = input.slice(0, 200).trim();
  if (!/\d{1,2}:\d{2}/.test(s)) return null;
  let t = NaN;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) t = Date.parse(`${iso[1]}T${iso[2]}${iso[3] ? iso[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : "Z"}`);
  else if (/^(?:\p{L}{3},?\s+)?\d{1,2}\s+\p{L}{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT|Z|[ECMP][SD]T|[+-]\d{4})$/iu.test(s)) t = Date.parse(s);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return d.getUTCFullYear() >= 1800 && d.getUTCFullYear() <= 2200 ? d.toISOString() : null;
}

/** The ISO calendar day (YYYY-MM-DD) a metadata date string names, or null. */
export function isoDay(input: unknown): string | null {
  if (typeof input !== "string" && typeof input !== "number") return null;
  const s = String(input).slice(0, 200).trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})\s+(?:de\s+)?(\p{L}{3})\p{L}*\.?,?\s+(?:del?\s+)?(\d{4})\b/u.exec(s); // RFC 822: "Sat, 29 Nov 2025"; "15 de marzo de 2026"
  if (m) {
    const mon = monthOf(m[2]!);
    if (mon) return valid(+m[3]!, mon, +m[1]!);
  }
  m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s); // "November 29, 2025"
  if (m) {
    const mon = monthOfPrefix(m[1]!.toLowerCase(), ["en"]);
    if (mon) return valid(+m[3]!, mon, +m[2]!);
  }
  if (/^\d{10,13}$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const d = new Date(ms);
    return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}
