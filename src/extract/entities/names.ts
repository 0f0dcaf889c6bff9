// Capitalised names that no lexicon knows: runs of capitalised words (with particles such as
// "de", "van", "bin" and "of" between them) read as
//   - a person after a title ("President José Jerí", "Security Minister Luis Cordero"), the title
//     and the words before it becoming the description;
//   - an organisation or place by a head word ("National Police", "Chacalluta Border Complex",
//     Spanish "Policía Nacional", "Complejo Fronterizo Chacalluta");
//   - a person: two to four name words with nothing against them (a common word, a country, a
//     big city first), helped by a given name, an age (", 33,") or a speech verb; or a single
//     word with a role before it ("candidate Jara") or an apposition after it (", a far-right leader");
//   - an organisation after a source cue ("told Radio Uno");
//   - otherwise "other"; a single word ("Kast warned") stays "other" unless the entity builder
//     links it to a person's full name, and a weak one (heading, sentence start) only if it links.
// Sentence-initial common words ("Strong campaign pledges"), headings, dates and lone titles are
// not names.
import { isCommon } from "./word-lists.js";
import type { LexMatch } from "./lexicon-lookup.js";
import type { Token } from "./tokens.js";
import { PRIORITY, type Candidate, type Ctx, type EntityType } from "./types.js";
import { describeAfter, describeBefore, type DescribeHelpers } from "./describe.js";

/** Longest person name, in words (particles included). */
const MAX_PERSON_TOKENS = 6;
/** Connectors allowed in a row inside a name ("de la", "of the"). */
const MAX_CONNECTORS = 2;

export interface LexIndex {
  /** the longest lexicon match starting at each token */
  at: (LexMatch | undefined)[];
  /** the kind of lexicon entry covering each token */
  covered: (LexMatch["entry"]["kind"] | undefined)[];
  /** is token i a given name? */
  givenNames: (i: number) => boolean;
}

export function indexMatches(ctx: Ctx, matches: readonly LexMatch[]): LexIndex {
  const n = ctx.tokens.length;
  const at: (LexMatch | undefined)[] = new Array(n);
  const covered: LexIndex["covered"] = new Array(n);
  for (const m of matches) {
    const prev = at[m.t0];
    if (!prev || m.t1 > prev.t1) at[m.t0] = m;
    for (let k = m.t0; k < m.t1; k++) if (!covered[k] || m.entry.kind === "outlet") covered[k] = m.entry.kind;
  }
  const given = ctx.lex.givenNames;
  return { at, covered, givenNames: (i) => given.has(ctx.folded[i] ?? "") };
}

export function findNames(ctx: Ctx, lx: LexIndex): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  const helpers: DescribeHelpers = {
    isDemonym: (i) => lx.covered[i] === "demonym",
    isPlace: (i) => lx.covered[i] === "place",
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    const sent = tokens[i]!.sent;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.sent === sent && !tokens[j - 1]!.poss) {
      if (isNameWord(tokens[j]!)) {
        j++;
        continue;
      }
      let c = j;
      while (c < tokens.length && c - j < MAX_CONNECTORS && isConnector(ctx, tokens[c]!, c - j)) c++;
      // "University of Dayton", "Secretary of State": "of" joins only after a head word or title
      if (c > j && (tokens[j]!.f === "of" || tokens[j]!.f === "for") && !endsWithHead(ctx, j)) break;
      // "National Oceanic and Atmospheric Administration": "and" joins when an organisation's head follows
      if (c === j && (tokens[j]!.f === "and" || tokens[j]!.text === "&") && orgHeadAhead(ctx, j + 1, sent)) {
        j += 2;
        continue;
      }
      if (c > j && c < tokens.length && tokens[c]!.sent === sent && isNameWord(tokens[c]!)) {
        j = c + 1;
        continue;
      }
      break;
    }
    readRun(ctx, lx, helpers, i, j, out);
    i = j;
  }
  return out;
}

/** A word that can be part of a name: capitalised (not all-caps shouting, not a number) or an initial ("W.", "A.J."). */
function isNameWord(t: Token): boolean {
  if (!t.word || t.num) return false;
  if (t.initial || (t.upper && t.text.includes(".") && DOTTED_INITIALS.test(t.text))) return true;
  if (t.text === "I" || ((t.text.includes("'") || t.text.includes("’")) && CONTRACTION.test(t.text))) return false;
  if (t.upper) return t.text.length <= 1;
  return t.cap && !/\d/.test(t.text);
}

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/i;

