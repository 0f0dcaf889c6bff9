// What the times parsers hand each other: a found expression before it becomes a TimeMention,
// plus the TimeML reading of it (TIMEX3 type and value) that the TempEval benchmark scores.
import type { Lang, Sentence } from "../../model.js";
import type { TimeMention } from "../../report/schema.js";
import type { Ymd } from "../../text/calendar.js";
import type { TimeWords } from "./words.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type Kind = TimeMention["kind"];
export type Precision = NonNullable<TimeMention["precision"]>;
export type Mod = NonNullable<TimeMention["mod"]>;

export interface Found {
  /** Offsets into the whole text. */
  start: number;
  end: number;
  kind: Kind;
  /** The mention's value (null for vague phrases, and for relative ones without a reference date). */
  value: string | null;
  /** The ISO-TimeML value: like `value`, but PRESENT_REF / PXD / FUTURE_REF for vague phrases. */
  timeml: string | null;
  type: TimexType;
  precision: Precision | null;
  basis: "absolute" | "relative";
  mod?: Mod | null;
  until?: string | null;
  rule: string;
  /** A clock time or "the day" said without its day: event-day.ts moves it to the day its context names. */
  onContextDay?: boolean;
}

/** Everything a parser needs to read one text. */
export interface Ctx {
  text: string;
  sentences: readonly Sentence[];
  /** The reference date relative expressions resolve against; null when unknown. */
  ref: Ymd | null;
  lang: Lang;
  w: TimeWords;
  /** The sentences where a parser of that bit (gate.ts) may find something. */
  hot(bit: number): readonly Sentence[];
  /** The gate bits of one of `sentences`. */
  bits(s: Sentence): number;
}

export type TimeParser = (ctx: Ctx) => Found[];
