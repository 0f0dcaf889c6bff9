// A figure with its hedge as the interval of values it allows: "at least 100" is [100, ∞),
// "about 330,000" is 330,000 ± 15 %, "thousands" whatever bounds extraction gave it.
import type { QuantityMention } from "../../report/schema.js";

export const ABOUT_TOLERANCE = 0.15;

export function interval(q: Pick<QuantityMention, "value" | "min" | "max" | "hedge">): [number, number] | null {
  const v = q.value;
  switch (q.hedge) {
    case "exact":
      return v == null ? null : [v, v];
    case "about":
      return v == null ? null : [v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)];
    case "at_least":
      return v == null ? null : [v, Infinity];
    case "more_than":
      return v == null ? null : [v * (1 + 1e-9) + 1e-9, Infinity];
    case "at_most":
      return v == null ? null : [0, v];
    case "less_than":
      return v == null ? null : [0, v * (1 - 1e-9) - 1e-9];
    case "range":
      return [q.min ?? v ?? 0, q.max ?? v ?? Infinity];
    case "vague":
      return q.min == null && q.max == null ? null : [q.min ?? 0, q.max ?? Infinity];
  }
}

export function overlaps(a: [number, number] | null, b: [number, number] | null): boolean {
  return !!a && !!b && a[0] <= b[1] && b[0] <= a[1];
}

const HEDGE_WORDS: Record<QuantityMention["hedge"], string> = {
  exact: "exactly", about: "about", at_least: "at least", more_than: "more than", at_most: "at most",
  less_than: "less than", range: "a range", vague: "a vague amount",
};
export const hedgeWord = (h: QuantityMention["hedge"]) => HEDGE_WORDS[h];
