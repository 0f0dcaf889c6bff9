// Vague time phrases (data/<lang>/times-vague.json). Their mention value is null; their TimeML
// value is kept for scoring:
//   "now", "currently" → PRESENT_REF; "recently", "at the time" → PAST_REF; "soon" → FUTURE_REF;
//   "the past several days", "recent weeks", "the coming months", "several years" → PXD, PXW, PXM, PXY;
//   "several years ago" → PAST_REF; bare plurals next to a cue ("for years", "minutes before") → PXY, PTXM.
import { perLanguage } from "../../lexicon.js";
import { fmtDay } from "../../text/calendar.js";
import { ageFollows } from "./durations.js";
import { scan, VAGUE } from "./gate.js";
import type { Ctx, Found } from "./types.js";
import { alt, B, E, NONE, phraseAfter, phraseBefore, timeWords, wordBefore, type Unit } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

const compile = perLanguage((lang) => {
  const v = timeWords(lang).vague;
  const phrase = new RegExp(`${B}(${alt(Object.keys(v.phrases))})${E}`, "giu");
  const plurals = alt(v.barePluralUnits);
  return {
    phrase,
    /** Plural units; what stands before and after one is read with `before` and `tail`. */
    plural: new RegExp(`${B}(${plurals})${E}`, "giu"),
    notBefore: new Map(Object.entries(v.notBefore).map(([k, l]) => [lowerSquashedApostrophes(k), l])),
    notAfter: new Map(Object.entries(v.notFollowedBy).map(([k, l]) => [lowerSquashedApostrophes(k), l])),
    bareBefore: new Set(v.barePluralBefore.map(lowerSquashedApostrophes)),
    bareNotAfter: new Set(v.barePluralNotAfter.map(lowerSquashedApostrophes)),
  };
});

/** PXD, PXW, PXM, PXY, PTXM: a duration of unknown length in that unit. */
function vagueDuration(u: Unit): string {
  if (u.code === "S" || u.code === "H") return `PTX${u.code}`;
  if (u.code === "MIN") return "PTXM";
  if (u.factor === 10) return "PXDE";
  if (u.factor === 100) return "PXCE";
  return `PX${u.code}`;
}

function vague(start: number, end: number, timeml: string, rule: string): Found {
  const type = /^P/.test(timeml) ? "DURATION" : "DATE";
  return { start, end, kind: "vague", value: null, timeml, type, precision: null, basis: "relative", rule };
}

export function vaguePhrases(ctx: Ctx): Found[] {
  const w = ctx.w;
  const c = compile(ctx.lang);
  const text = ctx.text;
  const out: Found[] = [];

  scan(ctx, VAGUE, c.phrase, (m, at) => {
    const key = lowerSquashedApostrophes(m[1]!);
    const timeml = w.vague.phrases[key];
    if (!timeml) return;
    const end = at + m[0].length;
    const before = c.notBefore.get(key);
    if (before?.length && phraseBefore(text, at, before)) return;
    const after = c.notAfter.get(key);
    if (after?.some((a) => text.slice(end, end + a.length).toLowerCase() === a)) return;
    out.push(vague(at, end, timeml, "vague/phrase"));
  });

  scan(ctx, VAGUE, c.plural, (pm, us) => {
    const u = w.units.get(lowerSquashedApostrophes(pm[1]!));
    if (!u) return;
    // "[hace] [the] [past] [several] days [ahead]": each part optional, read leftwards from the unit
    const quantifier = phraseBefore(text, us, w.vague.quantifiers, "spaces");
    const direction = phraseBefore(text, quantifier?.start ?? us, w.vague.directions, "spaces");
    const article = phraseBefore(text, direction?.start ?? quantifier?.start ?? us, w.vague.articles, "spaces");
    const hace = phraseBefore(text, article?.start ?? direction?.start ?? quantifier?.start ?? us, w.vague.agoBefore ?? NONE, "spaces");
    const tail = phraseAfter(text, us + pm[0].length, w.vague.tails);
    if (!direction && !quantifier && !tail) {
      bare(us, us + pm[0].length, u);
      return;
    }
    const at = hace?.start ?? article?.start ?? direction?.start ?? quantifier?.start ?? us;
    let end = tail ? tail.end : us + pm[0].length;
    if (ageFollows(ctx, end)) return; // "several days old"
    let timeml = vagueDuration(u);
    if (hace && (u.code === "H" || u.code === "MIN") && ctx.ref) {
      // "hace unas horas": earlier the same day
      const day = fmtDay(ctx.ref);
      out.push({ start: at, end, kind: "date", value: day, timeml: day, type: "DATE", precision: "day", basis: "relative", rule: "vague/hours-ago" });
      return;
    }
    if (hace) timeml = "PAST_REF";
    const ago = phraseAfter(text, end, w.vague.agoWords);
    const later = phraseAfter(text, end, w.vague.laterWords);
    if (ago) {
      end = ago.end;
      timeml = "PAST_REF";
    } else if (later) {
      end = later.end;
      timeml = "FUTURE_REF";
    }
    out.push(vague(at, end, timeml, "vague/unit-phrase"));
  });
  return out;

  /** A bare plural unit ("for years", "minutes before") next to a word that makes it a duration. */
  function bare(at: number, end: number, u: Unit): void {
    const prev = wordBefore(text, at);
    if (c.bareNotAfter.has(prev) || /^\d/.test(prev)) return;
    const licensed = c.bareBefore.has(prev) || phraseAfter(text, end, w.vague.barePluralAfter) !== null;
    if (!licensed) return;
    const ago = phraseAfter(text, end, w.vague.agoWords);
    if (ago) out.push(vague(at, ago.end, "PAST_REF", "vague/bare-unit-ago"));
    else out.push(vague(at, end, vagueDuration(u), "vague/bare-unit"));
  }
}
