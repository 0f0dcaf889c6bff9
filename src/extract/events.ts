// Developments in one article: who did what, where, when, and at what stage ("Peru is preparing to
// declare a state of emergency" is a declaration, planned). A trigger word of a type (data/<lang>/
// events.json: declaration, deployment, gathering, attack, arrest …) with the words that state it
// (its span: the actor right before it, the object after it, up to a clause boundary), its actor
// and place (entities), its date (a date in its sentence), its figures and its modality. One
// sentence can hold several ("declared … after at least 100 foreigners … assembled"), each with
// its own span.
import { abbreviationBefore } from "./sentences.js";
import { lexicon } from "../lexicon.js";
import type { Lang, Sentence, Unattached } from "../model.js";
import type { EntityMention, EventMention, QuantityMention, TimeMention } from "../report/schema.js";
import { lowerAlternation } from "../regex.js";

export interface Trigger {
  forms: string[];
  past: string | null;
  objects?: string[];
  /** words right after the trigger that say it means something else ("secuestraron un arma": seized, not kidnapped) */
  notObjects?: string[];
  /** boundary words its words read across, once ("died after being hit", "murió tras ser alcanzado"): what follows says how it happened */
  through?: string[];
  /** the words a summary says for the act planned ("will declare", "declarará") */
  planned?: string;
  /** the words a summary says for the act announced, when its object is what was announced ("announced") */
  announced?: string;
}
/** data/<lang>/events.json: what extraction reads, then what a development's summary reads (src/reconcile/developments.ts). */
export interface EventData {
  types: Record<string, Trigger[]>;
  announce: string[];
  modality: Record<"planned" | "announced" | "reported" | "denied", string[]>;
  boundary: string[];
  denyAnywhere: string[];
  governments: string[];
  collectiveActors?: string[];
  collectiveDeterminers?: string[];
  /** types whose count of people before the trigger is its actor ("100 foreigners have gathered"),
   * not the people it happened to ("42 personas murieron en una explosión") */
  crowdActorTypes: string[];
  /** types whose subject is who it happened to ("A rescuer died"): their words start at it, as a passive's do */
  subjectTypes?: string[];
  /** types whose nouns, opening a clause, are the actor of its verb ("Flash floods … have killed",
   * "La explosión dejó …") */
  causeTypes: string[];
  /** words that make the rest of a noun's clause a relative one ("the shooting that killed …" names the shooting, says no act of it) */
  relativePronouns: string[];
  nounEndings: string[];
  dangling: string[];
  articles: string[];
  agentLinks: string[];
  governmentAuxiliaries: string[];
  possessiveEndings: string[];
  acts: string[];
  speechTypes: string[];
  /** types of which two mentions worded differently are two developments ("A rescuer died", "An elderly woman was killed") */
  eachTypes?: string[];
  summary: { announced?: string; denied?: string };
  passiveAuxiliaries: string[];
  adverbEndings: string[];
  nounObjectLinks: string[];
  reportingVerbs: string[];
  /** the word that may open what is reported ("said that") */
  complementizers?: string[];
  pastEndings: string[];
  /** endings of a present participle ("killing", "matando", "dejando"): opening a clause after a comma, it says what the development before it did */
  participleEndings?: string[];
  irregularPast: string[];
}

/** The event words of a language, as written in its data file. */
export const eventData = (lang: Lang): EventData => lexicon<EventData>(lang, "events");

type Modality = EventMention["modality"];

