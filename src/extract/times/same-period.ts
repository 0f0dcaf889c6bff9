// Periods said against an earlier one: "el mismo periodo del año anterior", "the same month a year
// ago", "the same period a year earlier" are the period named just before (same sentence or the one
// before), a year back: "ventas en febrero … el mismo período del año anterior" → 2009-02 when
// February is 2010-02. "El año anterior" / "the previous year" is the year before the one named
// last ("8.300 millones el año pasado, 19.800 millones el año anterior" → the year before last).
// Words in data/<lang>/times-phrases.json (samePeriod, previousYear).
import { perLanguage } from "../../lexicon.js";
import { sentenceAt } from "../sentences.js";
import type { Ctx, Found } from "./types.js";
import { alt, phraseAfter, phraseBefore, timeWords } from "./words.js";

const compile = perLanguage((lang) => {
  const p = timeWords(lang).phrases.samePeriod;
  /** A year expression said against the one named before ("el año anterior", "the previous year"). */
  return p ? { ...p, previousYear: new RegExp(`^(?:${alt(p.previousYear)})$`, "iu") } : null;
});

type Words = NonNullable<ReturnType<typeof compile>>;

/** Where "the same period (of)" ends right before `pos` starts, or -1. */
function sameBefore(text: string, pos: number, c: Words): number {
  const from = (at: number): number => {
    const unit = phraseBefore(text, at, c.units, "space");
    const same = unit && phraseBefore(text, unit.start, c.before, "space");
    return same ? same.start : -1;
  };
  const link = phraseBefore(text, pos, c.links, "space");
  const withLink = link ? from(link.start) : -1;
  return withLink >= 0 ? withLink : from(pos);
}

const PERIOD = /^(\d{4})(-(?:\d\d(?:-\d\d)?|Q\d|H\d|W\d\d))$/;
const YEAR = /^(\d{4})/;

/**
 * The last mention before `found[i]` in its sentence or the one before whose value matches `re`.
 * `found` is in text order: the walk back stops at the first mention that starts before those
 * two sentences, so it reads only them.
 */
function antecedent(ctx: Ctx, found: readonly Found[], i: number, re: RegExp): Found | null {
  const f = found[i]!;
  const s = sentenceAt(ctx.sentences, f.start);
  if (!s) return null;
  const from = ctx.sentences[s.index - 1]?.start ?? s.start;
  for (let j = i - 1; j >= 0; j--) {
    const g = found[j]!;
    if (g.start < from) break;
    if (g.end <= f.start && g.kind === "date" && g.timeml && re.test(g.timeml)) return g;
  }
  return null;
}

export function sameAsBefore(ctx: Ctx, found: Found[]): void {
  const c = compile(ctx.lang);
  if (!c || !ctx.ref) return;
  const text = ctx.text;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.kind !== "date" && !(f.kind === "duration" && f.timeml === "P1Y")) continue;
    const said = text.slice(f.start, f.end);
    const same = sameBefore(text, f.start, c);
    if (same >= 0) {
      const ante = antecedent(ctx, found, i, PERIOD);
      const m = ante ? PERIOD.exec(ante.timeml!) : null;
      if (f.kind === "duration") {
        // "the same period a year earlier": "a year" is the shift, not a stretch
        const after = phraseAfter(text, f.end, c.yearAfter);
        if (!after || !m) continue;
        f.end = after.end;
        f.kind = "date";
        f.type = "DATE";
        f.basis = "relative";
        f.mod = null;
      }
      f.start = same;
      if (!m) continue;
      const value = `${Number(m[1]) - 1}${m[2]}`;
      f.value = value;
      f.timeml = value;
      f.precision = ante!.precision;
      f.rule += "+same-period";
      continue;
    }
    if (f.kind === "date" && f.precision === "year" && c.previousYear.test(said)) {
      const ante = antecedent(ctx, found, i, YEAR);
      if (!ante) continue;
      const value = String(Number(YEAR.exec(ante.timeml!)![1]) - 1);
      f.value = value;
      f.timeml = value;
      f.rule += "+previous-year";
    }
  }
}
