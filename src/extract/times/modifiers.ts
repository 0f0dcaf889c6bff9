// Widens a date over the modifier before it and records the modifier (TimeML mod): "early
// December" → start, "late last July" → end, "mid-2015" → mid, "the end of 2012" → end,
// "a finales de noviembre" → end. The value stays the one of the date itself.
import type { Ctx, Found, Mod } from "./types.js";
import { perLanguage } from "../../lexicon.js";
import { phraseBefore, timeWords } from "./words.js";

/** The modifier phrases, one list per language (phraseBefore compiles a list once). */
const modWords = perLanguage((lang) => Object.keys(timeWords(lang).phrases.mods));

export function applyModifiers(ctx: Ctx, found: Found[]): void {
  const mods = ctx.w.phrases.mods;
  const keys = modWords(ctx.lang);
  let prevEnd = 0;
  for (const f of found) {
    if (f.kind === "date") {
      const m = phraseBefore(ctx.text, f.start, keys);
      if (m && m.start >= prevEnd) {
        f.start = m.start;
        f.mod = (mods[m.phrase] ?? null) as Mod | null;
        f.rule += "+mod";
      }
    }
    prevEnd = f.end;
  }
}
