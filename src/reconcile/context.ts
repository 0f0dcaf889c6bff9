// What a sentence is about, as a bag of content-word stems, and the similarity of two such bags.
// Claims are aligned on it: the same figure in sentences about different things is not one fact.
import { isLetterCode, isMarkCode } from "../text/tokens.js";
import { suffixStem } from "../text/stem.js";
import { fold } from "../text/fold.js";
import { lexicon } from "../lexicon.js";
import type { Lang } from "../model.js";
import { LANGUAGES } from "../text/languages.js";

export interface ReconcileCues {
  stop: string[];
  people: string[];
  peopleContext: string[];
  announcement: string[];
  formalAct: string[];
  update: string[];
  attribution: { before: string[]; after: string[]; articles: string[]; pronouns: string[] };
  peopleKinds: Record<string, string[]>;
  genericPeople: string[];
  offsetAfter: string[];
  political: Record<string, number>;
}

const cache = new Map<string, ReconcileCues>();

/** The reconcile cue lists of every language, merged (stories mix languages). */
export function reconcileCues(): ReconcileCues {
  let c = cache.get("all");
  if (!c) {
    const files = LANGUAGES.map((l) => lexicon<ReconcileCues>(l, "reconcile"));
    c = {
      stop: files.flatMap((f) => f.stop),
      people: files.flatMap((f) => f.people),
      peopleContext: files.flatMap((f) => f.peopleContext),
      announcement: files.flatMap((f) => f.announcement),
      formalAct: files.flatMap((f) => f.formalAct),
      update: files.flatMap((f) => f.update),
      attribution: {
        before: files.flatMap((f) => f.attribution.before),
        after: files.flatMap((f) => f.attribution.after),
        articles: files.flatMap((f) => f.attribution.articles),
        pronouns: files.flatMap((f) => f.attribution.pronouns),
      },
      peopleKinds: mergeKinds(files.map((f) => f.peopleKinds)),
      genericPeople: files.flatMap((f) => f.genericPeople),
      offsetAfter: files.flatMap((f) => f.offsetAfter),
      political: Object.assign({}, ...files.map((f) => f.political)) as Record<string, number>,
    };
    cache.set("all", c);
  }
  return c;
}

function mergeKinds(all: Record<string, string[]>[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kinds of all) for (const [k, words] of Object.entries(kinds ?? {})) (out[k] ??= []).push(...words);
  return out;
}

let stopSet: Set<string> | undefined;
function stops(): Set<string> {
  if (!stopSet) {
    stopSet = new Set<string>();
    for (const l of LANGUAGES) for (const w of lexicon<string[]>(l, "function-words")) stopSet.add(fold(w));
    for (const w of reconcileCues().stop) stopSet.add(fold(w));
  }
  return stopSet;
}

let lemmaMap: Map<string, string> | undefined;
function lemmas(): Map<string, string> {
  if (!lemmaMap) {
    lemmaMap = new Map();
    for (const l of LANGUAGES) for (const [k, v] of Object.entries(lexicon<{ forms: Record<string, string> }>(l, "lemmas").forms)) lemmaMap.set(fold(k), fold(v));
  }
  return lemmaMap;
}

/** Content-word stems of a text, without numbers and stop words; irregular forms ("rose",
 * "risen") meet their lemma ("rise") through data/<lang>/lemmas.json. */
/** A word of a sentence: where it stands, and its stem (null for stop words and short words). */
export interface Tok {
  start: number;
  end: number;
  stem: string | null;
}

const memo = new Map<string, Tok[]>();
const MEMO_MAX = 20_000;

/** 0: lower-case ASCII letters, ' and - only; 1: ASCII letters, ' and - with a capital; 2: other. */
function asciiKind(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 39 || c === 45) continue;
    if (c >= 65 && c <= 90) k = 1;
    else return 2;
  }
  return k;
}

