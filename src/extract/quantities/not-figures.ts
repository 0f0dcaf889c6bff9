// Numbers that are not figures: dates ("November 29, 2025", "14 de diciembre"), clock times
// ("11:25am", "5 p.m."), years ("since 2015"), ages ("a 34-year-old man", "aged 70", "Maddon, 66,"),
// ordinals ("1st"), numbers inside names and codes ("Apollo 11", "G20", "COVID-19", "Boeing 737",
// "Section 8"), phone numbers, addresses, and "one" used as a pronoun ("one of the", "one
// Venezuelan migrant said"). Each check returns the reason as a short tag, or null.
import type { QuantityCues } from "./cues.js";
import { tokIndex } from "./phrases.js";
import type { Tail } from "./units.js";
import type { Numeral, Scene, Tok } from "./types.js";

// Digit patterns that are never figures; matched on the raw sentence before anything else.
const MASKS = new RegExp(
  [
    String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?`, // ISO dates
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)`, // 29/11/2025, 11-29-25
    String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?`, // 11:25, 1:36.6
    String.raw`\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}`, // (202) 555-0100
    String.raw`\d{3}[-.]\d{3}[-.]\d{4}(?!\d)`, // 202-555-0100
    String.raw`\+\d{1,3}(?:[\s-]\d{1,4}){2,5}(?!\d)`, // +51 1 234 5678
    String.raw`24/7`,
  ].join("|"),
  "g",
);
const LINKS = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;

const MAY_MASK = /[:/+(]|\d[-.]\d|@|www\./;

export function masks(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!MAY_MASK.test(text)) return out;
  for (const re of text.includes("@") || text.includes("http") || text.includes("www.") ? [MASKS, LINKS] : [MASKS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // a pattern must not start in the middle of a number ("12024-11-29")
      const before = text[m.index - 1];
      if (before === undefined || !/[\d.,]/.test(before) || re === LINKS) out.push([m.index, m.index + m[0].length]);
      else re.lastIndex = m.index + 1;
    }
  }
  return out;
}

const isCapital = (t: Tok | undefined) => t !== undefined && t.kind === "word" && (/^\p{Lu}/u.test(t.text) || /^\p{Ll}+\p{Lu}/u.test(t.text));

/** Checks that need only the numeral and the tokens around it. */
export function hardReason(n: Numeral, s: Scene): string | null {
  const { toks, c, text } = s;
  if (s.masks.some(([a, b]) => n.start < b && n.end > a)) return "masked";
  const first = toks[n.i0]!;
  const p = toks[n.i0 - 1];
  const pp = toks[n.i0 - 2];
  const nx = toks[n.i1];
  const nx2 = toks[n.i1 + 1];

  // a number joined to an earlier dropped one: "Sept. 20-24", "2014-15", "aged 18 to 34",
  // "between 1600 and 1900"; across a word the second must look the same kind
  if (p && pp && c.dropJoin.has(p.low) && pp.kind === "num") {
    const why = s.dropped.get(n.i0 - 2);
    const tight = !p.space && !first.space && (p.text === "-" || p.text === "–" || p.text === "/");
    if (why && (tight || sameKind(why, n, c))) return why;
  }

  if (p && !first.space && n.kind !== "words") {
    if (p.kind === "word") {
      // "RM79", "USD10m", "$US55" are currencies; "G20", "S23", "XC40" are names
      const cur =
        (c.currencyCode.has(p.text) && (p.space || pp?.text === "(")) || (pp?.text === "$" && !p.space) || (pp !== undefined && c.currencyCode.has(pp.text + p.text));
      if (!cur && !c.signWords.has(p.low)) return "code";
    }
    if (p.text === "-" && !p.space && pp?.kind === "word") {
      if (!c.hyphenPrefixes.has(pp.low) && !c.signWords.has(pp.low)) return "code"; // COVID-19, H-1B, TA-35
    }
    if (p.text === "." && !p.space && pp?.kind === "word" && pp.text.length <= 4) return "code"; // ID.3
    if (p.text === ":" && pp?.kind === "num" && !p.space) return "time";
  }
  if (p && (p.text === "#" || p.text === "№") && !first.space) return "label";
  if (n.kind === "words") {
    // "production-four-door", "Kick Six", "Formula One": a number word inside a name or compound
    if (p?.text === "-" && !p.space && !first.space && pp?.kind === "word" && !c.hyphenPrefixes.has(pp.low)) return "code";
    if (/^\p{Lu}/u.test(first.text) && n.i0 > 0 && p && !/^["'“‘«(¿¡:—–-]$/u.test(p.text)) return "name";
  }

  if (nx && !nx.space) {
    if (nx.kind === "word") {
      if (c.ordinalSuffixes.has(nx.text) || c.ordinalSuffixes.has(nx.low)) return "ordinal";
      if (nx.low === "s" && n.kind === "digits") return "decade"; // 1990s, Model 3s
      c.unitSymbol.lastIndex = n.end;
      const u = c.unitSymbol.exec(text);
      c.timeAfter.lastIndex = n.end;
      const tm = c.timeAfter.exec(text);
      if (tm) return "time";
      if (!(u && u[1] === "")) {
        c.unitWord.lastIndex = n.end;
        const w = c.unitWord.exec(text);
        if (!w || w.index + w[1]!.length !== n.end) return "code"; // 5G, 9AB8, 3D
      }
    }
    if (nx.text === ":" && nx2?.kind === "num" && !nx2.space) return "time";
    if (nx.text === "." && nx2?.kind === "num" && !nx2.space) return "code"; // 1.2.3
  }
  c.timeAfter.lastIndex = n.end;
  if (n.kind === "digits" && n.scale === 1 && n.value !== null && (n.value < 25 || (n.plainInteger && n.digits.length === 4 && n.value % 100 < 60 && n.value < 2400)) && c.timeAfter.test(text)) return "time";

  // "a las 5 de la tarde"
  if (n.kind !== "vague" && n.value !== null && n.value < 25 && n.scale === 1 && c.timeBefore.endingAt(toks, n.i0 - 1)) return "time";
  if (isDate(n, s)) return "date";
  if (c.label.endingAt(toks, n.i0 - 1)) return "label";
  // "2014-15" season
  if (n.plainInteger && n.digits.length === 4 && nx && !nx.space && (nx.text === "-" || nx.text === "–" || nx.text === "/") && nx2?.kind === "num" && !nx2.space && nx2.text.length === 2) {
    const v = n.value ?? 0;
    if (v >= c.yearMin && v <= c.yearMax) return "year";
  }
  return null;
}

/** Can a number joined to one dropped for `why` be the same kind of thing? */
function sameKind(why: string, n: Numeral, c: QuantityCues): boolean {
  const v = n.value ?? -1;
  const int = n.plainInteger;
  switch (why) {
    case "year":
      return int && v >= c.yearMinCued && v <= c.yearMaxCued;
    case "date":
      return int && ((v >= 1 && v <= 31) || (v >= c.yearMin && v <= c.yearMax));
    case "age":
      return n.scale === 1 && v > 0 && v < c.ageMax;
    case "time":
      return int && v < 25;
    default:
      return false;
  }
}

function isMonth(t: Tok | undefined, c: QuantityCues): boolean {
  if (!t || t.kind !== "word" || !c.months.has(t.low)) return false;
  return c.lang !== "en" || isCapital(t);
}

/** Is the token at k (skipping "." of an abbreviation) a month name? Returns the index of the month or -1. */
function monthBefore(toks: readonly Tok[], k: number, c: QuantityCues): number {
  let t = toks[k];
  if (t && t.text === "." && !t.space) t = toks[--k];
  return isMonth(t, c) ? k : -1;
}

function isDate(n: Numeral, s: Scene): boolean {
  const { toks, c } = s;
  if (n.kind !== "digits" || n.scale !== 1 || n.value === null || !Number.isInteger(n.value)) return false;
  const v = n.value;
  const day = v >= 1 && v <= 31 && n.plainInteger;
  const year = n.plainInteger && v >= c.yearMin && v <= c.yearMax;
  if (!day && !year) return false;
  // "December 14", "Oct. 31", "December 2019"
  if (monthBefore(toks, n.i0 - 1, c) >= 0) return true;
  // "14 de diciembre", "1 September 2019", "June of 2018"
  let k = n.i1;
  while (toks[k] && (c.dateJoiners.has(toks[k]!.low) || toks[k]!.text === ",")) k++;
  if (day && isMonth(toks[k], c)) return true;
  k = n.i0 - 1;
  while (k >= 0 && (c.dateJoiners.has(toks[k]!.low) || toks[k]!.text === ",")) k--;
  if (k < n.i0 - 1 && monthBefore(toks, k, c) >= 0) return true;
  // "December 14, 2025", "29 de noviembre de 2025", "Mar 9 2018"
  if (year && k >= 0 && toks[k]!.kind === "num") {
    const d = s.dropped.get(k);
    if (d === "date") return true;
  }
  return false;
}

/** Checks that need what follows the numeral (unit, counted noun). */
export function softReason(n: Numeral, tail: Tail, s: Scene): string | null {
  const { toks, c, text } = s;
  const p = toks[n.i0 - 1];
  const pp = toks[n.i0 - 2];
  const nx = toks[tail.next];
  const core = tokIndex(toks, Math.min(n.start, tail.signStart ?? n.start, tail.leadStart ?? n.start));
  const v = n.value;

  if (n.needsUnit && !tail.hasUnit && !c.ofWords.has(toks[n.i1]?.low ?? "")) return "code";

  // "Internet Explorer 8 and 9", "IE6, 7, 8": a bare number listed after one that named something
  if (p && (p.text === "," || c.dropJoin.has(p.low)) && !tail.hasUnit && !tail.counted && n.kind === "digits") {
    // ", and 11": skip the comma of a serial list
    const k = toks[n.i0 - 2]?.text === "," && p.text !== "," ? n.i0 - 3 : n.i0 - 2;
    const why = toks[k]?.kind === "num" ? s.dropped.get(k) : undefined;
    if (why === "name" || why === "code" || why === "label") return why;
  }

  // years: "since 2015", "the 1995 proposal", "A.D. 1000", "500 BC"; but "2000 hires", "about 2000"
  if (n.plainInteger && v !== null && !tail.hasUnit && tail.sign === 1 && !tail.hedgeAfter) {
    if (c.eraBefore.endingAt(toks, core - 1) || c.eraAfter.startingAt(toks, n.i1)) return "year";
    if (n.digits.length === 4 && v >= c.yearMinCued && v <= c.yearMaxCued && !(c.hedgeBefore.endingAt(toks, core - 1) || c.quantityLead.endingAt(toks, core - 1))) {
      // "mid-2020": the cue may be joined by a hyphen
      const k = toks[core - 1]?.text === "-" && !toks[core]!.space ? core - 2 : core - 1;
      if (c.yearCue.endingAt(toks, k)) return "year";
      if (v >= c.yearMin && v <= c.yearMax && tail.counted === null) return "year";
    }
  }

  // ages
  if (v !== null && v > 0 && v < c.ageMax) {
    c.ageAfter.lastIndex = n.end;
    if (c.ageAfter.test(text)) return "age";
    if (c.ageBefore.endingAt(toks, core - 1)) return "age";
    // "un hombre de 34 años"
    const unitWord = toks[n.i1];
    if (p && c.ofWords.has(p.low) && pp && c.personNouns.has(pp.low) && unitWord && c.ageUnits.has(unitWord.low)) return "age";
    // "Maddon, 66, has used", "Jamie Armstrong, 25, said"
    if (Number.isInteger(v) && v < 120 && !tail.hasUnit && !tail.counted && p?.text === "," && isCapital(pp) && !c.notNames.has(pp!.low)) {
      if (!nx || nx.text === "," || nx.text === ")" || nx.text === "." || nx.text === ";") return "age";
    }
  }
  // "Dak Prescott (4)"
  if (p?.text === "(" && nx?.text === ")" && isCapital(pp) && !tail.hasUnit && !tail.counted) return "label";

  // "one" alone: a pronoun unless it counts a noun ("one solution"), and never "one of the"
  if (n.kind === "words" && n.i1 - n.i0 === 1 && v === 1) {
    const w = toks[n.i0]!;
    if (c.one.never.has(w.low)) return "pronoun";
    const after = toks[n.i1];
    const then = toks[n.i1 + 1];
    // "one to two years": the low end of a range
    const rangeLow = after !== undefined && then !== undefined && (c.rangeJoin.has(after.low) || c.betweenJoin.has(after.low)) && (then.kind === "num" || c.numberWords.has(then.low));
    if (!rangeLow) {
      if (!after || after.kind !== "word" || !after.space) return "pronoun";
      if (c.one.next.has(after.low)) return "pronoun";
      if (!tail.counted && !tail.hasUnit) return "pronoun";
    }
    if (p && p.kind === "word" && c.one.previous.has(p.low)) return "pronoun";
    if (tail.countedPerson) {
      for (let k = tail.next; k < Math.min(toks.length, tail.next + 3); k++) if (c.one.speech.has(toks[k]!.low)) return "pronoun";
    }
  }

  // "Boeing 737", "FTSE 100", "Lang 20 on loan": a capitalised word right before a bare number
  if (p && p.kind === "word" && toks[n.i0]!.space && isCapital(p) && n.kind === "digits" && !tail.hasUnit && tail.sign === 1) {
    const possessive = /['’]s$|s['’]$/u.test(p.text);
    if (!possessive && !c.notNames.has(p.low) && !c.months.has(p.low) && !c.weekdays.has(p.low) && !c.currencyCode.has(p.text)) return "name";
  }

  // "COVID -19 tests": a detached hyphen after a name is no minus sign
  if (tail.signSymbol === "-" && !tail.hasUnit && isCapital(toks[n.i0 - 2])) return "code";

  if (!tail.hasUnit && !tail.counted) {
    // "787 Dreamliner", "the 90049 ZIP Code", "iPhone 11 Pro": a bare number that starts a name
    const next = toks[n.i1];
    if (n.plainInteger && next && next.space && isCapital(next) && next.text.length > 1 && !c.months.has(next.low) && !c.notNames.has(next.low) && !c.unitOf.has(next.low)) {
      return "name";
    }
    // "575 Wilbraham Road", "16-18 Industrial Avenue"
    let k = n.i1;
    if (toks[k]?.text === "-" && toks[k + 1]?.kind === "num") k += 2;
    for (let caps = 0; k < toks.length && caps <= 3; k++, caps++) {
      const t = toks[k]!;
      if (!isCapital(t)) break;
      if (c.streetWords.has(t.low)) return "address";
    }
  }
  return null;
}
