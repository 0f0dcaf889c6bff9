// Who a reporting verb belongs to: the noun phrase before it ("Cordero said", "One Venezuelan
// migrant, speaking to The Clinic, described"), after it ("said Brent Jeffs", "dijo el ministro"),
// the subject of a whole clause ("Kast has filmed videos…, warning"), and pronouns resolved to the
// nearest person, preferring the subject of the sentence before.
import {
  QUOTE_TOKEN,
  isAdverb,
  isParticiple,
  looksLikeVerb,
  isPossessive,
  isWord,
  tokens,
  verbAt,
  type Ctx,
  type PersonHint,
  type Tok,
} from "./context.js";
import type { Gender } from "./cues.js";
import { isTitleWord } from "./titles.js";

export type Subject =
  | { k: "hint"; h: PersonHint }
  | { k: "pron"; kind: "person" | "thing" | "plural"; gender: Gender | null; pos: number }
  | { k: "desc"; text: string; start: number; end: number; doc: boolean; media: boolean }
  | { k: "media" }
  /** nothing stands before the verb */
  | { k: "none" }
  /** "… and said": the subject of the clause */
  | { k: "coord" }
  /** a participle after a comma ("…, warning that"): the subject of the main clause */
  | { k: "main" };

const NONE: Subject = { k: "none" };

/** Longest description phrase, in words. */
const MAX_NP_WORDS = 8;
/** How many sentences back a pronoun may look for its person. */
const PRONOUN_REACH = 6;
/** "it" looks back less far: organisations and documents are named close to what they say. */
const THING_REACH = 2;

export function isMediaName(ctx: Ctx, name: string): boolean {
  const n = name.toLowerCase();
  if (ctx.cues.media.has(n)) return true;
  for (const w of n.split(/[\s\-]+/)) if (ctx.cues.mediaNouns.has(w)) return true;
  return false;
}

/** A hint as a subject: a news outlet is a conduit, not a speaker; a person never is one ("Jim Press"). */
function hintSubject(ctx: Ctx, h: PersonHint): Subject {
  return h.type !== "person" && isMediaName(ctx, h.name) ? { k: "media" } : { k: "hint", h };
}

function pronounKind(ctx: Ctx, t: Tok): "person" | "thing" | "plural" | null {
  if (ctx.cues.personPronouns.has(t.lw)) return "person";
  if (ctx.cues.thingPronouns.has(t.lw)) return "thing";
  if (ctx.cues.pluralPronouns.has(t.lw)) return "plural";
  return null;
}

