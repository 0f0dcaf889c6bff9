// Places that no gazetteer knows, read from the words around them. A capitalised name is a place
//   - strongly, when a state, country or region follows it after a comma ("Alturas, Calif.",
//     "Felton, MN", "Pica, Chile"), when it opens a dateline ("HUNTINGBURG —", "ALIQUIPPA (KDKA) —"),
//     after a phrase of place ("the city of Blytheville", "west of Lolo", "vecinos de Colchane"),
//     in an apposition that calls it a town ("Lingle, a town of 90 people") or before "Township"
//     ("Webster Township", also called "Webster");
//   - when a local institution follows it ("Alturas Police Chief", "Clare police say", "the Montfort
//     Fire Department", "Chicago Mayor"; Spanish "la Policía de Iquique" puts it after): the
//     organisation stays an organisation and the place is a mention inside it;
//   - when it qualifies people as a demonym does ("a Crossville man", "two Larose teenagers"), or a
//     home or an area ("his Glen Flora home", "the Larimer neighborhood");
//   - weakest, after a place preposition ("a shooting in Larose", "near Duncannon") or after a
//     person's name and "of" ("Duane Sylvester of Lingle"), when it is no common word and names no
//     person of the article.
// The name may be anything the gazetteer passed over (a small town, a name that is also a word):
// where the gazetteer knows it, its entry is kept. Then every other capitalised mention of the same
// words is that place too ("echo"), unless the article names a person by that word. Cue words are
// data: data/<lang>/entities-places.json.
import { isCommon, placeCues, undotted, type Place, type PlaceCues } from "./word-lists.js";
import type { LexMatch } from "./lexicon-lookup.js";
import { named, type LexIndex } from "./names.js";
import type { Token } from "./tokens.js";
import { bestPlace } from "./places.js";
import { PRIORITY, type Candidate, type Ctx } from "./types.js";

/** Longest name these rules read, in tokens. */
const MAX_NAME_TOKENS = 4;
/** Most words between the determiner and the noun of an apposition ("a small farming town"). */
const MAX_APPOSITION_WORDS = 3;

/** How much a context says: strong ones may make a common word a place, weak ones need a rare word. */
const enum Strength {
  Weak = 1,
  Medium = 2,
  Strong = 3,
}

interface Found extends Candidate {
  strength: Strength;
}

/** Rules whose places must never be taken for a person's surname by the entity builder. */
export function isContextPlaceRule(rule: string): boolean {
  return rule.startsWith("place/context-") || rule === "place/echo";
}

interface Reader {
  ctx: Ctx;
  lx: LexIndex;
  pc: PlaceCues;
  /** the longest place-lexicon match starting / ending at each token */
  placeFrom: (LexMatch | undefined)[];
  placeTo: (LexMatch | undefined)[];
  /** folded words of people's full names in the article (surnames and given names) */
  personWords: Set<string>;
  /** single words the article uses as a person's ("Williams told him", "Mr. Hoston", "Perkins, 24,") */
  personish: Set<string>;
}

/** What the context rules found, for placeByContext. */
export interface ContextPlaces {
  found: Found[];
  /** single words the article uses as a person's: never echoed */
  personish: ReadonlySet<string>;
}

/** Places named by their context, not yet weighed against the other rules' candidates. */
export function findPlacesByContext(ctx: Ctx, lx: LexIndex, matches: readonly LexMatch[], others: readonly Candidate[]): ContextPlaces {
  const pc = placeCues(ctx.lang);
  const n = ctx.tokens.length;
  const placeFrom: (LexMatch | undefined)[] = new Array(n);
  const placeTo: (LexMatch | undefined)[] = new Array(n + 1);
  // (each part a function of its own: a part is optimized, and re-optimized, alone)
  placeEnds(matches, placeFrom, placeTo);
  const r: Reader = { ctx, lx, pc, placeFrom, placeTo, personWords: fullNameWords(ctx, others), personish: personishWords(ctx, pc) };
  return { found: readContexts(r), personish: r.personish };
}

/** The longest gazetteer place starting at each token, and the longest ending at each. */
function placeEnds(matches: readonly LexMatch[], placeFrom: (LexMatch | undefined)[], placeTo: (LexMatch | undefined)[]): void {
  for (const m of matches) {
    if (m.entry.kind !== "place") continue;
    const a = placeFrom[m.t0];
    if (!a || m.t1 > a.t1) placeFrom[m.t0] = m;
    const b = placeTo[m.t1];
    if (!b || m.t0 < b.t0) placeTo[m.t1] = m;
  }
}

