// Key developments of a story: the same development reported by several outlets becomes one entry
// with every source (its words, sentence and the stage that source states); different stages of
// one development ("preparing to declare" on the 28th, "declared" on the 29th) are one entry whose
// explanation says so; different developments of one type stay apart (their words differ, or their
// days do). Background (another time than the story's) is left out. Each entry gets one plain
// sentence written from its parts: actor, verb, object, never a source sentence pasted whole.
import type { Development, Entity, EventMention, TimeMention } from "../report/schema.js";
import { candidatePairs, clusters, similarity } from "./align.js";
import { sentenceTokens } from "./context.js";
import { daysBetween, isIsoDay, spokenDate } from "../text/calendar.js";
import { articleLabel, inBackground, shortId, type StoryContext } from "./story-context.js";
import { eventData, passiveBefore, triggerOffset, type Trigger } from "../extract/events.js";
import { alternation } from "../regex.js";
import { LANGUAGES, isLang } from "../text/languages.js";
import type { Lang } from "../model.js";

/** Context similarity two mentions of one type need to be one development. */
export const SAME_DEVELOPMENT_MIN_SIMILARITY = 0.3;
/** The same, for two short mentions of one type in different articles sharing one word. */
export const WEAK_MIN_SIMILARITY = 0.2;
/** Days apart two dated mentions may be and still be one development (an announcement, the act). */
export const MAX_DAYS_APART = 3;
/** Developments listed at most per story, the best sourced first. */
export const MAX_DEVELOPMENTS = 20;

const STAGE: Record<EventMention["modality"], number> = { done: 4, announced: 3, planned: 2, reported: 1, denied: 0 };
const STAGE_WORD: Record<EventMention["modality"], string> = { done: "done", announced: "announced", planned: "planned", reported: "reported", denied: "denied" };

/** The words of a mention's span that say who and what, without its trigger (mentions of one
 * type share that word whatever they are about). */
function bag(e: EventMention): Set<string> {
  const trigger = new Set(sentenceTokens(e.trigger).map((t) => t.stem));
  const out = new Set<string>();
  for (const t of sentenceTokens(e.text)) if (t.stem && !trigger.has(t.stem)) out.add(t.stem);
  return out;
}

/** How one language's developments are summarised (data/<lang>/events.json). */
interface SummaryWords {
  /** the triggers of each type, to find a development's own */
  types: Record<string, Trigger[]>;
  summary: { announced?: string; denied?: string };
  /** a comma before a reporting verb ("…, announced"), dropped */
  reporting: RegExp;
  /** the words before a trigger end on a passive's auxiliary ("were (fatally) shot") */
  passive: RegExp;
  /** a relative aside right after a noun, closed (", que comenzaron el lunes,"): a summary passes over it */
  aside: RegExp;
  /** a verb's object that starts so is a noun's ("of …") */
  nounObject: RegExp;
  pastEndings: string[];
  irregularPast: Set<string>;
}

const summaryCache = new Map<Lang, SummaryWords>();
function summaryWords(lang: Lang): SummaryWords {
  let w = summaryCache.get(lang);
  if (w) return w;
  const d = eventData(lang);
  w = {
    types: d.types,
    summary: d.summary,
    reporting: new RegExp(`\\s*,\\s*(?=(?:${alternation(d.reportingVerbs)})(?![\\p{L}\\p{N}]))`, "u"),
    passive: passiveBefore(lang),
    aside: new RegExp(`^\\s*,\\s*(?:${alternation(d.relativePronouns)})\\s+[^,;.!?()—–]{1,120},\\s*`, "iu"),
    nounObject: new RegExp(`^(?:${alternation(d.nounObjectLinks)})\\s`, "iu"),
    pastEndings: d.pastEndings,
    irregularPast: new Set(d.irregularPast),
  };
  summaryCache.set(lang, w);
  return w;
}

/** Types that are acts in themselves; the others (statement, threat, criticism …) need a speaker. The types are every language's. */
const ACTS = new Set(LANGUAGES.flatMap((l) => eventData(l).acts));

/** Types of which two mentions worded differently are two developments (two deaths are two people's). */
const EACH = new Set(LANGUAGES.flatMap((l) => eventData(l).eachTypes ?? []));