interface Compiled {
  re: RegExp;
  byForm: Map<string, { type: string; trigger: Trigger }>;
  announce: RegExp;
  deny: RegExp;
  modality: [Modality, RegExp][];
  /** the same cues right after a noun trigger */
  modalityAfter: [Modality, RegExp][];
  /** Where a clause ends (a comma or period, not a number's; a semicolon, a dash; "because", "which" …), global (made once, not per trigger). */
  boundaryAll: RegExp;
  reAll: RegExp;
  objects: Map<Trigger, RegExp>;
  notObjects: Map<Trigger, RegExp>;
  governments: Set<string>;
  /** "police", "la policía" (with an article and up to two words such as "on Monday") ending a clause head */
  collective: RegExp | null;
  /** a clause head that opens with a cause's noun ("flash floods", "la explosión") */
  cause: RegExp | null;
  /** the words before a trigger end on a passive's auxiliary ("a fourth shooting victim was (fatally) shot") */
  passive: RegExp;
  relative: RegExp;
  /** a relative pronoun (after its comma) ending the words before a clause ("los manifestantes, que") */
  relativeEnd: RegExp;
  /** one word that is a present participle ("killing", "dejando") */
  participle: RegExp;
  /** a relative aside right after a noun (", que comenzaron el lunes,"), or its opening when left open */
  aside: RegExp;
  /** a reporting verb, and "that" after it ("said that"), global */
  reporting: RegExp;
  /** a reporting verb ending the words before ("informó", before its "que") */
  reportingEnd: RegExp;
  crowdActors: Set<string>;
  subjects: Set<string>;
  /** words that are nouns of an act, by their ending ("deployment", "detención") */
  nounEnding: RegExp;
  dangling: Set<string>;
  /** an article ending the words before a trigger */
  article: RegExp;
  /** "from", "by" right after a trigger, before its agent */
  agent: RegExp;
  /** nothing but a possessive between a place and the collective actor it qualifies ("Peru's troops") */
  possessive: RegExp;
  /** what may stand between a country and its verb when it acts as its government ("Peru's government has declared") */
  governmentGap: RegExp;
}

const WORD_END = "(?![\\p{L}\\p{N}])";
const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Cue phrases as one alternation, lower-cased: the text is matched lower-cased. */
const alternation = lowerAlternation;

const compiled = new Map<Lang, Compiled>();
function cues(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const d = eventData(lang);
  const byForm = new Map<string, { type: string; trigger: Trigger }>();
  const objects = new Map<Trigger, RegExp>();
  const notObjects = new Map<Trigger, RegExp>();
  for (const [type, triggers] of Object.entries(d.types))
    for (const trigger of triggers) {
      for (const f of trigger.forms) if (!byForm.has(f.toLowerCase())) byForm.set(f.toLowerCase(), { type, trigger });
      if (trigger.notObjects) notObjects.set(trigger, new RegExp(`^\\s+(?:\\p{L}+\\s+){0,2}?(?:${alternation(trigger.notObjects)})${WORD_END}`, "u"));
      if (trigger.objects) objects.set(trigger, new RegExp(`${WORD_START}(?:${alternation(trigger.objects)})${WORD_END}`, "u"));
    }
  const triggers = `${WORD_START}(${alternation(byForm.keys())})${WORD_END}`;
  const causeNouns = d.causeTypes.flatMap((t) => (d.types[t] ?? []).filter((tr) => !tr.past).flatMap((tr) => tr.forms));
  // (a comma, a point or a colon before a digit is a number's: "magnitud 6,3", "at 3:15 a.m.")
  const boundary = `[,.:](?!\\d)|[;!?—–()“”"]|${WORD_START}(?:${alternation(d.boundary)})${WORD_END}`;
  c = {
    re: new RegExp(triggers, "gu"),
    byForm,
    announce: new RegExp(`${WORD_START}(?:${alternation(d.announce)})${WORD_END}`, "u"),
    deny: new RegExp(`${WORD_START}(?:${alternation(d.denyAnywhere)})${WORD_END}`, "u"),
    modality: (["denied", "planned", "reported", "announced"] as const).map((m) => [m, new RegExp(`${WORD_START}(?:${alternation(d.modality[m])})${WORD_END}\\s*(?:[\\p{L}-]+\\s+){0,2}$`, "u")]),
    modalityAfter: (["denied", "planned", "reported", "announced"] as const).map((m) => [m, new RegExp(`^\\s*(?:${alternation(d.modality[m])})${WORD_END}`, "u")]),
    objects,
    notObjects,
    governments: new Set(d.governments),
    collective: d.collectiveActors?.length ? new RegExp(`${WORD_START}((?:(?:${alternation(d.collectiveDeterminers ?? [])})\\s+)?(?:${alternation(d.collectiveActors)}))${WORD_END}(?:\\s+[\\p{L}]+){0,2}\\s*$`, "u") : null,
    cause: causeNouns.length ? new RegExp(`^\\s*((?:(?:${alternation([...d.articles, ...(d.collectiveDeterminers ?? [])])})\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alternation(causeNouns)}))${WORD_END}`, "u") : null,
    crowdActors: new Set(d.crowdActorTypes),
    subjects: new Set(d.subjectTypes ?? []),
    relative: new RegExp(`${WORD_START}(?:${alternation(d.relativePronouns)})${WORD_END}`, "u"),
    reporting: new RegExp(`${WORD_START}(?:${alternation(d.reportingVerbs)})(?:\\s+(?:${alternation(d.complementizers ?? [])}))?\\s+`, "gu"),
    reportingEnd: new RegExp(`${WORD_START}(?:${alternation([...d.reportingVerbs, ...d.announce])})\\s*$`, "u"),
    aside: new RegExp(`^\\s*,\\s*(?:${alternation(d.relativePronouns)})\\s+(?:[^,;.!?()—–]{1,120},\\s*)?`, "u"),
    participle: new RegExp(`^\\p{L}+(?:${alternation(d.participleEndings ?? [])})$`, "iu"),
    relativeEnd: new RegExp(`(?:,\\s*)?${WORD_START}(?:${alternation(d.relativePronouns)})\\s*$`, "u"),
    passive: new RegExp(`(?:^|\\s)(?:${alternation(d.passiveAuxiliaries)})\\s+${d.adverbEndings.length ? `(?:\\p{L}+(?:${alternation(d.adverbEndings)})\\s+)?` : ""}$`, "iu"),
    boundaryAll: new RegExp(boundary, "gu"),
    reAll: new RegExp(triggers, "gu"),
    possessive: new RegExp(`^(?:${alternation(d.possessiveEndings)})?\\s*$`, "u"),
    nounEnding: new RegExp(`(?:${alternation(d.nounEndings)})$`, "u"),
    dangling: new Set(d.dangling),
    article: new RegExp(`${WORD_START}(?:${alternation(d.articles)})\\s+$`, "u"),
    agent: new RegExp(`^\\s+(?:${alternation(d.agentLinks)})\\s`, "u"),
    governmentGap: new RegExp(`^\\s*(?:(?:${alternation(d.possessiveEndings)})\\s+(?:\\p{L}+\\s+){0,2})?(?:(?:${alternation(d.governmentAuxiliaries)})\\s+)?(?:\\p{L}+\\s+){0,3}$`, "u"),
  };
  compiled.set(lang, c);
  return c;
}