/** The words of the people other rules found by their full names. */
function fullNameWords(ctx: Ctx, others: readonly Candidate[]): Set<string> {
  const personWords = new Set<string>();
  for (const c of others) {
    if (c.type !== "person" || c.weak) continue;
    const core = c.nameTokens.filter((t) => !ctx.cues.particles.has(t) && !ctx.cues.nameSuffixes.has(t));
    if (core.length >= 2) for (const t of core) personWords.add(t);
  }
  return personWords;
}

/** Every context that says a place, token by token. */
function readContexts(r: Reader): Found[] {
  const { ctx, pc } = r;
  const n = ctx.tokens.length;
  const out: Found[] = [];
  const { tokens, folded } = ctx;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.text === ",") {
      commaRegion(r, i, out);
      apposition(r, i, out);
    }
    if (pc.copulas.has(t.f) && i > 0 && tokens[i - 1]!.word) apposition(r, i, out);
    if (!t.word) continue;
    if (lineStart(ctx, t)) dateline(r, i, out);
    let k = pc.institutionsAfter.startingAt(folded, i);
    if (k > 0 && !t.first) institutionAfter(r, i, out);
    k = pc.institutionsBefore.endingAt(folded, i + 1);
    if (k > 0) after(r, i + 1, Strength.Medium, "place/context-institution", out, true);
    if (pc.peopleNouns.has(t.f) && !t.cap) peopleNoun(r, i, out);
    if (pc.placeOf.endingAt(folded, i + 1) > 0) after(r, i + 1, Strength.Strong, "place/context-of", out);
    // "in Larose", and "In Larose, …" opening a sentence; "a residence in Roundup", "Church Road near Magnolia"
    k = pc.nearPlace.endingAt(folded, i + 1);
    if (k > 0 && (!t.cap || t.first)) after(r, i + 1, placeBefore(r, i + 1 - k) ? Strength.Strong : Strength.Weak, "place/context-preposition", out);
    if (pc.ofLinks.has(t.f) && !t.cap) personOf(r, i, out);
    if (pc.areaNouns.has(t.f) && !t.cap) areaNoun(r, i, out);
    if (!t.cap && pc.homeNouns.startingAt(folded, i) > 0) homeNoun(r, i, out);
    if (t.cap && pc.placeSuffixes.has(t.f)) suffix(r, i, out);
  }
  return out;
}

/** Capitalised words with a person's evidence: a verb of speech or deed after, a title before, an age after. */
function personishWords(ctx: Ctx, pc: PlaceCues): Set<string> {
  const out = new Set<string>();
  const { tokens, cues } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || t.upper) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next && next.sent === t.sent && pc.personVerbs.has(next.f)) out.add(t.f);
    else if (prev && prev.sent === t.sent && (cues.honorifics.has(prev.f) || cues.titles.has(prev.f)) && prev.cap) out.add(t.f);
    else if (next?.text === "," && tokens[i + 2]?.num && /^\d{1,3}$/.test(tokens[i + 2]!.text) && tokens[i + 3]?.text === ",") out.add(t.f);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The contexts

/** "Alturas, Calif.", "Felton, MN", "Manvel, Brazoria County, TX", "Pica, Chile". */
function commaRegion(r: Reader, comma: number, out: Found[]): void {
  const { tokens } = r.ctx;
  const upperOk = lineStart(r.ctx, tokens[runStart(r, comma, true)] ?? tokens[comma]!);
  const s = runStart(r, comma, upperOk);
  if (s === comma) return;
  let j = comma + 1;
  // a county between the town and its state
  const county = countyAt(r, j);
  if (county > j && tokens[county]?.text === ",") j = county + 1;
  const end = regionEnd(r, j);
  if (end < 0 || !regionFollows(r, end)) return;
  // a list of names ("Craig, Creek, Delaware, Haskell") is no address
  const listed = tokens[s - 1]?.text === "," && isNameToken(tokens[s - 2] ?? tokens[s - 1]!, true) && !r.pc.streetHeads.has(tokens[s - 2]?.f ?? "");
  if (listed && tokens[end]?.text === "," && tokens[end + 1] && isNameToken(tokens[end + 1]!, true)) return;
  const span = trim(r, s, comma, upperOk);
  if (!span) return;
  const [a, b] = span;
  // "Regina M. Benjamin, MD": a person's name, with a degree
  const lead = tokens[a - 1];
  if (lead && lead.sent === tokens[a]!.sent && (lead.initial || (lead.cap && (r.ctx.cues.titles.has(lead.f) || r.ctx.cues.honorifics.has(lead.f))))) return;
  // "John Smith, Texas …": a person's name needs a preposition or a line start before it
  if (personLike(r, a, b)) {
    const before = tokens[a - 1];
    if (!(before && before.word && r.ctx.cues.placePrepositions.has(before.f)) && !lineStart(r.ctx, tokens[a]!)) return;
  }
  add(r, a, b, Strength.Strong, "place/context-region", out);
}

