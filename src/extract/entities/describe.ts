// Descriptions of people from the words around their names: a title or role before the name
// ("Peruvian police General Arturo Valverde" → "Peruvian police general", "el presidente José
// Jerí" → "presidente", "Peru's Foreign Minister, Hugo de Zela,") or an apposition after it
// ("Luis Cordero, Chile's security minister," / "Jeri, a far-right leader who …").
import type { Token } from "./tokens.js";
import type { Ctx } from "./types.js";

/** Most words a description may hold before its role, and after it ("of parliament"). */
const MAX_PREMODIFIERS = 5;
const MAX_POSTMODIFIERS_ES = 5;
const MAX_OF_PHRASE = 3;
const MAX_APPOSITION_LEAD = 4;

const STOPS = new Set(["who", "which", "that", "whose", "whom", "quien", "quienes", "que", "cuyo", "cuya", "and", "but", "y", "pero"]);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "un", "una", "el", "la", "los", "las", "su", "sus"]);

export interface Description {
  /** first token of the description */
  t0: number;
  /** one past its last token */
  t1: number;
  text: string;
}

/** Is this token a demonym adjective ("Peruvian", "peruano") or a possessive place ("Chile's")? */
export type TokenTest = (i: number) => boolean;

export interface DescribeHelpers {
  isDemonym: TokenTest;
  isPlace: TokenTest;
}

/**
 * A role phrase ending right before token `nameStart` (one comma allowed when the name closes an
 * apposition: "Peru's Foreign Minister, Hugo de Zela,"). `titleEnd`: the capitalised title already
 * cut off the name ("President" of "President José Jerí"), whose own start is then `nameStart`.
 */
export function describeBefore(ctx: Ctx, nameStart: number, nameEnd: number, h: DescribeHelpers): Description | null {
  const { tokens, cues } = ctx;
  const sent = tokens[nameStart]!.sent;
  let j = nameStart - 1;
  if (tokens[j]?.text === ",") {
    const after = tokens[nameEnd];
    if (after && after.sent === sent && after.text !== "," && after.text !== "." && after.word) return null;
    j--;
  }
  const headEnd = j;
  let steps = 0;
  let headStart = -1;
  while (j >= 0 && tokens[j]!.sent === sent && tokens[j]!.word) {
    const n = Math.max(cues.roles.endingAt(ctx.folded, j + 1), cues.titles.endingAt(ctx.folded, j + 1));
    if (n > 0) {
      headStart = j - n + 1;
      break;
    }
    if (ctx.lang !== "es" || steps >= MAX_POSTMODIFIERS_ES || !isPostModifier(ctx, j, h)) return null;
    j--;
    steps++;
  }
  if (headStart < 0) return null;
  // "Mr", "Mrs": a courtesy, not a description
  if (headStart === headEnd && cues.honorifics.has(tokens[headStart]!.f)) return null;
  const t0 = extendBack(ctx, headStart, h);
  return { t0, t1: headEnd + 1, text: render(ctx, t0, headEnd + 1, h) };
}

/** An apposition right after the name: ", a far-right leader who …", ", Chile's security minister,". */
export function describeAfter(ctx: Ctx, nameEnd: number, h: DescribeHelpers): Description | null {
  const { tokens, cues } = ctx;
  const comma = tokens[nameEnd];
  if (!comma || comma.text !== ",") return null;
  const sent = comma.sent;
  let k = nameEnd + 1;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.f)) k++;
  const start = k;
  for (; k < tokens.length && k - start <= MAX_APPOSITION_LEAD; k++) {
    const t = tokens[k]!;
    if (t.sent !== sent || !t.word || STOPS.has(t.f)) return null;
    const n = cues.roles.endingAt(ctx.folded, k + 1);
    if (n === 0) continue;
    let end = k + 1;
    // "member of parliament", "ministro de Seguridad"
    const of = tokens[end];
    if (of && of.sent === sent && (of.f === "of" || of.f === "de" || of.f === "del")) {
      let e = end + 1;
      while (e < tokens.length && e - end <= MAX_OF_PHRASE && tokens[e]!.word && tokens[e]!.sent === sent && !STOPS.has(tokens[e]!.f)) e++;
      const stop = tokens[e];
      if (e > end + 1 && (!stop || !stop.word || stop.sent !== sent)) end = e;
    }
    return { t0: start, t1: end, text: render(ctx, start, end, h) };
  }
  return null;
}

function isPostModifier(ctx: Ctx, i: number, h: DescribeHelpers): boolean {
  const t = ctx.tokens[i]!;
  return ctx.cues.postModifiers.has(t.f) || h.isDemonym(i) || (t.cap && !t.first);
}

function isPolitical(ctx: Ctx, t: Token): boolean {
  const parts = t.f.split("-");
  return parts.length > 1 && (ctx.cues.politicalPrefixes.has(parts[0]!) || parts[parts.length - 1] === "wing" || parts[parts.length - 1] === "leaning");
}

/** Walks back over modifiers ("former", "presidential", "Peruvian", "far-right", "Chile's"). */
function extendBack(ctx: Ctx, headStart: number, h: DescribeHelpers): number {
  const { tokens, cues } = ctx;
  const sent = tokens[headStart]!.sent;
  let t0 = headStart;
  for (let d = headStart - 1, n = 0; d >= 0 && n < MAX_PREMODIFIERS; d--, n++) {
    const t = tokens[d]!;
    if (t.sent !== sent || !t.word) break;
    if (t.poss) {
      if (h.isPlace(d)) t0 = d;
      break;
    }
    // "former", "Peruvian", "far-right", "Oscar-winning", "tough-guy"
    if (cues.modifiers.has(t.f) || h.isDemonym(d) || t.f.includes("-") || cues.titles.has(t.f)) t0 = d;
    else break;
  }
  return t0;
}

/**
 * The description's text as written, with a capitalised title lower-cased when the phrase has
 * lower-case words ("Peruvian police General" → "Peruvian police general") and a sentence-initial
 * modifier lower-cased ("Far-right frontrunner" → "far-right frontrunner").
 */
function render(ctx: Ctx, t0: number, t1: number, h: DescribeHelpers): string {
  const { tokens, cues, text } = ctx;
  let last = t1 - 1;
  while (last > t0 && !tokens[last]!.word) last--;
  const mixed = tokens.slice(t0, last + 1).some((t) => t.word && !t.cap && !t.upper);
  let out = "";
  for (let i = t0; i <= last; i++) {
    const t = tokens[i]!;
    let w = text.slice(t.start, i < last ? tokens[i + 1]!.start : t.end);
    const lowerable = (cues.titles.has(t.f) || cues.roles.has(t.f) || cues.modifiers.has(t.f) || (t.first && isPolitical(ctx, t))) && !h.isDemonym(i) && !h.isPlace(i);
    if (mixed && t.cap && !t.upper && lowerable && !t.text.endsWith(".")) w = w[0]!.toLowerCase() + w.slice(1);
    out += w;
  }
  return out.replace(/\s+/g, " ").trim();
}
