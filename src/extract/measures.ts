// What a count of people counts, read from the clause it stands in: killed, injured, missing,
// displaced, evacuated, arrested, affected, gathered ("12 people were killed", "killing 12",
// "5 deaths", "the death toll rose to 24"). And counts said without a number: "a man was shot and
// wounded" is one injured, "no one was hurt" is none. Cue words: data/<lang>/measures.json.
import { lexicon } from "../lexicon.js";
import type { Lang, Sentence, Unattached } from "../model.js";
import type { QuantityMention } from "../report/schema.js";
import { lowerAlternation } from "../regex.js";
import { sentenceAt } from "./sentences.js";

import { MEASURES, type Measure } from "./measure-names.js";

export { MEASURES, type Measure };

interface MeasureCues {
  /** its count only grows as a story develops: a higher later figure is an update */
  cumulative?: boolean;
  nouns: string[];
  /** nouns that name the measure only when their clause says nothing else ("three victims were wounded") */
  weakNouns?: string[];
  /** words before the counted noun that say the measure ("two slain victims", "an injured girl") */
  adjectives?: string[];
  /** "five people with gunshot wounds", "three others suffering from injuries" */
  wounds?: { lead: string[]; modifiers: string[]; nouns: string[] };
  after: string[];
  before: string[];
}

interface MeasureData {
  measures: Record<Measure, MeasureCues>;
  /** people hit by gunfire or blows, dead and wounded alike ("four people were shot", "striking
   * … four people"): no measure of its own, read the way a measure is */
  struck: MeasureCues;
  aux: string[];
  tollVerbs: string[];
  /** counted nouns that are never people ("viviendas", "homes") */
  things?: string[];
  /** words that, after a count, start another toll's clause ("mientras que") */
  tollJoiners?: string[];
  /** words before a cue that make it the head of a toll's subject ("número de [muertos]") */
  tollHeads?: string[];
  /** words that make a cue a toll itself ("death toll", "balance de muertos") */
  tollNouns?: string[];
  implicit: { sumJoiners: string[] };
  partitive: { heads: string[]; of: string[]; whole: { of: string[]; determiners: string[] } };
  /** a bare plural joined to a counted noun ("men and women"): words ending so, or these words */
  bareConjunct: { endings: string[]; words: string[] };
  /** ", ages 25, 26, and 33,": the words before such a list and the words that join its ages */
  ageList: { heads: string[]; joiners: string[] };
  /** words between a "before" cue and its count: "the death toll has risen to" */
  tollWords: string[];
  scope: { aggregate: string[]; otherEvent: string[]; addressAfter: string[]; comparisons?: string[]; comparedPeriods?: string[] };
  place: { prepositions: string[]; determiners: string[] };
}

interface Compiled {
  nouns: Map<string, Measure>;
  weakNouns: Map<string, Measure>;
  adjectives: Map<string, Measure>;
  /** "with gunshot wounds" right after a count */
  wounds: { re: RegExp; measure: Measure }[];
  /** "men and women": a bare plural joined to the counted noun, counted with it */
  bareConjunct: RegExp;
  /** "of the four shooting victims", "of them": the whole a count is part of */
  partitive: RegExp;
  /** "two of the": right before a count, it makes the count the whole a part is taken from */
  wholeOf: RegExp;
  /** A cue before an enumeration whose last part is the count ("striking houses, cars, and four people"). */
  beforeList: RegExp;
  /** ", ages 25, 26, and 33,": a list of ages between a count and its verb */
  ages: RegExp;
  /** A cue right after the count (and its auxiliaries): the measure it names. */
  after: RegExp;
  afterMeasure: Map<string, Measure>;
  aux: RegExp;
  /** A cue right before the count, with the words a toll takes ("rose to", "stands at"). */
  before: RegExp;
  beforeMeasure: Map<string, Measure>;
  /** "… rose to" right before a count */
  tollVerb: RegExp;
  /** a toll's head right before a cue: "el número de", "the number of" */
  tollHead: RegExp;
  /** words that make a cue a toll itself */
  tollNouns: Set<string>;
  /** every cue word of every measure, to find the nearest one before a toll verb */
  anyCue: RegExp;
  anyMeasure: Map<string, Measure>;
  /** "so far this year", "across the city" (an aggregate) or "a separate shooting" (another event) */
  scope: RegExp;
  /** a superlative a few words before a period cue: "one of the deadliest attacks [this year]" */
  comparison: RegExp;
  /** the period cues a superlative may qualify ("this year"; not "in U.S. history", said of another event) */
  comparedPeriods: Set<string>;
  /** "the 2000 block": a word after a number that makes it part of an address, not a year */
  address: RegExp;
  /** a short place phrase between a count and its verb: "in the car" */
  place: RegExp;
  /** a word of every cue: a sentence with none states no measure */
  gate: RegExp;
  /** counted nouns that are never people */
  things: Set<string>;
  /** a count and a joiner: where an earlier toll's clause ends ("21, mientras que") */
  tollJoin: RegExp;
}

