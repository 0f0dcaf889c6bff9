// Figures in article text: counts, amounts, measures and durations with their hedges, units,
// counted nouns and trends ("at least 100 foreigners", "about 330,000 undocumented migrants",
// "2,200 kilometers", "60-day", "rose 5%", "entre 40 y 50"). Each sentence goes through these
// steps, one file each under ./quantities/:
//   1. tokens       split the sentence (digits grouped the way the language writes them)
//   2. numerals     read numbers: digits and scales, spelled-out numbers, vague counts, fractions
//   3. not-figures  drop dates, times, codes, labels, ordinals (before looking at what follows)
//   4. units        currency, sign, unit, rate and counted noun around each number
//   5. not-figures  drop years, ages, names, addresses and pronoun "one" (needs step 4)
//   6. hedges       "at least", "about", "up to" … before; "or more", "-plus" … after
//   7. ranges       join "between 40 and 50", "40-50", "$10 to $15 billion"; drop scores
//   8. trends       "rose 5%", "fell by 3 points", "+0.2%", ", or 0.6%"
// Cue words live in data/<lang>/quantities.json and quantities-units.json.
//
// Conventions of the mentions it returns:
// - value/min/max: a single number has `value`; "at least"/"more than" also set `min`, "up to"/
//   "fewer than" set `max`. A range has hedge "range" and value = min = its low end, max = its
//   high end. A vague count ("thousands", "hundreds of thousands", "several hundred") has value
//   null, hedge "vague", min = its order of magnitude (1,000; 100,000; 2 × 100) and max = ten
//   times that order.
// - unit: short canonical names from the units data ("km", "day", "percent", "USD", "PEN"); a
//   rate adds "/month"; "people" when the counted noun is a person ("migrants", "Venezuelans").
// - counted: the noun phrase right after the number ("of" and determiners skipped), as written.
// - trend: "up"/"down" when a verb or sign states a change ("rose 5%", "fell by 3 points",
//   "+0.2%"); a range written high to low ("from 208 to 193") is a fall. A noun after the
//   number ("a 75 percent increase") is no trend.
// - A person's age ("a 34-year-old man", "Perkins, 24,") is a mention of its own with unit "age"
//   (./quantities/ages.ts): never a count, so claims and key figures leave it out.
// - Not figures: dates, times, years, ordinals, numbers in names, codes and
//   labels, phone numbers, addresses, scores, and "one" as a pronoun ("one of the", "one
//   Venezuelan migrant said"); "one week" is a figure.
import type { Lang, Sentence, Unattached } from "../model.js";
import type { QuantityMention } from "../report/schema.js";
import { mayHoldFigure, quantityCues, type QuantityCues } from "./quantities/cues.js";
import { bounds, hedgeBefore, hedgeOfAfter } from "./quantities/hedges.js";
import { ageFigure } from "./quantities/ages.js";
import { hardReason, masks, softReason } from "./quantities/not-figures.js";
import { readNumeral } from "./quantities/numerals.js";
import { tokIndex } from "./quantities/phrases.js";
import { joinRanges } from "./quantities/ranges.js";
import { tokenize } from "./quantities/tokens.js";
import { addTrends } from "./quantities/trends.js";
import type { Figure, Numeral, Scene } from "./quantities/types.js";
import { readTail, type Tail } from "./quantities/units.js";

/** Every figure in the text, sentence by sentence. Offsets are UTF-16 indices into `text`. */
export function extractQuantities(text: string, sentences: Sentence[], lang: Lang): Unattached<QuantityMention>[] {
  if (typeof text !== "string" || !Array.isArray(sentences)) return [];
  const c = quantityCues(lang === "es" ? "es" : "en");
  prime(c);
  const out: Unattached<QuantityMention>[] = [];
  for (const s of sentences) {
    if (!fits(s, text)) continue;
    if (!mayHoldFigure(s.text, c)) continue;
    for (const f of figuresIn(s.text, c)) {
      const start = s.start + f.start;
      const end = s.start + f.end;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        sentence: s.text,
        rule: `quantity/${f.tags.join("+")}`,
        value: f.value,
        min: f.min,
        max: f.max,
        hedge: f.hedge,
        unit: f.unit,
        counted: f.counted,
        trend: f.trend,
      });
    }
  }
  return out;
}

