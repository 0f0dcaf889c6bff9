// Internal shapes passed between the figure rules. Offsets here are into the sentence text; the
// stage (../quantities.ts) shifts them into the article text.
import type { Hedge } from "../../report/schema.js";
import type { QuantityCues } from "./cues.js";

/** A token of a sentence: a run of digits, a word, or one other visible character. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  low: string;
  kind: "num" | "word" | "sym";
  /** Whitespace (or the start of the sentence) comes right before it. */
  space: boolean;
  /** A word a numeral may start with (cues' wordStarters), when the tokenizer was given them. */
  starter: boolean;
}

/** A number as written, before context decides whether it is a figure. */
export interface Numeral {
  /** Token range [i0, i1). */
  i0: number;
  i1: number;
  start: number;
  end: number;
  kind: "digits" | "words" | "vague" | "fraction";
  /** Null for vague counts ("thousands"), which only have bounds. */
  value: number | null;
  min: number | null;
  max: number | null;
  /** The number before any scale word ("1.5" of "1.5 million"); ranges spread a scale to their low end. */
  base: number | null;
  scale: number;
  /** Written as a plain integer of digits, no separators or scale ("2015", "0401"). */
  plainInteger: boolean;
  /** The digits as written, when kind is "digits". */
  digits: string;
  /** Needs a unit after it to count ("1/2 pound"; a bare "9/11" is a name). */
  needsUnit: boolean;
}

/** A numeral that context accepted as a figure, with what surrounds it. */
export interface Figure {
  num: Numeral;
  /** Span in the sentence, hedge words and unit or counted noun included. */
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  hedge: Hedge;
  unit: string | null;
  counted: string | null;
  trend: "up" | "down" | null;
  /** Where the unit (measure or currency) ends, if there is one. */
  unitEnd: number | null;
  /** Where the figure proper starts: its sign, currency or first digit (hedge words excluded). */
  coreStart: number;
  /** Token indices of `start` and `coreStart`. */
  startTok: number;
  coreTok: number;
  /** Where a currency or unit written before the digits starts ("$", "US$", "magnitude"), if any. */
  leadStart: number | null;
  /** The unit is a measure or currency (not a counted noun). */
  hasUnit: boolean;
  /** A "+" or "-" written before the digits. */
  signSymbol: "+" | "-" | null;
  /** Names of the rules that shaped it, joined into the mention's rule tag. */
  tags: string[];
}

/** One sentence being read: its text, tokens, cues, and what the rules found so far. */
export interface Scene {
  text: string;
  toks: readonly Tok[];
  c: QuantityCues;
  /** Character spans that are never figures (ISO dates, clock times, phone numbers, links). */
  masks: readonly [number, number][];
  /** Reason a numeral was dropped, keyed by the index of its last token. */
  dropped: Map<number, string>;
}
