// Spanish TimeML spans (MEANTIME, the Spanish TimeBank) take the article or contraction before a
// date or clock time: "el viernes", "las 16:08 UTC", "del 'lunes negro", "al final del día". chrono
// and our parsers leave it out (English spans do not take "on" / "at"); this step widens a date or
// time over one article right before it (data/<lang>/times-phrases.json spanArticles; none in English).
import type { Ctx, Found } from "./types.js";
import { perLanguage } from "../../lexicon.js";
import { alt, B, timeWords } from "./words.js";

const compile = perLanguage((lang) => {
  const arts = timeWords(lang).phrases.spanArticles ?? [];
  return arts.length ? new RegExp(`${B}(?:${alt(arts)}) ['‘’"]?$`, "iu") : null;
});

export function widenOverArticles(ctx: Ctx, found: Found[]): void {
  const re = compile(ctx.lang);
  if (!re) return;
  let prevEnd = 0;
  for (const f of found) {
    if ((f.type === "DATE" || f.type === "TIME") && f.kind === "date") {
      const m = re.exec(ctx.text.slice(Math.max(prevEnd, f.start - 8), f.start));
      if (m) f.start -= m[0].length;
    }
    prevEnd = f.end;
  }
}