/** The words before a trigger end on a passive's auxiliary, "were (fatally)", in any case: the one
 * pattern extraction and the developments' summaries use. */
export const passiveBefore = (lang: Lang): RegExp => cues(lang).passive;

/** Most words after a trigger that still state its development. */
const MAX_OBJECT_WORDS = 12;

export interface EventInputs {
  entities: readonly Unattached<EntityMention>[];
  /** Spans of direct quotations: what a speaker says is a statement of theirs, not a development. */
  quotes: readonly { start: number; end: number }[];
  entityTypes: ReadonlyMap<string, string>;
  times: readonly Unattached<TimeMention>[];
  quantities: readonly Unattached<QuantityMention>[];
}

/** The developments of one article, sentence by sentence. */
export function extractEvents(text: string, sentences: readonly Sentence[], lang: Lang, inputs: EventInputs): Unattached<EventMention>[] {
  const c = cues(lang);
  const out: Unattached<EventMention>[] = [];
  for (const s of sentences) {
    const low = s.text.toLowerCase();
    if (low.length !== s.text.length) continue;
    c.re.lastIndex = 0;
    const seen = new Set<string>(); // one development per type and clause
    for (let m = c.re.exec(low); m; m = c.re.exec(low)) {
      const hit = c.byForm.get(m[1]!.replace(/\s+/g, " "));
      if (!hit) continue;
      const at = m.index;
      if (inputs.quotes.some((q) => q.start <= s.start + at && s.start + at < q.end)) continue;
      const triggerEnd = at + m[0].length;
      // "Las protestas, que comenzaron el lunes, se extendieron …": a noun's relative aside is
      // passed over to the verb after it; left open, the aside's own verb says what happened
      const aside = hit.trigger.past ? null : c.aside.exec(low.slice(triggerEnd, triggerEnd + 160));
      const wordsFrom = triggerEnd + (aside ? aside[0].length : 0);
      // the words after the trigger, to the clause's end
      const tail = low.slice(wordsFrom, wordsFrom + 160);
      // (a period after an abbreviation ends no clause: "inside Mr. Lucky's bar")
      let stop: RegExpExecArray | null = null;
      let crossed = false;
      c.boundaryAll.lastIndex = 0;
      for (let b = c.boundaryAll.exec(tail); b; b = c.boundaryAll.exec(tail)) {
        if (b[0] === "." && abbreviationBefore(tail, b.index)) continue;
        if (!crossed && hit.trigger.through?.includes(b[0])) { crossed = true; continue; }
        stop = b;
        break;
      }
      const clauseEnd = wordsFrom + (stop ? stop.index : tail.length);
      let objectEnd = clauseEnd;
      const objWords = [...low.slice(wordsFrom, objectEnd).matchAll(/\S+/gu)];
      if (objWords.length > MAX_OBJECT_WORDS) objectEnd = wordsFrom + objWords[MAX_OBJECT_WORDS - 1]!.index! + objWords[MAX_OBJECT_WORDS - 1]![0].length;
      // (never inside a figure: "dejó al menos nueve | personas muertas" reads on to its noun)
      // (nor inside a name: "el campo de desplazados de Abu | Shouk")
      const cut = [...inputs.quantities, ...inputs.entities].find((q) => q.start < s.start + objectEnd && q.end > s.start + objectEnd && q.end <= s.start + clauseEnd);
      if (cut) objectEnd = cut.end - s.start;
      // the words end on a word that says something, not "and", "the" or "to"
      for (;;) {
        while (objectEnd > triggerEnd && /\s/.test(low[objectEnd - 1]!)) objectEnd--;
        const last = /(?:^|\s)(\p{L}+)$/u.exec(low.slice(Math.max(triggerEnd, objectEnd - 20), objectEnd));
        if (!last || !c.dangling.has(last[1]!)) break;
        objectEnd -= last[1]!.length;
      }
      let clauseStart = clauseBefore(low, at, c.boundaryAll);
      let head = low.slice(clauseStart, at);
      // "Los manifestantes, que marcharon …", "a boy who died …": a verb right after a relative
      // pronoun is its antecedent's; the clause starts at the antecedent, the head is it
      const rel = hit.trigger.past ? c.relativeEnd.exec(low.slice(Math.max(0, clauseStart - 20), clauseStart)) : null;
      const relStart = rel ? Math.max(0, clauseStart - 20) + rel.index : 0;
      // (not "que" after a reporting verb: "informó que las clases fueron suspendidas" reports)
      if (rel && !c.reportingEnd.test(low.slice(Math.max(0, relStart - 40), relStart))) {
        const antecedent = clauseBefore(low, relStart, c.boundaryAll);
        head = `${low.slice(antecedent, relStart).trimEnd()} ${head}`;
        clauseStart = antecedent;
      }
      // "The Office of Civil Defense said classes were suspended": what a speaker says happened,
      // with a subject of its own (a passive's, a name, a collective), starts after the reporting
      // verb; the speaker is its source, not its actor
      const said = lastMatch(c.reporting, head);
      if (said) {
        const from = said.index + said[0].length;
        const rest = head.slice(from);
        const restStart = s.start + clauseStart + from;
        if (rest.trim() && (c.passive.test(rest) || c.collective?.test(rest) || inputs.entities.some((e) => e.start >= restStart && e.end <= s.start + at))) {
          clauseStart += from;
          head = rest;
        }
      }
      // a weak trigger counts only with its object near it ("stepped up surveillance")
      const obj = c.objects.get(hit.trigger);
      // (a noun's must follow it: "a shooting at the complex", "an earthquake struck")
      const around = hit.trigger.past ? low.slice(Math.max(clauseStart, at - 60), Math.min(low.length, objectEnd + 40)) : low.slice(wordsFrom, wordsFrom + 40);
      if (obj && !obj.test(around)) continue;
      if (c.notObjects.get(hit.trigger)?.test(low.slice(triggerEnd, objectEnd))) continue;
      const key = `${hit.type}@${clauseStart}`;
      if (seen.has(key)) continue;
      if (!hit.trigger.past && hasVerbOf(hit.type, low.slice(clauseStart, objectEnd), c)) continue;
      seen.add(key);
      // a noun ("expulsion", "the deployment of") names an act without saying it happened
      // (so does a verb's form right after an article: "the killing of", "el detenido fue trasladado")
      const noun = !hit.trigger.past || c.nounEnding.test(m[1]!) || c.article.test(head);
      // (a noun that needs its verb, "an earthquake struck", is done when the verb is there)
      let modality: Modality = noun && hit.trigger.past ? "reported" : "done";
      for (const [name, re] of c.modality) if (re.test(head.slice(-60))) { modality = name; break; }
      // a noun's stage may follow it ("a committee would begin work")
      if (noun) for (const [name, re] of c.modalityAfter) if (re.test(low.slice(wordsFrom, wordsFrom + 30))) { modality = name; break; }
      // a denial or an announcement governs what follows it, across "that"
      const before = low.slice(Math.max(0, at - 80), at);
      if (c.deny.test(before)) modality = "denied";
      else if (modality === "done" && c.announce.test(before)) modality = "announced";
      // the actor: an entity named before the trigger in its clause; else a count of people there
      const absStart = s.start + clauseStart;
      const absAt = s.start + at;
      const actors = inputs.entities.filter((e) => e.start >= absStart && e.end <= absAt && (inputs.entityTypes.get(e.entityId) !== "place" || (c.governments.has(hit.type) && c.governmentGap.test(low.slice(e.end - s.start, at)))));
      // "Hugo de Zela, announced that a committee …": who announced it is its actor
      const announcer = !actors.length && c.announce.test(head) ? inputs.entities.filter((e) => e.start >= s.start && e.end <= absStart && inputs.entityTypes.get(e.entityId) !== "place").pop() : undefined;
      // "criticism from his security minister, Luis Cordero", "declared by President José Jerí":
      // the agent named after the trigger
      // (not when a collective noun before it acts: "los manifestantes marcharon por la avenida …")
      const agent = !actors.length && !announcer && !(c.collective?.test(head) && !noun) ? agentAfter(low, s.start, triggerEnd, inputs, c.agent) : undefined;
      // "El gobernador de Oaxaca, Salomón Jara, declaró …": the apposition's comma ends the clause
      // right before the verb; the one named before that comma is its subject (an age may stand
      // between: "Ceasar Valdovinos, 23, died")
      const appositive = !actors.length && !announcer && !agent && !head.trim() && /,\s*$/.test(low.slice(Math.max(0, clauseStart - 3), clauseStart))
        ? inputs.entities.filter((e) => e.start >= s.start && e.end <= absStart && /^,\s*(?:\d{1,3}\s*,\s*)?$/.test(low.slice(e.end - s.start, clauseStart)) && inputs.entityTypes.get(e.entityId) !== "place").pop()
        : undefined;
      const named = actors[actors.length - 1] ?? announcer ?? agent ?? appositive ?? null;
      // "La Policía detuvo a 45 personas": an actor without a name, said by a collective noun
      const government = !!named && named === actors[actors.length - 1] && inputs.entityTypes.get(named.entityId) === "place";
      const found = (!named || government) && !noun && c.collective ? c.collective.exec(head) : null;
      // "Chicago police arrested", "la Policía de Córdoba detuvo": a place next to the collective
      // names where it serves; the police are the actor, not the town's government
      const servedBy = government && found ? servedPlace(named!, absStart + found.index, absStart + found.index + found[1]!.length, absAt, text, c.possessive) : null;
      // "Flash floods … have killed", "La explosión dejó": the cause a clause opens with
      // (not a passive's subject: "a fourth shooting victim was shot" is who it happened to)
      const passive = c.passive.test(head);
      const opening = !named && !found && !noun && c.cause && !passive ? c.cause.exec(head) : null;
      const cause = opening && !c.relative.test(head.slice(opening[0].length)) ? opening : null;
      const collective = !named || servedBy ? (found ?? cause) : null;
      const actor = servedBy ? null : named;
      // a crowd is the actor of its gathering even across an aside ("100 foreigners—mostly Venezuelans—have gathered")
      // (before a passive, "Two men were shot", the count is who it happened to: its words start
      // there, in its own clause: "A protester died after being shot" is not the shooting's)
      const crowd = c.crowdActors.has(hit.type);
      const group = crowd || passive ? (inputs.quantities.filter((q) => q.start >= (crowd ? Math.max(s.start, absAt - 100) : absStart) && q.end <= absAt && q.unit === "people").pop() ?? null) : null;
      const collectiveAt = collective ? absStart + collective.index + collective[0].indexOf(collective[1]!) : absAt;
      const collectiveStart = collective ? Math.min(collectiveAt, servedBy?.start ?? absAt) : absAt;
      const collectiveEnd = collective ? Math.max(collectiveAt + collective[1]!.length, servedBy?.end ?? 0) : absAt;
      // "A 17-year-old boy was shot dead …", "A rescuer died …": a passive's subject, or the subject
      // of what happened to it, with no count or name in it still starts its words (a summary says it as written)
      // ("The third victim, a 37-year-old man, died": a subject before an aside starts the sentence)
      const asideFrom = !head.trim() && clauseStart <= 100 && /,\s*$/.test(low.slice(0, clauseStart)) ? s.start : absStart;
      const subjectAt = !actor && !group && !collective && head.length <= 80 && (passive || c.subjects.has(hit.type)) ? (head.trim() ? absStart + (head.length - head.trimStart().length) : asideFrom) : absAt;
      // a passive with no subject of its own ("… died after being shot") is part of the clause before it
      if (passive && !actor && !group && !collective && !head.replace(c.passive, "").trim()) continue;
      // a noun's words start at its article ("Las protestas, que …", "The shooting happened …")
      const determiner = noun ? c.article.exec(head) : null;
      const determinerAt = determiner ? absStart + determiner.index : absAt;
      const spanStart = Math.min(absAt, actor ? actor.start : absAt, group ? group.start : absAt, collectiveStart, subjectAt, determinerAt);
      // an agent named after the trigger belongs to its words ("criticism from … Luis Cordero")
      const spanEnd = Math.max(s.start + objectEnd, agent && actor === agent ? agent.end : 0);
      const places = inputs.entities.filter((e) => inputs.entityTypes.get(e.entityId) === "place" && e.start >= s.start && e.end <= s.start + s.text.length && e !== actor);
      const place = places.find((e) => e.start >= absAt && e.end <= spanEnd) ?? places.find((e) => e.start >= absAt) ?? servedBy ?? null;
      const dates = inputs.times.filter((t) => t.kind === "date" && t.value && t.start >= s.start && t.end <= s.start + s.text.length);
      const date = dates.sort((a, b) => Math.abs(a.start - absAt) - Math.abs(b.start - absAt))[0] ?? null;
      out.push({
        start: spanStart,
        end: spanEnd,
        text: text.slice(spanStart, spanEnd),
        sentence: s.text,
        rule: `event/${hit.type}/${m[1]!.replace(/\s+/g, " ")}`,
        type: hit.type,
        trigger: text.slice(absAt, s.start + triggerEnd),
        modality,
        verb: noun ? null : hit.trigger.past,
        object: text.slice(s.start + triggerEnd, spanEnd).trim(),
        actorId: actor?.entityId ?? null,
        actorText: actor?.text ?? (group ? group.text : collective ? text.slice(collectiveStart, collectiveEnd) : null),
        placeId: place?.entityId ?? null,
        date: date?.value ?? null,
        figures: inputs.quantities.filter((q) => q.start >= spanStart && q.end <= spanEnd).map((q) => q.text),
      });
    }
  }
  return nest(out, text, c.participle);
}

