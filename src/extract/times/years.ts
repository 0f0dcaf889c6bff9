// Years, decades and centuries, which chrono leaves alone when they stand by themselves:
//   "Since 2015" → 2015, "2009-2010" → 2009 and 2010, "1957-58" → 1957 and 1958,
//   "the 1990s" / "la década de 1990" → 199 (precision decade); a decade said without its century
//   ("the '90s", "the nineties", "los 20") is the one nearest before the reference date: in a 2026
//   article "los 20" is the 2020s (202), "the 90s" the 1990s (199); the 1900s without a reference,
//   "the 20th century" / "el siglo XX" → 19.
// A four-digit number is a figure, not a year, when a currency sign, "No." or a counted noun
// stands next to it ("2015 people", "$2015") — lists in data/<lang>/times-not.json.
import { perLanguage } from "../../lexicon.js";
import { scan, YEARS } from "./gate.js";
import type { Ymd } from "../../text/calendar.js";
import type { Ctx, Found, Precision } from "./types.js";
import { alt, B, E, phraseAfter, phraseBefore, timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function roman(s: string): number | null {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toUpperCase()];
    const next = ROMAN[(s[i + 1] ?? "").toUpperCase()] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

const compile = perLanguage((lang) => {
  const w = timeWords(lang);
  const p = w.phrases;
  const year = /(?<![\p{L}\p{N}.,$€£#/:'’])(1\d{3}|20\d{2})(?![\p{L}\p{N}%'’]|[.,:/]\d)/gu;
  const rangeTail = /^\s*[-–]\s*(\d{4}|\d{2})(?![\p{L}\p{N}%]|[.,:/]\d)/u;
  const prefixes = alt(p.decadePrefixes);
  const suffix = p.decadeSuffix;
  const decade = suffix
    ? new RegExp(`${B}(?:(${prefixes})\\s+)?(?:['’](\\d)0|(\\d)0|(\\d{3})0)['’]?${suffix}${E}`, "giu")
    : new RegExp(`${B}(${prefixes})\\s+(?:['’]?(\\d)0|(\\d)0|(\\d{3})0)${E}`, "giu");
  const decadeWord = new RegExp(`${B}(${prefixes})\\s+(?:(?:${alt(p.decadeWordMods ?? [])})[\\s-]+)?(${alt(Object.keys(w.cal.decadeWords))})${E}`, "giu");
  const ord = alt(Object.keys(w.cal.ordinals));
  const cw = alt(p.centuryWord);
  const century = p.centuryWordFirst
    ? new RegExp(`${B}(?:${cw})\\s+([IVXL]{1,5}|\\d{1,2})${E}`, "gu")
    : new RegExp(`${B}(?:(\\d{1,2})(?:${alt(w.cal.ordinalSuffixes ?? [])})|(${ord}))[\\s-]+(?:${cw})${E}`, "giu");
  /** Spanish "los 70" (no "años"), only before a joined decade or a punctuation mark. */
  const bareDecade = p.decadeBare?.length
    ? new RegExp(`${B}(?:${alt(p.decadeBare)})\\s+([2-9])0(?=\\s*(?:${alt(p.decadeJoiners ?? [])})\\s*[2-9]0(?![\\p{L}\\p{N}%])|\\s*[.;:)"»]|\\s*$)`, "giu")
    : null;
  /** A decade joined to the one before: "the '70s and 80s", "los años 70 y 80". */
  const nextDecade = new RegExp(
    `^\\s*(?:${alt(p.decadeJoiners ?? [","])})\\s*(?:(?:${prefixes})\\s+)?(?:['’]?([1-9])0|(\\d{3})0)${suffix ? `['’]?${suffix}` : ""}(?![\\p{L}\\p{N}%])`,
    "iu",
  );
  return { year, rangeTail, decade, decadeWord, century, bareDecade, nextDecade };
});

/**
 * The decade `d` (0–9: "the '90s" → 9) said without its century: the latest one that starts in or
 * before the reference year; in the 1900s when there is no reference date. Rule suffix included.
 */
export function decadeOf(d: number, ref: Ymd | null): { value: string; rule: string } {
  if (!ref) return { value: `19${d}`, rule: "" };
  const century = Math.floor(ref.y / 100) - (Math.floor(ref.y / 100) * 100 + d * 10 > ref.y ? 1 : 0);
  return { value: `${century}${d}`, rule: "+ref-century" };
}

function date(start: number, end: number, value: string, precision: Precision | null, rule: string): Found {
  return { start, end, kind: "date", value, timeml: value, type: "DATE", precision, basis: "absolute", rule };
}

/** Is the number at [s, e) a figure rather than a year? */
function isFigure(ctx: Ctx, s: number, e: number, y: number): boolean {
  const not = ctx.w.not;
  if (phraseBefore(ctx.text, s, not.notYearBefore)) return true;
  if (/[$€£#]\s*$/.test(ctx.text.slice(Math.max(0, s - 2), s))) return true;
  if (phraseAfter(ctx.text, e, not.notYearAfter)) return true;
  if (/^\s*%/.test(ctx.text.slice(e, e + 3))) return true;
  if (/^[-/.]\d{1,2}[-/.]\d/.test(ctx.text.slice(e, e + 6))) return true; // a numeric date or a code: chrono's job
  // a number glued to another by a dash or slash is a code, a score or a phone number
  if (/\d\s*[-–/]\s*$/.test(ctx.text.slice(Math.max(0, s - 3), s))) return true;
  if (y < 1800 && !phraseBefore(ctx.text, s, ctx.w.phrases.yearLicensors)) return true;
  return false;
}

export function years(ctx: Ctx): Found[] {
  const w = ctx.w;
  const c = compile(ctx.lang);
  const text = ctx.text;
  const out: Found[] = [];

  scan(ctx, YEARS, c.year, (m, s) => {
    const e = s + m[0].length;
    const y = Number(m[1]);
    if (isFigure(ctx, s, e, y)) return;
    out.push(date(s, e, m[1]!, "year", "year/number"));
    // "2009-2010", "1957-58": the second year of a span
    const t = c.rangeTail.exec(text.slice(e, e + 12));
    if (t) {
      const raw = t[1]!;
      const y2 = raw.length === 2 ? Math.floor(y / 100) * 100 + Number(raw) : Number(raw);
      if (y2 > y && y2 < y + 100) {
        const s2 = e + t[0].length - raw.length;
        out.push(date(s2, s2 + raw.length, String(y2), "year", "year/span-end"));
      }
    }
  });

  scan(ctx, YEARS, c.decade, (m, at) => {
    const hasPrefix = Boolean(m[1]);
    const apostrophe = m[2];
    const two = m[3];
    const three = m[4];
    if (three) out.push(date(at, at + m[0].length, three, "decade", "year/decade"));
    else if (apostrophe || (two && hasPrefix)) {
      const d = decadeOf(Number(apostrophe ?? two), ctx.ref);
      out.push(date(at, at + m[0].length, d.value, "decade", `year/decade${d.rule}`));
    }
  });

  if (c.bareDecade) {
    scan(ctx, YEARS, c.bareDecade, (m, at) => {
      const d = decadeOf(Number(m[1]), ctx.ref);
      out.push(date(at, at + m[0].length, d.value, "decade", `year/decade-bare${d.rule}`));
    });
  }
  // "the '70s and 80s", "los 70 y 80": the second decade of a pair
  for (const f of [...out]) {
    if (f.precision !== "decade") continue;
    const t = c.nextDecade.exec(text.slice(f.end, f.end + 24));
    if (!t) continue;
    const d = t[2] ? { value: t[2], rule: "" } : decadeOf(Number(t[1]), ctx.ref);
    // a pair is one stretch before the reference: "los 20 y 30" in 2026 are the 1920s and 1930s
    const first = Number(f.value!.slice(-1));
    if (!t[2] && f.rule.endsWith("+ref-century") && Number(t[1]) > first) {
      f.value = `${d.value.slice(0, -1)}${first}`;
      f.timeml = f.value;
    }
    const end = f.end + t[0].length;
    const digits = /(?:['’]?\d+(?:['’]?\p{L}+)?)$/u.exec(t[0])!;
    out.push(date(end - digits[0].length, end, d.value, "decade", `year/decade-joined${d.rule}`));
  }

  scan(ctx, YEARS, c.decadeWord, (m, at) => {
    const d = w.cal.decadeWords[lowerSquashedApostrophes(m[2]!)];
    if (d === undefined) return;
    const dec = decadeOf(d, ctx.ref);
    out.push(date(at, at + m[0].length, dec.value, "decade", `year/decade-word${dec.rule}`));
  });

  scan(ctx, YEARS, c.century, (m, at) => {
    const raw = m[1] ?? "";
    const n = m[2] ? (w.cal.ordinals[lowerSquashedApostrophes(m[2])] ?? null) : /^\d+$/.test(raw) ? Number(raw) : roman(raw);
    if (n && n <= 30) out.push(date(at, at + m[0].length, String(n - 1).padStart(2, "0"), null, "year/century"));
  });
  return out;
}
