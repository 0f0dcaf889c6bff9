// Counts of people said without a number, and counts said in parts. One person undergoing what a
// measure counts is a count of one: "a man was shot and wounded" (subject), "killing his sister"
// (object), "Justin Burns, 14, died" (a name), "she was pronounced dead" (a pronoun), "killed one",
// "six people were shot, one fatally". Nobody is zero: "no one was hurt", "no injuries". The parts
// of one coordinated group are added: "three men and a woman were wounded" is four wounded, "killed
// his wife and two children" three killed, "killed two people and then himself" three.
// Cue words: data/<lang>/measures.json ("implicit"); the measure of a group comes from its clause,
// as for any count (measures.ts).
import { lexicon } from "../lexicon.js";
import type { Lang, Sentence, Unattached } from "../model.js";
import type { QuantityMention } from "../report/schema.js";
import { lowerAlternation } from "../regex.js";
import { MEASURES, type Measure } from "./measure-names.js";
import { countedMeasure, gateOf, mayStateMeasure, measureIn } from "./measures.js";
import { pluralStem } from "../text/stem.js";
import { fold } from "../text/fold.js";
import { cues as entityCues, isCommon } from "./entities/word-lists.js";

interface ImplicitData {
  one: string[];
  objectDeterminers: string[];
  person: string[];
  ageHeads: string[];
  ageAfterPerson: string[];
  ordinals: string[];
  /** the word "one" ("killed one", "one person was hurt"), the auxiliaries between it and its cue, and
   * the verbs whose measure is said after it ("left one dead") */
  oneWords: string[];
  oneAux: string[];
  oneThen: string[];
  /** "another" as a subject ("another was wounded") and as an object ("injuring another") */
  another: string[];
  anotherObject: string[];
  /** nouns a count names a whole group by: a list after it and a comma is that group, not more of it */
  genericNouns: string[];
  adverbs: string[];
  verbs: Partial<Record<Measure, string[]>>;
  objectVerbs: Partial<Record<Measure, string[]>>;
  pronouns: string[];
  reflexives: string[];
  sumJoiners: string[];
  notNames: string[];
  notAfter: string[];
  notBeforeName: string[];
  oneAfter: Partial<Record<Measure, string[]>>;
  /** "was shot": killed or injured as the rest of its clause says (outcome) */
  shot: string[];
  outcome: { sameSubject: string[]; otherClause: string[]; died: string[]; survived: string[] };
  /** words that open a clause, not a parenthesis after a subject ("…, where …", "…, was …") */
  notApposition: string[];
  none: string[];
  noneVerbs: Partial<Record<Measure, string[]>>;
  noneNouns: Partial<Record<Measure, string[]>>;
}
interface MeasureFile {
  measures: Record<Measure, { after: string[] }>;
  implicit: ImplicitData;
  place: { prepositions: string[]; determiners: string[] };
}

