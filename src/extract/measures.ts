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

interface MeasureData {
  measures: Record<Measure, { nouns: string[]; after: string[]; before: string[] }>;
  aux: string[];
  tollVerbs: string[];
  implicit: {
    one: string[];
    person: string[];
    verbs: Partial<Record<Measure, string[]>>;
    oneAfter: Partial<Record<Measure, string[]>>;
    none: string[];
    noneVerbs: Partial<Record<Measure, string[]>>;
    noneNouns: Partial<Record<Measure, string[]>>;
  };
}

interface Compiled {
  nouns: Map<string, Measure>;
  /** A cue right after the count (and its auxiliaries): the measure it names. */
  after: RegExp;
  afterMeasure: Map<string, Measure>;
  aux: RegExp;
  /** A cue right before the count, with the words a toll takes ("rose to", "stands at"). */
  before: RegExp;
  beforeMeasure: Map<string, Measure>;
  implicitOne: RegExp;
  /** "… rose to" right before a count */
  tollVerb: RegExp;
  /** every cue word of every measure, to find the nearest one before a toll verb */
  anyCue: RegExp;
  anyMeasure: Map<string, Measure>;
  implicitNone: RegExp;
  implicitNoneNoun: RegExp;
  /** "killed one", "killing one person", "left one dead", "one person was wounded" */
  oneObject: RegExp;
  oneMeasure: Map<string, Measure>;
  /** "Justin Burns, 14, died", "Patricia Chew was shot and killed" (case kept: names are capitalised) */
  named: RegExp;
  /** The last words of every implicit verb: a sentence without one holds no implicit count. */
  gate: RegExp;
  verbMeasure: Map<string, Measure>;
  noneNounMeasure: Map<string, Measure>;
}

/** Cue phrases as one alternation, lower-cased: the text is matched lower-cased. */
const alternation = lowerAlternation;

const compiled = new Map<Lang, Compiled>();
function cues(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const d = lexicon<MeasureData>(lang, "measures");
  const nouns = new Map<string, Measure>();
  const afterMeasure = new Map<string, Measure>();
  const beforeMeasure = new Map<string, Measure>();
  for (const m of MEASURES) {
    const x = d.measures[m];
    for (const w of x.nouns) if (!nouns.has(w.toLowerCase())) nouns.set(w.toLowerCase(), m);
    for (const w of x.after) if (!afterMeasure.has(w.toLowerCase())) afterMeasure.set(w.toLowerCase(), m);
    for (const w of x.before) if (!beforeMeasure.has(w.toLowerCase())) beforeMeasure.set(w.toLowerCase(), m);
  }
  const verbMeasure = new Map<string, Measure>();
  for (const [m, vs] of Object.entries(d.implicit.verbs)) for (const v of vs ?? []) verbMeasure.set(v.toLowerCase(), m as Measure);
  for (const [m, vs] of Object.entries(d.implicit.noneVerbs)) for (const v of vs ?? []) if (!verbMeasure.has(v.toLowerCase())) verbMeasure.set(v.toLowerCase(), m as Measure);
  const noneNounMeasure = new Map<string, Measure>();
  for (const [m, vs] of Object.entries(d.implicit.noneNouns)) for (const v of vs ?? []) noneNounMeasure.set(v.toLowerCase(), m as Measure);
  const oneMeasure = new Map<string, Measure>();
  for (const [m, vs] of Object.entries(d.implicit.oneAfter ?? {})) for (const v of vs ?? []) oneMeasure.set(v.toLowerCase(), m as Measure);
  const oneWord = lang === "es" ? "(?:una|uno)" : "one";
  const W = "[\\p{L}\\p{N}-]+";
  c = {
    nouns,
    afterMeasure,
    after: new RegExp(`^(${alternation(afterMeasure.keys())})(?![\\p{L}\\p{N}])`, "u"),
    aux: new RegExp(`^(?:${alternation(d.aux)})(?![\\p{L}\\p{N}])\\s*`, "u"),
    beforeMeasure,
    before: new RegExp(`(?:^|[^\\p{L}])(${alternation(beforeMeasure.keys())})(?:\\s+(?:has|have|had|rose|risen|climbed|jumped|increased|reached|stood|stands|is|was|now|to|at|of|up|further|subió|ascendió|llegó|es|de|a))*\\s*$`, "u"),
    tollVerb: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(d.tollVerbs)})\\s*$`, "u"),
    anyCue: new RegExp(`(?:^|[^\\p{L}])(${alternation([...beforeMeasure.keys(), ...afterMeasure.keys(), ...nouns.keys()])})(?![\\p{L}])`, "gu"),
    anyMeasure: new Map([...nouns, ...afterMeasure, ...beforeMeasure]),
    implicitOne: new RegExp(`(?:^|[^\\p{L}])((?:${alternation(d.implicit.one)})\\s+(?:${W}\\s+){0,3}?(?:${alternation(d.implicit.person)}))(?:,[^,.;]{1,60},)?\\s+(${alternation(verbMeasure.keys())})(?![\\p{L}])`, "giu"),
    implicitNone: new RegExp(`(?:^|[^\\p{L}])((?:${alternation(d.implicit.none)}))\\s+(?:${W}\\s+){0,2}?(${alternation(verbMeasure.keys())})(?![\\p{L}])`, "giu"),
    implicitNoneNoun: new RegExp(`(?:^|[^\\p{L}])(${alternation(noneNounMeasure.keys())})(?![\\p{L}])`, "giu"),
    verbMeasure,
    noneNounMeasure,
    oneMeasure,
    gate: new RegExp(`(?:${alternation([...verbMeasure.keys(), ...noneNounMeasure.keys(), ...afterMeasure.keys()].map((v) => v.split(/\s+/).pop()!))})`, "u"),
    oneObject: new RegExp(`(?:^|[^\\p{L}])(?:(${alternation(oneMeasure.keys())})\\s+(${oneWord}(?:\\s+(?:${alternation(d.implicit.person)}))?)(?![\\p{L}])|(${oneWord}(?:\\s+(?:${alternation(d.implicit.person)}))?)\\s+(?:(?:was|is|has been|fue|resultó)\\s+)?(${alternation(afterMeasure.keys())})(?![\\p{L}]))`, "giu"),
    named: new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})(?:,[^,.;]{1,40}){0,2},?\\s+(${alternation(Object.values(d.implicit.verbs).flat() as string[])})(?![\\p{L}])`, "gu"),
  };
  compiled.set(lang, c);
  return c;
}