/** The capitalised words from `i` on end in an organisation's head word ("Atmospheric Administration"). */
function orgHeadAhead(ctx: Ctx, i: number, sent: number): boolean {
  let k = i;
  while (k < ctx.tokens.length && k - i < 4 && ctx.tokens[k]!.sent === sent && isNameWord(ctx.tokens[k]!)) k++;
  return k > i && ctx.cues.orgHeads.endingAt(ctx.folded, k) > 0;
}

function endsWithHead(ctx: Ctx, end: number): boolean {
  const { cues, folded } = ctx;
  return (
    cues.orgHeads.endingAt(folded, end) > 0 ||
    cues.placeHeads.endingAt(folded, end) > 0 ||
    cues.eventHeads.endingAt(folded, end) > 0 ||
    cues.titles.endingAt(folded, end) > 0 ||
    cues.placeBefore.endingAt(folded, end + 1) > 0
  );
}

function isConnector(ctx: Ctx, t: Token, k: number): boolean {
  if (!t.word || t.cap) return false;
  if (k === 0) return ctx.cues.particles.has(t.f) || t.f === "of" || t.f === "for";
  return t.f === "la" || t.f === "los" || t.f === "las" || t.f === "the" || t.f === "der" || t.f === "den";
}

function readRun(ctx: Ctx, lx: LexIndex, h: DescribeHelpers, a: number, b: number, out: Candidate[]): void {
  const { tokens, cues } = ctx;
  const weakRun = tokens[a]!.heading;

  // 1. a title splits the run: "[Peruvian President] José Jerí"
  for (let k = b - 1; k > a; k--) {
    const n = cues.titles.endingAt(ctx.folded, k);
    if (n === 0 || !isPersonName(ctx, lx, k, b, true)) continue;
    const titleStart = Math.max(a, k - n);
    const desc = describeBefore(ctx, k, b, h);
    out.push(person(ctx, titleStart, k, b, "person/title", PRIORITY.titledPerson, weakRun ? null : (desc?.text ?? null), weakRun));
    return;
  }

  // 2. leading words that are no part of a name
  let s = a;
  while (s < b && isLeadingJunk(ctx, lx, s)) s++;
  let e = b;
  while (e > s && (isParticle(ctx, e - 1) || cues.dates.has(tokens[e - 1]!.f) && tokens[e]?.num)) e--;
  if (s >= e) return;
  // a leading demonym is no part of the name: "Venezuelan Juan Guaidó" (with a role after it,
  // "Venezuelan opposition leader Juan Guaidó", the describer keeps it in the description)
  while (s < e - 1 && lx.covered[s] === "demonym" && !isPersonName(ctx, lx, s, s + 1)) s++;
  // "el analista de Uralsib Chris Weafer", "ministro de Australia John Howard": an employer, then the name
  const g = employerEnd(ctx, lx, s, e);
  if (g > s) {
    // the employer: a lexicon entry reads itself ("Australia"); else an organisation, by its head word or not
    const known = lx.at[s];
    if (!(known && known.t1 === g)) out.push(named(ctx, s, g, headType(ctx, s, g) ?? "organization", "org/employer", PRIORITY.sourceName, weakRun));
    readRun(ctx, lx, h, g, e, out);
    return;
  }
  const n = e - s;
  const m = lx.at[s];
  if (m && m.t1 === e) return; // exactly a lexicon entry: its own rule reads it
  if (n === 1 && lx.covered[s]) return;

  // 3. head words
  const head = headType(ctx, s, e);
  if (head && n >= 2) {
    const rule = head === "organization" ? "org/head" : head === "place" ? "place/head" : "other/head";
    out.push(named(ctx, s, e, head, rule, PRIORITY.headedName, weakRun));
    return;
  }

  // 4. people: two to four name words with no evidence against them, or one with a role
  const nameLike = isPersonName(ctx, lx, s, e);
  const before = nameLike ? describeBefore(ctx, s, e, h) : null;
  const after = nameLike ? describeAfter(ctx, e, h) : null;
  if (nameLike && (n >= 2 ? personScore(ctx, lx, s, e) + (before || after ? 3 : 0) >= 1 : !!(before || after) && !isCommon(cues, tokens[s]!.f))) {
    const rule = before ? "person/role" : after ? "person/apposition" : lx.givenNames(s) ? "person/given-name" : "person/name";
    out.push(person(ctx, s, s, e, rule, PRIORITY.person, weakRun ? null : (before?.text ?? after?.text ?? null), weakRun));
    return;
  }

  // 5. a source: "told Radio Uno", "according to Infobae"
  const allCommon = tokens.slice(s, e).every((t) => !t.word || isCommon(cues, t.f));
  if (cues.sourceCues.endingAt(ctx.folded, s) > 0 && !allCommon && !hasLexicon(lx, s, e)) {
    out.push(named(ctx, s, e, "organization", "org/source", PRIORITY.sourceName, weakRun));
    return;
  }

  // 6. the rest
  if (n >= 2) {
    if (hasLexicon(lx, s, e) || allCommon) return;
    out.push(named(ctx, s, e, "other", "name/other", PRIORITY.other, weakRun));
    return;
  }
  const t = tokens[s]!;
  if (cues.notNames.has(t.f) || cues.dates.has(t.f) || t.initial) return;
  const common = isCommon(cues, t.f);
  if (t.first && common) return;
  // "Kast warned": someone speaks, but one word does not tell a person from a company
  const rule = !common && speaks(ctx, e) ? "name/speaker" : "name/single";
  out.push(named(ctx, s, e, "other", rule, PRIORITY.weak, weakRun || (rule === "name/single" && (t.first || common))));
}