interface Compiled {
  /** "a 23-year-old man … was shot and wounded" */
  subject: RegExp;
  /** "he was pronounced dead" */
  pronoun: RegExp;
  /** "Justin Burns, 14, died" (case kept: names are capitalised) */
  named: RegExp;
  /** "killing his 5-year-old sister", "injuring a fourth" */
  object: RegExp;
  /** "killing Brady", "the shooting death of Dayviontay Jackson" (case kept) */
  objectName: RegExp;
  /** "killed one", "left one dead", "one person was wounded", "six were shot, one fatally" */
  oneObject: RegExp;
  none: RegExp;
  noneNoun: RegExp;
  /** a singular person of a coordinated group: "a woman", "his wife", "himself" */
  member: RegExp;
  /** a named person of a coordinated group: "Omani Free, 18, and Tabitha Cruz, 20, were killed" (case kept) */
  memberName: RegExp;
  /** "19-year-old " before a name; verbs whose measure follows "one"; nouns of a whole group */
  ageBefore: RegExp;
  oneThen: Set<string>;
  generic: Set<string>;
  /** "the Indianapolis Police Department": a capitalised phrase after these is not a person */
  notBeforeName: RegExp;
  /** singular person nouns, to tell a count of people ("four daughters") from one of things */
  persons: Set<string>;
  /** "attempted", "tried to": right before a cue, nobody was counted */
  notAfter: RegExp;
  /** "and": a list of parts ends with one, or it is an apposition ("his first victim, a 20-year-old") */
  joinWord: RegExp;
  /** what may stand between two parts of one group */
  joiner: RegExp;
  notNames: Set<string>;
  verbMeasure: Map<string, Undergone>;
  objectMeasure: Map<string, Measure>;
  oneMeasure: Map<string, Measure>;
  afterMeasure: Map<string, Measure>;
  noneNounMeasure: Map<string, Measure>;
  /** any verb a person undergoes; any verb or noun with a person as object: cheap tests before the long patterns */
  anyVerb: RegExp;
  anyObjectVerb: RegExp;
  /** A word of every cue: a sentence with none holds no implicit count. */
  gate: RegExp;
  /** cheap tests before the patterns that need "one", a word of nobody, a pronoun */
  oneGate: RegExp;
  groupGate: RegExp;
  noneGate: RegExp;
  pronounGate: RegExp;
  /** "… and was pronounced dead", "…, where he died": the one just counted died (right after a count) */
  died: RegExp;
  /** "… but survived", "… in stable condition": the one just counted lived (anywhere after a count) */
  survived: RegExp;
  /** where a clause about someone else begins: "and a woman …" */
  newSubject: RegExp;
}

/** What a verb said of a person counts: a measure, or "shot" (killed or injured, as the clause says). */
type Undergone = Measure | "shot";

const alt = lowerAlternation;
const L = "(?![\\p{L}\\p{N}])";
const W = "[\\p{L}\\p{N}'’-]+";

/** Phrases as one pattern in which adverbs may stand between their words ("was later pronounced
 * dead"), their shared first words written once (a word tree): a long list of "was …" phrases is
 * then tried word by word, not phrase by phrase. */
function loosely(phrases: Iterable<string>, adverbs: string): string {
  type Node = { end: boolean; next: Map<string, Node> };
  const root: Node = { end: false, next: new Map() };
  for (const p of new Set([...phrases].map((x) => x.toLowerCase().trim()))) {
    let n = root;
    for (const w of p.split(/\s+/)) n = n.next.get(w) ?? n.next.set(w, { end: false, next: new Map() }).get(w)!;
    n.end = true;
  }
  const gap = `\\s+(?:(?:${adverbs})\\s+)*`;
  const emit = (n: Node): string =>
    "(?:" +
    [...n.next]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([w, child]) => alt([w]) + (child.next.size ? `(?:${gap}${emit(child)})${child.end ? "?" : ""}` : ""))
      .join("|") +
    ")";
  return root.next.size ? emit(root) : "(?!)";
}

function mapOf(lists: Partial<Record<Measure, string[]>>, into = new Map<string, Measure>()): Map<string, Measure> {
  for (const m of MEASURES) for (const v of lists[m] ?? []) if (!into.has(v.toLowerCase())) into.set(v.toLowerCase(), m);
  return into;
}

