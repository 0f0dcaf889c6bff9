// What a number measures or counts: a currency written before it ("$6", "US$58.24", "S/ 500"), a
// unit after it ("2,200 kilometers", "50mph", "60-day", "per cent", "barrels a day"), a sign
// ("-1.3%", "minus-130"), and otherwise the noun phrase it counts ("at least 100 foreigners",
// "330,000 undocumented migrants", "330.000 migrantes indocumentados").
import type { QuantityCues } from "./cues.js";
import { lowerSquashed } from "../../text/fold.js";
import { tokIndex } from "./phrases.js";
import type { Numeral, Tok } from "./types.js";

export interface Tail {
  currency: string | null;
  /** Where a currency (or a unit written before the number, "magnitude 6.4") starts. */
  leadStart: number | null;
  sign: 1 | -1;
  signStart: number | null;
  /** A written "+" or "-" (not "minus"): market listings use it for a change. */
  signSymbol: "+" | "-" | null;
  unit: string | null;
  /** The unit is a measure, percentage or currency (not a counted noun). */
  hasUnit: boolean;
  unitEnd: number | null;
  counted: string | null;
  /** The counted noun names people ("migrants", "Venezuelans"). */
  countedPerson: boolean;
  /** End of everything read after the digits, and the index of the next token. */
  end: number;
  next: number;
  hedgeAfter: { hedge: string; end: number } | null;
}

/** Reads currency, sign, unit, after-hedge and counted noun around a numeral. */
export function readTail(n: Numeral, toks: readonly Tok[], c: QuantityCues, text: string): Tail {
  const tail: Tail = {
    currency: null,
    leadStart: null,
    sign: 1,
    signStart: null,
    signSymbol: null,
    unit: null,
    hasUnit: false,
    unitEnd: null,
    counted: null,
    countedPerson: false,
    end: n.end,
    next: n.i1,
    hedgeAfter: null,
  };
  readSign(n, toks, c, tail);
  readCurrencyBefore(n, c, text, tail);
  let pos = n.end;
  const unit = unitAt(pos, n, toks, c, text);
  if (unit) {
    tail.unit = unit.unit;
    tail.hasUnit = true;
    tail.unitEnd = unit.end;
    if (unit.kind === "currency" && tail.currency === null) tail.currency = unit.unit;
    pos = unit.end;
  } else if (tail.currency) {
    tail.unit = tail.currency;
    tail.hasUnit = true;
  } else {
    // "a magnitude 6.4 earthquake", "a magnitude of 6.4"
    let p = toks[n.i0 - 1];
    let u = p && p.kind === "word" ? c.unitBefore.get(p.low) : undefined;
    if (!u && p && p.kind === "word" && c.unitBeforeLinks.has(p.low)) {
      const pp = toks[n.i0 - 2];
      u = pp && pp.kind === "word" ? c.unitBefore.get(pp.low) : undefined;
      if (u) p = pp;
    }
    if (u) {
      tail.unit = u;
      tail.hasUnit = true;
      tail.leadStart = p!.start;
    }
  }
  // rates: "$3,500 a month", "800,000 barrels a day", "$6 per share"
  if (tail.hasUnit) {
    c.per.lastIndex = pos;
    const m = c.per.exec(text);
    if (m) {
      tail.unit = `${tail.unit}/${c.perNouns.get(lowerSquashed(m[1]!)) ?? lowerSquashed(m[1]!)}`;
      pos = m.index + m[0].length;
      tail.unitEnd = pos;
    }
  }
  // "100-plus", "10 or more", "100 or so"
  const after = readHedgeAfter(pos, c, text);
  if (after) {
    tail.hedgeAfter = after;
    pos = after.end;
  }
  if (!unit && tail.currency === null) {
    const ct = readCounted(n, toks, tokIndex(toks, pos), c, text);
    if (ct) {
      tail.counted = ct.text;
      tail.countedPerson = ct.person;
      if (ct.person && !tail.hasUnit) tail.unit = c.peopleUnit;
      pos = ct.end;
      // "100 people or more"
      const late = tail.hedgeAfter ? null : readHedgeAfter(pos, c, text);
      if (late) {
        tail.hedgeAfter = late;
        pos = late.end;
      }
    }
  }
  // "a crew of 21", "una multitud de 5.000": the body of people named before "of"
  if (!tail.unit && !tail.counted && tail.currency === null) {
    const of = toks[n.i0 - 1];
    const noun = toks[n.i0 - 2];
    if (of && noun && c.ofWords.has(of.low) && c.peopleBeforeOf.has(noun.low)) {
      tail.counted = noun.text;
      tail.countedPerson = true;
      tail.unit = c.peopleUnit;
    }
  }
  if (!tail.unit && n.kind === "fraction") tail.unit = c.fractionUnit;
  tail.end = pos;
  tail.next = tokIndex(toks, pos);
  return tail;
}