/** Words that join a role to the organisation or country it serves ("analyst at", "ministro de"). */
const EMPLOYER_LINKS = new Set(["de", "del", "at", "of", "from", "for"]);

/**
 * Where a name starts inside a run that a role and a link word introduce ("analista de [Uralsib]
 * Chris Weafer"): at the first given name after a first word that is none, leaving two words or
 * more; else `s` (no split).
 */
function employerEnd(ctx: Ctx, lx: LexIndex, s: number, e: number): number {
  const { tokens, cues } = ctx;
  if (e - s < 3 || lx.givenNames(s)) return s;
  const link = tokens[s - 1];
  if (!link || link.cap || !EMPLOYER_LINKS.has(link.f) || cues.roles.endingAt(ctx.folded, s - 1) === 0) return s;
  for (let k = s + 1; k <= e - 2; k++) if (lx.givenNames(k)) return isPersonName(ctx, lx, k, e) ? k : s;
  return s;
}

function isParticle(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  return !t.cap && ctx.cues.particles.has(t.f);
}

function hasLexicon(lx: LexIndex, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (lx.covered[k]) return true;
  return false;
}

/** "The", "In", "According", a date, or a sentence-initial common word ("Strong", "Regional"). */
function isLeadingJunk(ctx: Ctx, lx: LexIndex, i: number): boolean {
  const { tokens, cues } = ctx;
  const t = tokens[i]!;
  if (cues.leadingWords.has(t.f) || cues.dates.has(t.f) || cues.notNames.has(t.f)) return true;
  if (!t.first || lx.covered[i] || lx.givenNames(i)) return false;
  return isCommon(cues, t.f);
}

/**
 * Can tokens [s, e) be a person's name? Capitalised words and particles, no head words, not a
 * place (after a title a town's name can be a surname: "General Valverde").
 */
function isPersonName(ctx: Ctx, lx: LexIndex, s: number, e: number, titled = false): boolean {
  const { tokens, cues } = ctx;
  if (e - s < 1 || e - s > MAX_PERSON_TOKENS) return false;
  const first = tokens[s]!;
  if (!first.cap && !first.initial) return false;
  const last = tokens[e - 1]!;
  if (!last.cap || last.initial) return false;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.upper && !t.initial) return false;
    if ((k === s || e - s === 1) && (cues.notNames.has(t.f) || cues.dates.has(t.f))) return false;
    if (cues.orgHeads.has(t.f) || (cues.placeHeads.has(t.f) && k === e - 1)) return false;
    if (lx.covered[k] === "outlet" || lx.covered[k] === "demonym") return false;
  }
  if (e - s === 1 && (cues.titles.has(first.f) || cues.roles.has(first.f))) return false;
  if (e - s === 1 && lx.covered[s] === "place") {
    const m = lx.at[s];
    return titled && !!m && m.entry.kind === "place" && m.entry.places.every((p) => p.kind === "city" || p.kind === "region");
  }
  return true;
}

