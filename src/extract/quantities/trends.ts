// Figures stated as a change: "rose 5%", "fell by 3 points", "up 12%", "increased to 40",
// "subió un 5%", "+0.2%", and ", or 0.6%" restating a change just given. A noun after the number
// ("a 75 percent increase") is not a trend; a figure after "up from" is the earlier value.
import type { QuantityCues } from "./cues.js";
import { bounds } from "./hedges.js";
import type { Figure, Scene, Tok } from "./types.js";

export type Trend = "up" | "down";

/** The trend verb before token k (where a figure starts), with the filler words between them. */
export function trendBefore(k: number, toks: readonly Tok[], c: QuantityCues, isRange: boolean): { trend: Trend; fillers: string[] } | null {
  const fillers: string[] = [];
  for (let j = k - 1; j >= 0 && fillers.length <= 5; j--) {
    const v = c.trendVerbs.endingAt(toks, j);
    if (v) {
      // "up from 50 per cent" gives the earlier value; "fell from 2,415 to 2,315" is a falling range
      if (fillers.some((w) => c.fromWords.has(w)) && (!isRange || (v.words === 1 && c.trendParticles.has(toks[j]!.low)))) return null;
      // "set up 3 camps", "cut down 40 trees": a particle, not a rise or fall
      if (v.words === 1 && c.trendParticles.has(toks[j]!.low)) {
        const w = toks[j - 1];
        if (w && c.trendNotAfter.has(w.low)) return null;
      }
      return { trend: v.value, fillers };
    }
    const t = toks[j]!;
    if (t.kind !== "word" || !c.trendFillers.has(t.low)) return null;
    fillers.push(t.low);
  }
  return null;
}

/** Trends, and what a restated figure takes from the one before it. */
export function addTrends(figs: Figure[], s: Scene): void {
  const { text, toks, c } = s;
  let prev: Figure | null = null;
  let prevEcho = false;
  for (const f of figs) {
    const gap = prev ? text.slice(prev.end, f.start) : "";
    // "more than 100 kilometers (60 miles)", "just under 296 hp (224 kW / 300 PS)": a conversion
    const conversion: boolean = prev !== null && (/^\s*[([]\s*$/.test(gap) || (prevEcho && /^\s*\/\s*$/.test(gap)));
    // "lost 190 points, or 0.6%": the same change said another way
    const restated: boolean = prev !== null && (conversion || c.alternative.test(gap));
    const t = trendBefore(f.startTok, toks, c, f.hedge === "range");
    if (t) f.trend = t.trend;
    else if (f.trend === null && f.signSymbol && f.unit !== null && c.signedTrendUnits.has(f.unit)) f.trend = f.signSymbol === "+" ? "up" : "down";
    else if (f.trend === null && restated && prev?.trend) f.trend = prev.trend;
    if (conversion && prev && f.hedge === "exact" && f.value !== null && prev.hedge !== "exact" && prev.hedge !== "range" && prev.hedge !== "vague") {
      f.hedge = prev.hedge;
      ({ min: f.min, max: f.max } = bounds(f.value, f.hedge));
      f.tags.push("hedge");
    }
    if (f.trend) f.tags.push("trend");
    prevEcho = conversion;
    prev = f;
  }
}
