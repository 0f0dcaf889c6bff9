// Clock times chrono leaves unread in Spanish: "a las 23.30", "a las 23.30 horas", "sobre las 8",
// "a las 2 de la madrugada", "a las 10 de la noche" (the article "las" says hours, so a bare number
// after "a las" is a time). The day is the reference day until event-day.ts puts the time on the
// day its sentence (or the one before) names.
import type { Lang } from "../../model.js";
import { fmtTime, type Ymd } from "../../text/calendar.js";
import { CLOCKS, scan } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E } from "./words.js";

const compiled = new Map<Lang, RegExp | null>();

function compile(ctx: Ctx): RegExp | null {
  if (compiled.has(ctx.lang)) return compiled.get(ctx.lang) ?? null;
  const p = ctx.w.phrases;
  const parts = p.clockDayParts ?? {};
  const re = p.clockLicensors?.length
    ? new RegExp(
        `${B}(?:${alt(p.clockLicensors)})\\s+([01]?\\d|2[0-4])(?:[.:h]([0-5]\\d))?(?!\\d|[.,:]\\d|\\s*%)` +
          `(?:\\s+(?:${alt(p.clockSuffixes ?? [])})${E})?(?:\\s+(${alt(Object.keys(parts))})${E})?(?!\\s*(?:%|por ciento))`,
        "giu",
      )
    : null;
  compiled.set(ctx.lang, re);
  return re;
}

/** The hour on a 24-hour clock, given the part of the day said after it ("las 10 de la noche" → 22). */
function hourOfPart(h: number, part: string | undefined): number {
  if (part === "AF" || part === "EV") return h < 12 ? h + 12 : h;
  if (part === "NI") return h >= 6 && h < 12 ? h + 12 : h;
  return h === 24 ? 0 : h;
}

export function clockTimes(ctx: Ctx): Found[] {
  const re = compile(ctx);
  if (!re || !ctx.ref) return [];
  const ref: Ymd = ctx.ref;
  const parts = ctx.w.phrases.clockDayParts ?? {};
  const out: Found[] = [];
  scan(ctx, CLOCKS, re, (m, at) => {
    const part = m[3] ? parts[m[3].toLowerCase()] : undefined;
    const h = hourOfPart(Number(m[1]), part);
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 23) return;
    const value = fmtTime(ref, h, min);
    // TimeML spans leave the preposition out: "a las 23.30" → "las 23.30"
    const lead = /^\S+\s+/.exec(m[0])![0].length;
    out.push({ start: at + lead, end: at + m[0].length, kind: "date", value, timeml: value, type: "TIME", precision: "time", basis: "relative", rule: "clock/licensed", onContextDay: true });
  });
  return out;
}