/** A speech verb follows ("Kast warned", "Kast, who …"). */
function speaks(ctx: Ctx, e: number): boolean {
  const next = ctx.tokens[e];
  const after = next?.text === "," ? ctx.tokens[e + 1] : next;
  return !!after && after.word && !after.cap && ctx.cues.speechVerbs.has(after.f);
}

/** Evidence that a run names a person, besides a role or apposition. */
function personScore(ctx: Ctx, lx: LexIndex, s: number, e: number): number {
  const { tokens, cues } = ctx;
  const n = e - s;
  let score = 0;
  if (lx.givenNames(s)) score += 2;
  if (n >= 2 && n <= 4) score += 1;
  const next = tokens[e];
  const after = next?.text === "," ? tokens[e + 1] : next;
  if (speaks(ctx, e)) score += 1;
  // "Tara Reid, 33,": an age in apposition
  if (next?.text === "," && after?.num && /^\d{1,3}$/.test(after.text) && tokens[e + 2]?.text === ",") score += 3;
  for (let k = s; k < e; k++) {
    if (lx.covered[k] === "place") score -= placePenalty(lx, k, k === s, lx.givenNames(s));
    else if (isCommon(cues, tokens[k]!.f) && !lx.givenNames(k)) score -= 1;
  }
  return score;
}

/**
 * How much a place inside a run speaks against a person: a country anywhere, a big city first
 * ("Chile Vamos"); a small town is often a surname ("Billy Crystal"), and after a given name any
 * place may be ("Leon Washington").
 */
function placePenalty(lx: LexIndex, k: number, first: boolean, givenFirst: boolean): number {
  const m = lx.at[k];
  if (!m || m.entry.kind !== "place") return first ? 1 : 0;
  const top = m.entry.places.reduce((a, b) => (b.weight > a.weight ? b : a));
  const country = top.kind === "country" || top.kind === "nation" || top.kind === "area";
  // "Leon Washington", "Jordan Henderson": a given name first makes places likely names
  if (givenFirst) return country ? 1 : 0;
  if (country) return 3;
  if (!first) return 0;
  if (top.kind === "region") return 2;
  return top.weight >= 1e6 ? 2 : top.weight >= 1e5 ? 1 : 0;
}

/** Organisation or place by its head word: English heads come last ("National Police"), Spanish first. */
function headType(ctx: Ctx, s: number, e: number): EntityType | null {
  const { cues } = ctx;
  const w = ctx.folded;
  // "Ministry of Foreign Affairs": the head stands before "of"
  let end = e;
  for (let k = s + 1; k < e; k++) if (w[k] === "of" || w[k] === "for") {
    end = k;
    break;
  }
  if (cues.eventHeads.endingAt(w, end) > 0 || (ctx.lang === "es" && cues.eventHeads.endingAt(w, s + 1) > 0) || (e - s > 1 && cues.eventPrefixes.startingAt(w, s) > 0)) return "other";
  const lastOrg = cues.orgHeads.endingAt(w, end) > 0;
  const lastPlace = cues.placeHeads.endingAt(w, e) > 0;
  const firstOrg = cues.orgHeads.endingAt(w, s + 1) > 0;
  const firstPlace = cues.placeBefore.startingAt(w, s) > 0;
  if (ctx.lang === "es") {
    if (firstOrg) return "organization";
    if (firstPlace) return "place";
  }
  if (lastPlace) return "place";
  if (lastOrg) return "organization";
  if (firstPlace) return "place";
  if (firstOrg) return "organization";
  return null;
}

/** A person named by tokens [s, e), the mention starting at `mentionStart` (a title before the name). */
function person(ctx: Ctx, mentionStart: number, s: number, e: number, rule: string, priority: number, description: string | null, weak: boolean): Candidate {
  return { ...named(ctx, s, e, "person", rule, priority, weak), start: ctx.tokens[mentionStart]!.start, t0: mentionStart, description };
}

/** The candidate that tokens [s, e) name (the name as written; its folded words, a cut-off dot aside: "St . Louis"). */
export function named(ctx: Ctx, s: number, e: number, type: EntityType, rule: string, priority: number, weak: boolean): Candidate {
  const { tokens, text } = ctx;
  return {
    start: tokens[s]!.start,
    end: tokens[e - 1]!.end,
    t0: s,
    t1: e,
    type,
    rule,
    name: text.slice(tokens[s]!.start, tokens[e - 1]!.end),
    nameTokens: ctx.folded.slice(s, e).filter((f) => f !== "."),
    priority,
    weak,
  };
}
