// "The day" as the day the article's event is on: "the Dow ended the day at 9,505", "late in the
// day", "the same day", "cerró la jornada en 7.114", "al final del día", "ese día". Only after the
// words listed in data/<lang>/times-phrases.json (dayAnaphora), never "the day before" or "el día
// en que". The day is the reference day until event-day.ts puts it on the day its context names.
import { perLanguage } from "../../lexicon.js";
import { fmtDay } from "../../text/calendar.js";
import { RELATIVE, scan } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E, phraseAfter, phraseBefore, timeWords } from "./words.js";

const compile = perLanguage((lang) => {
  const a = timeWords(lang).phrases.dayAnaphora;
  return a
    ? {
        ...a,
        noun: new RegExp(`${B}(?:${alt(a.nouns)})${E}`, "giu"),
        alone: new RegExp(`${B}(?:${alt(a.alone)})${E}`, "giu"),
      }
    : null;
});

export function dayAnaphora(ctx: Ctx): Found[] {
  const c = compile(ctx.lang);
  if (!c || !ctx.ref) return [];
  const day = fmtDay(ctx.ref);
  const text = ctx.text;
  const out: Found[] = [];
  const push = (start: number, end: number, rule: string) =>
    out.push({ start, end, kind: "date", value: day, timeml: day, type: "DATE", precision: "day", basis: "relative", rule, onContextDay: true });
  scan(ctx, RELATIVE, c.noun, (m, at) => {
    const end = at + m[0].length;
    if (!phraseBefore(text, at, c.before, "space") || phraseAfter(text, end, c.notAfter)) return;
    push(at, end, "day/anaphora");
  });
  scan(ctx, RELATIVE, c.alone, (m, at) => {
    const end = at + m[0].length;
    if (phraseAfter(text, end, c.notAfter)) return;
    push(at, end, "day/same-day");
  });
  return out;
}
