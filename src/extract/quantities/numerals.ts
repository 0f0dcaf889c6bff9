// Reads numbers as written: digits with the language's separators and scale words ("1.5 million",
// "35m", "330.000", "1,5 millones"), spelled-out numbers ("twenty-eight thousand", "dos mil",
// "a dozen"), vague counts ("hundreds of thousands", "dozens", "several hundred") and fractions
// ("a third of", "two-thirds", "one in three", "1/2"). Context decides later whether a numeral is
// a figure.
import type { QuantityCues } from "./cues.js";
import { digitValue } from "./tokens.js";
import type { Numeral, Tok } from "./types.js";

/** Reads the numeral that starts at token i, or returns null. */
export function readNumeral(toks: readonly Tok[], i: number, c: QuantityCues, text: string): Numeral | null {
  const t = toks[i]!;
  let n: Numeral | null = null;
  if (t.kind === "num" || (t.kind === "sym" && t.text === "." && leadingDecimal(toks, i))) n = readDigits(toks, i, c, text);
  else if (t.kind === "word" && t.starter) n = readVague(toks, i, c) ?? readFraction(toks, i, c) ?? readWords(toks, i, c);
  // "a million million million …" can overflow
  return n && finite(n.value) && finite(n.min) && finite(n.max) ? n : null;
}

const finite = (v: number | null) => v === null || Number.isFinite(v);

/** ".500 record", ".001 per cent": a decimal point with no digit before it. */
function leadingDecimal(toks: readonly Tok[], i: number): boolean {
  const n = toks[i + 1];
  if (!n || n.kind !== "num" || n.space || /[.,]/.test(n.text)) return false;
  const p = toks[i - 1];
  return toks[i]!.space || (p !== undefined && (p.text === "$" || p.text === "(" || p.text === "~"));
}

const isInt = (s: string) => /^\d+$/.test(s);

/** A numeral with every field set, always in the same order (one object shape). */
function numeral(
  toks: readonly Tok[],
  i0: number,
  i1: number,
  kind: Numeral["kind"],
  value: number | null,
  min: number | null,
  max: number | null,
  baseValue: number | null,
  scale: number,
  plainInteger: boolean,
  digits: string,
  needsUnit: boolean,
): Numeral {
  return { i0, i1, start: toks[i0]!.start, end: toks[i1 - 1]!.end, kind, value, min, max, base: baseValue, scale, plainInteger, digits, needsUnit };
}

function readDigits(toks: readonly Tok[], i: number, c: QuantityCues, text: string): Numeral | null {
  let j = i;
  let digits: string;
  let value: number;
  if (toks[i]!.text === ".") {
    digits = "0." + toks[i + 1]!.text;
    value = Number(digits);
    j = i + 2;
  } else {
    digits = toks[i]!.text;
    value = digitValue(digits, c.lang);
    j = i + 1;
  }
  if (!Number.isFinite(value)) return null;
  // "1/2 pound", "1⁄32 of a US quart": a fraction of digits, written without spaces.
  const slash = toks[j];
  const den = toks[j + 1];
  if (slash && den && !slash.space && !den.space && (slash.text === "/" || slash.text === "⁄") && den.kind === "num" && isInt(digits) && isInt(den.text)) {
    const after = toks[j + 2];
    if (after && !after.space && (after.text === "/" || after.kind === "num")) return null; // 11/29/2025
    const d = Number(den.text);
    if (d === 0) return null;
    return numeral(toks, i, j + 2, "fraction", value / d, null, null, value / d, 1, false, digits, true);
  }
  // "1.99×10−30", "2.998x10^8": scientific notation
  const times = toks[j];
  const ten = toks[j + 1];
  if (times && ten && (times.text === "×" || times.low === "x") && ten.text === "10" && !ten.space) {
    const m = /^(?:\^|\s?)([-−–]?)(\d{1,3})(?!\d)/u.exec(text.slice(ten.end, ten.end + 6));
    if (m) {
      const exp = Number(m[2]) * (m[1] ? -1 : 1);
      const after = ten.end + m[0].length;
      let k = j + 2;
      while (k < toks.length && toks[k]!.start < after) k++;
      return numeral(toks, i, k, "digits", value * Math.pow(10, exp), null, null, value * Math.pow(10, exp), 1, false, digits, false);
    }
  }
  const baseValue = value;
  let scale = 1;
  // Scale written against the digits: "35m", "2.8bn", "25k".
  const att = toks[j];
  if (att && att.kind === "word" && !att.space) {
    const s = c.attachedScales.get(att.text);
    if (s !== undefined && (!c.ambiguousScales.has(att.text) || millionNotMetre(toks, i, j, c, text))) {
      scale *= s;
      j++;
    }
  }
  // Scale words after a space: "1.5 million", "4 hundred million", "3 mil millones".
  const sc = readScales(toks, j, c);
  if (sc) {
    scale *= sc.scale;
    j = sc.next;
  }
  return numeral(toks, i, j, "digits", baseValue * scale, null, null, baseValue, scale, scale === 1 && isInt(digits), digits, false);
}