/** Types that are someone speaking: one person's statement and criticism of one matter may be told either way. */
const SPEECH = new Set(LANGUAGES.flatMap((l) => eventData(l).speechTypes));

/** A span as a summary: no dangling punctuation, a capital first. */
function tidySpan(t: string, w: SummaryWords): string {
  const s = t.replace(w.reporting, " ").replace(/[\s,;:—–-]+$/u, "").replace(/\s+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const contentWords = (s: string) => sentenceTokens(s).filter((t) => t.stem).length;

const dayOf = (e: EventMention) => (e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : null);

function precisionOf(date: string | null): Development["precision"] {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return "day";
  if (/^\d{4}-W\d{2}/.test(date)) return "week";
  if (/^\d{4}-\d{2}$/.test(date)) return "month";
  if (/^\d{4}$/.test(date)) return "year";
  return null;
}

/** One plain sentence from the parts, in its source's language: "Peru declared a state of emergency along its border with Chile". */
function summaryOf(rep: EventMention, actor: Entity | null, modality: EventMention["modality"], lang: Lang): string {
  const w = summaryWords(lang);
  // (a noun's relative aside passed over: "Las protestas, que comenzaron el lunes, se extendieron …")
  const at = triggerOffset(rep) + rep.trigger.length;
  const asWritten = () => tidySpan(rep.text.slice(0, at) + rep.text.slice(at).replace(w.aside, " "), w);
  const who = actor?.name ?? rep.actorText ?? "";
  const what = rep.object.replace(/^\s*[,;:]\s*/, "").trim();
  let verb: string | undefined;
  const noun = !rep.verb || w.nounObject.test(what);
  // a passive ("Five protesters were shot late Monday") is said as written: its subject is the
  // one it happened to, not an actor
  const head = rep.text.slice(0, triggerOffset(rep));
  if (w.passive.test(head)) return asWritten();
  // nobody acting, and words before the trigger: they are its subject ("A rescuer died after …")
  if (!who && head.trim()) return asWritten();
  // a noun ("a binational committee would begin work", "the deployment of armed forces") is said
  // as its source words put it, from the actor on; a verb with almost no object too ("surveillance
  // at the border had been intensified")
  // an actor named after the trigger ("criticism from his minister, Luis Cordero") is said as written
  const actorAfter = !!rep.actorText && rep.text.indexOf(rep.actorText) > 0;
  if (noun || actorAfter || (sentenceTokens(what).filter((t) => t.stem).length < 2 && modality !== "planned")) return asWritten();
  if (!rep.verb) return asWritten();
  // the type's trigger whose past the mention carries
  const trigger = w.types[rep.type]?.find((t) => t.past === rep.verb);
  const stage = (template: string | undefined) => template?.replace("{verb}", rep.verb!);
  if (modality === "planned") verb = trigger?.planned;
  else if (modality === "denied") verb = stage(w.summary.denied);
  else if (modality === "announced") verb = trigger?.announced ?? stage(w.summary.announced);
  else {
    // the verb as the source wrote it when it is one of the past ("charged", "killed"), else the type's
    const written = rep.trigger.toLowerCase();
    // (or a passive the trigger holds: "were killed", "fueron asesinados")
    const passiveForm = w.passive.test(written.slice(0, written.lastIndexOf(" ") + 1));
    verb = passiveForm || w.pastEndings.some((e) => written.endsWith(e)) || w.irregularPast.has(written) ? written : rep.verb;
  }
  // a stage the language's data has no words for is said as its source says it
  if (!verb) return asWritten();
  const s = [who, verb, what].filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The day each mention's own sentence gives it, against its article's final reference date (the
 * dates extraction saw may have been resolved before the story dated the article): the date nearest
 * its trigger; for what is done or announced, never a day after the article was written ("warned
 * migrants to leave by March 11" is not dated March 11).
 */
function redate(events: readonly EventMention[], ctx: StoryContext): EventMention[] {
  const bySentence = new Map<string, TimeMention[]>();
  for (const t of ctx.times) {
    if (t.kind !== "date" || !t.value || !/^\d{4}(-\d{2}){0,2}$/.test(t.value)) continue;
    const k = `${t.articleId}\u0000${t.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(t);
    else bySentence.set(k, [t]);
  }
  return events.map((e) => {
    const ref = ctx.articles.get(e.articleId)?.referenceDate.date ?? null;
    const at = e.start + triggerOffset(e);
    const own = (bySentence.get(`${e.articleId}\u0000${e.sentence}`) ?? []).filter((t) => e.modality === "planned" || !ref || t.value!.slice(0, ref.length) <= ref);
    const date = own.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.value ?? null;
    return date === e.date ? e : { ...e, date };
  });
}

/** The language of a mention's article (English when unknown). */
function languageOf(ctx: StoryContext, m: EventMention): Lang {
  const l = ctx.articles.get(m.articleId)?.language;
  return isLang(l) ? l : "en";
}

export function buildDevelopments(ctx: StoryContext, events: readonly EventMention[]): Development[] {
  const es = redate(events.filter((e) => !inBackground(ctx, e)), ctx);
  const bags = es.map(bag);
  const link = (i: number, j: number): number | false => {
    const a = es[i]!;
    const b = es[j]!;
    // a criticism is a statement about someone: by the same person, one development
    if (a.type !== b.type) return SPEECH.has(a.type) && SPEECH.has(b.type) && !!a.actorId && a.actorId === b.actorId && a.articleId !== b.articleId ? 0.5 : false;
    const da = dayOf(a);
    const db = dayOf(b);
    if (da && db && Math.abs(daysBetween(da, db)) > MAX_DAYS_APART) return false;
    const s = similarity(bags[i]!, bags[j]!, ctx.idf);
    if (a.actorId && b.actorId && a.actorId === b.actorId && s.shared.length >= 1) return 1 + s.score;
    if (s.shared.length >= 2 && s.score >= SAME_DEVELOPMENT_MIN_SIMILARITY) return s.score;
    // one kind of development said in few words ("stepped up surveillance" / "surveillance had been
    // intensified"): one shared word that says what, in different articles
    if (a.articleId !== b.articleId && s.shared.length >= 1 && s.score >= WEAK_MIN_SIMILARITY) return s.score / 2;
    // an act of one kind that outlets word differently ("the deployment of armed forces" /
    // "military forces expected to deploy"): the weakest link, by different articles, when
    // nothing tells them apart (not two actors, not two days)
    if (a.articleId !== b.articleId && ACTS.has(a.type) && !EACH.has(a.type) && !(a.actorId && b.actorId && a.actorId !== b.actorId)) return 0.01;
    return false;
  };
  // an article states one development once per stage; two of its mentions far apart in time are two
  const canMerge = (x: number[], y: number[]) => x.every((i) => y.every((j) => {
    const da = dayOf(es[i]!);
    const db = dayOf(es[j]!);
    return !(da && db && Math.abs(daysBetween(da, db)) > MAX_DAYS_APART);
  }));
  // acts of one type are candidates whatever their words: a chain per type is enough
  const lastOf = new Map<string, number>();
  const chain: [number, number][] = [];
  es.forEach((e, i) => {
    // acts of one type; and what one person said, whatever the type of saying
    const key = ACTS.has(e.type) ? e.type : SPEECH.has(e.type) && e.actorId ? `said by ${e.actorId}` : null;
    if (!key) return;
    const prev = lastOf.get(key);
    if (prev !== undefined) chain.push([prev, i]);
    lastOf.set(key, i);
  });
  const groups = clusters(es.length, link, canMerge, [...candidatePairs(bags, (i) => es[i]!.type), ...chain]);
  const byId = new Map(ctx.entities.map((e) => [e.id, e]));
  const out: (Development & { weight: number })[] = [];
  for (const g of groups) {
    const ms = g.map((i) => es[i]!);
    const arts = new Set(ms.map((m) => m.articleId));
    // one source and no one doing it: a development only when it is an act and says what ("the
    // deployment of armed forces to assist police"), not a word ("expulsion") or talk ("warned that …")
    // ("detuvo a 45 personas": an act with a count says what)
    // (a passive's subject says what too: "classes were suspended across the island of Luzon")
    if (arts.size === 1 && ms.every((m) => !m.actorId && !m.actorText && (!ACTS.has(m.type) || (contentWords(m.text) - contentWords(m.trigger) < 3 && !/\d/.test(m.object))))) continue;
    const modality = ms.reduce((best, m) => (STAGE[m.modality] > STAGE[best] ? m.modality : best), ms[0]!.modality);
    const strongest = ms.filter((m) => m.modality === modality);
    // the day of the strongest stage, most sources first; else any source's day
    // (a source without a date of its own: the day its article was written, for what is done)
    const dated = (m: EventMention) => m.date ?? (m.modality === "done" ? (ctx.articles.get(m.articleId)?.referenceDate.date ?? null) : null);
    const stated = [...strongest.map((m) => m.date), ...ms.map((m) => m.date)].filter((d): d is string => !!d);
    const days = stated.length ? stated : strongest.map(dated).filter((d): d is string => !!d);
    const count = new Map<string, number>();
    for (const d of days) count.set(d, (count.get(d) ?? 0) + 1);
    // (a day within a month or a year also stated counts for it too: "this year" does not outvote
    // "on Tuesday"; of days stated as often, the most precise, then the earliest)
    for (const [d, n] of [...count]) for (const [e] of count) if (e !== d && e.length > d.length && e.startsWith(d)) count.set(e, count.get(e)! + n);
    const date = [...count].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    // the one that names its actor, else says who acted ("la Policía"), else says the most
    // (not one dated more coarsely than the development: "the 14th storm to hit … this year" does
    // not tell the landfall "on Tuesday")
    const coarse = (m: EventMention) => Number(!!date && !!m.date && m.date.length < date.length);
    const rep = [...strongest].sort((a, b) => coarse(a) - coarse(b) || Number(!!b.actorId) - Number(!!a.actorId) || Number(!!b.actorText) - Number(!!a.actorText) || b.object.length - a.object.length)[0]!;
    const actors = [...new Set(ms.map((m) => m.actorId).filter((x): x is string => !!x))];
    const placeId = ms.map((m) => m.placeId).find((x) => x) ?? null;
    const stages = [...new Set(ms.map((m) => m.modality))];
    const label = (m: EventMention) => `${articleLabel(ctx.articles.get(m.articleId))}${m.date ? ` (${isIsoDay(m.date) ? spokenDate(m.date) : m.date})` : ""}`;
    let status: Development["status"];
    let explanation: string;
    if (arts.size === 1) {
      status = "single-source";
      explanation = `Only ${articleLabel(ctx.articles.get(ms[0]!.articleId))} reports this (${STAGE_WORD[ms[0]!.modality]}).`;
    } else if (stages.includes("denied") && stages.some((x) => x !== "denied")) {
      status = "conflict";
      explanation = `Sources disagree whether it happened: ${ms.map((m) => `${STAGE_WORD[m.modality]} (“${m.text.slice(0, 80)}”, ${label(m)})`).join("; ")}.`;
    } else if (stages.length > 1) {
      status = "explained";
      const order = [...stages].sort((a, b) => STAGE[a] - STAGE[b]);
      // each article once per stage, with the day one of its mentions gives
      const inStage = (st: EventMention["modality"]) => {
        const byArticle = new Map<string, EventMention>();
        for (const m of ms) if (m.modality === st && (!byArticle.has(m.articleId) || (!byArticle.get(m.articleId)!.date && m.date))) byArticle.set(m.articleId, m);
        return [...byArticle.values()].map(label).join(", ");
      };
      explanation = `Different stages of one development: ${order.map((st) => `${STAGE_WORD[st]} in ${inStage(st)}`).join("; then ")}.`;
    } else {
      status = "agree";
      explanation = `${arts.size} articles report it (${STAGE_WORD[modality]}).`;
    }
    out.push({
      id: shortId("d-", ...ms.map((m) => `${m.articleId}:${m.start}`)),
      date,
      precision: precisionOf(date),
      type: ms[0]!.type,
      modality,
      summary: summaryOf(rep, rep.actorId ? (byId.get(rep.actorId) ?? null) : null, modality, languageOf(ctx, rep)),
      actors,
      place: placeId,
      placeName: placeId ? (byId.get(placeId)?.name ?? null) : null,
      status,
      explanation,
      sources: ms.map((m) => ({ articleId: m.articleId, start: m.start, end: m.end, text: m.text, sentence: m.sentence, modality: m.modality, date: m.date })),
      weight: arts.size,
    });
  }
  return out
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_DEVELOPMENTS)
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || b.weight - a.weight)
    .map(({ weight: _w, ...d }) => d);
}