/** Cue phrases as one alternation, lower-cased: the text is matched lower-cased. */
const alternation = lowerAlternation;

/** A cheap test a sentence must pass to hold any of the phrases: one word of each (its longest, the
 * last of equally long ones: "hit" of "was hit", not "was"), found anywhere in the lower-cased text. */
export function gateOf(phrases: Iterable<string>): RegExp {
  return new RegExp(alternation([...phrases].map((p) => p.toLowerCase().trim().split(/\s+/).reduce((a, b) => (b.length >= a.length ? b : a)))), "u");
}

const compiled = new Map<Lang, Compiled>();
function cues(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const d = lexicon<MeasureData>(lang, "measures");
  c = compile(lang, d, d.measures);
  compiled.set(lang, c);
  return c;
}

/** The same reading with the cues of people struck ("were shot", "hit by gunfire") as its one measure. */
const struckCompiled = new Map<Lang, Compiled>();
function struckCues(lang: Lang): Compiled {
  let c = struckCompiled.get(lang);
  if (c) return c;
  const d = lexicon<MeasureData>(lang, "measures");
  c = compile(lang, d, { struck: d.struck } as unknown as Record<Measure, MeasureCues>);
  struckCompiled.set(lang, c);
  return c;
}

function compile(lang: Lang, d: MeasureData, measures: Record<Measure, MeasureCues>): Compiled {
  const names = Object.keys(measures) as Measure[];
  const nouns = new Map<string, Measure>();
  const afterMeasure = new Map<string, Measure>();
  const beforeMeasure = new Map<string, Measure>();
  for (const m of names) {
    const x = measures[m];
    for (const w of x.nouns) if (!nouns.has(w.toLowerCase())) nouns.set(w.toLowerCase(), m);
    for (const w of x.after) if (!afterMeasure.has(w.toLowerCase())) afterMeasure.set(w.toLowerCase(), m);
    for (const w of x.before) if (!beforeMeasure.has(w.toLowerCase())) beforeMeasure.set(w.toLowerCase(), m);
  }
  const weakNouns = new Map<string, Measure>();
  const adjectives = new Map<string, Measure>();
  const wounds: Compiled["wounds"] = [];
  for (const m of names) {
    const x = measures[m];
    for (const w of x.weakNouns ?? []) if (!weakNouns.has(w.toLowerCase())) weakNouns.set(w.toLowerCase(), m);
    for (const w of x.adjectives ?? []) if (!adjectives.has(w.toLowerCase())) adjectives.set(w.toLowerCase(), m);
    if (x.wounds) wounds.push({ re: new RegExp(`^(?:${alternation(x.wounds.lead)})\\s+(?:(?:${alternation(x.wounds.modifiers)})\\s+){0,4}(?:${alternation(x.wounds.nouns)})(?![\\p{L}])`, "u"), measure: m });
  }
  const join = alternation(d.implicit.sumJoiners);
  return {
    nouns,
    weakNouns,
    adjectives,
    wounds,
    bareConjunct: new RegExp(`^(?:${join})\\s+(?:\\p{L}+(?:${alternation(d.bareConjunct.endings)})|${alternation(d.bareConjunct.words)})(?=[\\s,])`, "u"),
    partitive: new RegExp(`^(?:${alternation(d.partitive.whole.of)})\\s+(?:${alternation(d.partitive.whole.determiners)})(?:\\s+[\\p{L}\\p{N}-]+){0,4}?(?=\\s+(?:${alternation([...d.aux, ...afterMeasure.keys()])})(?![\\p{L}]))`, "u"),
    wholeOf: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:\\p{N}+|${alternation([...Object.keys(lexicon<{ numberWords: Record<string, number> }>(lang, "quantities").numberWords), ...d.partitive.heads])})\\s+(?:${alternation(d.partitive.of)})\\s*$`, "u"),
    beforeList: new RegExp(`(?:^|[^\\p{L}])(${alternation(beforeMeasure.keys())})\\s+(?:[\\p{L}'’-]+(?:\\s[\\p{L}'’-]+)?,\\s+)+[\\p{L}'’-]+(?:\\s[\\p{L}'’-]+)?,?\\s+(?:${join})\\s+$`, "u"),
    ages: new RegExp(`^,\\s*(?:${alternation(d.ageList.heads)})\\s+\\d{1,3}(?:\\s*(?:,|${alternation(d.ageList.joiners)})\\s*(?:(?:${alternation(d.ageList.joiners)})\\s+)?\\d{1,3})*\\s*,`, "u"),
    afterMeasure,
    after: new RegExp(`^(${alternation(afterMeasure.keys())})(?![\\p{L}\\p{N}])`, "u"),
    aux: new RegExp(`^(?:${alternation(d.aux)})(?![\\p{L}\\p{N}])\\s*`, "u"),
    beforeMeasure,
    before: new RegExp(`(?:^|[^\\p{L}])(${alternation(beforeMeasure.keys())})(?:\\s+(?:${alternation(d.tollWords)}))*\\s*$`, "u"),
    tollNouns: new Set((d.tollNouns ?? []).map((w) => w.toLowerCase())),
    tollHead: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(d.tollHeads ?? [])})\\s+$`, "u"),
    tollVerb: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(d.tollVerbs)})\\s*$`, "u"),
    anyCue: new RegExp(`(?:^|[^\\p{L}])(${alternation([...beforeMeasure.keys(), ...afterMeasure.keys(), ...nouns.keys()])})(?![\\p{L}])`, "gu"),
    anyMeasure: new Map([...nouns, ...afterMeasure, ...beforeMeasure]),
    scope: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation([...d.scope.aggregate, ...d.scope.otherEvent])})(?![\\p{L}\\p{N}])`, "gu"),
    comparedPeriods: new Set((d.scope.comparedPeriods ?? []).map((w) => w.toLowerCase())),
    comparison: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(d.scope.comparisons ?? [])})(?:\\s+[\\p{L}\\p{N}'’-]+){0,6}\\s+$`, "u"),
    address: new RegExp(`^\\s+(?:${alternation(d.scope.addressAfter)})(?![\\p{L}])`, "u"),
    things: new Set((d.things ?? []).map((w) => w.toLowerCase())),
    tollJoin: new RegExp(`\\p{N}[\\p{N}.,]*\\s*,?\\s+(?:${alternation(d.tollJoiners ?? [])})\\s`, "gu"),
    gate: gateOf(names.flatMap((m) => { const x = measures[m]; return [...x.nouns, ...x.after, ...x.before, ...(x.adjectives ?? []), ...(x.weakNouns ?? []), ...(x.wounds?.nouns ?? [])]; })),
    place: new RegExp(`^(?:${alternation(d.place.prepositions)})\\s+(?:(?:${alternation(d.place.determiners)})\\s+)?[\\p{L}'’-]+\\s+(?=\\p{L})`, "u"),
  };
}