function pronoun(ctx: Ctx, t: Tok): Subject | null {
  const w = t.lw.replace(/[’'](?:s|d|ll|re|ve)$/, ""); // "it’s", "he’d"
  const kind = pronounKind(ctx, w === t.lw ? t : { ...t, lw: w });
  return kind ? { k: "pron", kind, gender: ctx.cues.pronounGender.get(w) ?? null, pos: t.s } : null;
}

/** A person's gender when a title or first name tells it ("Mrs. Page", "Tara Reid"), else null. */
export function genderOf(ctx: Ctx, name: string): Gender | null {
  for (const w of name.split(/\s+/, 2)) {
    const g = ctx.cues.genderWords.get(w.toLowerCase());
    if (g) return g;
  }
  return null;
}

/** A description that is a name nobody tagged ("Efton A. Stanfield"): 2–4 capitalised words. */
/** A description of a person: "a neighbour", "the convicted killer", "One Venezuelan migrant". */
function isPersonDescription(ctx: Ctx, s: Subject): boolean {
  if (s.k !== "desc" || s.doc || s.media) return false;
  return s.text.split(/\s+/).some((w) => ctx.cues.personNouns.has(w.toLowerCase())); // head first in Spanish, last in English
}

function isProperName(s: Subject): boolean {
  if (s.k !== "desc" || s.doc || s.media) return false;
  const words = s.text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) && !/[’']s?$/u.test(w));
}

/** Index of the token starting at `pos` at or before `from` (scanning back), or -1. */
function tokenStartingAt(toks: readonly Tok[], pos: number, from: number): number {
  for (let k = from; k >= 0; k--) {
    const s = toks[k]!.s;
    if (s === pos) return k;
    if (s < pos) return -1;
  }
  return -1;
}

/** A description phrase made of toks[a..b] (inclusive), or null when it is not one. */
function describe(ctx: Ctx, toks: readonly Tok[], a: number, b: number): Subject | null {
  const { cues } = ctx;
  while (a <= b && !isWord(toks[a])) a++;
  if (a <= b && cues.prepositions.has(toks[a]!.lw)) {
    // an adverbial before the subject: "On Friday the ministry", "In Lima officials"
    let d = -1;
    for (let k = b; k > a && d < 0; k--) if (cues.determiners.has(toks[k]!.lw)) d = k;
    if (d > 0) a = d;
    else {
      a++;
      while (a <= b && (/^[\p{Lu}\p{N}]/u.test(toks[a]!.w) || !isWord(toks[a]))) a++;
    }
  }
  // a name followed by its organisation: "Noah Greenwald of the Center for Biological Diversity" → the name
  if (a + 2 <= b && /^\p{Lu}/u.test(toks[a]!.w) && /^\p{Lu}/u.test(toks[a + 1]!.w)) {
    for (let k = a + 2; k <= b; k++) {
      if (cues.nounPrepositions.has(toks[k]!.lw)) {
        b = k - 1;
        break;
      }
      if (!/^\p{Lu}/u.test(toks[k]!.w)) break;
    }
  }
  while (b >= a && !isWord(toks[b])) b--;
  if (a > b) return null;
  const last = toks[b]!;
  if (cues.determiners.has(last.lw) || cues.prepositions.has(last.lw) || pronounKind(ctx, last)) return null;
  let content = 0;
  let doc = false;
  let media = false;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    if (!isWord(t)) continue;
    if (!cues.determiners.has(t.lw) && !cues.prepositions.has(t.lw)) content++;
    if (cues.documents.has(t.lw)) doc = true;
    if (cues.mediaNouns.has(t.lw)) media = true;
    for (let n = 1; n <= 4 && k + n - 1 <= b && !media; n++) {
      if (cues.media.has(ctx.text.slice(t.s, toks[k + n - 1]!.e).toLowerCase())) media = true;
    }
  }
  if (!content) return null;
  const start = toks[a]!.s;
  const end = last.e;
  return { k: "desc", text: ctx.text.slice(start, end), start, end, doc: doc && !media, media };
}

/** The subject phrase ending at toks[i] (the verb follows it), not looking before toks[lo]. */
function subjectEndingAt(ctx: Ctx, toks: readonly Tok[], i: number, lo: number, participle: boolean, depth: number): Subject {
  const { cues } = ctx;
  const t = toks[i];
  if (!t || i < lo || t.w === QUOTE_TOKEN) return NONE;
  if (cues.coordinators.has(t.lw)) return { k: "coord" };
  if (t.w === "," || t.w === "—" || t.w === "–" || t.w === ")") {
    if (participle) return { k: "main" };
    // a parenthetical between the subject and its verb: "X, a former lawmaker, said"
    const opener = t.w === ")" ? "(" : t.w;
    let j = i - 1;
    while (j >= lo && toks[j]!.w !== opener && toks[j]!.w !== QUOTE_TOKEN) j--;
    if (j < lo || toks[j]!.w === QUOTE_TOKEN) return NONE;
    // an apposition that names the person: "Jeffs' nephew, Brent Jeffs, told"
    const inner = toks[i - 1] && ctx.hintByEnd.get(toks[i - 1]!.e);
    if (inner && inner.start >= toks[j + 1]!.s && inner.type === "person") {
      const k0 = tokenStartingAt(toks, inner.start, i - 1);
      if (k0 >= 0 && !toks.slice(j + 1, k0).some((u) => !/^\p{Lu}/u.test(u.w))) return { k: "hint", h: inner };
    }
    const r = depth < 2 ? subjectEndingAt(ctx, toks, j - 1, lo, false, depth + 1) : NONE;
    return r.k === "hint" || r.k === "pron" ? r : (clauseOpeningName(ctx, toks, lo, j) ?? r);
  }
  const h = ctx.hintByEnd.get(t.e);
  if (h && h.type !== "other") {
    const k0 = tokenStartingAt(toks, h.start, i);
    const before = toks[k0 - 1];
    const ofPhrase = k0 > lo && before !== undefined && cues.nounPrepositions.has(before.lw) && isWord(toks[k0 - 2]);
    if (!ofPhrase) return hintSubject(ctx, h);
  }
  const pr = pronoun(ctx, t);
  if (pr) return pr;
  // a description: words back to the start of the phrase
  let j = i;
  while (j >= lo && i - j < MAX_NP_WORDS) {
    const u = toks[j]!;
    const apostrophe = (u.w === "'" || u.w === "’") && j > lo && toks[j - 1]!.e === u.s; // "Jeffs' nephew"
    if (!isWord(u) && !apostrophe) break;
    if (j < i && (verbAt(ctx, toks, j) || isAdverb(ctx, u) || looksLikeVerb(ctx, u))) break;
    if (cues.clauseWords.has(u.lw) && !cues.determiners.has(u.lw)) break;
    if (j < i && pronounKind(ctx, u)) break;
    j--;
  }
  // "A woman who witnessed the attack said": the phrase before the relative clause
  const rel = [j, j - 1].find((r) => r >= lo && cues.relativePronouns.has(toks[r]!.lw));
  if (rel !== undefined && depth < 2) {
    const before = toks[rel - 1];
    if (before && before.w === ",") return NONE; // "…, who said" after a parenthetical: too far to tell
    return subjectEndingAt(ctx, toks, rel - 1, lo, false, depth + 1);
  }
  return describe(ctx, toks, j + 1, i) ?? NONE;
}

/** A person named first in the clause and followed by a comma: "But William L. Kovacs, the U.S. Chamber's vice president of environment, technology and regulatory affairs, said". */
function clauseOpeningName(ctx: Ctx, toks: readonly Tok[], lo: number, hi: number): Subject | null {
  for (let k = lo; k < hi; k++) {
    const t = toks[k]!;
    if (t.w === QUOTE_TOKEN) return null;
    if (isWord(t) && !/^\p{Lu}/u.test(t.w) && !ctx.cues.clauseWords.has(t.lw)) return null; // past the clause's opening words
    const h = ctx.hintByStart.get(t.s);
    if (!h || h.type !== "person") continue;
    let e = k;
    while (e + 1 < hi && toks[e + 1]!.s < h.end) e++;
    return toks[e + 1]?.w === "," ? { k: "hint", h } : null;
  }
  return null;
}

/** The subject of the verb at toks[vi], looking back no further than toks[lo]. */
export function subjectBefore(ctx: Ctx, toks: readonly Tok[], vi: number, lo: number): Subject {
  let i = vi - 1;
  while (i >= lo && isAdverb(ctx, toks[i]!)) i--;
  if (i >= lo && ctx.cues.infinitiveMarkers.has(toks[i]!.lw)) return { k: "main" }; // "He went on to say that …"
  if (!isParticiple(ctx, toks[vi]!)) return subjectEndingAt(ctx, toks, i, lo, false, 0);
  // a participle: its own subject only when a name or pronoun stands right before it
  // ("with Security Minister Luis Cordero warning", "quoted Valverde as saying"); else the clause's
  if (toks[i]?.lw === "as") {
    i--;
    while (i >= lo && (isAdverb(ctx, toks[i]!) || verbAt(ctx, toks, i))) i--; // "was quoted as saying"
  }
  const t = toks[i];
  if (!t || i < lo) return { k: "main" };
  const h = ctx.hintByEnd.get(t.e);
  if (h && h.type !== "other") {
    // "justificó la elección de Boeing diciendo": the object of a preposition is not the participle's subject
    const k0 = tokenStartingAt(toks, h.start, i);
    const prep = toks[k0 - 1];
    if (k0 > lo && prep && ctx.cues.prepositions.has(prep.lw) && !ctx.cues.absoluteMarkers.has(prep.lw)) return { k: "main" };
    return hintSubject(ctx, h);
  }
  const pr = pronoun(ctx, t);
  if (pr) return pr;
  // an absolute construction: ", an inside source calling it “…”", "with officials warning"
  const np = subjectEndingAt(ctx, toks, i, lo, false, 2);
  if (np.k === "desc") {
    const k0 = tokenStartingAt(toks, np.start, i);
    const marker = toks[k0 - 1];
    if (marker && ctx.cues.absoluteMarkers.has(marker.lw)) return np;
  }
  return { k: "main" };
}

/** The subject after an inverted verb starting at toks[i]: "said Kast", "dijo el ministro del Interior, Juan Pérez". */
export function subjectAfter(ctx: Ctx, toks: readonly Tok[], i: number): Subject {
  const { cues } = ctx;
  // "ha anunciado que …": a clause follows the verb, not its subject
  if (toks[i] && cues.clauseWords.has(toks[i]!.lw) && !cues.determiners.has(toks[i]!.lw)) return NONE;
  for (let j = i; j < toks.length && j - i < 10; j++) {
    const u = toks[j]!;
    // adverbials before an inverted subject: "dijo este viernes a la agencia EFE la ministra"
    const skip = adverbialAt(ctx, toks, j);
    if (skip > j) {
      j = skip - 1;
      continue;
    }
    const h = ctx.hintByStart.get(u.s);
    const possessive = h !== undefined && /^[’']/u.test(ctx.text.slice(h.end, h.end + 1));
    if (h && h.type !== "other" && !possessive) return hintSubject(ctx, employee(ctx, h) ?? h);
    const pr = pronoun(ctx, u);
    if (pr) return pr;
    if (cues.determiners.has(u.lw) || /^\p{Lu}/u.test(u.w)) {
      const later = personAhead(ctx, toks, j);
      if (later) return { k: "hint", h: later };
      // a description up to a break; a person named in apposition right after it wins
      let b = j;
      while (b + 1 < toks.length && b + 1 - j < MAX_NP_WORDS) {
        const v = toks[b + 1]!;
        if (!isWord(v) || verbAt(ctx, toks, b + 1) || cues.clauseWords.has(v.lw)) break;
        if (cues.prepositions.has(v.lw) && !cues.nounPrepositions.has(v.lw)) break;
        const hv = ctx.hintByStart.get(v.s);
        if (hv && hv.type === "person") return { k: "hint", h: hv }; // "dijo el canciller Hugo de Zela"
        // "dijo la empresa estatal Petroperú en un comunicado": the organisation the description
        // names speaks, unless a person of it is named next ("del Ministerio del Interior, Juan Pérez")
        if (hv && hv.type === "organization" && !isMediaName(ctx, hv.name) && !personNext(ctx, hv.end)) return { k: "hint", h: hv };
        b++;
      }
      const comma = toks[b + 1];
      const named = comma?.w === "," ? toks[b + 2] && ctx.hintByStart.get(toks[b + 2]!.s) : undefined;
      if (named && named.type === "person") {
        const after = ctx.text.slice(named.end).match(/^\s*(\S)?/u)?.[1];
        if (after === undefined || ",.;)—–".includes(after)) return { k: "hint", h: named };
      }
      return describe(ctx, toks, j, b) ?? NONE;
    }
    if (!isWord(u)) break;
  }
  return NONE;
}

/** A person named within a few words after `at`, past a comma or title words ("Interior, Juan Pérez"). */
function personNext(ctx: Ctx, at: number): boolean {
  const gap = ctx.text.slice(at, at + EMPLOYEE_GAP);
  for (let k = 1; k < gap.length; k++) if (ctx.hintByStart.get(at + k)?.type === "person") return true;
  return false;
}

/** Words an organisation's name and its person's may have between them ("Nvidia CEO Jen-Hsun Huang"). */
const EMPLOYEE_GAP = 24;

/** "said Nvidia CEO Jen-Hsun Huang": a person named right after an organisation, only title words between. */
function employee(ctx: Ctx, h: PersonHint): PersonHint | null {
  if (h.type !== "organization") return null;
  const gap = ctx.text.slice(h.end, h.end + EMPLOYEE_GAP);
  for (let k = 1; k < gap.length; k++) {
    const p = ctx.hintByStart.get(h.end + k);
    if (p?.type === "person") {
      const words = gap.slice(0, k).trim().split(/\s+/).filter(Boolean);
      return words.length > 0 && words.length <= 3 && words.every((w) => isTitleWord(ctx, w)) ? p : null;
    }
  }
  return null;
}

/** The index just past a time phrase or a prepositional phrase starting at toks[j] ("este viernes", "a la agencia EFE"), or j. */
function adverbialAt(ctx: Ctx, toks: readonly Tok[], j: number): number {
  const { cues } = ctx;
  const t = toks[j]!;
  if (cues.timeWords.has(t.lw) || isAdverb(ctx, t)) return j + 1;
  const next = toks[j + 1];
  if (cues.determiners.has(t.lw) && next && cues.timeWords.has(next.lw)) return j + 2;
  if (!cues.prepositions.has(t.lw) || cues.nounPrepositions.has(t.lw) && j === 0) return j;
  // a preposition and its object: up to the next determiner, preposition or break
  let k = j + 1;
  if (toks[k] && cues.determiners.has(toks[k]!.lw)) k++;
  while (k < toks.length && isWord(toks[k]) && !cues.determiners.has(toks[k]!.lw) && !cues.prepositions.has(toks[k]!.lw) && !verbAt(ctx, toks, k)) k++;
  return k;
}

/** A person named within the phrase that starts at toks[j] (up to a punctuation mark or a verb). */
function personAhead(ctx: Ctx, toks: readonly Tok[], j: number): PersonHint | null {
  for (let k = j; k < toks.length && k - j < 14; k++) {
    const t = toks[k]!;
    if (!isWord(t) || verbAt(ctx, toks, k)) return null;
    const h = ctx.hintByStart.get(t.s);
    if (h && h.type === "person" && !/^[’']/u.test(ctx.text.slice(h.end, h.end + 1))) return h;
  }
  return null;
}

/** The subject of the clause that starts at `start` (a sentence), read forward up to `limit`. */
export function mainSubject(ctx: Ctx, start: number, limit: number): Subject {
  const key = `${start}:${limit}`;
  let s = ctx.subjectCache.get(key) as Subject | undefined;
  if (!s) ctx.subjectCache.set(key, (s = readMainSubject(ctx, start, limit)));
  return s;
}

function readMainSubject(ctx: Ctx, start: number, limit: number): Subject {
  const { cues } = ctx;
  const toks = tokens(ctx, start, limit);
  let i = 0;
  const first = toks[0];
  // an introductory phrase ending in a comma: "In a video message, Kast warned…", "However, de Zela…"
  if (first && (cues.prepositions.has(first.lw) || cues.clauseWords.has(first.lw) || isAdverb(ctx, first) || isParticiple(ctx, first))) {
    for (let k = 1; k < toks.length && k < 16; k++) {
      if (toks[k]!.w === ",") {
        i = k + 1;
        break;
      }
    }
  }
  while (i < toks.length && (toks[i]!.w === QUOTE_TOKEN || !isWord(toks[i]) || (isAdverb(ctx, toks[i]!) && !pronounKind(ctx, toks[i]!) && !verbAt(ctx, toks, i)))) i++;
  const s = i;
  for (let j = s; j < toks.length && j - s < 10; j++) {
    const u = toks[j]!;
    const h = ctx.hintByStart.get(u.s);
    if (h && h.type !== "other") {
      let k = j;
      while (k + 1 < toks.length && toks[k + 1]!.s < h.end) k++;
      const last = toks[k]!;
      const next = toks[k + 1];
      // a person opening the clause is its subject before any lower-case word but "of" ("Alan Crump spoke", "Mann estuvo")
      const opensWithPerson = j === s && h.type === "person" && next !== undefined && next.w === next.lw && isWord(next) && !cues.prepositions.has(next.lw) && !cues.determiners.has(next.lw);
      if (!isPossessive(ctx, last) && (!next || !isWord(next) || opensWithPerson || verbAt(ctx, toks, k + 1) || isAdverb(ctx, next) || looksLikeVerb(ctx, next) || cues.clauseWords.has(next.lw))) {
        // "A statement from Waitrose said": the head of the phrase is the statement, not Waitrose
        const before = toks[j - 1];
        if (j - 1 > s && before && cues.nounPrepositions.has(before.lw)) return describe(ctx, toks, s, k) ?? NONE;
        return hintSubject(ctx, h);
      }
      j = k;
      continue;
    }
    if (j === s) {
      const pr = pronoun(ctx, u);
      if (pr) return pr;
    }
    if (!isWord(u) || verbAt(ctx, toks, j) || (j > s && (isAdverb(ctx, u) || looksLikeVerb(ctx, u))) || (cues.clauseWords.has(u.lw) && !cues.determiners.has(u.lw))) {
      return describe(ctx, toks, s, j - 1) ?? NONE;
    }
    if (cues.prepositions.has(u.lw) && !cues.nounPrepositions.has(u.lw)) return describe(ctx, toks, s, j - 1) ?? NONE;
  }
  return NONE;
}

/** The subject of the clause a participle at `pos` follows: from the last clause opener before it, else the sentence's. */
export function clauseSubject(ctx: Ctx, sentenceStart: number, pos: number): Subject {
  const toks = tokens(ctx, sentenceStart, pos);
  // "she said, explaining:": the nearest reporting verb before it lends its subject
  for (let k = toks.length - 1; k >= 0; k--) {
    if (toks[k]!.w === QUOTE_TOKEN) break;
    if (!verbAt(ctx, toks, k) || isParticiple(ctx, toks[k]!)) continue;
    const s = subjectBefore(ctx, toks, k, 0);
    if (s.k === "hint" || s.k === "pron" || s.k === "desc" || s.k === "media") return s;
    break;
  }
  for (let k = toks.length - 1; k > 0; k--) {
    if (!ctx.cues.clauseStarters.has(toks[k]!.lw)) continue;
    const next = toks[k + 1];
    if (!next) break;
    const m = mainSubject(ctx, next.s, pos);
    if (m.k === "hint" || m.k === "pron" || m.k === "desc" || m.k === "media") return m;
    break;
  }
  return mainSubject(ctx, sentenceStart, pos);
}

/** A person (or, for "it", an organisation or document) a pronoun at `pos` stands for. */
export function resolvePronoun(ctx: Ctx, kind: "person" | "thing", gender: Gender | null, pos: number, sentenceIndex: number): Subject | null {
  const agrees = (name: string) => gender === null || (genderOf(ctx, name) ?? gender) === gender;
  const descAgrees = (text: string) =>
    gender === null || text.split(/\s+/).every((w) => (ctx.cues.genderNouns.get(w.toLowerCase()) ?? gender) === gender);
  const fits = (s: Subject): boolean =>
    kind === "person"
      ? (s.k === "hint" && s.h.type === "person" && agrees(s.h.name)) || (s.k === "desc" && ((isProperName(s) && agrees(s.text)) || (isPersonDescription(ctx, s) && descAgrees(s.text))))
      : (s.k === "hint" && s.h.type === "organization") || (s.k === "desc" && s.doc);
  const sent = ctx.sentences[sentenceIndex];
  // the same sentence, before the pronoun: its subject, else the nearest person before the pronoun
  if (sent && sent.start < pos) {
    const m = mainSubject(ctx, sent.start, pos);
    if (fits(m)) return m;
    const near = nearestHint(ctx, sent.start, pos, kind, agrees);
    if (near) return { k: "hint", h: near };
  }
  // the sentences before: their subject, else their last person
  const reach = kind === "person" ? PRONOUN_REACH : THING_REACH;
  for (let k = sentenceIndex - 1; k >= 0 && k >= sentenceIndex - reach; k--) {
    if (ctx.creditSentences.has(k)) continue; // "(Photo: Stan Carpenter / The Times)"
    const s = ctx.sentences[k]!;
    const m = mainSubject(ctx, s.start, s.end);
    if (fits(m)) return m;
    if (m.k === "pron" && m.kind === kind && m.gender === gender) continue; // "He said… He added…": follow the chain further back
    const near = nearestHint(ctx, s.start, s.end, kind, agrees);
    if (near) return { k: "hint", h: near };
  }
  return null;
}

/** The last hint of the right type in [a, b) that is not a possessive ("Kast’s rhetoric"). */
function nearestHint(ctx: Ctx, a: number, b: number, kind: "person" | "thing", agrees: (name: string) => boolean): PersonHint | null {
  const want = kind === "person" ? "person" : "organization";
  const hs = ctx.hints;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid]!.start < b) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const h = hs[k]!;
    if (h.start < a) break;
    if (h.end > b || h.type !== want) continue;
    if (/^[’']/u.test(ctx.text.slice(h.end, h.end + 1)) || (h.type !== "person" && isMediaName(ctx, h.name))) continue;
    if (kind === "person" && !agrees(h.name) && !agrees(ctx.text.slice(h.start, h.end))) continue;
    return h;
  }
  return null;
}
