// Claim subjects a person reads: a short phrase of the source's own words ("undocumented migrants
// residing in Chile"), chosen where the sentences of the claim agree most, never a list of words;
// a date's subject says what happened on it ("date Peru declared a state of emergency", "date of
// the presidential runoff"), else quotes the source's words around it.
import { sentenceTokens } from "./context.js";
import { claimCues, type DateSubjectCues } from "./claims/cues.js";
import { lexicon } from "../lexicon.js";
import { LANGUAGES } from "../text/languages.js";

/** Most words a phrase takes. */
const MAX_WORDS = 7;
/** A phrase starts at most this many words from the span. */
const NEAR = 3;

/** Characters a phrase does not run across: the clause ends there. */
const CLAUSE_END = /[;:“”"«»?!]/;
const LIST_END = /[;:“”"«»?!,]/;

const ASIDE = /[—–]\s?[^—–]*?[—–]|\([^()]*\)/g;

/** Asides between dashes or parentheses ("—mostly Venezuelans, according to …—"): a phrase skips them. */
function asides(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of sentence.matchAll(ASIDE)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

export interface Phrase {
  text: string;
  /** Content words of the phrase that the claim's sentences share. */
  score: number;
  /** The phrase follows the span ("330,000 migrants [residing in Chile]"), not precedes it. */
  after: boolean;
}

/**
 * The best window of at most MAX_WORDS words of `sentence` outside the span [at, end): the one
 * holding the most stems of `shared`, nearest the span; it begins and ends on a content word.
 */
export function phraseNear(sentence: string, at: number, end: number, shared: ReadonlySet<string>, preferAfter = true): Phrase | null {
  const toks = sentenceTokens(sentence);
  // the clause around the span
  let lo = 0;
  let hi = sentence.length;
  // what a figure counts is said within its item of a list: a comma ends it ("768GB of flash
  // storage, seven hours of battery life"); what a date dates may run across one
  const end_ = preferAfter ? LIST_END : CLAUSE_END;
  for (let i = at - 1; i >= 0; i--) if (end_.test(sentence.slice(i, i + 2))) { lo = i + 1; break; }
  for (let i = end; i < sentence.length; i++) if (end_.test(sentence.slice(i, i + 2))) { hi = i; break; }
  const aside = asides(sentence).filter(([a, b]) => !(a <= at && end <= b));
  // for a date, what happened counts, not who: names (capitalised words) do not score
  const counts = (t: { start: number; stem: string | null }) => !!t.stem && shared.has(t.stem) && (preferAfter || !/\p{Lu}/u.test(sentence[t.start]!));
  const words = toks.filter((t) => t.start >= lo && t.end <= hi && (t.end <= at || t.start >= end) && !aside.some(([a, b]) => a <= t.start && t.end <= b));
  // a window right after the span (within NEAR words of it), else one ending right before it
  const after = words.findIndex((t) => t.start >= end);
  const firstAfter = after < 0 ? words.length : after;
  let best: { i: number; j: number; score: number; dist: number } | null = null;
  const consider = (i: number, j: number, score: number, dist: number) => {
    if (score && (!best || score > best.score || (score === best.score && dist < best.dist))) best = { i, j, score, dist };
  };
  const near = preferAfter ? NEAR : words.length; // what a date dates may stand anywhere in its clause
  for (let i = firstAfter; i < Math.min(words.length, firstAfter + near); i++) {
    let score = 0;
    for (let j = i; j < Math.min(words.length, i + (preferAfter ? MAX_WORDS : MAX_WORDS + 2)); j++) {
      const w = words[j]!;
      if (counts(w)) score++;
      if (words[i]!.stem && counts(w)) consider(i, j, score, i - firstAfter);
    }
  }
  // what follows the span says what it is ("330,000 migrants residing in Chile"); what stands
  // before it only when nothing after does
  for (let j = firstAfter - 1; (!best || !preferAfter) && j >= Math.max(0, firstAfter - near); j--) {
    let score = 0;
    for (let i = j; i >= Math.max(0, j - (preferAfter ? MAX_WORDS : MAX_WORDS + 2) + 1); i--) {
      const w = words[i]!;
      if (counts(w)) score++;
      if (words[j]!.stem && counts(w)) consider(i, j, score, firstAfter - 1 - j);
    }
  }
  const b0 = best as { i: number; j: number; score: number } | null;
  if (!b0) return null;
  let a = words[b0.i]!;
  let jEnd = b0.j;
  if (preferAfter) {
    // a phrase ends before a word that opens another clause ("people from Zinbi village were hurt
    // [but their general]"), on a content word
    const ends = claimCues().phraseEnds;
    const cut = words.findIndex((t, k) => k > b0.i && k <= jEnd && ends.includes(sentence.slice(t.start, t.end).toLowerCase()));
    if (cut > b0.i) {
      jEnd = cut - 1;
      while (jEnd > b0.i && !words[jEnd]!.stem) jEnd--;
    }
    // and not inside a name ("at the Cypress [Hills Houses]")
    const cap = (k: number) => /^\p{Lu}/u.test(sentence[words[k]!.start]!);
    for (let n = 0; n < 3 && jEnd + 1 < words.length && cap(jEnd) && cap(jEnd + 1) && /^\s+$/.test(sentence.slice(words[jEnd]!.end, words[jEnd + 1]!.start)); n++) jEnd++;
  }
  // nor on a preposition ("children found dead inside a home [near]"), whose object the window cut off
  // (a small word of a name stays: "Doctor Who")
  const small = (k: number) => !words[k]!.stem && !/^\p{Lu}/u.test(sentence[words[k]!.start]!);
  while (jEnd > b0.i && (prepositions().has(sentence.slice(words[jEnd]!.start, words[jEnd]!.end).toLowerCase()) || small(jEnd))) jEnd--;
  const b = words[jEnd]!;
  let follows = b0.i >= firstAfter;
  if (follows && preferAfter) {
    // a phrase after the span reads on from it: the small words between are kept ("17 points
    // [for the] Tar Heels"); one that skips a content word ("$82 million … left-hander CC
    // Sabathia") does not say what the figure is
    if (words.slice(firstAfter, b0.i).some((t) => t.stem)) follows = false;
    else a = words[firstAfter]!;
  }
  return { text: tidy(sentence.slice(a.start, b.end)), score: b0.score, after: follows };
}


let prepositionSet: Set<string> | undefined;
/** Prepositions of every language (data/<lang>/quotes.json "prepositions"), lower-cased. */
function prepositions(): Set<string> {
  prepositionSet ??= new Set(LANGUAGES.flatMap((l) => lexicon<{ prepositions?: string[] }>(l, "quotes").prepositions ?? []).map((w) => w.toLowerCase()));
  return prepositionSet;
}

const tidy = (s: string) => s.replace(/[,—–]+/g, " ").replace(/\s+/g, " ").trim();

/** Where a mention's sentence starts in its article's text (the occurrence that holds the mention). */
export function sentenceStart(text: string, m: { sentence: string; start: number; end: number; sentenceStart?: number }): number {
  if (m.sentenceStart != null) return m.sentenceStart;
  const at = text.lastIndexOf(m.sentence, m.start);
  return at >= 0 && at + m.sentence.length >= m.end ? at : -1;
}

/** The best phrase over several mentions (each in its own sentence), saying whether it follows its span; null when none. */
export function bestPhraseOf(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string }>, shared: ReadonlySet<string>, preferAfter = true): Phrase | null {
  let best: Phrase | null = null;
  for (const m of ms) {
    const at = sentenceStart(texts.get(m.articleId)?.text ?? "", m);
    if (at < 0) continue;
    const p = phraseNear(m.sentence, m.start - at, m.end - at, shared, preferAfter);
    if (p && (!best || p.score > best.score || (p.score === best.score && p.text.length < best.text.length))) best = p;
  }
  return best;
}

const PLACE_PREP = /(?:^|\s)((?:at|in|near|along|on|across|outside|inside|into|en|cerca de|junto a|a lo largo de)\s+(?:(?:the|a|la|el|los|las)\s+)?((?:[\p{L}’'-]+)(?:\s+(?:of\s+)?[\p{L}’'-]+){0,2}))/iu;

/** Where it happened, as its sources say it right after the figure ("at the border"): the
 * phrase whose last word most of them use (at least half), the shortest of those. */
export function placePhrase(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string }>): string | null {
  const found: { text: string; head: string }[] = [];
  for (const m of ms) {
    const at = sentenceStart(texts.get(m.articleId)?.text ?? "", m);
    if (at < 0) continue;
    // (80 characters at most, cut between words: "in shootings acro" is no place)
    const tail = stripAsides(m.sentence.slice(m.end - at)).split(/[.;:,“”"«»?!]/)[0]!.replace(/^([\s\S]{0,80})(?:\s[\s\S]*)?$/u, "$1");
    const p = PLACE_PREP.exec(tail);
    if (!p) continue;
    // the phrase ends before a word that starts another idea: "-ing" forms and stop words
    const words = p[1]!.split(/\s+/);
    let n = words.length;
    for (let i = 2; i < words.length; i++) if (/ing$/i.test(words[i]!) || !sentenceTokens(words[i]!)[0]?.stem) { n = i; break; }
    const phrase = words.slice(0, n).join(" ");
    const head = sentenceTokens(words[n - 1]!)[0]?.stem;
    if (head && n >= 2) found.push({ text: phrase, head });
  }
  if (!found.length) return null;
  const count = new Map<string, number>();
  for (const f of found) count.set(f.head, (count.get(f.head) ?? 0) + 1);
  const best = found.sort((a, b) => count.get(b.head)! - count.get(a.head)! || a.text.length - b.text.length)[0]!;
  // a place only some sources give may be one part of the whole ("in one district"): at least half must
  return count.get(best.head)! * 2 >= ms.length ? best.text : null;
}

const stripAsides = (s: string) => s.replace(ASIDE, " ");

// ---------- what a date dates ----------

/** Most words of a date's event phrase. */
const MAX_EVENT_WORDS = 12;
/** Most words of a noun a date modifies ("killings of three officers"). */
const MAX_NOUN_WORDS = 5;

/** A word of a sentence: letters and digits, with what joins them inside a word ("5:30", "1,000",
 * "p.m", "Friday's"; not "shooting.Deputies"), so that the punctuation left between words is the sentence's own. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’:,/][\p{L}\p{M}\p{N}]+|\.\p{Ll}(?!\p{L})|\.\p{N}+)*/gu;
/** Marks between two words that end a clause (a comma, a colon that is no clock time, quotes …). */
const GAP_END = /[,;:“”"«»?!()—–[\]]/;

interface Word {
  text: string;
  low: string;
  start: number;
  end: number;
  /** its stem; null for a stop word or a number */
  stem: string | null;
  /** a clause ends between the word before and this one */
  gapBefore: boolean;
}

function wordsOf(sentence: string): Word[] {
  const out: Word[] = [];
  let prev = 0;
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0];
    const gap = sentence.slice(prev, m.index);
    // a full stop after a lower-case word ends a sentence the splitter left joined ("night.The
    // shooting", "8:30 p.m. Dozens chanted"); after a capital it is an abbreviation ("W. Mark Felt")
    const stop = gap.includes(".") && /(?:\p{Ll}{2}|\.\p{Ll}|\p{N})$/u.test(out[out.length - 1]?.text ?? "") && /^\p{Lu}/u.test(text);
    out.push({ text, low: text.toLowerCase(), start: m.index, end: m.index + text.length, stem: sentenceTokens(text)[0]?.stem ?? null, gapBefore: out.length > 0 && (GAP_END.test(gap) || stop) });
    prev = m.index + text.length;
  }
  return out;
}

const isUpper = (w: Word) => /^\p{Lu}/u.test(w.text);

export interface EventPhrase {
  /** the subject: "date the suspect was arrested", "date of the shooting", or the source's words quoted */
  text: string;
  /** the words of the phrase, for choosing among a claim's sentences */
  words: string;
  rule: "date-subject/noun" | "date-subject/clause" | "date-subject/quote";
  /** a clause whose subject stands out of reach ("…, died yesterday"): a weaker choice */
  subjectless?: boolean;
}

/**
 * What a date in a sentence dates, written as a subject: the noun it modifies ("Friday's shooting",
 * "the December 14 presidential runoff" → "date of the presidential runoff"); else the clause it
 * stands in, the date and its lead words taken out ("Bettie Page died Thursday of pneumonia" →
 * "date Bettie Page died of pneumonia"); else the source's own words around it, quoted.
 */
export function dateEventPhrase(sentence: string, at: number, end: number, c: DateSubjectCues): EventPhrase {
  const ws = wordsOf(sentence);
  let first = ws.findIndex((w) => w.end > at);
  if (first < 0) first = ws.length;
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < end) last++;
  // a part of the day before the date ("en la madrugada de este sábado", "in the early hours of
  // Saturday") belongs to the date: it is no noun the date modifies
  first = dayPartStart(ws, first, c);
  // the noun the date modifies; else the clause it stands in (each a function of its own: a part
  // is optimized, and re-optimized, alone)
  return (c.nounBefore ? nounBeforeDate(sentence, ws, first, c) : nounAfterDate(sentence, ws, first, last, end, c)) ?? clausePhrase(sentence, ws, first, last, at, end, c);
}

const has = (list: readonly string[], w: Word | undefined) => !!w && list.includes(w.low);
const lowContent = (c: DateSubjectCues, w: Word | undefined) => !!w && !!w.stem && !isUpper(w) && !c.boundaries.includes(w.low);
const joinWords = (sentence: string, xs: readonly Word[]) => tidy(sentence.slice(xs[0]!.start, xs[xs.length - 1]!.end));
const contract = (c: DateSubjectCues, s: string) => Object.entries(c.contractions).reduce((t, [a, b]) => t.split(a).join(b), s);

/** Where a date starts once a part of the day before it is taken in ("en la madrugada de [este sábado]"). */
function dayPartStart(ws: readonly Word[], first: number, c: DateSubjectCues): number {
  let k = first - 1;
  let links = 0;
  while (k >= 0 && links < 2 && !ws[k + 1]!.gapBefore && (has(c.lead, ws[k]) || has(c.nounLinks, ws[k]))) [k, links] = [k - 1, links + 1];
  if (!links || k < 0 || ws[k + 1]!.gapBefore || !has(c.dayParts, ws[k])) return first;
  k--;
  while (k >= 0 && !ws[k + 1]!.gapBefore && (has(c.lead, ws[k]) || has(c.determiners, ws[k]))) k--;
  return k + 1;
}

/** The noun after the date: "Friday's shooting", "the Monday shooting", "the July 17 killings of three officers". */
function nounAfterDate(sentence: string, ws: readonly Word[], first: number, last: number, end: number, c: DateSubjectCues): EventPhrase | null {
  const possessive = /^['’]s\s/u.test(sentence.slice(end));
  const lastWord = ws[last];
  const own = possessive || (lastWord && /['’]s$/u.test(lastWord.text) && lastWord.end > end);
  const det = !ws[first]?.gapBefore && has(c.determiners, ws[first - 1]);
  const next = ws[last + 1];
  if ((own || det) && next && !next.gapBefore && lowContent(c, next)) {
    const np: Word[] = [];
    for (let k = last + 1; k < ws.length && np.length < MAX_NOUN_WORDS; k++) {
      const w = ws[k]!;
      if (w.gapBefore || c.boundaries.includes(w.low) || (np.length && c.eventVerbs.includes(w.low))) break;
      if (!w.stem && !c.nounLinks.includes(w.low) && !(np.length && c.nounLinks.includes(np[np.length - 1]!.low)) && !/^\p{N}/u.test(w.text)) break;
      np.push(w);
    }
    while (np.length && !np[np.length - 1]!.stem) np.pop();
    if (np.length) return { text: `${c.noun} ${joinWords(sentence, np)}`, words: joinWords(sentence, np), rule: "date-subject/noun" };
  }
  return null;
}

/** The noun before the date: "el ataque del lunes", "la marcha de este viernes". */
function nounBeforeDate(sentence: string, ws: readonly Word[], first: number, c: DateSubjectCues): EventPhrase | null {
  let k = first - 1;
  let leads = 0;
  while (k >= 0 && !ws[k + 1]!.gapBefore && has(c.lead, ws[k]) && leads < 2) [k, leads] = [k - 1, leads + 1];
  if (leads && has(c.nounLinks, ws[k + 1])) {
    const np: Word[] = [];
    for (; k >= 0 && np.length < MAX_NOUN_WORDS && !ws[k + 1]!.gapBefore; k--) {
      const w = ws[k]!;
      np.unshift(w);
      if (has(c.determiners, w)) break;
      if (!lowContent(c, w)) { np.length = 0; break; }
    }
    if (np.length >= 2 && has(c.determiners, np[0])) return { text: contract(c, `${c.noun} ${joinWords(sentence, np)}`), words: joinWords(sentence, np), rule: "date-subject/noun" };
  }
  return null;
}

/** The clause the date stands in, the date and its lead words taken out; else the source's own words around it, quoted. */
function clausePhrase(sentence: string, ws: readonly Word[], first: number, last: number, at: number, end: number, c: DateSubjectCues): EventPhrase {
  let lo = first;
  while (lo > 0 && !ws[lo]!.gapBefore && has(c.lead, ws[lo - 1])) lo--;
  const left: Word[] = [];
  let relative = false;
  // back to the clause's start (its subject), however far: the phrase is read from there
  for (let k = lo - 1; k >= 0 && left.length < 2 * MAX_EVENT_WORDS && !ws[lo]?.gapBefore; k--) {
    const w = ws[k]!;
    if (c.boundaries.includes(w.low)) {
      // a relative clause ("a woman who was shot Friday") is said of the noun before it
      // (or of a noun with its figure: "el sismo de magnitud 6,7 que sacudió")
      if (c.relatives.includes(w.low) && !w.gapBefore && (lowContent(c, ws[k - 1]) || /^\p{N}/u.test(ws[k - 1]?.text ?? ""))) {
        const np: Word[] = [];
        for (let j = k - 1; j >= 0 && np.length < 5; j--) {
          np.unshift(ws[j]!);
          if (ws[j]!.gapBefore || has(c.determiners, ws[j]) || c.boundaries.includes(ws[j - 1]?.low ?? "")) break;
        }
        left.unshift(...np);
        relative = true;
      }
      break;
    }
    left.unshift(w);
    if (w.gapBefore) break;
  }
  const right: Word[] = [];
  const hi = last + 1;
  // a date that opens its clause, set off by a comma ("On Friday, police arrested …"), dates what follows it
  const opens = !left.length || left.every((w) => has(c.lead, w));
  let resume = opens ? hi : -1;
  // a relative clause ("a woman who was shot Friday night is doing well") ends where the main one
  // goes on, which its words do not show: it is read up to the date
  for (let k = hi; k < ws.length && right.length < MAX_EVENT_WORDS && !relative; k++) {
    const w = ws[k]!;
    if (w.gapBefore && k !== resume && right.length) {
      // a short aside between commas ("las bolsas de todo el mundo, especialmente las de Estados
      // Unidos, han caído") is stepped over: the clause goes on after it
      let e = k + 1;
      while (e < ws.length && !ws[e]!.gapBefore && e - k <= 5) e++;
      const commas = (x: number) => /^[^\p{L}\p{N}]*,[^\p{L}\p{N}]*$/u.test(sentence.slice(ws[x - 1]!.end, ws[x]!.start));
      if (e < ws.length && e - k <= 5 && commas(k) && commas(e)) {
        [k, resume] = [e - 1, e];
        continue;
      }
      break;
    }
    if ((w.gapBefore && k !== resume) || c.boundaries.includes(w.low)) break;
    right.push(w);
  }
  while (left.length && has(c.conjunctions, left[0])) left.shift();
  // a clause after an aside ("Mark Felt, the most famous source …, died yesterday") lacks its
  // subject: the name opening the sentence is it
  let subjectless = !!left.length && left[0]!.gapBefore && !isUpper(left[0]!) && !has(c.subjectStarts, left[0]);
  if (subjectless) {
    // the name before a short aside ("Akira Marie Waters, 16, of Avonmore died"), else the one opening the sentence
    const i0 = ws.indexOf(left[0]!);
    let j = i0 - 1;
    while (j >= 0 && !ws[j]!.gapBefore && i0 - j <= 5) j--;
    const name: Word[] = [];
    for (let k = j - 1; k >= 0 && name.length < 4 && isUpper(ws[k]!); k--) {
      name.unshift(ws[k]!);
      if (ws[k]!.gapBefore) break;
    }
    const aside = j >= 0 && ws[j]!.gapBefore && i0 - j <= 5 ? ws.slice(j, i0) : [];
    // the aside itself names the subject ("…, church elder JD Roundy, spent")
    if (!name.length && aside.length && isUpper(aside[aside.length - 1]!)) name.push(...aside);
    else if (!(j > 0 && aside.length && name.length)) {
      name.length = 0;
      for (const w of ws) { if (!isUpper(w) || name.length >= 4 || (name.length && w.gapBefore)) break; name.push(w); }
      if (!(name.length && ws[name.length]?.gapBefore && ws[name.length]!.start < left[0]!.start)) name.length = 0;
    }
    if (name.length) [subjectless] = [false, left.unshift(...name)];
  }
  const all = [...left, ...right];
  const phrase = all.slice(0, MAX_EVENT_WORDS);
  // a cut does not end inside a name or a noun: "the country’s [border]", "Wasilla Bible [Church]",
  // "a Saudi cargo [ship]" go on to the noun's end (a few words at most)
  const cut = phrase.length;
  while (phrase.length < all.length && phrase.length - cut < 3) {
    const prev = phrase[phrase.length - 1]!;
    const next = all[phrase.length]!;
    if (next.gapBefore || c.boundaries.includes(next.low) || !(next.stem || isUpper(next))) break;
    if (!(/['’]s$/u.test(prev.text) || isUpper(next) && isUpper(prev) || (prev.stem && next.stem && !c.eventVerbs.includes(next.low)))) break;
    phrase.push(next);
  }
  // it ends on a word that says something; a saying verb does ("the City Attorney's office said")
  const saying = claimCues().sayingVerbs;
  while (phrase.length && !phrase[phrase.length - 1]!.stem && !saying.includes(phrase[phrase.length - 1]!.low)) phrase.pop();
  while (phrase.length && has(c.conjunctions, phrase[0])) phrase.shift();
  if (phrase.length >= 2 && phrase.some((w) => lowContent(c, w))) {
    // the source's words as written, the date left out: runs of adjacent words joined by a space
    const runs: string[] = [];
    let from = 0;
    for (let k = 1; k <= phrase.length; k++) {
      if (k < phrase.length && ws.indexOf(phrase[k]!) === ws.indexOf(phrase[k - 1]!) + 1 && !phrase[k]!.gapBefore) continue;
      runs.push(sentence.slice(phrase[from]!.start, phrase[k - 1]!.end));
      from = k;
    }
    let text = runs.join(" ").replace(/\s+/g, " ").trim();
    // "The City Attorney's office" reads "the City Attorney's office" after the template's word
    if (isUpper(phrase[0]!) && (has(c.subjectStarts, phrase[0]) || has(c.determiners, phrase[0]))) text = text.charAt(0).toLowerCase() + text.slice(1);
    return { text: `${c.clause} ${text}`, words: text, rule: "date-subject/clause", subjectless };
  }
  // the source's own words around the date, within its clause
  const quoted = wordsAround(sentence, at, end);
  return { text: `“${quoted}”`, words: quoted, rule: "date-subject/quote" };
}

/** Marks a quotation of the source's words does not run across even when its clause is short. */
const HARD_GAP = /[;:“”"«»?!()—–[\]]/;

/**
 * The source's own words around a span, as written: up to `before` words before it and `after`
 * after it within its clause (a comma, a colon that is no clock time, a quotation mark or a full
 * stop the sentence splitter missed ends it: never “30 p.m. Dozens chanted”); when the clause
 * gives fewer than three words besides the span, across its commas.
 */
export function wordsAround(sentence: string, at: number, end: number, before = 4, after = 5): string {
  const ws = wordsOf(sentence);
  let first = ws.findIndex((w) => w.end > at);
  if (first < 0) return sentence.slice(at, end);
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < end) last++;
  const gap = (k: number, soft: boolean) => ws[k]!.gapBefore && (!soft || HARD_GAP.test(sentence.slice(ws[k - 1]!.end, ws[k]!.start)) || /(?:\p{Ll}{2}|\.\p{Ll}|\p{N})\.\s*$/u.test(sentence.slice(ws[k - 1]!.start, ws[k]!.start)) && /^\p{Lu}/u.test(ws[k]!.text));
  const window = (soft: boolean): [number, number] => {
    let a = first;
    while (a > 0 && first - a < before && !gap(a, soft)) a--;
    let b = last;
    while (b + 1 < ws.length && b - last < after && !gap(b + 1, soft)) b++;
    return [a, b];
  };
  let [a, b] = window(false);
  if (b - a - (last - first) < 3) {
    // across commas, but never so many that the quotation reads as a list
    const [a2, b2] = window(true);
    if ((sentence.slice(ws[a2]!.start, ws[b2]!.end).match(/,(?!\d)/g) ?? []).length < 3) [a, b] = [a2, b2];
  }
  // it ends on a word that says something ("… head of the" ends at "head")
  while (b > last && !ws[b]!.stem && /^\p{Ll}/u.test(ws[b]!.text)) b--;
  // a possessive keeps its noun ("beyond Chile’s [borders]")
  if (/['’]s$/u.test(ws[b]!.text) && b + 1 < ws.length && !ws[b + 1]!.gapBefore) b++;
  // a currency or percent sign is part of its number ("$2499", "US$")
  let from = Math.min(ws[a]!.start, at);
  let to = Math.max(ws[b]!.end, end);
  while (from > 0 && /[$€£¥]/u.test(sentence[from - 1]!)) from--;
  while (to < sentence.length && /[$€£¥%]/u.test(sentence[to]!)) to++;
  return sentence.slice(from, to).replace(/\s+/g, " ").replace(/[\s,.;:!?]+$/u, "").trim();
}

/** The best event phrase over a claim's mentions: the one holding most of the words their sentences
 * share (what they agree happened), a phrase before a quotation, the shorter one on a tie. */
export function bestDatePhrase(ms: readonly { articleId: string; sentence: string; start: number; end: number; sentenceStart?: number }[], texts: ReadonlyMap<string, { text: string; language?: string }>, shared: ReadonlySet<string>, cuesOf: (lang: string) => DateSubjectCues | undefined): EventPhrase | null {
  let best: { p: EventPhrase; score: number } | null = null;
  for (const m of ms) {
    const art = texts.get(m.articleId);
    const at = sentenceStart(art?.text ?? "", m);
    const c = cuesOf(art?.language ?? "en");
    if (at < 0 || !c) continue;
    const p = dateEventPhrase(m.sentence, m.start - at, m.end - at, c);
    const score = sentenceTokens(p.words).filter((t) => t.stem && shared.has(t.stem)).length + (p.rule === "date-subject/quote" ? 0 : p.subjectless ? 50 : 100);
    if (!best || score > best.score || (score === best.score && p.text.length < best.p.text.length)) best = { p, score };
  }
  return best?.p ?? null;
}