/** A count of people: in no unit or in people, and of no thing ("140 viviendas", "12 homes"). */
function countsPeople(q: Pick<QuantityMention, "unit" | "counted">, lang: Lang): boolean {
  if (q.unit !== null && q.unit !== "people") return false;
  const last = (q.counted ?? "").toLowerCase().trim().split(/\s+/).pop() ?? "";
  return !last || !cues(lang).things.has(last);
}

/** The measure a count of people states in its sentence, or null. `at`/`end`: its offsets in the sentence. */
export function measureIn(sentence: string, at: number, end: number, counted: string | null, lang: Lang): Measure | null {
  return readMeasure(cues(lang), sentence, at, end, counted);
}

/** Whether a measure's count only grows as a story develops ("killed", "arrested"), so that a
 * higher later figure is an update; not so for counts that also fall ("missing", "gathered"). */
export function cumulativeMeasure(measure: Measure, lang: Lang): boolean {
  return lexicon<MeasureData>(lang, "measures").measures[measure]?.cumulative === true;
}

/** Whether a count of people is of people struck ("four people were shot", "shot five people",
 * "one of four people hit by gunfire"), dead and wounded alike: read like a measure, with the cues
 * of data/<lang>/measures.json "struck". */
export function struckIn(sentence: string, at: number, end: number, counted: string | null, lang: Lang): boolean {
  return readMeasure(struckCues(lang), sentence, at, end, counted) !== null;
}