/** A dateline: "HUNTINGBURG —", "ALIQUIPPA (KDKA) —", "Savannah (WSAV) –" at the start of a line. */
function dateline(r: Reader, i: number, out: Found[]): void {
  const { tokens } = r.ctx;
  let e = runEnd(r, i, true);
  if (e === i) return;
  const next = tokens[e];
  if (!next || next.sent !== tokens[i]!.sent) return;
  const allUpper = tokens.slice(i, e).every((t) => !t.word || t.upper || t.text.length === 1);
  let k = e;
  if (next.text === "(") {
    // a call sign or wire in brackets: a few tokens, no lower-case word
    let c = e + 1;
    while (c < tokens.length && c - e <= 5 && tokens[c]!.text !== ")") {
      if (tokens[c]!.word && !tokens[c]!.cap && !tokens[c]!.num) return;
      c++;
    }
    if (tokens[c]?.text !== ")") return;
    k = c + 1;
  } else if (!allUpper) return;
  if (!isDash(tokens[k])) return;
  const span = trim(r, i, e, true);
  if (!span) return;
  add(r, span[0], span[1], Strength.Strong, "place/context-dateline", out);
}

/** "Alturas Police Chief", "Clare police say", "the Montfort Fire Department", "Chicago Mayor". */
function institutionAfter(r: Reader, head: number, out: Found[]): void {
  const s = afterQuantifier(r, runStart(r, head, false), head);
  if (s === head) return;
  let e = head;
  // "Savannah Metro Police": a qualifier between place and institution belongs to neither
  while (e > s && r.pc.trailingQualifiers.has(r.ctx.folded[e - 1]!) && !r.placeTo[e]) e--;
  const span = trim(r, s, e);
  // "University of Pennsylvania police": the place names the university, not the police
  if (!span || r.pc.ofLinks.has(r.ctx.tokens[span[0] - 1]?.f ?? "")) return;
  add(r, span[0], span[1], Strength.Medium, "place/context-institution", out, true);
}

/** The name before a noun that only the word before it makes a place's ("a Crossville man", "the
 * Larimer neighborhood", "his Glen Flora home"): added when `determines` accepts that word. */
function determinedBefore(r: Reader, noun: number, out: Found[], determines: (before: Reader["ctx"]["tokens"][number]) => boolean, rule: string): void {
  const { tokens } = r.ctx;
  const span = trim(r, afterQuantifier(r, runStart(r, noun, false), noun), noun);
  // "Kylr Yust's grandfather" is a person's relative
  if (!span || tokens[noun - 1]!.poss) return;
  const before = tokens[span[0] - 1];
  if (!before || !determines(before)) return;
  add(r, span[0], span[1], Strength.Medium, rule, out);
}

/** "a Crossville man", "two Larose teenagers", "a 17-year-old Mountville male". */
function peopleNoun(r: Reader, noun: number, out: Found[]): void {
  const sent = r.ctx.tokens[noun]!.sent;
  determinedBefore(r, noun, out, (b) => b.sent === sent && (r.pc.peopleDeterminers.has(b.f) || !!b.num || r.pc.ageSuffixes.some((x) => b.f.endsWith(x))), "place/context-people");
}

/** "the Larimer neighborhood", "the Townville community". */
function areaNoun(r: Reader, noun: number, out: Found[]): void {
  determinedBefore(r, noun, out, (b) => !!b.word && r.pc.areaDeterminers.has(b.f), "place/context-area");
}

/** "his Glen Flora home", "a Belfair home", "an Eagan cul-de-sac" ("the Smith home" is a family's). */
function homeNoun(r: Reader, noun: number, out: Found[]): void {
  determinedBefore(r, noun, out, (b) => r.pc.homeDeterminers.has(b.f), "place/context-home");
}

/** "Webster Township": the place, also called "Webster". */
function suffix(r: Reader, word: number, out: Found[]): void {
  const s = runStart(r, word, false);
  if (s === word) return;
  const span = trim(r, s, word);
  if (!span || span[1] !== word) return;
  const before = out.length;
  add(r, span[0], span[1], Strength.Strong, "place/context-suffix", out);
  const c = out[before];
  if (!c) return;
  const t = r.ctx.tokens[word]!;
  c.end = t.end;
  c.t1 = word + 1;
  c.canonical = `${c.canonical ?? c.name} ${t.text}`;
}

/**
 * An apposition or a predicate that calls the name a town, or places it by its distance from
 * another: "Lingle, a town of 90 people", "Hackett, one of eight cities in the county", "Alturas is
 * a small city", "Rice, 40 miles southeast of Dallas", "Colchane, a 250 kilómetros de Iquique".
 */
