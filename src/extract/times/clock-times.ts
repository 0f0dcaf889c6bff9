// Clock times chrono leaves unread in Spanish: "a las 23.30", "a las 23.30 horas", "sobre las 8",
// "a las 2 de la madrugada", "a las 10 de la noche" (the article "las" says hours, so a bare number
// after "a las" is a time). The day is the reference day until event-day.ts puts the time on the
// day its sentence (or the one before) names.
import { perLanguage } from "../../lexicon.js";
import { fmtTime, type Ymd } from "../../text/calendar.js";
import { CLOCKS, scan } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E, NONE, phraseAfter, timeWords } from "./words.js";

const compile = perLanguage((lang) => {
  const p = timeWords(lang).phrases;
  const parts = p.clockDayParts ?? {};
  if (!p.clockLicensors?.length) return null;
  return {
    re: new RegExp(
      `${B}(?:${alt(p.clockLicensors)})\\s+([01]?\\d|2[0-4])(?:[.:h]([0-5]\\d))?(?!\\d|[.,:]\\d|\\s*%)` +
        `(?:\\s+(?:${alt(p.clockSuffixes ?? [])})${E})?(?:\\s+(${alt(Object.keys(parts))})${E})?(?!\\s*%)`,
      "giu",
    ),
    parts,
    notAfter: p.clockNotAfter ?? NONE,
  };
});

/** The hour on a 24-hour clock, given the part of the day said after it ("las 10 de la noche" → 22). */
function hourOfPart(h: number, part: string | undefined): number {
  if (part === "AF" || part === "EV") return h < 12 ? h + 12 : h;
  if (part === "NI") return h >= 6 && h < 12 ? h + 12 : h;
  return h === 24 ? 0 : h;
}

export function clockTimes(ctx: Ctx): Found[] {
  const c = compile(ctx.lang);
  if (!c || !ctx.ref) return [];
  const ref: Ymd = ctx.ref;
  const out: Found[] = [];
  scan(ctx, CLOCKS, c.re, (m, at) => {
    const end = at + m[0].length;
    if (phraseAfter(ctx.text, end, c.notAfter)) return; // "a las 10 por ciento"
    const part = m[3] ? c.parts[m[3].toLowerCase()] : undefined;
    const h = hourOfPart(Number(m[1]), part);
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 23) return;
    const value = fmtTime(ref, h, min);
    // TimeML spans leave the preposition out: "a las 23.30" → "las 23.30"
    const lead = /^\S+\s+/.exec(m[0])![0].length;
    out.push({ start: at + lead, end, kind: "date", value, timeml: value, type: "TIME", precision: "time", basis: "relative", rule: "clock/licensed", onContextDay: true });
  });
  return out;
}