/**
 * One clause, one development per chain of triggers: a trigger inside another's words is part of
 * that development ("warned migrants to leave or face expulsion" is a warning), except after a
 * pledge or threat, which only says the development is planned, or a verb of more or less
 * ("pledged to increase troop deployment": the deployment, planned).
 */
function nest(es: Unattached<EventMention>[], text: string, participle: RegExp): Unattached<EventMention>[] {
  const drop = new Set<Unattached<EventMention>>();
  const pairs = (f: (a: Unattached<EventMention>, b: Unattached<EventMention>) => void) => {
    for (const a of es) for (const b of es) if (a !== b && !drop.has(a) && !drop.has(b) && a.sentence === b.sentence) f(a, b);
  };
  // a pledge or a verb of more or less around another development: that development, at the
  // stage the outer verb says ("pledged to increase troop deployment": the deployment, planned)
  pairs((a, b) => {
    const bTrigger = triggerAt(b);
    if (!(a.type === "threat" || a.type === "security") || !(bTrigger >= a.end - a.object.length && bTrigger < a.end)) return;
    drop.add(a);
    if (b.modality === "done" || b.modality === "reported") b.modality = a.type === "threat" ? "planned" : a.modality;
    b.start = Math.min(a.start, b.start);
    b.text = text.slice(b.start, b.end);
    b.actorId ??= a.actorId;
    b.actorText ??= a.actorText;
  });
  // a participle opening a clause after a comma says what the development before it did ("an
  // earthquake struck …, killing at least four people"): it is that one's, whatever its type
  pairs((a, b) => {
    const bTrigger = triggerAt(b);
    if (triggerAt(a) < bTrigger && participle.test(b.trigger) && /,\s*$/.test(text.slice(Math.max(0, bTrigger - 3), bTrigger))) drop.add(b);
  });
  // then one development per sentence and type ("opened fire …, killing three people"); a trigger
  // inside another's words, a noun after a verb's development ("warned migrants to leave … or face
  // expulsion") and what a warning says will happen are the first development's
  pairs((a, b) => {
    const bTrigger = triggerAt(b);
    const inside = bTrigger >= a.end - a.object.length && bTrigger < a.end;
    if (inside || ((a.type === b.type || (b.verb === null && a.verb !== null) || a.type === "statement") && triggerAt(a) < bTrigger)) drop.add(b);
  });
  return es.filter((e) => !drop.has(e));
}