// Runs the rules once over a few varied sentences before the first text, so that V8 sees every
// shape and number representation (null, small integers, doubles, "1.2 trillion") early: a field
// that changes representation mid-run (Smi → double → tagged) discards all optimized code that
// depends on it, and the recompiles cost more on new text than the figures themselves.
const PRIMERS: Record<"en" | "es", string[]> = {
  en: [
    "At least 1.5 trillion dollars, about 330,000 migrants and hundreds of thousands of people; between 40 and 50 km.",
    "Prices rose 5% to $3.2bn, or 0.6%, from 2,415 to 2,315 points, up to 400 a month, two-thirds of voters, one in three.",
    "A 34-year-old man, aged 70, on November 29, 2025 at 11:25am, since 2015, Apollo 11, 60-day, -1.3%, twenty-eight thousand.",
    "Several hundred workers, a dozen ships, .500 record, 1/2 pound, 2.998x10^8 m/s, 100-plus, 10 or more, 35m of its devices.",
    "“Sept. 20-24,” won 3–1 on 11/29/2025 — call (202) 555-0100 or a@b.com 🙂; İstanbul’s Ωmega 7 fell by 3 points, minus 387.",
  ],
  es: [
    "Al menos 1,5 millones de dólares, unos 330.000 migrantes y cientos de miles de personas; entre 40 y 50 km.",
    "Los precios subieron 5% a 3.200 millones, de 2.415 a 2.315 puntos, hasta 400 al mes, dos tercios, uno de cada tres.",
  ],
};
const primed = new Set<string>();
function prime(c: QuantityCues): void {
  if (primed.has(c.lang)) return;
  primed.add(c.lang);
  for (const s of PRIMERS[c.lang === "es" ? "es" : "en"]) figuresIn(s, c);
}

/** Does the sentence claim a span of the text it could be? (Spot checks: a full compare costs more than the rest.) */
function fits(s: Sentence | undefined, text: string): s is Sentence {
  if (!s || typeof s.text !== "string" || !Number.isInteger(s.start) || s.start < 0 || s.end > text.length) return false;
  const n = s.text.length;
  if (s.end - s.start !== n) return false;
  return n === 0 || (text.charCodeAt(s.start) === s.text.charCodeAt(0) && text.charCodeAt(s.end - 1) === s.text.charCodeAt(n - 1) && text.charCodeAt(s.start + (n >> 1)) === s.text.charCodeAt(n >> 1));
}

/** The figures of one sentence, in reading order; offsets into the sentence. */
function figuresIn(text: string, c: QuantityCues): Figure[] {
  const toks = tokenize(text, c.lang, c.starterSet);
  const scene: Scene = { text, toks, c, masks: masks(text), dropped: new Map() };
  let figs: Figure[] = [];
  const ages: Figure[] = [];
  for (let i = 0; i < toks.length; ) {
    const n = readNumeral(toks, i, c, text);
    if (!n) {
      i++;
      continue;
    }
    i = n.i1;
    let why = hardReason(n, scene);
    let tail: Tail | null = null;
    if (!why) {
      tail = readTail(n, toks, c, text);
      why = softReason(n, tail, scene);
    }
    if (why || !tail) {
      scene.dropped.set(n.i1 - 1, why ?? "none");
      const age = why === "age" ? ageFigure(n, scene) : null;
      if (age) ages.push(age);
      continue;
    }
    figs.push(figure(n, tail, scene));
  }
  figs = joinRanges(figs, scene);
  addTrends(figs, scene);
  return ages.length ? [...figs, ...ages].sort((a, b) => a.start - b.start) : figs;
}

function figure(n: Numeral, tail: Tail, s: Scene): Figure {
  const { toks, c } = s;
  const coreStart = Math.min(n.start, tail.leadStart ?? n.start, tail.signStart ?? n.start);
  const coreTok = tokIndex(toks, coreStart);
  const before = hedgeBefore(coreTok, toks, c);
  const after = tail.hedgeAfter ? hedgeOfAfter(tail.hedgeAfter.hedge, c) : null;
  const tags: string[] = [n.kind === "digits" ? "number" : n.kind];
  if (tail.currency) tags.push("currency");
  else if (tail.hasUnit) tags.push("unit");
  if (tail.counted) tags.push("counted");
  let hedge = before?.hedge ?? after ?? "exact";
  if (hedge !== "exact") tags.push("hedge");
  let value = n.value === null ? null : n.value * tail.sign;
  let min = n.min;
  let max = n.max;
  if (n.kind === "vague") {
    hedge = "vague";
  } else if (value !== null) {
    ({ min, max } = bounds(value, hedge));
  }
  return {
    num: n,
    start: before ? toks[before.tok]!.start : coreStart,
    end: Math.max(n.end, tail.end),
    value,
    min,
    max,
    hedge,
    unit: tail.unit,
    counted: tail.counted,
    trend: null,
    coreStart,
    startTok: before ? before.tok : coreTok,
    coreTok,
    leadStart: tail.leadStart,
    hasUnit: tail.hasUnit,
    unitEnd: tail.unitEnd,
    tags,
    signSymbol: tail.signSymbol,
  };
}