function stemOfWord(raw: string, st: Set<string>, lm: Map<string, string>, drop?: ReadonlySet<string>): string | null {
  const kind = asciiKind(raw);
  const f = kind === 0 ? raw : kind === 1 ? raw.toLowerCase() : fold(raw);
  let w = f.endsWith("'s") ? f.slice(0, -2) : f;
  if (w.includes("'") || w.includes("-")) w = w.replace(/['-]/g, "");
  if (w.length < 3 || st.has(w) || drop?.has(w) || !(w.charCodeAt(0) >= 97 && w.charCodeAt(0) <= 122)) return null;
  const l = lm.get(w);
  return l ? suffixStem(l) : suffixStem(w);
}

/** The words of a sentence with their stems, computed once per sentence (callers never mutate them). */
export function sentenceTokens(sentence: string): Tok[] {
  let toks = memo.get(sentence);
  if (!toks) {
    if (memo.size >= MEMO_MAX) memo.clear();
    const st = stops();
    const lm = lemmas();
    toks = [];
    // the words /[\p{L}][\p{L}\p{M}'’-]*/u would match, by a table scan (the regex was a tenth
    // of reconciliation's time)
    const n = sentence.length;
    for (let i = 0; i < n; ) {
      if (!isLetterCode(sentence.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      let curly = false;
      for (; j < n; j++) {
        const c = sentence.charCodeAt(j);
        if (c === 0x2019) curly = true;
        else if (!(c === 39 || c === 45 || isLetterCode(c) || isMarkCode(c))) break;
      }
      const w = sentence.slice(i, j);
      toks.push({ start: i, end: j, stem: stemOfWord(curly ? w.replace(/’/g, "'") : w, st, lm) });
      i = j;
    }
    memo.set(sentence, toks);
  }
  return toks;
}

/** Content-word stems of a text, without numbers and stop words; irregular forms ("rose",
 * "risen") meet their lemma ("rise") through data/<lang>/lemmas.json. */
export function contentStems(text: string, drop?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!drop) {
    for (const t of sentenceTokens(text)) if (t.stem) out.add(t.stem);
    return out;
  }
  const st = stops();
  const lm = lemmas();
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const s = stemOfWord(m[0].replace(/’/g, "'"), st, lm, drop);
    if (s) out.add(s);
  }
  return out;
}

/** Does `text` contain any of the cue phrases (whole words, accent- and case-insensitive)? */
const cueForms = new WeakMap<readonly string[], string[]>();
/** A text as cues are looked for in it (folded, words between single spaces), once per text: the
 * same sentences are asked about many cue lists. */
const cueText = new Map<string, string>();

export function hasCue(text: string, cues: readonly string[]): string | null {
  let forms = cueForms.get(cues);
  if (!forms) cueForms.set(cues, (forms = cues.map((c) => ` ${fold(c).replace(/[^a-z0-9]+/g, " ")} `)));
  let t = cueText.get(text);
  if (t === undefined) {
    if (cueText.size >= MEMO_MAX) cueText.clear();
    cueText.set(text, (t = ` ${fold(text).replace(/[^a-z0-9]+/g, " ")} `));
  }
  for (let i = 0; i < forms.length; i++) if (t.includes(forms[i]!)) return cues[i]!;
  return null;
}

/** A mention as reconciliation places it in its sentence. */
export interface Placed {
  start: number;
  end: number;
  sentence: string;
  sentenceStart?: number;
  text: string;
}

/** Where a mention stands in its sentence, [at, end), from its offsets; null when they do not fit. */
export function spanInSentence(m: Placed): [number, number] | null {
  if (m.sentenceStart != null) {
    const at = m.start - m.sentenceStart;
    const end = m.end - m.sentenceStart;
    return at >= 0 && end <= m.sentence.length ? [at, end] : null;
  }
  // a mention from a report written before sentence offsets were kept
  const at = m.sentence.indexOf(m.text);
  return at < 0 ? null : [at, at + m.text.length];
}

/** Is the mention, where it stands in its sentence, followed by one of the cue words ("a day" + "after")? */
export function followedByCue(m: Placed, cues: readonly string[]): boolean {
  const span = spanInSentence(m);
  if (!span) return false;
  const next = fold(m.sentence.slice(span[1], span[1] + 40)).trimStart();
  return cues.some((c) => {
    const f = fold(c);
    return next.startsWith(f) && !/[a-z]/.test(next.charAt(f.length));
  });
}

/** Sentences (articleId + "\u0000" + sentence) that hold a distance from a date ("a day after",
 * "un día después"): such a sentence dates two moments, so its date is not that of all it says. */
export function sentencesWithOffsets(times: readonly (Placed & { articleId: string; kind: string })[]): Set<string> {
  const cues = reconcileCues().offsetAfter;
  const out = new Set<string>();
  for (const t of times) if (t.kind === "duration" && followedByCue(t, cues)) out.add(`${t.articleId}\u0000${t.sentence}`);
  return out;
}
