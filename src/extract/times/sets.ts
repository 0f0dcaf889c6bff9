// Recurring times (TimeML SET), written the way HeidelTime does: "every week" / "each day" → P1W /
// P1D, "every other week" → P2W, "every Monday" → XXXX-WXX-1, "every morning" → XXXX-XX-XXTMO,
// "twice a month" / "dos veces por semana" → P1M / P1W, "annually" → XXXX, "weekly" → XXXX-WXX.
// Spanish writes them as MEANTIME does: "anualmente" / "pérdidas anuales" → P1Y, "semanal" → P1W.
import { perLanguage } from "../../lexicon.js";
import { durationValue } from "./durations.js";
import { scan, SETS } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E, fullNames, parseNumber, timeWords, wordAfter } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

const compile = perLanguage((lang) => {
  const w = timeWords(lang);
  const s = w.phrases.set;
  const targets = alt([...w.units.keys(), ...fullNames(w.cal.weekdays), ...fullNames(w.cal.months), ...Object.keys(w.cal.seasons), ...Object.keys(w.cal.dayParts)]);
  const other = s.other.length ? `(?:(${alt(s.other)})\\s+)?` : "()?";
  const every = new RegExp(`${B}(?:${alt(s.every)})\\s+${other}(?:(${w.numberSrc})\\s+)?(${targets})(?:s)?${E}`, "giu");
  const freq = new RegExp(`${B}(?:${alt(s.times)}|(?:${w.numberSrc})\\s+(?:${alt(s.timesWord)}))\\s+(?:${alt(s.per)})\\s+(${alt(w.units.keys())})${E}`, "giu");
  const adverb = new RegExp(`${B}(${alt([...Object.keys(s.adverbs), ...Object.keys(s.adjectival), ...Object.keys(s.postnominal ?? {})])})${E}`, "gu");
  return { every, freq, adverb, followers: new Set(s.followers.map(lowerSquashedApostrophes)) };
});

function set(start: number, end: number, value: string, rule: string): Found {
  return { start, end, kind: "set", value, timeml: value, type: "SET", precision: null, basis: "absolute", rule };
}

export function sets(ctx: Ctx): Found[] {
  const w = ctx.w;
  const c = compile(ctx.lang);
  const text = ctx.text;
  const out: Found[] = [];

  scan(ctx, SETS, c.every, (m, at) => {
    const [, other, num, target] = m;
    const key = lowerSquashedApostrophes(target!);
    const end = at + m[0].length;
    const u = w.units.get(key);
    const wd = w.cal.weekdays[key];
    const month = w.cal.months[key];
    const season = w.cal.seasons[key];
    const part = w.cal.dayParts[key];
    let value: string | null = null;
    if (u) {
      const n = num ? parseNumber(num, w) : 1;
      if (n === null) return;
      value = durationValue((other ? 2 : 1) * n, u);
    } else if (num) return;
    else if (wd !== undefined) value = `XXXX-WXX-${wd === 0 ? 7 : wd}`;
    else if (month !== undefined) value = `XXXX-${String(month).padStart(2, "0")}`;
    else if (season !== undefined) value = `XXXX-${season}`;
    else if (part !== undefined) value = `XXXX-XX-XXT${part}`;
    if (value) out.push(set(at, end, value, "set/every"));
  });

  scan(ctx, SETS, c.freq, (m, at) => {
    const u = w.units.get(lowerSquashedApostrophes(m[1]!));
    if (u) out.push(set(at, at + m[0].length, durationValue(1, u), "set/frequency"));
  });

  const s = w.phrases.set;
  scan(ctx, SETS, c.adverb, (m, at) => {
    const key = m[1]!;
    const end = at + key.length;
    // an adjective after its noun ("pérdidas anuales") is a frequency wherever it stands
    let value = s.adverbs[key] ?? s.postnominal?.[key];
    if (value === undefined) {
      value = s.adjectival[key];
      // "daily" before a noun is an adjective ("the daily newspaper"): only before punctuation or a function word
      const next = text.slice(end).match(/^\s*(\S)/)?.[1] ?? "";
      if (/[\p{L}\p{N}]/u.test(next) && !c.followers.has(wordAfter(text, end))) return;
    }
    if (value !== undefined) out.push(set(at, end, value, "set/adverb"));
  });
  return out;
}
