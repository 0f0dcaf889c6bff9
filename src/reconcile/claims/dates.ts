// Calendar arithmetic on ISO days, for counting durations from and to stated dates.
/** `day` moved by `n` days; null when that leaves the years 1–9999 ("for 99999999999 days"). */
export function addDays(day: string, n: number): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  const y = d.getUTCFullYear();
  return Number.isFinite(y) && y >= 1 && y <= 9999 ? d.toISOString().slice(0, 10) : null;
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const isDay = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Length in days of a duration unit ("day", "week"); months and years have no fixed length. */
export function unitDays(unit: string | null): number | null {
  const u = (unit ?? "").toLowerCase().replace(/s$/, "");
  return u === "day" ? 1 : u === "week" ? 7 : null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "2026-03-11" → "11 March 2026" for explanations a person reads. */
export function spoken(day: string): string {
  const [y, m, d] = day.split("-");
  if (!d) return m ? `${MONTHS[+m - 1]} ${y}` : day;
  return `${+d} ${MONTHS[+m! - 1]} ${y}`;
}