/** "35m": million when a currency precedes or a counted noun follows ("35m of its devices", "1.2m tons"); else metres. */
function millionNotMetre(toks: readonly Tok[], i: number, j: number, c: QuantityCues, text: string): boolean {
  if (c.currencyBefore.test(text.slice(Math.max(0, toks[i]!.start - 6), toks[i]!.start))) return true;
  // "2.7m combined digital and physical sales": look a few words ahead for the counted noun
  for (let k = j + 1; k < Math.min(toks.length, j + 6); k++) {
    const n = toks[k]!;
    if (!n.space || n.kind !== "word") return false;
    if (k === j + 1 && c.ofWords.has(n.low)) return true;
    if (c.personNouns.has(n.low) || c.irregularPlurals.has(n.low) || c.unitOf.get(n.low)?.unit === "t") return true;
    if (/^\p{Ll}/u.test(n.text) && n.low.length > 3 && n.low.endsWith("s") && !n.low.endsWith("ss") && !c.notPlural.has(n.low)) return true;
    if (c.countedStop.has(n.low) && !c.joiners.has(n.low)) return false;
  }
  return false;
}

/** Scale words from token j on; they multiply: "hundred million", "mil millones". */
function readScales(toks: readonly Tok[], j: number, c: QuantityCues): { scale: number; next: number } | null {
  let scale = 1;
  let found = false;
  for (;;) {
    const t = toks[j];
    if (!t || t.kind !== "word") break;
    const hit = scaleAt(toks, j, c);
    if (!hit) break;
    scale *= hit.value;
    j = hit.next;
    found = true;
  }
  return found ? { scale, next: j } : null;
}

/** A scale or multiplier word (or phrase) at token j. */
function scaleAt(toks: readonly Tok[], j: number, c: QuantityCues): { value: number; next: number; multiplier: boolean } | null {
  for (let n = c.scaleWords; n >= 1; n--) {
    const parts: string[] = [];
    let k = j;
    for (; k < j + n; k++) {
      const t = toks[k];
      if (!t || t.kind !== "word" || (k > j && !t.space)) break;
      parts.push(t.low);
    }
    if (parts.length !== n) continue;
    const key = parts.join(" ");
    const v = c.scales.get(key);
    if (v !== undefined) return { value: v, next: k, multiplier: false };
    if (n === 1) {
      const m = c.multipliers.get(key);
      if (m !== undefined) return { value: m, next: k, multiplier: true };
    }
  }
  return null;
}

/** Spelled-out numbers: "three", "twenty-eight thousand six hundred forty-two", "a dozen", "dos mil". */
function readWords(toks: readonly Tok[], i: number, c: QuantityCues): Numeral | null {
  let total = 0;
  let cur = 0;
  let lastScale = 0;
  let j = i;
  let words = 0; // number words consumed (articles excluded)
  let prev: "none" | "unit" | "tens" | "hundred" | "scale" = "none";
  const first = toks[i]!;
  // "a hundred", "a million", "un millón": the article only counts before a multiplier or scale.
  if (c.articles.has(first.low)) {
    const next = toks[i + 1];
    if (!next || !next.space || !scaleAt(toks, i + 1, c)) return null;
    cur = 1;
    j = i + 1;
    prev = "unit";
  }
  for (;;) {
    const t = toks[j];
    if (!t || t.kind === "num") break;
    if (j > i && t.kind === "word" && !t.space) break;
    // "twenty-eight": a hyphen between a tens word and a unit word
    if (t.text === "-" && prev === "tens" && !t.space) {
      const n = toks[j + 1];
      const v = n && !n.space && n.kind === "word" ? c.numberWords.get(n.low) : undefined;
      if (v !== undefined && v > 0 && v < 10) {
        cur += v;
        j += 2;
        words++;
        prev = "unit";
        continue;
      }
      break;
    }
    if (t.kind !== "word") break;
    // "one hundred and twenty", "treinta y dos"
    if (c.joiners.has(t.low) && words > 0) {
      const n = toks[j + 1];
      const v = n && n.kind === "word" ? c.numberWords.get(n.low) : undefined;
      const ok = v !== undefined && ((prev === "hundred" || prev === "scale") ? v < 100 : prev === "tens" && c.tens.has(toks[j - 1]!.low) && v < 10);
      if (!ok) break;
      j++;
      continue;
    }
    const sc = scaleAt(toks, j, c);
    if (sc && (words > 0 || cur > 0 || c.bareScales.has(t.low))) {
      if (sc.multiplier) {
        cur = (cur || 1) * sc.value;
        prev = "hundred";
      } else {
        const group = cur || 1;
        if (lastScale && sc.value > lastScale) {
          total = (total + group) * sc.value;
        } else {
          total += group * sc.value;
        }
        lastScale = sc.value;
        cur = 0;
        prev = "scale";
      }
      j = sc.next;
      words++;
      continue;
    }
    const v = c.numberWords.get(t.low);
    if (v === undefined) break;
    const fits =
      prev === "none" ||
      prev === "scale" ||
      (prev === "hundred" && v < 100) ||
      (prev === "tens" && v < 10 && c.joiners.has(toks[j - 1]!.low)) ||
      (prev === "unit" && cur % 100 === 0 && cur > 0 && v < 100);
    if (!fits) break;
    cur += v;
    prev = c.tens.has(t.low) ? "tens" : v >= 100 ? "hundred" : "unit";
    j++;
    words++;
  }
  if (words === 0) return null;
  const value = total + cur;
  const scaled = total > 0 || prev === "hundred";
  return numeral(toks, i, j, "words", value, null, null, scaled && lastScale ? value / lastScale : value, scaled && lastScale ? lastScale : 1, false, "", false);
}