/** A person or organisation named after "from"/"by" ("por", "de parte de": the language's agentLinks) right after a trigger. */
function agentAfter(low: string, sentenceStart: number, triggerEnd: number, inputs: EventInputs, links: RegExp): Unattached<EntityMention> | undefined {
  const by = links.exec(low.slice(triggerEnd, triggerEnd + 20));
  if (!by) return undefined;
  const from = sentenceStart + triggerEnd + by[0].length;
  const sentenceEnd = sentenceStart + low.length;
  return inputs.entities.find((e) => e.start >= from && e.start <= from + 50 && e.end <= sentenceEnd && inputs.entityTypes.get(e.entityId) !== "place");
}

/**
 * The place a collective actor serves: right before it ("Chicago police", "Peru's troops") or in
 * the words between it and the trigger ("la Policía de Córdoba detuvo"); else null.
 */
function servedPlace(place: Unattached<EntityMention>, start: number, end: number, trigger: number, text: string, possessive: RegExp): Unattached<EntityMention> | null {
  if (place.end <= start && possessive.test(text.slice(place.end, start))) return place;
  return place.start >= end && place.end <= trigger ? place : null;
}

/** Where a mention's trigger word starts in its words (the trigger, then white space, then the
 * object: the object is kept trimmed, so the white space must be looked for, not assumed away). */