function readMeasure(c: Compiled, sentence: string, at: number, end: number, counted: string | null): Measure | null {
  if (!c.gate.test(sentence.toLowerCase())) return null;
  // "two of the four victims died": the four are the whole, not the dead
  if (c.wholeOf.test(sentence.slice(Math.max(0, at - 30), at).toLowerCase())) return null;
  const head = (counted ?? "").toLowerCase().trim();
  const words = head.split(/\s+/);
  const byNoun = c.nouns.get(head) ?? c.nouns.get(words[words.length - 1] ?? "");
  if (byNoun) return byNoun;
  // "two slain victims", "an injured girl"
  for (const w of words.slice(0, -1)) {
    const m = c.adjectives.get(w);
    if (m) return m;
  }
  // after: skip auxiliaries, a short parenthesis (", mostly Venezuelans,"), then a cue
  let rest = sentence.slice(end, end + 160).toLowerCase();
  let placed = false;
  for (let step = 0; step < 7; step++) {
    rest = rest.replace(/^\s+/, "");
    const m = c.after.exec(rest);
    if (m) return c.afterMeasure.get(m[1]!.replace(/\s+/g, " ")) ?? null;
    const wound = c.wounds.find((w) => w.re.test(rest));
    if (wound) return wound.measure;
    const paren = /^[,(—–-]\s*[^,()—–;.]{1,50}[,)—–]/u.exec(rest);
    const a = c.aux.exec(rest);
    let skip: RegExpExecArray | null = null;
    if (a && a[0].length) rest = rest.slice(a[0].length);
    // "three other men, ages 25, 26, and 33, were injured"
    else if (head && (skip = c.ages.exec(rest))) rest = rest.slice(skip[0].length);
    // "five men and women were injured": one count of both
    else if (head && step === 0 && (skip = c.bareConjunct.exec(rest))) rest = rest.slice(skip[0].length);
    // "two of the four shooting victims had died"
    else if ((skip = c.partitive.exec(rest))) rest = rest.slice(skip[0].length);
    // a bare number ("ages 25, 26, and 33, were injured") never reaches across a comma
    else if (paren && step < 2 && head) rest = rest.slice(paren[0].length);
    // once, where they are: "two people in the car were killed", "100 people … at the border seeking entry"
    else if (!placed && (placed = true) && c.place.test(rest)) rest = rest.replace(c.place, "");
    else break;
  }
  const lead = sentence.slice(Math.max(0, at - 60), at).toLowerCase();
  // the count last of an enumeration takes the cue before it ("striking houses, cars, and four people")
  const before = c.before.exec(lead) ?? c.beforeList.exec(lead);
  if (before) return c.beforeMeasure.get(before[1]!.replace(/\s+/g, " ")) ?? null;
  // "the death toll from the quake rose to 24": the nearest cue before the toll verb, in the clause
  if (c.tollVerb.test(lead)) {
    let clause = sentence.slice(0, at).toLowerCase().split(/[;:]/).pop()!;
    // an earlier toll's clause ends at its count and a joiner ("ascendió a 21, mientras que los heridos llegan a")
    c.tollJoin.lastIndex = 0;
    let joinEnd = -1;
    for (let m = c.tollJoin.exec(clause); m; m = c.tollJoin.exec(clause)) joinEnd = m.index + m[0].length;
    if (joinEnd > 0) clause = clause.slice(joinEnd);
    let last: string | null = null;
    let first: string | null = null;
    let headed: string | null = null;
    c.anyCue.lastIndex = 0;
    for (let m = c.anyCue.exec(clause); m; m = c.anyCue.exec(clause)) {
      last = m[1]!.replace(/\s+/g, " ");
      first ??= last;
      // the cue that heads the subject: "El número de [muertos] por el ataque contra el campamento de desplazados"
      if (!headed && c.tollHead.test(clause.slice(Math.max(0, m.index - 40), m.index + m[0].length - m[1]!.length))) headed = last;
    }
    // else a first cue that is a toll itself ("the death toll from the attack on a camp for displaced people")
    const chosen = headed ?? (first && first.split(" ").some((w) => c.tollNouns.has(w)) ? first : last);
    if (chosen) return c.anyMeasure.get(chosen) ?? null;
  }
  // "three victims": the measure their noun names, when the clause says nothing else
  return c.weakNouns.get(head) ?? c.weakNouns.get(words[words.length - 1] ?? "") ?? null;
}