function apposition(r: Reader, link: number, out: Found[]): void {
  const { tokens, cues, folded } = r.ctx;
  const sent = tokens[link]!.sent;
  let k = link + 1;
  const at = (j: number) => (tokens[j]?.sent === sent ? tokens[j] : undefined);
  if (tokens[link]!.text === "," && distanceAt(r, k, sent)) {
    const span = trim(r, runStart(r, link, false), link);
    if (span) add(r, span[0], span[1], Strength.Strong, "place/context-distance", out);
    return;
  }
  // a determiner, or "one of (the)"
  const oneOf = at(k) ? r.pc.appositionOneOf.startingAt(folded, k) : 0;
  if (oneOf > 0 && at(k + oneOf - 1)) k += oneOf;
  else if (at(k) && r.pc.appositionDeterminers.has(at(k)!.f)) k++;
  else return;
  // a few modifiers: "small", "farming", "eight", "unincorporated"
  const from = k;
  while (k - from < MAX_APPOSITION_WORDS && at(k) && r.pc.appositionNouns.startingAt(folded, k) === 0) {
    const w = at(k)!;
    if (!(w.num || (w.word && !w.cap && !cues.leadingWords.has(w.f) && !cues.roles.has(w.f) && !r.pc.peopleNouns.has(w.f)))) return;
    k++;
  }
  const n = r.pc.appositionNouns.startingAt(folded, k);
  if (n === 0 || !at(k)) return;
  // the noun ends the phrase: "a city councilman" is a person
  const next = at(k + n);
  if (next && next.word && !r.pc.appositionFollowers.has(next.f)) return;
  let s = runStart(r, link, false);
  // "Old Tappan, N.J., a small town": the town is before its state
  if (regionEnd(r, s) === link && tokens[s - 1]?.text === ",") {
    link = s - 1;
    s = runStart(r, link, false);
  }
  const span = trim(r, s, link);
  if (span) add(r, span[0], span[1], Strength.Strong, "place/context-apposition", out);
}

/** ", 40 miles southeast of", ", about 20 miles from", ", a 250 kilómetros de": a distance from another place. */
function distanceAt(r: Reader, k: number, sent: number): boolean {
  const { tokens } = r.ctx;
  let j = k;
  while (j < k + 2 && tokens[j]?.sent === sent && r.pc.distanceHedges.has(tokens[j]!.f)) j++;
  if (!tokens[j]?.num || !r.pc.distanceUnits.has(tokens[j + 1]?.f ?? "")) return false;
  j += 2;
  while (j < k + 6 && tokens[j]?.sent === sent && tokens[j]!.word && !tokens[j]!.cap && !r.pc.distanceLinks.has(tokens[j]!.f)) j++;
  return tokens[j]?.sent === sent && r.pc.distanceLinks.has(tokens[j]!.f);
}

/** Does a place or an incident stand right before the preposition ("a residence in", "Church Road near")? */
function placeBefore(r: Reader, p: number): boolean {
  const t = r.ctx.tokens[p - 1];
  if (!t || !t.word) return false;
  if (t.cap) return !t.first && r.ctx.cues.placeHeads.has(t.f);
  return r.pc.placeNounsBeforeIn.endingAt(r.ctx.folded, p) > 0;
}

/** "Duane Sylvester of Lingle", "Victoria Whitehurst, of Pinetown", "Hall, 24, of Magnolia". */
function personOf(r: Reader, of: number, out: Found[]): void {
  const { tokens, cues } = r.ctx;
  let p = of - 1;
  let aged = false;
  if (tokens[p]?.text === ",") {
    p--;
    if (tokens[p]?.num && /^\d{1,3}$/.test(tokens[p]!.text) && tokens[p - 1]?.text === ",") {
      p -= 2;
      aged = true;
    }
  }
  const prev = tokens[p];
  if (!prev || !prev.word || !prev.cap || prev.upper || prev.sent !== tokens[of]!.sent) return;
  if (cues.titles.has(prev.f) || cues.roles.has(prev.f) || cues.orgHeads.has(prev.f) || cues.placeHeads.has(prev.f) || cues.eventHeads.has(prev.f) || cues.notNames.has(prev.f)) return;
  // the name before must be a person's: two name words, or one with an age
  const q = tokens[p - 1];
  if (!aged && !(q && q.word && q.cap && !q.first && r.lx.givenNames(p - 1)) && !r.personWords.has(prev.f)) return;
  after(r, of + 1, aged ? Strength.Medium : Strength.Weak, "place/context-person-of", out);
}

