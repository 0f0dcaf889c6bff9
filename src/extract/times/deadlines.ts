// A duration stated with its end ("103 days—until March 11, 2026", "60 days, until January 28",
// "60 días, hasta el 28 de enero") keeps that end date in `until`; the date stays its own mention.
// Such an end lies ahead of the duration's start: an end date without a year ("January 28") is
// moved to its next occurrence from the reference date, whatever the tense of the sentence.
import { anchorMonth, anchorMonthDay, anchorWeekday } from "./anchor.js";
import { fmtDay, fmtMonth, parseYmd, weekday } from "../../text/calendar.js";
import type { Ctx, Found } from "./types.js";
import { perLanguage } from "../../lexicon.js";
import { alt, B, E, timeWords } from "./words.js";

/** What may stand between a duration and its end date: "—until", ", hasta el". */
const linker = perLanguage((lang) => {
  const p = timeWords(lang).phrases;
  return new RegExp(`^[\\s,;:—–-]*${B}(?:${alt(p.untilWords)})${E}\\s*(?:(?:${alt(p.untilArticles)})\\s+)*$`, "iu");
});

/** Re-anchors a tense-resolved end date forward (see the file comment). */
function forward(ctx: Ctx, f: Found): void {
  if (!ctx.ref || f.basis !== "relative" || !f.value || !/\+tense-/.test(f.rule)) return;
  let value: string | null = null;
  if (f.precision === "day") {
    const day = parseYmd(f.value);
    if (!day) return;
    const next = /weekday/i.test(f.rule) ? anchorWeekday(ctx.ref, weekday(day), "future") : anchorMonthDay(ctx.ref, day.m, day.d, "future");
    if (next) value = fmtDay(next);
  } else if (f.precision === "month") {
    const m = /^\d{4}-(\d{2})$/.exec(f.value);
    if (!m) return;
    const next = anchorMonth(ctx.ref, Number(m[1]), "future");
    value = fmtMonth(next.y, next.m);
  }
  if (!value) return;
  f.value = value;
  f.timeml = value;
  f.rule = f.rule.replace(/\+tense-\w+/, "+until");
}

export function linkDeadlines(ctx: Ctx, found: Found[]): void {
  const re = linker(ctx.lang);
  for (let i = 0; i + 1 < found.length; i++) {
    const d = found[i]!;
    const next = found[i + 1]!;
    if (d.kind !== "duration" || next.kind !== "date" || !next.value) continue;
    const between = ctx.text.slice(d.end, next.start);
    if (between.length > 40 || !re.test(between)) continue;
    forward(ctx, next);
    d.until = next.value;
  }
}