/** A short place phrase between a count and its verb. */
const PLACE_PHRASE = /^(?:at|in|on|near|outside|inside|along|en|cerca de|frente a)\s+(?:(?:the|a|an|la|el|los|las)\s+)?[\p{L}'’-]+\s+(?=\p{L})/u;

/** Units that are not counts of people (money, distance, time, percent …). */
const countsPeople = (q: Pick<QuantityMention, "unit">) => q.unit === null || q.unit === "people";

/** The measure a count of people states in its sentence, or null. `at`/`end`: its offsets in the sentence. */
export function measureIn(sentence: string, at: number, end: number, counted: string | null, lang: Lang): Measure | null {
  const c = cues(lang);
  const head = (counted ?? "").toLowerCase().trim();
  const byNoun = c.nouns.get(head) ?? c.nouns.get(head.split(/\s+/).pop() ?? "");
  if (byNoun) return byNoun;
  // after: skip auxiliaries, a short parenthesis (", mostly Venezuelans,"), then a cue
  let rest = sentence.slice(end, end + 120).toLowerCase();
  let placed = false;
  for (let step = 0; step < 6; step++) {
    rest = rest.replace(/^\s+/, "");
    const m = c.after.exec(rest);
    if (m) return c.afterMeasure.get(m[1]!.replace(/\s+/g, " ")) ?? null;
    const paren = /^[,(—–-]\s*[^,()—–;.]{1,50}[,)—–]/u.exec(rest);
    const a = c.aux.exec(rest);
    if (a && a[0].length) rest = rest.slice(a[0].length);
    // a bare number ("ages 25, 26, and 33, were injured") never reaches across a comma
    else if (paren && step < 2 && head) rest = rest.slice(paren[0].length);
    // once, where they are: "two people in the car were killed", "100 people … at the border seeking entry"
    else if (!placed && (placed = true) && PLACE_PHRASE.test(rest)) rest = rest.replace(PLACE_PHRASE, "");
    else break;
  }
  const lead = sentence.slice(Math.max(0, at - 60), at).toLowerCase();
  const before = c.before.exec(lead);
  if (before) return c.beforeMeasure.get(before[1]!.replace(/\s+/g, " ")) ?? null;
  // "the death toll from the quake rose to 24": the nearest cue before the toll verb, in the clause
  if (c.tollVerb.test(lead)) {
    const clause = sentence.slice(0, at).toLowerCase().split(/[;:]/).pop()!;
    let last: string | null = null;
    c.anyCue.lastIndex = 0;
    for (let m = c.anyCue.exec(clause); m; m = c.anyCue.exec(clause)) last = m[1]!.replace(/\s+/g, " ");
    if (last) return c.anyMeasure.get(last) ?? null;
  }
  return null;
}

/** Each count of people with the measure its clause states (`measure` null when none does). */
export function addMeasures<T extends Unattached<QuantityMention>>(qs: T[], sentences: readonly Sentence[], lang: Lang): T[] {
  return qs.map((q) => {
    // a count of people is a whole number ("19.3 deaths per 100,000" is a rate)
    if (!countsPeople(q) || (q.value === null && q.hedge !== "vague") || (q.value !== null && !Number.isInteger(q.value))) return { ...q, measure: null };
    const s = sentenceAt(sentences, q.start);
    if (!s) return { ...q, measure: null };
    return { ...q, measure: measureIn(s.text, q.start - s.start, q.end - s.start, q.counted, lang) };
  });
}

/** Counts said without a number ("a man was shot and wounded": 1 injured; "no one was hurt": 0),
 * where no figure already stands. */
export function implicitCounts(text: string, sentences: readonly Sentence[], lang: Lang, taken: readonly { start: number; end: number }[]): Unattached<QuantityMention>[] {
  const c = cues(lang);
  const out: Unattached<QuantityMention>[] = [];
  const free = (a: number, b: number) => !taken.some((t) => t.start < b && a < t.end) && !out.some((t) => t.start < b && a < t.end);
  for (const s of sentences) {
    const low = s.text.toLowerCase();
    if (low.length !== s.text.length || !c.gate.test(low)) continue; // offsets would shift; nothing to find
    const add = (a: number, b: number, value: number, measure: Measure | undefined, counted: string | null, rule: string) => {
      if (!measure || !free(s.start + a, s.start + b)) return;
      out.push({ start: s.start + a, end: s.start + b, text: text.slice(s.start + a, s.start + b), sentence: s.text, rule, value, min: value, max: value, hedge: "exact", unit: "people", counted, trend: null, measure });
    };
    for (const re of [c.implicitOne, c.implicitNone]) {
      re.lastIndex = 0;
      for (let m = re.exec(low); m; m = re.exec(low)) {
        const a = m.index + m[0].indexOf(m[1]!);
        const b = m.index + m[0].length;
        const one = re === c.implicitOne;
        add(a, b, one ? 1 : 0, c.verbMeasure.get(m[2]!.replace(/\s+/g, " ")), one ? (m[1]!.split(/\s+/).pop() ?? null) : null, one ? "quantity/implicit-one" : "quantity/implicit-none");
      }
    }
    c.oneObject.lastIndex = 0;
    for (let m = c.oneObject.exec(low); m; m = c.oneObject.exec(low)) {
      const what = m[2] ?? m[3]!;
      const a = m.index + m[0].indexOf(what);
      const verb = (m[1] ?? m[4]!).replace(/\s+/g, " ");
      // "left one dead": the measure is said after "one"
      const measure = m[1] ? (c.oneMeasure.get(verb) === "killed" && /^(left|leaving|dejó)$/.test(verb) ? measureIn(s.text, a, a + what.length, null, lang) : c.oneMeasure.get(verb)) : c.afterMeasure.get(verb);
      add(a, a + what.length, 1, measure ?? undefined, what.split(/\s+/)[1] ?? null, "quantity/implicit-one");
    }
    c.named.lastIndex = 0;
    for (let m = c.named.exec(s.text); m; m = c.named.exec(s.text)) {
      const a = m.index + m[0].indexOf(m[1]!);
      add(a, m.index + m[0].length, 1, c.verbMeasure.get(m[2]!.toLowerCase().replace(/\s+/g, " ")), null, "quantity/implicit-named");
    }
    c.implicitNoneNoun.lastIndex = 0;
    for (let m = c.implicitNoneNoun.exec(low); m; m = c.implicitNoneNoun.exec(low)) {
      const a = m.index + m[0].indexOf(m[1]!);
      add(a, a + m[1]!.length, 0, c.noneNounMeasure.get(m[1]!.replace(/\s+/g, " ")), null, "quantity/implicit-none");
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