/** The name right after a cue ("city of", "in", "Policía de"). */
function after(r: Reader, s: number, strength: Strength, rule: string, out: Found[], nests = false): void {
  const t = r.ctx.tokens[s];
  if (!t || !isNameToken(t, false) || t.first) return;
  if (t.sent !== r.ctx.tokens[s - 1]?.sent) return;
  const e = runEnd(r, s, false);
  if (e === s) return;
  const span = trim(r, s, e);
  if (!span) return;
  const [a, b] = span;
  // the name must end there: not "in Smith's", "in Ward 3", "in Medina High School"
  const next = r.ctx.tokens[b];
  if (b === e && next && next.sent === t.sent && next.num) return;
  // "in Williams' hand": a possessive
  if (strength === Strength.Weak && (r.ctx.tokens[b - 1]!.poss || ((next?.text === "'" || next?.text === "’") && next.start === r.ctx.tokens[b - 1]!.end))) return;
  // "covered in Nazi and skinhead tattoos": a modifier coordinated with an adjective
  if (strength === Strength.Weak && b === e && next && r.pc.modifierCoordinators.has(next.f) && r.ctx.tokens[b + 1]?.word && !r.ctx.tokens[b + 1]!.cap) return;
  add(r, a, b, strength, rule, out, nests);
}

// ---------------------------------------------------------------------------------------------
// Names: runs of capitalised words, trimmed and checked

function isNameToken(t: Token, upperOk: boolean): boolean {
  return t.word && t.cap && !t.num && !t.initial && (!t.upper || upperOk) && !/\d/.test(t.text);
}

/** First token of the run of name words ending before `end` (gazetteer entries count whole: "St. Louis"). */
function runStart(r: Reader, end: number, upperOk: boolean): number {
  const { tokens } = r.ctx;
  const sent = tokens[end]?.sent ?? tokens[end - 1]?.sent;
  let s = end;
  while (s > 0 && end - s < MAX_NAME_TOKENS + 1) {
    const m = r.placeTo[s];
    if (m && m.t0 < s - 1 && tokens[m.t0]!.sent === sent) {
      if (tokens[m.t1 - 1]!.poss && s !== end) break;
      s = m.t0;
      continue;
    }
    const t = tokens[s - 1]!;
    if (t.sent !== sent || !isNameToken(t, upperOk) || (t.poss && s !== end)) break;
    // "425th Street Woodland": the town starts after the street
    if (s !== end && (r.pc.streetHeads.has(t.f) || r.ctx.cues.orgHeads.has(t.f))) break;
    s--;
  }
  return s;
}

/** One past the last token of the run of name words starting at `start`. */
function runEnd(r: Reader, start: number, upperOk: boolean): number {
  const { tokens } = r.ctx;
  const sent = tokens[start]!.sent;
  let e = start;
  while (e < tokens.length && e - start < MAX_NAME_TOKENS + 1) {
    const m = r.placeFrom[e];
    if (m && m.t1 > e + 1 && tokens[m.t1 - 1]!.sent === sent) {
      e = m.t1;
      if (tokens[e - 1]!.poss) break;
      continue;
    }
    const t = tokens[e]!;
    if (t.sent !== sent || !isNameToken(t, upperOk)) break;
    e++;
    if (t.poss) break;
  }
  return e;
}

/** Leading words that are no part of a name ("The", "Tuesday", "Officer"), trailing dates ("Friday"). */
function trim(r: Reader, s: number, e: number, keepFirst = false): [number, number] | null {
  const { tokens, cues } = r.ctx;
  while (s < e) {
    const t = tokens[s]!;
    // a name's own first word stays: "North Las Vegas police", "SOUTH SHORE —"
    if (s < e - 1 && (r.pc.namePrefixes.has(t.f) || keepFirst)) break;
    const junk =
      cues.leadingWords.has(t.f) ||
      cues.dates.has(t.f) ||
      cues.titles.has(t.f) ||
      cues.honorifics.has(t.f) ||
      (t.first && isCommon(cues, t.f) && !namesPlace(r.placeFrom[s]) && !r.lx.givenNames(s));
    if (!junk || r.placeFrom[s]?.t1 === e) break;
    s++;
  }
  while (e > s && cues.dates.has(tokens[e - 1]!.f) && !r.placeTo[e]) e--;
  return e > s ? cutToKnown(r, s, e) : null;
}

/**
 * Words around a gazetteer place that are no part of its name go: "Southeast Washington", "Buy
 * Photo Shreveport", "Minneapolis News" are Washington, Shreveport, Minneapolis. Other words stay
 * ("New Paris", "North Las Vegas", "Pozo Almonte").
 */
