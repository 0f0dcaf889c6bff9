// Two figures joined into a range: "between 40 and 50", "40 to 50", "40-50", "from $10 to $15
// billion" (the scale and unit of the high end spread to the low end), "entre 40 y 50", "de 40 a
// 50". Hyphenated pairs that fall or tie ("3-2", "89-89") are scores, and "(15-17)" after a name is
// a season record: neither is a range, and both numbers are dropped.
// A change amount followed by its result ("increased by $43.6 billion to $419.2 billion") is not a
// range either.
import { trendBefore } from "./trends.js";
import type { Figure, Scene } from "./types.js";

export function joinRanges(figs: Figure[], s: Scene): Figure[] {
  const { text, c } = s;
  const out: Figure[] = [];
  for (let k = 0; k < figs.length; k++) {
    const a = figs[k]!;
    const b = figs[k + 1];
    if (!b || !rangeable(a) || !rangeable(b)) {
      out.push(a);
      continue;
    }
    const gapStart = a.hasUnit && a.unitEnd !== null ? a.unitEnd : a.num.end;
    const gapEnd = b.coreStart;
    if (gapEnd < gapStart) {
      out.push(a);
      continue;
    }
    const gap = text.slice(gapStart, gapEnd);
    const g = gap.trim().toLowerCase();
    const tightHyphen = (g === "-" || g === "–") && gap.length === 1;
    // scores and codes: "3-2", "89-89", "555-0100"
    if (tightHyphen && a.num.kind === "digits" && b.num.kind === "digits" && !a.hasUnit && !b.hasUnit && a.counted === null) {
      const av = a.num.value ?? 0;
      const bv = b.num.value ?? 0;
      // "the Bulldogs (15-17)": a season record
      const record = s.toks[a.num.i0 - 1]?.text === "(" && s.toks[b.num.i1]?.text === ")" && /^\p{Lu}/u.test(s.toks[a.num.i0 - 2]?.text ?? "");
      if (record || /^0\d/.test(b.num.digits) || (Number.isInteger(av) && Number.isInteger(bv) && av >= bv)) {
        k++; // drop both
        continue;
      }
    }
    const between = c.rangeBetween.endingAt(s.toks, a.startTok - 1);
    const joined = (between && c.betweenJoin.has(g)) || c.rangeJoin.has(g) || (g === "-" || g === "–" ? gap.length <= 3 : false);
    if (!joined) {
      out.push(a);
      continue;
    }
    // "$62 and $68 per share", "$920 to $1730 a week": the rate may be written once, at the end
    // "weakened 0.5% to 3.75 per dollar": a unit on the low end only makes a range after "between"/"from"
    if ((a.hasUnit && b.hasUnit && baseUnit(a.unit) !== baseUnit(b.unit)) || (a.hasUnit && !b.hasUnit && !between)) {
      out.push(a);
      continue;
    }
    // "increased by $43.6 billion to $419.2 billion": a change and its result
    const tr = trendBefore(a.startTok, s.toks, c, false);
    if (tr && a.hasUnit && !between) {
      out.push(a);
      continue;
    }
    let lo = a.value ?? 0;
    const hi = b.value ?? 0;
    // "$10 to $15 billion", "four to five thousand": the scale of the high end spreads to the low end
    if (a.num.scale === 1 && b.num.scale > 1 && a.num.base !== null && b.num.base !== null && a.num.base <= b.num.base) {
      lo = (lo < 0 ? -1 : 1) * a.num.base * b.num.scale;
    }
    const min = Math.min(lo, hi);
    const max = Math.max(lo, hi);
    out.push({
      ...a,
      start: between ? s.toks[between.at]!.start : a.start,
      startTok: between ? between.at : a.startTok,
      end: Math.max(a.end, b.end),
      value: min,
      min,
      max,
      hedge: "range",
      unit: b.unit ?? a.unit,
      counted: b.counted ?? a.counted,
      hasUnit: a.hasUnit || b.hasUnit,
      unitEnd: b.unitEnd ?? a.unitEnd,
      // written high to low ("from 4.8 percent to 4.7 percent"): a fall
      trend: lo > hi ? "down" : a.trend,
      tags: ["range", ...b.tags.filter((t) => t !== "number" && t !== "words" && t !== "hedge")],
    });
    k++;
  }
  return out;
}

const baseUnit = (u: string | null) => (u === null ? null : u.split("/")[0]!);

function rangeable(f: Figure): boolean {
  return (f.num.kind === "digits" || f.num.kind === "words") && f.hedge !== "range";
}
