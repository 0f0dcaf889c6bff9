// The tense a time expression is used in, from the cue words of its sentence (data/<lang>/
// times-tense.json): the cue nearest to the expression decides. Cues are verbs in the past
// ("declared", "said"), future markers ("will", "is due to", "ahead of") and present forms ("is").
// A past participle takes the tense of the auxiliary just before it: "will be held" is future,
// "is expected" present, "has announced" past.
import { perLanguage } from "../../lexicon.js";
import type { Lang } from "../../model.js";
import { alt, B, E, timeWords } from "./words.js";
import { lowerSquashedApostrophes } from "../../text/fold.js";

export type Tense = "past" | "present" | "future";

/**
 * A cue across a clause mark (comma, semicolon, dash, bracket, quote) counts as this many characters
 * farther away: in "will begin on April 7, the FAA said" the date belongs to "will begin".
 */
const CLAUSE_PENALTY = 40;
const CLAUSE_MARK_CODES = new Set([..."," + ';:—–()"“”«»'].map((c) => c.charCodeAt(0)));

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

const compile = perLanguage((lang) => {
  const t = timeWords(lang).tense;
  const words = new RegExp(`${B}(?:(${alt(t.future)})|(${alt(t.present)})|(${alt(t.past)}))${E}`, "giu");
  let morph: RegExp | null = null;
  if (t.pastSuffix) morph = new RegExp(`${B}(\\p{Ll}[\\p{Ll}'-]*${t.pastSuffix})${E}`, "gu");
  else if (t.pastSuffixes?.length) morph = new RegExp(`${B}(\\p{Ll}{2,}(?:${alt(t.pastSuffixes)}))${E}`, "gu");
  const futureMorph = t.futureSuffixes?.length ? new RegExp(`${B}(\\p{Ll}{2,}(?:${alt(t.futureSuffixes)}))${E}`, "gu") : null;
  const participle = t.participleSuffixes?.length ? new RegExp(`^\\p{Ll}{2,}(?:${alt(t.participleSuffixes)})$`, "u") : null;
  return {
    /** Listed cue words and phrases, group 1 future, 2 present, 3 past. */
    words,
    /** Past forms by ending (en: -ed; es: -ó, -aron …), and future ones (es: -rá, -rán …). */
    morph,
    futureMorph,
    notPast: new Set(t.notPast.map(lowerSquashedApostrophes)),
    notFuture: new Set((t.notFuture ?? []).map(lowerSquashedApostrophes)),
    auxFuture: new Set((t.auxFuture ?? []).map(lowerSquashedApostrophes)),
    auxPresent: new Set((t.auxPresent ?? []).map(lowerSquashedApostrophes)),
    auxPast: new Set((t.auxPast ?? []).map(lowerSquashedApostrophes)),
    participle,
  };
});

type Compiled = ReturnType<typeof compile>;

const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** The lower-cased words just before `pos` (not before `from`), nearest first, at most n. */
function previousWords(text: string, from: number, pos: number, n: number): string[] {
  const out: string[] = [];
  let i = pos - 1;
  while (out.length < n && i >= from) {
    while (i >= from && !isWordChar(text.charCodeAt(i))) i--;
    const end = i + 1;
    while (i >= from && isWordChar(text.charCodeAt(i))) i--;
    if (end > i + 1) out.push(lowerSquashedApostrophes(text.slice(i + 1, end)));
  }
  return out;
}

/** The tense of a past form, given the auxiliaries before it ("will be held", "is expected"). */
function auxTense(c: Compiled, text: string, from: number, pos: number): Tense {
  for (const w of previousWords(text, from, pos, 3)) {
    if (c.auxFuture.has(w)) return "future";
    if (c.auxPresent.has(w)) return "present";
    if (c.auxPast.has(w)) return "past";
  }
  return "past";
}

const memo = new Map<Lang, { text: string; from: number; to: number; cues: Cue[] }>();

/** Every tense cue in text[from, to) (the last sentence asked for is remembered, per language). */
export function tenseCues(text: string, from: number, to: number, lang: Lang): Cue[] {
  const last = memo.get(lang);
  if (last && last.text === text && last.from === from && last.to === to) return last.cues;
  const cues = findCues(text, from, to, lang);
  memo.set(lang, { text, from, to, cues });
  return cues;
}

function findCues(text: string, from: number, to: number, lang: Lang): Cue[] {
  const c = compile(lang);
  const s = text.slice(from, to);
  const cues: Cue[] = [];
  c.words.lastIndex = 0;
  for (let m = c.words.exec(s); m; m = c.words.exec(s)) {
    const at = from + m.index;
    // a listed past form takes the tense of its auxiliary too: "is set for", "will be held"
    const tense: Tense = m[1] ? "future" : m[2] ? "present" : auxTense(c, text, from, at);
    cues.push({ start: at, end: at + m[0].length, tense });
  }
  if (c.morph) {
    c.morph.lastIndex = 0;
    for (let m = c.morph.exec(s); m; m = c.morph.exec(s)) {
      if (c.notPast.has(lowerSquashedApostrophes(m[1]!))) continue;
      const at = from + m.index;
      cues.push({ start: at, end: at + m[0].length, tense: auxTense(c, text, from, at) });
    }
  }
  if (c.futureMorph) {
    c.futureMorph.lastIndex = 0;
    for (let m = c.futureMorph.exec(s); m; m = c.futureMorph.exec(s)) {
      if (c.notFuture.has(lowerSquashedApostrophes(m[1]!))) continue;
      cues.push({ start: from + m.index, end: from + m.index + m[0].length, tense: "future" });
    }
  }
  if (c.participle && c.auxPast.size) {
    // "ha declarado": an auxiliary of the perfect followed by a participle is past
    const re = /[\p{L}]+/gu;
    let prev = "";
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const word = lowerSquashedApostrophes(m[0]);
      if (c.auxPast.has(prev) && c.participle.test(word)) {
        cues.push({ start: from + m.index, end: from + m.index + m[0].length, tense: "past" });
      }
      prev = word;
    }
  }
  return cues;
}

/** Characters between a cue and the expression, plus CLAUSE_PENALTY per clause mark between them. */
export function distance(text: string, cue: { start: number; end: number }, start: number, end: number): number {
  const [a, b] = cue.end <= start ? [cue.end, start] : [end, cue.start];
  let marks = 0;
  for (let i = a; i < b; i++) if (CLAUSE_MARK_CODES.has(text.charCodeAt(i))) marks++;
  return b - a + CLAUSE_PENALTY * marks;
}

/**
 * The tense of the expression text[start, end) inside the sentence text[from, to): that of the
 * nearest cue outside the expression (past wins ties), or null when the sentence has none.
 */
export function tenseAt(text: string, from: number, to: number, start: number, end: number, lang: Lang): Tense | null {
  let best: Tense | null = null;
  let bestDist = Infinity;
  for (const cue of tenseCues(text, from, to, lang)) {
    if (cue.end > start && cue.start < end) continue; // inside the expression itself
    const dist = distance(text, cue, start, end);
    if (dist < bestDist || (dist === bestDist && cue.tense === "past")) {
      best = cue.tense;
      bestDist = dist;
    }
  }
  return best;
}