function cutToKnown(r: Reader, s: number, e: number): [number, number] {
  if (exactPlace(r, s, e)) return [s, e];
  // the longest gazetteer name inside, the last of equals (English names end in their head)
  let best: LexMatch | undefined;
  for (let k = s; k < e; k++) {
    const m = r.placeFrom[k];
    if (m && m.t1 <= e && namesPlace(m) && exactPlace(r, k, m.t1) && (!best || m.t1 - m.t0 >= best.t1 - best.t0)) best = m;
  }
  if (!best) return [s, e];
  const { tokens, cues } = r.ctx;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if ((k >= best.t0 && k < best.t1) || !t.word) continue;
    const cut = k < best.t0 ? !r.pc.namePrefixes.has(t.f) && (r.pc.leadingQualifiers.has(t.f) || cues.leadingWords.has(t.f) || (t.first && isCommon(cues, t.f))) : r.pc.trailingDebris.has(t.f);
    if (!cut) return [s, e];
  }
  return [best.t0, best.t1];
}

/** A gazetteer match that is a name, not only a word that is also a town somewhere ("Buy", "Mobile"). */
function namesPlace(m: LexMatch | undefined): boolean {
  return !!m && m.entry.kind === "place" && m.entry.places.some((p) => !p.word);
}

/** The gazetteer entry that is exactly tokens [s, e) (not a part of a hyphenated word: "Bedford" of "Bedford-Stuyvesant"). */
function exactPlace(r: Reader, s: number, e: number): LexMatch | undefined {
  const m = r.placeFrom[s];
  const { tokens } = r.ctx;
  return m && m.t1 === e && m.start === tokens[s]!.start && m.end === tokens[e - 1]!.end ? m : undefined;
}

/** "Two Pittsburgh police officers", "Three Chicago men": a number before a name that qualifies a noun counts, it names nothing. */
function afterQuantifier(r: Reader, s: number, e: number): number {
  while (s < e - 1 && r.pc.numberWords.has(r.ctx.tokens[s]!.f)) s++;
  return s;
}

/** "John Smith": two name words or more, a given name first, that the gazetteer does not know. */
function personLike(r: Reader, s: number, e: number): boolean {
  const words = r.ctx.tokens.slice(s, e).filter((t) => t.word).length;
  return words >= 2 && r.lx.givenNames(s) && r.placeFrom[s]?.t1 !== e;
}

/** Is [s, e) a name these contexts may make a place, at this strength? */
function acceptable(r: Reader, s: number, e: number, strength: Strength): boolean {
  const { tokens, cues } = r.ctx;
  const words = tokens.slice(s, e).filter((t) => t.word);
  if (!words.length || words.length > MAX_NAME_TOKENS) return false;
  const known = r.placeFrom[s]?.t1 === e;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    // "R and D", "Aoraki/Mt", "T-Mobile": letters and codes, not names
    // "Paris-the latest", "Texas-based": a lost dash or a compound adjective
    if (t.text.replace(/\./g, "").length < 2 || t.text.includes("/") || /^\p{L}-/u.test(t.text) || /-\p{Ll}+$/u.test(t.text)) return false;
    const cov = r.lx.covered[k];
    if (cov === "outlet" || cov === "demonym") return false;
    if (!known && (cues.orgHeads.has(t.f) || cues.eventHeads.has(t.f))) return false;
    if (strength < Strength.Strong && t.heading) return false;
  }
  const last = words[words.length - 1]!;
  if (r.pc.notPlaces.has(last.f) || (words.length === 1 && (cues.notNames.has(last.f) || cues.dates.has(last.f) || cues.titles.has(last.f) || cues.roles.has(last.f)))) return false;
  if (words.length === 1 && cues.placeHeads.has(last.f)) return false;
  // a common word ("Rice", "Magnolia") needs a strong context, or the gazetteer, for a middling one
  const common = words.every((t) => isCommon(cues, t.f));
  if (common && !(strength === Strength.Strong || (strength === Strength.Medium && known))) return false;
  if (strength === Strength.Weak) {
    if (personLike(r, s, e) || words.length > 2) return false;
    // "in The Notorious Bettie Page", "in the Senate": a named thing, not a town
    if (r.pc.namedThingArticles.has(tokens[s - 1]?.f ?? "")) return false;
    // around a gazetteer place a preposition adds nothing: "in Fresno Unified schools" stays Fresno
    if (!known) for (let k = s; k < e; k++) if (namesPlace(r.placeFrom[k])) return false;
    // "in Charge Robin Shoemaker": a given name inside, before another name word
    for (let k = s + 1; k < e - 1; k++) if (r.lx.givenNames(k) && tokens[k + 1]!.cap) return false;
    if (words.length === 1 && (r.personWords.has(last.f) || r.personish.has(last.f))) return false;
    if (words.length === 1 && r.lx.givenNames(s) && !known) return false;
  }
  return true;
}