const compiled = new Map<Lang, Compiled>();
function cues(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const f = lexicon<MeasureFile>(lang, "measures");
  const d = f.implicit;
  const adverbs = alt(d.adverbs);
  const verbMeasure = new Map<string, Undergone>(mapOf(d.noneVerbs, mapOf(d.verbs)));
  for (const v of d.shot) if (!verbMeasure.has(v.toLowerCase())) verbMeasure.set(v.toLowerCase(), "shot");
  const objectMeasure = mapOf(d.objectVerbs);
  const oneMeasure = mapOf(d.oneAfter);
  const afterMeasure = mapOf(Object.fromEntries(MEASURES.map((m) => [m, f.measures[m].after])));
  const noneNounMeasure = mapOf(d.noneNouns);
  const verbs = loosely(verbMeasure.keys(), adverbs);
  const objectVerbs = loosely(objectMeasure.keys(), adverbs);
  // "a 2-year-old", "a 2-year-old boy": the age stands for the person, or before them
  const ages = d.ageHeads.length ? `[\\p{L}\\p{N}]+[-\\s](?:${alt(d.ageHeads).replace(/-/g, "[-\\s]")})(?:\\s+(?:${alt(d.person)}))?|` : "";
  // "un joven de 17 años": an age after the person
  const ageAfter = d.ageAfterPerson.length ? `(?:\\s+(?:${alt(d.ageAfterPerson).replace(/#/g, "\\d{1,3}")}))?` : "";
  const person = `(?:${ages}${alt(d.person)})${ageAfter}`;
  const ordinal = alt(d.ordinals);
  const one = alt(d.one);
  const det = alt(d.objectDeterminers);
  const name = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
  // a parenthesis after a subject: an age, an address, a relative clause — not another clause
  // (not a clause of its own: "…, was killed in the attack and …")
  const paren = `(?:,(?!\\s*(?:${alt(d.notApposition)})${L})[^,.;]{1,60})`;
  const oneWord = `(?:${alt(d.oneWords)})`;
  // "the 19-year-old Jane Doe": an age before a name
  const ageBefore = d.ageHeads.length ? `\\p{N}+-(?:${alt(d.ageHeads)})\\s+` : "(?!)";
  // a word between a determiner and its person: not another determiner ("a shooting left a girl")
  const mod = `(?!(?:${det}|${one})\\s)${W}`;
  c = {
    subject: new RegExp(`(?:^|[^\\p{L}])((?:${one})\\s+(?:${mod}\\s+){0,3}?${person}|(?:${one})\\s+(?:${ordinal})(?:\\s+${person})?|${alt(d.another)})${L}(?:${paren},)?\\s+(${verbs})${L}`, "gu"),
    pronoun: new RegExp(`(?:^|[^\\p{L}])(${alt(d.pronouns)})\\s+(${verbs})${L}`, "gu"),
    named: new RegExp(`(?:^|[^\\p{L}])(${name})${paren}{0,2},?\\s+(${verbs})${L}`, "gu"),
    object: new RegExp(`(?:^|[^\\p{L}])(${objectVerbs})\\s+((?:${det})\\s+(?:${mod}\\s+){0,3}?(?:${person}|${ordinal})|${alt(d.anotherObject)})(?![\\p{L}\\p{N}'’-])`, "gu"),
    objectName: new RegExp(`(?:^|[^\\p{L}])(${objectVerbs})\\s+(${name})(?![\\p{L}\\p{N}'’-])`, "gu"),
    oneObject: new RegExp(`(?:^|[^\\p{L}])(?:(${alt(oneMeasure.keys())})\\s+(${oneWord}(?:\\s+(?:${alt(d.person)}))?)(?![\\p{L}])|(${oneWord}(?:\\s+(?:${alt(d.person)}))?)\\s+(?:(?:${alt(d.oneAux)})\\s+)?(?:(?:${adverbs})\\s+)*(${alt(afterMeasure.keys())})(?![\\p{L}]))`, "gu"),
    none: new RegExp(`(?:^|[^\\p{L}])((?:${alt(d.none)}))\\s+(?:${W}\\s+){0,2}?(${verbs})${L}`, "gu"),
    noneNoun: new RegExp(`(?:^|[^\\p{L}])(${alt(noneNounMeasure.keys())})${L}`, "gu"),
    member: new RegExp(`(?:^|[^\\p{L}])((?:${det}|${one})\\s+(?:${mod}\\s+){0,3}?${person}${d.reflexives.length ? `|${alt(d.reflexives)}` : ""})(?![\\p{L}\\p{N}'’-])`, "gu"),
    memberName: new RegExp(`(?:^|[^\\p{L}])((?:${ageBefore})?${name})(?![\\p{L}\\p{N}'’-])`, "gu"),
    ageBefore: new RegExp(`^${ageBefore}`, "u"),
    oneThen: new Set(d.oneThen),
    generic: new Set(d.genericNouns),
    notBeforeName: new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.notBeforeName)})\\s+$`, "iu"),
    persons: new Set(d.person.map((p) => p.toLowerCase())),
    notAfter: new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.notAfter)})\\s*$`, "u"),
    joinWord: new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.sumJoiners)})\\s`, "u"),
    // (after a part, where it was: "injured a girl at her home and a man at a store")
    joiner: new RegExp(`^\\s*(?:(?:,\\s*\\d{1,3}\\s*)?(?:,\\s*(?:(?:${alt(d.sumJoiners)})\\s+)?|(?:${alt(d.sumJoiners)})\\s+)|(?:${alt(f.place.prepositions)})\\s+(?:(?:${alt([...f.place.determiners, ...d.objectDeterminers])})\\s+)?${W}(?:\\s+${W})?,?\\s+(?:${alt(d.sumJoiners)})\\s+)(?:(?:${alt(d.objectDeterminers)})\\s+)?$`, "u"),
    anyVerb: new RegExp(`(?:^|[^\\p{L}])(?:${verbs})${L}`, "u"),
    anyObjectVerb: new RegExp(`(?:^|[^\\p{L}])(?:${objectVerbs})${L}`, "u"),
    notNames: new Set(d.notNames),
    verbMeasure,
    objectMeasure,
    oneMeasure,
    afterMeasure,
    noneNounMeasure,
    // a sentence holds a cue only if it holds the cue's longest word ("succumbed" of "succumbed to":
    // its last word, "to", let nearly every sentence through)
    gate: gateOf([...verbMeasure.keys(), ...objectMeasure.keys(), ...noneNounMeasure.keys(), ...afterMeasure.keys(), ...oneMeasure.keys()]),
    oneGate: gateOf(d.oneWords),
    groupGate: new RegExp(alt([...verbMeasure.keys(), ...objectMeasure.keys(), ...noneNounMeasure.keys(), ...afterMeasure.keys()].map((v) => v.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)))), "u"),
    noneGate: new RegExp(`(?:^|[^\\p{L}])(?:${alt([...d.none, ...noneNounMeasure.keys()].map((p) => p.split(/\s+/)[0]!))})(?![\\p{L}])`, "u"),
    pronounGate: new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.pronouns)})\\s`, "u"),
    died: new RegExp(`^[^;]{0,160}?(?:^|[^\\p{L}])(?:${alt(d.outcome.sameSubject)})\\s+(?:(?:${adverbs})\\s+)*(?:${alt(d.outcome.died)})${L}`, "u"),
    survived: new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.outcome.survived)})${L}`, "u"),
    newSubject: new RegExp(`(?:^|[^\\p{L}])(?:${alt([...d.sumJoiners, ...d.outcome.sameSubject, ...d.outcome.otherClause])})\\s+(?:${det}|${one})\\s`, "u"),
  };
  compiled.set(lang, c);
  return c;
}

/** The measure of a cue as matched (adverbs and spacing dropped). */
function measureOf<M extends string>(map: ReadonlyMap<string, M>, matched: string, adverbsFree = true): M | undefined {
  const key = matched.toLowerCase().replace(/\s+/g, " ");
  const hit = map.get(key);
  if (hit || !adverbsFree) return hit;
  // "was later pronounced dead": the longest cue whose words are all in it, in order
  let best: [string, M] | undefined;
  for (const [k, m] of map) {
    const ws = k.split(" ");
    let at = 0;
    const words = key.split(" ");
    if (ws[0] !== words[0] || ws[ws.length - 1] !== words[words.length - 1]) continue;
    for (const w of words) if (w === ws[at]) at++;
    if (at === ws.length && (!best || k.length > best[0].length)) best = [k, m];
  }
  return best?.[1];
}

/** What the one counted underwent, from the verb and the rest of its clause: the verb's measure,
 * but killed when the clause goes on to say the same person died ("was hit in the chest and was
 * pronounced dead", "was taken to a hospital, where he died"); "was shot" is injured only when the
 * clause says the person lived ("but survived", "in stable condition"), else nothing is counted. */
function outcomeOf(c: Compiled, verb: Undergone | undefined, rest: string): { measure: Measure | undefined; died?: number } {
  if (verb !== "injured" && verb !== "shot") return { measure: verb };
  const other = c.newSubject.exec(rest);
  const own = other ? rest.slice(0, other.index) : rest;
  const died = c.died.exec(own);
  // (how far the clause of the death runs: "where he died" there is the same one, not another)
  if (died) return { measure: "killed", died: died[0].length };
  if (verb === "injured") return { measure: verb };
  return { measure: c.survived.test(own) ? "injured" : undefined };
}
const noShot = (v: Undergone | undefined): Measure | undefined => (v === "shot" ? undefined : v);

type Count = Unattached<QuantityMention>;
type Span = { start: number; end: number };

/** Counts said without a number or said in parts, in spans no figure already holds (`taken`). */
export function implicitCounts(text: string, sentences: readonly Sentence[], lang: Lang, taken: readonly Count[], notPeople: readonly Span[] = []): Count[] {
  const c = cues(lang);
  const out: Count[] = [];
  const overlaps = (a: number, b: number, list: readonly Span[]) => list.some((t) => t.start < b && a < t.end);
  /** the name a count of one is said of, by where the count starts */
  const nameAt = new Map<number, string[]>();
  for (const s of sentences) {
    const low = s.text.toLowerCase();
    if (low.length !== s.text.length) continue; // offsets would shift
    if (!c.groupGate.test(low)) continue;
    const cued = c.gate.test(low);
    const found: Count[] = [];
    const add = (a: number, b: number, value: number, measure: Measure | null | undefined, counted: string | null, rule: string) => {
      if (!measure || overlaps(s.start + a, s.start + b, taken) || overlaps(s.start + a, s.start + b, found)) return;
      found.push({ start: s.start + a, end: s.start + b, text: text.slice(s.start + a, s.start + b), sentence: s.text, rule, value, min: value, max: value, hedge: "exact", unit: "people", counted, trend: null, measure });
    };
    const each = (re: RegExp, on: string, f: (m: RegExpExecArray) => void) => {
      re.lastIndex = 0;
      for (let m = re.exec(on); m; m = re.exec(on)) f(m);
    };
    const from = (m: RegExpExecArray, part: string) => m.index + m[0].indexOf(part);
    const verbed = cued && c.anyVerb.test(low);
    const objected = cued && c.anyObjectVerb.test(low);
    const sameOne: Span[] = [];
    const undergone = (m: RegExpExecArray, verb: string) => {
      const end = m.index + m[0].length;
      const o = outcomeOf(c, measureOf(c.verbMeasure, verb), low.slice(end));
      if (o.died) sameOne.push({ start: s.start + end, end: s.start + end + o.died });
      return o.measure;
    };
    if (verbed) each(c.subject, low, (m) => add(from(m, m[1]!), m.index + m[0].length, 1, undergone(m, m[2]!), m[1]!.split(/\s+/).pop() ?? null, "quantity/implicit-one"));
    const nobody = cued && c.noneGate.test(low);
    if (verbed && nobody) each(c.none, low, (m) => add(from(m, m[1]!), m.index + m[0].length, 0, noShot(measureOf(c.verbMeasure, m[2]!)), null, "quantity/implicit-none"));
    if (cued && c.oneGate.test(low)) each(c.oneObject, low, (m) => {
      const what = m[2] ?? m[3]!;
      const a = from(m, what);
      const verb = (m[1] ?? m[4]!).replace(/\s+/g, " ");
      // "left one dead": the measure is said after "one"
      const measure = m[1] ? (c.oneMeasure.get(verb) === "killed" && c.oneThen.has(verb) ? measureIn(s.text, a, a + what.length, null, lang) : c.oneMeasure.get(verb)) : c.afterMeasure.get(verb);
      // "wounding one", "one person was hurt": the count is said, as a number word
      add(a, a + what.length, 1, measure, what.split(/\s+/)[1] ?? null, "quantity/one");
    });
    const meant = (m: RegExpExecArray) => !c.notAfter.test(low.slice(Math.max(0, from(m, m[1]!) - 25), from(m, m[1]!)));
    if (objected) each(c.object, low, (m) => meant(m) && add(from(m, m[2]!), from(m, m[2]!) + m[2]!.length, 1, measureOf(c.objectMeasure, m[1]!), m[2]!.split(/\s+/).pop() ?? null, "quantity/implicit-object"));
    // a capitalised phrase is no one when it stands in an organisation's or a place's name, or is
    // made of common words only ("Displaced Persons and Refugees")
    const named = (a: number, b: number) => !overlaps(s.start + a, s.start + b, notPeople) && !commonWords(s.text.slice(a, b), lang);
    if (objected) each(c.objectName, s.text, (m) => {
      // "killed Monday's harvest": a possessive names what was hit, not whom
      if (c.notNames.has(m[2]!.split(/\s+/)[0]!) || /['’]s$/u.test(m[2]!) || !meant(m) || !named(from(m, m[2]!), from(m, m[2]!) + m[2]!.length)) return;
      add(from(m, m[2]!), from(m, m[2]!) + m[2]!.length, 1, measureOf(c.objectMeasure, m[1]!), null, "quantity/implicit-named");
      nameAt.set(s.start + from(m, m[2]!), m[2]!.split(/\s+/));
    });
    if (verbed) each(c.named, s.text, (m) => {
      if (c.notNames.has(m[1]!.split(/\s+/)[0]!) || !named(from(m, m[1]!), from(m, m[1]!) + m[1]!.length)) return;
      add(from(m, m[1]!), m.index + m[0].length, 1, undergone(m, m[2]!), null, "quantity/implicit-named");
      nameAt.set(s.start + from(m, m[1]!), m[1]!.split(/\s+/));
    });
    // "… was taken to a hospital, where he died": "he" is the one already counted
    if (verbed && c.pronounGate.test(low)) each(c.pronoun, low, (m) => !overlaps(s.start + from(m, m[1]!), s.start + m.index + m[0].length, sameOne) && add(from(m, m[1]!), m.index + m[0].length, 1, undergone(m, m[2]!), null, "quantity/implicit-pronoun"));
    if (nobody) each(c.noneNoun, low, (m) => add(from(m, m[1]!), from(m, m[1]!) + m[1]!.length, 0, c.noneNounMeasure.get(m[1]!.replace(/\s+/g, " ")), null, "quantity/implicit-none"));
    // a group is joined by "and"/"y": a sentence without one holds none
    // (and takes its measure from its clause, as any count: a sentence with no word of one holds none)
    const sums = !c.joinWord.test(low) || !mayStateMeasure(low, lang) ? [] : coordinated(s, low, lang, taken.filter((q) => q.start >= s.start && q.end <= s.end), c, notPeople.filter((t) => t.start < s.end && s.start < t.end).map((t) => ({ start: t.start - s.start, end: t.end - s.start })));
    // a part of a group is not a count of its own: "three men and a woman were wounded"
    out.push(...found.filter((q) => !overlaps(q.start, q.end, sums)), ...sums);
  }
  return withoutTheDead(out, nameAt).sort((x, y) => x.start - y.start);
}

/** One person named as killed and, elsewhere in the article, as hurt ("Acen King was shot dead" …
 * "she noticed Acen was hurt") died: the injured count of that name goes (every word of it is in the
 * dead one's name). */
function withoutTheDead(counts: Count[], nameAt: ReadonlyMap<number, string[]>): Count[] {
  const dead = counts.filter((q) => q.measure === "killed" && nameAt.has(q.start)).map((q) => new Set(nameAt.get(q.start)));
  if (!dead.length) return counts;
  return counts.filter((q) => {
    const name = q.measure === "injured" ? nameAt.get(q.start) : undefined;
    return !name || !dead.some((d) => name.every((w) => d.has(w)));
  });
}

/** Every word of a capitalised phrase is a common word ("Displaced Persons"): no one's name. */
function commonWords(phrase: string, lang: Lang): boolean {
  const c = entityCues(lang);
  const words = fold(phrase).split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => isCommon(c, w));
}

/** Coordinated groups of people ("three men and a woman", "his wife, 34, and the four girls") with
 * the measure their clause gives, as one count: the sum of their parts. */
function coordinated(s: Sentence, low: string, lang: Lang, figures: readonly Count[], c: Compiled, notPeople: readonly Span[]): Count[] {
  type Part = Span & { value: number; counted: string | null; reflexive: boolean; name?: boolean };
  const parts: Part[] = figures
    .filter((q) => q.hedge === "exact" && q.value != null && Number.isInteger(q.value) && q.value > 0 && q.counted)
    .filter((q) => q.unit === "people" || (q.unit === null && c.persons.has(pluralStem(q.counted!.split(/\s+/).pop()!.toLowerCase()))))
    // "5 dead" is a count of the measure, not a group of people
    .filter((q) => !(countedMeasure(q.counted, lang) && !/\s/.test(q.counted!.trim())))
    .map((q) => ({ start: q.start - s.start, end: q.end - s.start, value: q.value!, counted: q.counted, reflexive: false }));
  c.member.lastIndex = 0;
  for (let m = c.member.exec(low); m; m = c.member.exec(low)) {
    const a = m.index + m[0].indexOf(m[1]!);
    const b = a + m[1]!.length;
    if (parts.some((p) => p.start < b && a < p.end)) continue;
    parts.push({ start: a, end: b, value: 1, counted: m[1]!.split(/\s+/).pop() ?? null, reflexive: !/\s/.test(m[1]!) });
    c.member.lastIndex = b;
  }
  c.memberName.lastIndex = 0;
  for (let m = c.memberName.exec(s.text); m; m = c.memberName.exec(s.text)) {
    const a = m.index + m[0].indexOf(m[1]!);
    const b = a + m[1]!.length;
    const first = m[1]!.replace(c.ageBefore, "").split(/\s+/)[0]!;
    if (c.notNames.has(first) || c.notBeforeName.test(s.text.slice(Math.max(0, a - 8), a)) || parts.some((p) => p.start < b && a < p.end) || notPeople.some((t) => t.start < b && a < t.end) || commonWords(m[1]!, lang)) continue;
    parts.push({ start: a, end: b, value: 1, counted: m[1]!.split(/\s+/).pop() ?? null, reflexive: false, name: true });
  }
  parts.sort((x, y) => x.start - y.start);
  const out: Count[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = i;
    // a part that says its measure ("two men wounded") ends its group
    while (j + 1 < parts.length && !countedMeasure(parts[j]!.counted, lang) && c.joiner.test(low.slice(parts[j]!.end, parts[j + 1]!.start))) j++;
    const group = parts.slice(i, j + 1);
    i = j + 1;
    if (group.length < 2) continue;
    // "his first victim, a 20-year-old": parts joined by commas alone rename one person
    if (!c.joinWord.test(low.slice(group[group.length - 2]!.end, group[group.length - 1]!.start))) continue;
    // "three people, a man and two women": the list names the three
    if (c.generic.has(group[0]!.counted ?? "") && low.slice(group[0]!.end, group[1]!.start).includes(",")) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const measure = measureIn(s.text, first.start, last.end, last.counted, lang);
    if (!measure || (group.some((p) => p.reflexive) && measure !== "killed")) continue;
    // names join only names: "his wife, Jane Doe, and her son" are two, not three
    if (group[0]!.reflexive || (group.some((p) => p.name) && !group.every((p) => p.name || p.reflexive))) continue;
    const value = group.reduce((n, p) => n + p.value, 0);
    out.push({ start: s.start + first.start, end: s.start + last.end, text: s.text.slice(first.start, last.end), sentence: s.text, rule: "quantity/sum", value, min: value, max: value, hedge: "exact", unit: "people", counted: null, trend: null, measure });
  }
  return out;
}