/** Whether a lower-cased sentence may state a measure at all (a cheap test before reading its clauses). */
export const mayStateMeasure = (low: string, lang: Lang): boolean => cues(lang).gate.test(low);

/** The measure a counted noun names by itself ("dead", "injuries", "slain victims"), or null. */
export function countedMeasure(counted: string | null, lang: Lang): Measure | null {
  const c = cues(lang);
  const words = (counted ?? "").toLowerCase().trim().split(/\s+/);
  return c.nouns.get(words[words.length - 1] ?? "") ?? words.map((w) => c.adjectives.get(w)).find((m) => m) ?? null;
}

/** The words of a sentence that say its counts are not of the event itself but an aggregate over a
 * period or a wider place ("so far this year", "across the city") or of another event ("a separate
 * shooting"), or null. */
/** Whether the words right after a number make it part of an address ("2000 block"), not a year. */
export const addressAfter = (after: string, lang: Lang): boolean => cues(lang).address.test(after.toLowerCase());

/** Whether the words before a period end in a superlative that the period qualifies ("one of the
 * deadliest attacks on civilians [this year]"). */
export const afterComparison = (before: string, lang: Lang): boolean => cues(lang).comparison.test(before.slice(-80).toLowerCase());

export function scopeCue(sentence: string, lang: Lang): string | null {
  const c = cues(lang);
  const low = sentence.toLowerCase();
  c.scope.lastIndex = 0;
  for (let m = c.scope.exec(low); m; m = c.scope.exec(low)) {
    // "in one of the deadliest attacks this year": the period qualifies a comparison, not the count
    if (c.comparedPeriods.has(m[1]!.replace(/\s+/g, " ")) && c.comparison.test(low.slice(Math.max(0, m.index - 80), m.index + m[0].length - m[1]!.length))) continue;
    return m[1]!;
  }
  return null;
}

/** Each count of people with the measure its clause states (`measure` null when none does). */
export function addMeasures<T extends Unattached<QuantityMention>>(qs: T[], sentences: readonly Sentence[], lang: Lang): T[] {
  return qs.map((q) => {
    // a count of people is a whole number ("19.3 deaths per 100,000" is a rate)
    if (!countsPeople(q, lang) || (q.value === null && q.hedge !== "vague") || (q.value !== null && !Number.isInteger(q.value))) return { ...q, measure: null };
    const s = sentenceAt(sentences, q.start);
    if (!s) return { ...q, measure: null };
    return { ...q, measure: measureIn(s.text, q.start - s.start, q.end - s.start, q.counted, lang) };
  });
}