function add(r: Reader, s: number, e: number, strength: Strength, rule: string, out: Found[], nests = false): void {
  if (!acceptable(r, s, e, strength)) return;
  const m = exactPlace(r, s, e);
  const place: Place | undefined = m && m.entry.kind === "place" ? bestPlace(m.entry.places, r.ctx.countries) : undefined;
  out.push({ ...named(r.ctx, s, e, "place", rule, PRIORITY.contextPlace, false), canonical: place?.name, place, nests, strength });
}

// ---------------------------------------------------------------------------------------------
// Token tests

/** Does the token open a line (or follow a closing bracket there, as after a photo credit)? */
function lineStart(ctx: Ctx, t: Token): boolean {
  let k = t.start - 1;
  while (k >= 0 && (ctx.text[k] === " " || ctx.text[k] === "\t")) k--;
  if (k < 0 || ctx.text[k] === "\n" || ctx.text[k] === "\r") return true;
  return ctx.text[k] === ")" && (t.first || t.upper);
}

function isDash(t: Token | undefined): boolean {
  return !!t && (t.text === "—" || t.text === "–" || t.text === "-" || t.text === "--");
}

/** "Brazoria County" at token j: one past its end, or j. */
function countyAt(r: Reader, j: number): number {
  const { tokens } = r.ctx;
  let k = j;
  const heads = r.pc.countyHeads;
  while (k < tokens.length && k - j < 3 && isNameToken(tokens[k]!, false) && !heads.has(tokens[k]!.f)) k++;
  return k > j && heads.has(tokens[k]?.f ?? "") ? k + 1 : j;
}

/** A state, country or region at token j ("Calif.", "MN", "Tennessee", "Chile"): one past it, or -1. */
function regionEnd(r: Reader, j: number): number {
  const { tokens } = r.ctx;
  const t = tokens[j];
  if (!t || !t.word || !t.cap) return -1;
  const m = r.placeFrom[j];
  if (m && m.entry.kind === "place" && m.entry.places.some((p) => p.kind !== "city")) return m.t1;
  if (t.upper && t.text.length === 2 && r.pc.postalCodes.has(t.text)) return j + 1;
  const dotted = r.pc.regionAbbreviations.get(undotted(t.text));
  if (dotted === undefined) return -1;
  const dot = tokens[j + 1]?.text === "." && tokens[j + 1]!.start === t.end;
  if (dotted && !t.text.includes(".") && !dot) return -1;
  return dot ? j + 2 : j + 1;
}

/** After the region the name must end: no capitalised word goes on ("Texas Department", "Kansas City"). */
function regionFollows(r: Reader, k: number): boolean {
  const { tokens } = r.ctx;
  const next = tokens[k];
  const prev = tokens[k - 1]!;
  // "Valverde, Peru's police chief": an apposition, not an address
  if (prev.poss) return false;
  if (!next || !next.word || next.sent !== prev.sent) return true;
  if (!next.cap) return true;
  // "Alturas, Calif. The …": a dotted abbreviation may end the sentence
  return prev.text === "." || prev.text.endsWith(".");
}

// ---------------------------------------------------------------------------------------------
// Weighing them against the other rules, and echoes

/**
 * Adds the context places to the candidates kept by the resolver: a place takes the span of weaker
 * readings ("Glen Flora" as a person, "Estill Springs Friday" as a name, "FELTON" as an acronym);
 * a local institution's place nests inside its organisation; stronger readings (a titled person,
 * an outlet, a gazetteer place) stay. Then the same words elsewhere in the article become the
 * same place. Returns the candidates in text order.
 */
