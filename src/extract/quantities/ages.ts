// A person's age as a mention of its own: "a 34-year-old man", "aged 70", "Perkins, 24,", "un
// hombre de 34 años". The not-figures step has already said the number is an age (it is never a
// count); this turns it into a figure with unit "age" so a report can say who was how old, while
// claims and key figures, which line up counts, leave it out. Ages in months, weeks or days ("a
// 3-month-old girl") stay out: their value is not the age in years.
import type { Figure, Numeral, Scene } from "./types.js";

/** The age figure of a numeral the not-figures step dropped as an age, or null. */
export function ageFigure(n: Numeral, s: Scene): Figure | null {
  const { toks, c, text } = s;
  const v = n.value;
  if (v === null || !Number.isInteger(v) || v < 0 || v >= c.ageMax || n.scale !== 1) return null;
  let start = n.start;
  let end = n.end;
  let startTok = n.i0;
  c.ageAfter.lastIndex = n.end;
  const after = c.ageAfter.exec(text);
  if (after) {
    if (after[1]!.toLowerCase().split(/[^\p{L}]+/u).some((w) => c.ageNotYears.has(w))) return null;
    end = after.index + after[0].length;
  } else {
    // "un hombre de 34 años": the unit word right after the number
    const unit = toks[n.i1];
    if (unit && c.ageUnits.has(unit.low)) {
      if (c.ageNotYears.has(unit.low)) return null;
      end = unit.end;
    }
    const before = c.ageBefore.endingAt(toks, n.i0 - 1);
    if (before) {
      startTok = before.at;
      start = toks[before.at]!.start;
    }
  }
  return {
    num: n,
    start,
    end,
    value: v,
    min: null,
    max: null,
    hedge: "exact",
    unit: "age",
    counted: null,
    trend: null,
    unitEnd: null,
    coreStart: n.start,
    startTok,
    coreTok: n.i0,
    leadStart: null,
    hasUnit: true,
    signSymbol: null,
    tags: ["age"],
  };
}