export const triggerOffset = (e: Pick<EventMention, "text" | "trigger" | "object">): number => Math.max(0, e.text.lastIndexOf(e.trigger, e.text.length - e.object.length - e.trigger.length));
/** Where a mention's trigger word starts in its article. */
const triggerAt = (e: Unattached<EventMention>) => e.start + triggerOffset(e);

/** Does the clause hold a verb trigger of `type`? */
function hasVerbOf(type: string, clause: string, c: Compiled): boolean {
  const g = c.reAll;
  g.lastIndex = 0;
  for (let m = g.exec(clause); m; m = g.exec(clause)) {
    const hit = c.byForm.get(m[1]!.replace(/\s+/g, " "));
    if (hit && hit.type === type && hit.trigger.past) return true;
  }
  return false;
}

/** The last match of a global pattern in `s`, or null. */
function lastMatch(g: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m;
  return last;
}

/** Where the clause that holds offset `at` starts (after the last boundary before it). */
function clauseBefore(low: string, at: number, g: RegExp): number {
  const before = low.slice(Math.max(0, at - 160), at);
  let last = -1;
  g.lastIndex = 0;
  for (let m = g.exec(before); m; m = g.exec(before)) last = m.index + m[0].length;
  return last < 0 ? Math.max(0, at - 160) : at - before.length + last;
}
