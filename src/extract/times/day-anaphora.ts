// "The day" as the day the article's event is on: "the Dow ended the day at 9,505", "late in the
// day", "the same day", "cerró la jornada en 7.114", "al final del día", "ese día". Only after the
// words listed in data/<lang>/times-phrases.json (dayAnaphora), never "the day before" or "el día
// en que". The day is the reference day until event-day.ts puts it on the day its context names.
import type { Lang } from "../../model.js";
import { fmtDay } from "../../text/calendar.js";
import { RELATIVE, scan } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E } from "./words.js";

interface Compiled {
  noun: RegExp;
  alone: RegExp;
  before: RegExp;
  notAfter: RegExp;
}

const compiled = new Map<Lang, Compiled | null>();

function compile(ctx: Ctx): Compiled | null {
  if (compiled.has(ctx.lang)) return compiled.get(ctx.lang) ?? null;
  const a = ctx.w.phrases.dayAnaphora;
  const c = a
    ? {
        noun: new RegExp(`${B}(?:${alt(a.nouns)})${E}`, "giu"),
        alone: new RegExp(`${B}(?:${alt(a.alone)})${E}`, "giu"),
        before: new RegExp(`${B}(?:${alt(a.before)})\\s+$`, "iu"),
        notAfter: new RegExp(`^\\s*(?:${alt(a.notAfter)})${E}`, "iu"),
      }
    : null;
  compiled.set(ctx.lang, c);
  return c;
}

export function dayAnaphora(ctx: Ctx): Found[] {
  const c = compile(ctx);
  if (!c || !ctx.ref) return [];
  const day = fmtDay(ctx.ref);
  const text = ctx.text;
  const out: Found[] = [];
  const push = (start: number, end: number, rule: string) =>
    out.push({ start, end, kind: "date", value: day, timeml: day, type: "DATE", precision: "day", basis: "relative", rule, onContextDay: true });
  scan(ctx, RELATIVE, c.noun, (m, at) => {
    const end = at + m[0].length;
    if (!c.before.test(text.slice(Math.max(0, at - 40), at))) return;
    if (c.notAfter.test(text.slice(end, end + 24))) return;
    push(at, end, "day/anaphora");
  });
  scan(ctx, RELATIVE, c.alone, (m, at) => {
    const end = at + m[0].length;
    if (c.notAfter.test(text.slice(end, end + 24))) return;
    push(at, end, "day/same-day");
  });
  return out;
}