export function placeByContext(ctx: Ctx, kept: readonly Candidate[], { found, personish }: ContextPlaces): Candidate[] {
  if (!found.length) return [...kept];
  let out = [...kept];
  const order = [...found].sort((a, b) => b.strength - a.strength || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const added: Found[] = [];
  for (const f of order) {
    const over = out.filter((o) => o.start < f.end && f.start < o.end);
    if (!over.length) {
      out.push(f);
      added.push(f);
    } else if (over.every((o) => yields(o, f))) {
      out = out.filter((o) => !over.includes(o));
      out.push(f);
      added.push(f);
    } else if (f.nests && over.length === 1 && contains(over[0]!, f) && (over[0]!.type === "organization" || over[0]!.type === "other")) {
      out.push(f);
      added.push(f);
    }
  }
  if (!added.length) return out.sort((a, b) => a.start - b.start);
  out = echo(ctx, out, added, personish);
  nameThem(out);
  return out.sort((a, b) => a.start - b.start);
}

function contains(o: Candidate, f: Candidate): boolean {
  return o.start <= f.start && o.end >= f.end && o.end - o.start > f.end - f.start;
}

/** May `o` give way to the context place `f`? Weaker readings do; organisations and events around it do not. */
function yields(o: Candidate, f: Found): boolean {
  if (isContextPlaceRule(o.rule)) return false;
  if (o.priority >= PRIORITY.contextPlace) return false;
  // a gazetteer place gives way only to a longer name around it ("Paris" in "New Paris")
  if (o.type === "place" && o.place && !contains(f, o)) return false;
  if (contains(o, f) && (o.type === "organization" || o.rule === "other/head")) return false;
  // a preposition alone does not outweigh a person's name
  if (f.strength === Strength.Weak && o.type === "person") return false;
  return true;
}

/** Other capitalised mentions of a context place's words are that place, unless a person is named by them. */
function echo(ctx: Ctx, out: Candidate[], added: readonly Found[], personish: ReadonlySet<string>): Candidate[] {
  const { tokens, folded } = ctx;
  const keys = new Map<string, Found>();
  // a preposition alone is too little to rename every mention ("lodged in Kina": a police dog)
  for (const f of added) if (f.strength > Strength.Weak && !keys.has(f.nameTokens.join(" "))) keys.set(f.nameTokens.join(" "), f);
  const personWords = new Set<string>();
  for (const c of out) if (c.type === "person" && !c.weak && c.nameTokens.length >= 2) for (const t of c.nameTokens) personWords.add(t);
  // where each first word of a key stands
  const firsts = new Set([...keys.values()].map((f) => f.nameTokens[0]!));
  const positions = new Map<string, number[]>();
  folded.forEach((w, i) => {
    if (firsts.has(w)) (positions.get(w) ?? positions.set(w, []).get(w)!).push(i);
  });
  for (const f of keys.values()) {
    const words = f.nameTokens;
    if (words.length === 1 && (personWords.has(words[0]!) || personish.has(words[0]!))) continue;
    // a common word ("Creek", "Rice") is a place where its context says so, not everywhere
    if (!f.place && words.every((w) => isCommon(ctx.cues, w))) continue;
    for (const i of positions.get(words[0]!) ?? []) {
      if (i + words.length > tokens.length) continue;
      // the same words, each capitalised ("." of "St." aside), in one sentence
      let k = i;
      let w = 0;
      while (k < tokens.length && w < words.length && tokens[k]!.sent === tokens[i]!.sent) {
        const t = tokens[k]!;
        if (t.text === ".") {
          k++;
          continue;
        }
        if (t.f !== words[w] || !t.cap) break;
        w++;
        k++;
      }
      if (w < words.length) continue;
      const start = tokens[i]!.start;
      const end = tokens[k - 1]!.end;
      // no longer name around it ("Alturas High School", "Chuck Eagan")
      if ((tokens[i - 1] && isNameToken(tokens[i - 1]!, true) && tokens[i - 1]!.sent === tokens[i]!.sent && !tokens[i - 1]!.first) || (tokens[k] && isNameToken(tokens[k]!, true) && tokens[k]!.sent === tokens[i]!.sent && !tokens[k - 1]!.poss)) continue;
      const over = out.filter((o) => o.start < end && start < o.end);
      if (over.some((o) => !echoYields(o, start, end))) continue;
      if (over.some((o) => isContextPlaceRule(o.rule))) continue;
      out = out.filter((o) => !over.includes(o));
      out.push({ ...f, start, end, t0: i, t1: k, rule: "place/echo", name: ctx.text.slice(start, end), nests: false, weak: false, description: undefined });
    }
  }
  return out;
}

/** Readings an echo replaces: unknown single names, acronyms ("FELTON"), persons made of the same words alone. */
function echoYields(o: Candidate, start: number, end: number): boolean {
  if (o.rule === "name/single" || o.rule === "name/speaker" || o.rule === "org/acronym") return true;
  // "King of Blytheville": after a title of office and "of", the word names the jurisdiction
  if (o.type === "person" && o.end === end && o.nameTokens.length === 1 && o.start < start) return true;
  if (o.start === start && o.end === end) return o.rule === "name/other" || o.rule === "person/given-name" || o.rule === "person/name" || (o.type === "place" && !o.place);
  return false;
}

/**
 * One name per place: the gazetteer's, else the first form not in capitals ("Felton" over
 * "FELTON"), else the capitals in title case ("McKEES ROCKS" → "Mckees Rocks").
 */
function nameThem(out: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of out) {
    if (!isContextPlaceRule(c.rule)) continue;
    const key = c.nameTokens.join(" ");
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.start - b.start);
    const known = list.find((c) => c.place)?.place;
    const suffixed = list.find((c) => c.rule === "place/context-suffix")?.canonical;
    const mixed = list.find((c) => c.name !== c.name.toUpperCase())?.name;
    const name = known?.name ?? suffixed ?? mixed ?? titleCase(list[0]!.name);
    for (const c of list) {
      c.canonical = name;
      if (known) c.place = known;
    }
  }
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