/** "thousands", "hundreds of thousands", "tens of millions", "several hundred", "cientos de miles". */
function readVague(toks: readonly Tok[], i: number, c: QuantityCues): Numeral | null {
  let j = i;
  let few = false;
  // "several hundred", "a few thousand", "varios miles"
  for (const p of c.vagueFew) {
    if (p.every((w, k) => toks[i + k]?.low === w && toks[i + k]?.kind === "word")) {
      few = true;
      j = i + p.length;
      break;
    }
  }
  let mag = 0;
  const plural = vaguePluralAt(toks, j, c);
  if (plural) {
    mag = plural.value;
    j = plural.next;
  } else if (few) {
    const sc = readScales(toks, j, c);
    if (!sc) return null;
    mag = sc.scale;
    j = sc.next;
  } else {
    return null;
  }
  // "hundreds of thousands", "tens of millions", "cientos de miles de millones"
  for (;;) {
    const of = toks[j];
    if (!of || !c.ofWords.has(of.low)) break;
    const more = vaguePluralAt(toks, j + 1, c);
    if (!more) break;
    mag *= more.value;
    j = more.next;
  }
  if (!plural && !few) return null;
  if (plural && c.vagueNeedOf.has(plural.word) && j === plural.next) {
    const of = toks[j];
    if (!of || !c.ofWords.has(of.low)) return null;
  }
  const min = few ? 2 * mag : mag;
  return numeral(toks, i, j, "vague", null, min, 10 * mag, null, mag, false, "", false);
}

function vaguePluralAt(toks: readonly Tok[], j: number, c: QuantityCues): { value: number; next: number; word: string } | null {
  const t = toks[j];
  if (!t || t.kind !== "word") return null;
  // three-word entries first ("miles de millones")
  const t2 = toks[j + 1];
  const t3 = toks[j + 2];
  if (t2 && t3 && c.vagueLong.has(t.low)) {
    const key = `${t.low} ${t2.low} ${t3.low}`;
    const v = c.vaguePlurals.get(key);
    if (v !== undefined) return { value: v, next: j + 3, word: key };
  }
  const v = c.vaguePlurals.get(t.low);
  return v === undefined ? null : { value: v, next: j + 1, word: t.low };
}

/** "a third of", "two-thirds", "one fourth of", "one in three", "uno de cada tres". */
function readFraction(toks: readonly Tok[], i: number, c: QuantityCues): Numeral | null {
  const t = toks[i]!;
  if (!c.fractionNumerators.has(t.low)) return null;
  const num = c.articles.has(t.low) ? 1 : c.numberWords.get(t.low);
  if (num === undefined) return null;
  let j = i + 1;
  const h = toks[j];
  if (h && h.text === "-" && !h.space) j++;
  const f = toks[j];
  if (f && f.kind === "word" && (f.space || j > i + 1)) {
    const d = c.fractions.get(f.low);
    const of = toks[j + 1];
    if (d !== undefined && (num > 1 || (of !== undefined && c.ofWords.has(of.low)))) {
      return numeral(toks, i, j + 1, "fraction", num / d, null, null, num / d, 1, false, "", false);
    }
  }
  // "one in three", "one out of three", "uno de cada tres"
  for (const p of c.fractionOutOf) {
    if (!p.every((w, k) => toks[i + 1 + k]?.low === w)) continue;
    const k = i + 1 + p.length;
    const d = toks[k];
    const dv = d ? (d.kind === "num" ? Number(d.text) : c.numberWords.get(d.low)) : undefined;
    if (dv !== undefined && dv > num && Number.isFinite(dv)) {
      return numeral(toks, i, k + 1, "fraction", num / dv, null, null, num / dv, 1, false, "", false);
    }
  }
  return null;
}