/** "100 or more", "100-plus", "100 or so" right at pos. */
function readHedgeAfter(pos: number, c: QuantityCues, text: string): { hedge: string; end: number } | null {
  c.hedgeAfter.lastIndex = pos;
  const h = c.hedgeAfter.exec(text);
  if (!h || (h[2] === "+" && h[1] !== "")) return null;
  const end = h.index + h[0].length;
  // ", more or less 5 degrees" starts the next figure rather than hedging this one
  if (/^\s*[\d$€£¥]/u.test(text.slice(end, end + 3))) return null;
  return { hedge: lowerSquashed(h[2]!), end };
}

/** "-1.3%", "+0.2%", "$-50.8bn", "minus-130 degrees", "minus 387". */
function readSign(n: Numeral, toks: readonly Tok[], c: QuantityCues, tail: Tail): void {
  const first = toks[n.i0]!;
  const p = toks[n.i0 - 1];
  if (!p) return;
  if (!first.space && (p.text === "-" || p.text === "−" || p.text === "+" || p.text === "–")) {
    const pp = toks[n.i0 - 2];
    if (pp && !p.space && pp.kind === "word" && c.signWords.has(pp.low)) {
      tail.sign = -1;
      tail.signStart = pp.start;
      return;
    }
    if (p.space || !pp || pp.text === "(" || pp.text === "$" || c.currencyCode.has(pp.text)) {
      tail.sign = p.text === "+" ? 1 : -1;
      tail.signStart = p.start;
      tail.signSymbol = p.text === "+" ? "+" : "-";
    }
    return;
  }
  if (first.space && p.kind === "word" && c.signWords.has(p.low)) {
    // "minus 387", but not "al menos 100" or "more or less 5": there the word ends a hedge
    const hedge = c.hedgeBefore.endingAt(toks, n.i0 - 1);
    if (!hedge || hedge.words < 2) {
      tail.sign = -1;
      tail.signStart = p.start;
    }
  }
}

