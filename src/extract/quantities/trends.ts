// Figures stated as a change: "rose 5%", "fell by 3 points", "up 12%", "increased to 40",
// "subió un 5%", "+0.2%", and ", or 0.6%" restating a change just given. A noun after the number
// ("a 75 percent increase") is not a trend; a figure after "up from" is the earlier value.
import type { QuantityCues } from "./cues.js";
import type { Tok } from "./types.js";

export type Trend = "up" | "down";

/** The trend verb before token k (where a figure starts), with the filler words between them. */
export function trendBefore(k: number, toks: readonly Tok[], c: QuantityCues, isRange: boolean): { trend: Trend; fillers: string[] } | null {
  const fillers: string[] = [];
  for (let j = k - 1; j >= 0 && fillers.length <= 5; j--) {
    const v = c.trendVerbs.endingAt(toks, j);
    if (v) {
      // "up from 50 per cent" gives the earlier value; "fell from 2,415 to 2,315" is a falling range
      if (fillers.includes("from") && (!isRange || (v.words === 1 && c.trendParticles.has(toks[j]!.low)))) return null;
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

/** ", or 0.6%" after a figure restates it. */
export function isAlternative(between: string, c: QuantityCues): boolean {
  return c.alternative.test(between);
}
