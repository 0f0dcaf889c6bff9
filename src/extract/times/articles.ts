// Spanish TimeML spans (MEANTIME, the Spanish TimeBank) take the article or contraction before a
// date or clock time: "el viernes", "las 16:08 UTC", "del 'lunes negro", "al final del día". chrono
// and our parsers leave it out (English spans do not take "on" / "at"); this step widens a date or
// time over one article right before it (data/<lang>/times-phrases.json spanArticles; none in English).
import type { Ctx, Found } from "./types.js";
import { alt, B } from "./words.js";

const compiled = new Map<string, RegExp | null>();

export function widenOverArticles(ctx: Ctx, found: Found[]): void {
  let re = compiled.get(ctx.lang);
  if (re === undefined) {
    const arts = ctx.w.phrases.spanArticles ?? [];
    re = arts.length ? new RegExp(`${B}(?:${alt(arts)}) ['‘’"]?$`, "iu") : null;
    compiled.set(ctx.lang, re);
  }
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