function readCurrencyBefore(n: Numeral, c: QuantityCues, text: string, tail: Tail): void {
  const at = tail.signStart !== null && tail.signSymbol !== null ? tail.signStart : n.start;
  const from = Math.max(0, at - 8);
  const m = c.currencyBefore.exec(text.slice(from, at));
  if (!m) return;
  const sym = m[1]!;
  const code = c.currencyCode.get(sym.replace(/\s+/g, ""));
  if (!code) return;
  const trailing = m[0].length - m[0].trimEnd().length;
  const symStart = from + m.index + m[0].length - trailing - sym.length;
  // a code made of letters must not be the end of a longer word ("RM" in "FORM 5")
  if (/^\p{L}/u.test(sym)) {
    const prev = text[symStart - 1];
    if (prev !== undefined && !/[\s(]/u.test(prev)) return;
  }
  tail.currency = code;
  tail.leadStart = symStart;
}

/** A unit right after the number (symbol or word), if any. */
function unitAt(pos: number, n: Numeral, toks: readonly Tok[], c: QuantityCues, text: string): { unit: string; end: number; kind: "measure" | "currency" } | null {
  let best: { unit: string; end: number; kind: "measure" | "currency" } | null = null;
  c.unitSymbol.lastIndex = pos;
  const s = c.unitSymbol.exec(text);
  if (s) {
    const sep = s[1]!;
    const sym = s[2]!;
    if (sep === "" || !c.attachedOnly.has(sym)) {
      const cur = c.unitOf.get(`sym:${sym}`);
      best = { unit: c.symbolUnits.get(sym)!, end: s.index + s[0].length, kind: cur ? "currency" : "measure" };
    }
  }
  const w = mayBeUnitWord(pos, toks, c) ? execAt(c.unitWord, pos, text) : null;
  if (w) {
    const sep = w[1]!;
    const ofLike = /\S/.test(sep.replace("-", ""));
    if (!ofLike || n.scale > 1 || n.kind === "vague") {
      const key = lowerSquashed(w[2]!);
      const end = w.index + w[0].length;
      if (!best || end > best.end) {
        const amb = c.currencyIfScaled.get(key);
        if (amb) best = n.scale >= 1e6 ? { unit: amb[0], end, kind: "currency" } : { unit: amb[1], end, kind: "measure" };
        else {
          const u = c.unitOf.get(key);
          if (u) best = { unit: u.unit, end, kind: u.kind };
        }
      }
    }
  }
  return best;
}

/** Is the word at pos (or after "of"/"de", or after a hyphen) the start of a unit word? Saves trying the long unit pattern. */
function mayBeUnitWord(pos: number, toks: readonly Tok[], c: QuantityCues): boolean {
  let k = tokIndex(toks, pos);
  if (toks[k]?.text === "-") k++;
  const t = toks[k];
  if (!t || t.kind !== "word") return false;
  if (c.unitFirstWords.has(t.low)) return true;
  return c.ofWords.has(t.low) && toks[k + 1] !== undefined && c.unitFirstWords.has(toks[k + 1]!.low);
}

function execAt(re: RegExp, pos: number, text: string): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The noun phrase a figure counts: head noun phrase right after the number, "of" skipped. */
function readCounted(n: Numeral, toks: readonly Tok[], j: number, c: QuantityCues, text: string): { text: string; end: number; person: boolean } | null {
  let t = toks[j];
  if (!t || !t.space) {
    // "60-day" and similar compounds are units, handled before; anything else attached is no noun phrase
    return null;
  }
  // "hundreds of thousands of migrants", "35m of its Echo devices", "3 millones de habitantes"
  if (c.ofWords.has(t.low) && (n.kind === "vague" || n.kind === "fraction" || n.scale > 1)) {
    j++;
    while (toks[j] && c.determiners.has(toks[j]!.low)) j++;
    t = toks[j];
  }
  if (!t || t.kind !== "word") return null;
  const one = n.value === 1 && n.kind !== "fraction";
  const words: Tok[] = [];
  let head: Tok | null = null;
  for (let k = j; k < toks.length && words.length < 6; k++) {
    const w = toks[k]!;
    if (w.kind !== "word") {
      // "first-team players", "asylum-seekers": a hyphen inside a compound word
      if (w.text === "-" && !w.space && words.length > 0 && toks[k + 1]?.kind === "word" && !toks[k + 1]!.space) continue;
      // "Model 3 sedans", "737 Max jets": a number inside a name
      if (!c.headFirst && w.kind === "num" && w.space && isCapitalTok(toks[k - 1]) && words.length > 0) {
        words.push(w);
        continue;
      }
      break;
    }
    if (words.length > 0 && w.space === false && toks[k - 1]?.text !== "-") break;
    // "Kia and Hyundai vehicles": names joined inside the counted phrase
    if (!c.headFirst && words.length > 0 && c.nameJoiners.has(w.low) && isCapitalTok(toks[k - 1]) && isCapitalTok(toks[k + 1])) {
      words.push(w);
      continue;
    }
    if (c.countedStop.has(w.low) || c.months.has(w.low) || c.numberWords.has(w.low)) break;
    if (c.adverbSuffixes.some((s) => w.low.length > s.length + 3 && w.low.endsWith(s))) break;
    if (c.unitOf.has(w.low) && words.length === 0) break;
    if (c.headFirst) {
      if (words.length === 0) {
        words.push(w);
        head = w;
        continue;
      }
      // Spanish adjectives after the head agree in number: "migrantes indocumentados"
      if (!one && looksPlural(w, c) && !/^\p{Lu}/u.test(w.text)) {
        words.push(w);
        head = w;
        continue;
      }
      break;
    }
    if (one) {
      if (words.length > 0 && looksPlural(w, c)) break;
      words.push(w);
      head = w;
      if (words.length >= 2) break;
      continue;
    }
    words.push(w);
    if (isCountNoun(w, c)) {
      head = w;
      // "undocumented migrants", "asylum seekers": a count noun may be the modifier of the next one
      const n2 = toks[k + 1];
      if (words.length < 4 && n2 && n2.kind === "word" && n2.space && !c.countedStop.has(n2.low) && isCountNoun(n2, c)) continue;
      break;
    }
  }
  if (!head) return null;
  const first = words[0]!;
  const headWord = c.headFirst ? first : head;
  if (!one && !isCountNoun(headWord, c)) return null;
  if (one && /^\p{Lu}/u.test(first.text) && !isDemonym(first, c) && !c.personNouns.has(first.low)) return null;
  return {
    text: text.slice(first.start, head.end),
    end: head.end,
    person: isPerson(headWord, c),
  };
}

function isCapitalTok(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

function looksPlural(w: Tok, c: QuantityCues): boolean {
  const s = w.low;
  if (c.notPlural.has(s) || c.countedStop.has(s)) return false;
  if (c.irregularPlurals.has(s)) return true;
  return s.length >= 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("'s") && !s.endsWith("’s");
}

/** A plural noun (or a person noun) that can be what a figure counts. */
function isCountNoun(w: Tok, c: QuantityCues): boolean {
  return c.personNouns.has(w.low) || c.irregularPlurals.has(w.low) || looksPlural(w, c) || isDemonym(w, c);
}

function isDemonym(w: Tok, c: QuantityCues): boolean {
  const capital = /^\p{Lu}\p{Ll}/u.test(w.text);
  if (c.headFirst ? capital : !capital) return false;
  return c.demonymSuffixes.some((s) => w.low.endsWith(s) && w.low.length > s.length + 2);
}

function isPerson(w: Tok, c: QuantityCues): boolean {
  return c.personNouns.has(w.low) || isDemonym(w, c);
}
