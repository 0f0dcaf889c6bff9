// How a figure is hedged: "at least 100", "about 330,000", "more than 1.5 million", "up to 400",
// "fewer than 20", "unos 100", "al menos 100", "100 or more", "100-plus". The cue lists are data
// (data/<lang>/quantities.json, "hedges" and "hedgesAfter").
import type { Hedge } from "../../report/schema.js";
import type { QuantityCues } from "./cues.js";
import { lowerSquashed } from "../../text/fold.js";
import type { Tok } from "./types.js";

/** The hedge phrase that ends right before token k (where a figure starts), if any. */
export function hedgeBefore(k: number, toks: readonly Tok[], c: QuantityCues): { hedge: Hedge; tok: number } | null {
  const hit = c.hedgeBefore.endingAt(toks, k - 1);
  return hit ? { hedge: hit.value, tok: hit.at } : null;
}

/** The hedge an after-phrase ("or more", "-plus", "or so") stands for. */
export function hedgeOfAfter(phrase: string, c: QuantityCues): Hedge | null {
  return c.hedgeKind.get(lowerSquashed(phrase)) ?? null;
}

/** min / max for a single number under a hedge: "at least 100" has min 100. */
export function bounds(value: number, hedge: Hedge): { min: number | null; max: number | null } {
  switch (hedge) {
    case "at_least":
    case "more_than":
      return { min: value, max: null };
    case "at_most":
    case "less_than":
      return { min: null, max: value };
    default:
      return { min: null, max: null };
  }
}
