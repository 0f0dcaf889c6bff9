// Figures as claims: the same count, measure or duration lined up across outlets, with a status
// and a reason. Mentions are aligned only when their units match and their sentences are about the
// same thing; a difference is "explained" only when the articles themselves reconcile it
// (a duration counted to the same end day from different days; a count that grew between
// reports); otherwise it is a conflict — and alignment is strict, since a false conflict is worse
// than a missed one.
import type { Claim, ClaimValue, QuantityMention } from "../../report/schema.js";
import { candidatePairs, clusters, localContext, mentionContext, similarity } from "../align.js";
import { attributionOf } from "../attribution.js";
import { contentStems, followedByCue, hasCue, reconcileCues, spanInSentence } from "../context.js";
import { fold } from "../../text/fold.js";
import { articleLabel, inBackground, shortId, type StoryContext } from "../story-context.js";
import { bestPhraseOf, placePhrase, wordsAround as wordsAroundSpan } from "../subjects.js";
import { addDaysIso, isIsoDay, spokenDate, unitDays } from "../../text/calendar.js";
import { hedgeWord, interval, overlaps } from "./intervals.js";
import { anchorsOf, areaOf, frameOf, peopleOf, qualifierOf } from "./figure-keys.js";
import { claimCues } from "./cues.js";

/** Context similarity two figures need to be one fact when their values agree, and when they differ. */
export const IDENTICAL_MIN_SIMILARITY = 0.15;
export const SAME_VALUE_MIN_SIMILARITY = 0.3;
export const DIFFERENT_VALUE_MIN_SIMILARITY = 0.45;
/** Two figures this many times apart (4 vs 19 seasons, 68 vs 369 punches) are far more often two
 * facts than one fact misreported, so lining them up needs sentences much closer. */
export const FAR_RATIO = 2.5;
export const FAR_VALUE_MIN_SIMILARITY = 0.65;

let peopleSet: Set<string> | undefined;
function unitClass(q: QuantityMention): string {
  // (the nouns of a kind of people count people too: "22 crew members", "22 tripulantes")
  peopleSet ??= new Set([...reconcileCues().people, ...Object.values(reconcileCues().peopleKinds).flat()].map(fold));
  const unit = (q.unit ?? "").toLowerCase().replace(/s$/, "");
  const head = fold(q.counted ?? "").split(/\s+/).pop() ?? "";
  // a capitalised plural head is a nationality or group of people: "Venezuelans", "Syrians"
  const demonym = /^\p{Lu}\p{Ll}+s$/u.test((q.counted ?? "").split(/\s+/).pop() ?? "");
  if (unit === "people" || unit === "person" || demonym || peopleSet.has(head) || peopleSet.has(fold(q.counted ?? ""))) return "people";
  // "nine days before the inauguration", "a day after the blaze": a distance from a date, not a period
  if (isDuration(q) && followedByCue(q, reconcileCues().offsetAfter)) return `offset:${unit}`;
  // "a 15-year girl", "a 12-year old": an age, not a period
  if (unit === "year" && /-\s*years?$/i.test(q.text) && followedByCue({ ...q, sentence: q.sentence.replace(/(?<=\d-?\s*years?)-/giu, " ") }, claimCues().ageNouns)) return "age";
  if (unit) return `unit:${unit}`;
  if (head) return `noun:${head.replace(/s$/, "")}`;
  // a bare number next to "killed", "toll", "missing" counts people ("the toll rose to 73")
  const span = spanInSentence(q);
  const near = span ? q.sentence.slice(Math.max(0, span[0] - 90), span[1] + 40) : "";
  return q.value != null && Number.isInteger(q.value) && hasCue(near, reconcileCues().peopleContext) ? "people" : "count";
}

const plural = (unit: string, n: number) => (n === 1 || unit.endsWith("s") ? unit : `${unit}s`);

let genericSet: Set<string> | undefined;
let kindOfHead: Map<string, string> | undefined;
let kindOfPhrase: Map<string, string> | undefined;
const singular = (w: string) => w.replace(/e?s$/, "");
const singularPhrase = (p: string) => p.replace(/\S+$/, singular);

/** The kind of people a count counts: a kind from data/<lang>/reconcile.json "peopleKinds"
 * ("foreign nationals" and "migrants" are one kind; "crew members" and "tripulantes"), by the
 * counted words ending in a listed phrase, else by their last word; else the noun itself, singular
 * and folded; null when the noun is a generic one ("people") or missing, which may stand for any
 * kind. (A phrase's last word alone is no kind: "members" of a crew or of a parliament.) */
function peopleKind(q: QuantityMention): string | null {
  genericSet ??= new Set(reconcileCues().genericPeople.map(fold));
  if (!kindOfHead || !kindOfPhrase) {
    kindOfHead = new Map();
    kindOfPhrase = new Map();
    for (const [kind, words] of Object.entries(reconcileCues().peopleKinds))
      for (const w of words) {
        const f = fold(w).trim();
        if (/\s/.test(f)) kindOfPhrase.set(singularPhrase(f), kind);
        else kindOfHead.set(singular(f), kind);
      }
  }
  const counted = fold(q.counted ?? "").trim();
  const words = counted.split(/\s+/);
  for (let k = Math.max(0, words.length - 3); k < words.length - 1; k++) {
    const kind = kindOfPhrase.get(singularPhrase(words.slice(k).join(" ")));
    if (kind) return kind;
  }
  const h = words[words.length - 1] ?? "";
  if (!h || genericSet.has(h)) return null;
  return kindOfHead.get(singular(h)) ?? `noun:${singular(h)}`;
}

/** The event noun nearest to a figure of an event's property ("a magnitude 6.9 earthquake",
 * "120 aftershocks, the largest of magnitude 5.1"): null when the figure is in no such unit, else
 * the noun (or "" when the sentence names none) and whether it is another event than the story's. */
function propertyOf(q: QuantityMention): { noun: string; other: boolean } | null {
  const p = claimCues().eventProperties;
  if (!q.unit || !p.units.has(q.unit)) return null;
  const span = spanInSentence(q);
  if (!span) return { noun: "", other: false };
  // the noun the figure is said of: one in its own phrase ("a magnitude 6.9 earthquake", "sismo
  // de magnitud 6,7") first, else the nearest before it across a comma ("120 aftershocks, the
  // largest of magnitude 5.1"), else the nearest after
  let best: { noun: string; other: boolean } | null = null;
  let bestDistance = Infinity;
  const low = q.sentence.toLowerCase();
  p.nounRe.lastIndex = 0;
  for (let m = p.nounRe.exec(low); m; m = p.nounRe.exec(low)) {
    const noun = m[0].replace(/\s+/g, " ");
    const after = m.index >= span[1];
    const between = after ? low.slice(span[1], m.index) : low.slice(m.index + m[0].length, span[0]);
    const apart = /[,;:()]/.test(between) ? (after ? 2e6 : 1e6) : 0;
    const distance = apart + between.length;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { noun, other: p.nouns.get(noun) === "other" };
    }
  }
  return best ?? { noun: "", other: false };
}

/** A number standing for the figure (the middle of a range), for how far apart two figures are. */
function pointOf(q: QuantityMention): number | null {
  if (q.value != null) return q.value;
  if (q.min != null && q.max != null) return (q.min + q.max) / 2;
  return q.min ?? q.max ?? null;
}

function ratioApart(a: QuantityMention, b: QuantityMention): number {
  const x = pointOf(a);
  const y = pointOf(b);
  if (x === null || y === null || !(x > 0) || !(y > 0)) return 1;
  return Math.max(x, y) / Math.min(x, y);
}

const isDuration = (q: QuantityMention) => ["day", "week", "month", "year"].includes((q.unit ?? "").toLowerCase().replace(/s$/, ""));

function toValue(q: QuantityMention): ClaimValue {
  return { articleId: q.articleId, text: q.text, value: q.value ?? q.min, sentence: q.sentence, start: q.start, end: q.end, hedge: q.hedge, unit: q.unit };
}

/** What the figure counts, as a phrase: "people killed", "undocumented migrants residing in
 * Chile", "days to leave Chile voluntarily" — the source's own words where its sentences agree. */
function subjectOf(ms: QuantityMention[], shared: ReadonlySet<string>, ctx: StoryContext): string {
  const measure = majority(ms.map((q) => q.measure ?? null));
  const counted = ms.map((q) => q.counted).find((c) => c) ?? null;
  const aside = inBackground(ctx, ms[0]!) ? " (background)" : "";
  const unit = ms[0]!.unit;
  const lang = ctx.articles.get(ms[0]!.articleId)?.language ?? "en";
  const names = claimCues().unitNames;
  const unitName = unit ? (names[lang]?.[unit] ?? names["en"]?.[unit] ?? (isDuration(ms[0]!) ? plural(unit, 2) : unit)) : null;
  // a property of the story's event: "magnitude of the earthquake"
  const property = ms.map(propertyOf);
  if (unit && property.every((p) => p && !p.other)) {
    const at = property.findIndex((p) => p!.noun);
    const language = at >= 0 ? (ctx.articles.get(ms[at]!.articleId)?.language ?? "en") : lang;
    const of = claimCues().eventProperties.of[language];
    const name = names[language]?.[unit] ?? names["en"]?.[unit] ?? unit;
    if (at >= 0 && of) return `${name} ${of} ${property[at]!.noun}` + aside;
  }
  // a bare number: the source's own words around it ("“Danny Green had 14”")
  if (!measure && !counted && !unitName) return `“${wordsAround(ms[0]!)}”` + aside;
  const what = measure ? `people ${measure}` : (counted ?? unitName!);
  if (measure) {
    const where = placePhrase(ms, ctx.articles);
    return (where ? `${what} ${where}` : what) + aside;
  }
  const own = new Set([...contentStems(what)]);
  // a figure only one article gives: the words of its own clause
  const words0 = shared.size ? shared : contentStems(ms[0]!.sentence);
  const found = bestPhraseOf(ms, ctx.articles, new Set([...words0].filter((w) => !own.has(w))));
  // words before the figure ("and are holding its 22 crew members") do not say what it counts
  // when put after its noun: the source's words around it are quoted instead
  if (found && !found.after) return `“${wordsAround(ms[0]!)}”` + aside;
  const phrase = found?.text ?? null;
  const words = phrase?.split(" ") ?? [];
  // the counted noun said again in the phrase is said once
  const tail = words.filter((w, i) => i > 0 || !own.has([...contentStems(w)][0] ?? "")).join(" ");
  // a bare noun ("sentences", "percent") does not say what the figure is of: the source's words do
  if (!tail && !/\s/.test(what.trim())) return `“${wordsAround(ms[0]!)}”` + aside;
  return (tail ? `${what} ${tail}` : what) + aside;
}

/** Words of a mention's clause around it: up to 4 before and 5 after, the mention's own text kept. */
function wordsAround(q: QuantityMention): string {
  const span = spanInSentence(q);
  return span ? wordsAroundSpan(q.sentence, span[0], span[1]) : q.text;
}

function majority<T>(xs: readonly (T | null)[]): T | null {
  const n = new Map<T, number>();
  for (const x of xs) if (x !== null) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Start days of durations that end on a stated day, if they all meet days the story states. */
function durationExplanation(ms: QuantityMention[], ctx: StoryContext): string | null {
  const stepDays = unitDays(ms[0]!.unit);
  if (!stepDays) return null;
  // an end day stated with one of the durations ("103 days—until March 11, 2026")
  const withEnd = ms.map((q) => ctx.times.find((t) => t.articleId === q.articleId && t.kind === "duration" && isIsoDay(t.until) && t.start < q.end && q.start < t.end)?.until ?? null);
  const end = withEnd.find((e): e is string => !!e);
  if (!end) return null;
  const stated = new Map<string, string>(); // day → where it is stated
  for (const t of ctx.times) if (t.kind === "date" && isIsoDay(t.value) && !stated.has(t.value)) stated.set(t.value, `“${t.text}”, ${articleLabel(ctx.articles.get(t.articleId))}`);
  const parts: string[] = [];
  const seen = new Set<number>();
  for (const [i, q] of ms.entries()) {
    if (q.value == null || seen.has(q.value)) continue;
    seen.add(q.value);
    const start = addDaysIso(end, -q.value * stepDays);
    if (!start) return null;
    const ref = ctx.articles.get(q.articleId)?.referenceDate;
    const basis = withEnd[i] ? `its own end date` : stated.get(start) ? `the day given as ${stated.get(start)}` : ref?.date === start ? `the article's reference date` : null;
    if (!basis && !withEnd[i]) return null;
    const corroborated = stated.get(start) ?? (ref?.date === start ? "the article's reference date" : null);
    parts.push(`${q.value} ${plural(q.unit ?? "day", q.value)} counted from ${spokenDate(start)} (${articleLabel(ctx.articles.get(q.articleId))}${corroborated ? `; that day is ${corroborated}` : ""})`);
    if (!corroborated && !withEnd[i]) return null;
  }
  if (parts.length < 2) return null;
  return `Both counts end on ${end} (${spokenDate(end)}): ${parts.join("; ")}. Counted from different days, they name the same deadline.`;
}

/** A count that grew between reports dated differently. */
/** The latest calendar day the figure's own sentence states ("rose to 17 on Wednesday"); with
 * `firm`, only when that day does not rest on a guessed reference day. */
function sentenceDay(q: QuantityMention, ctx: StoryContext, firm = false): string | null {
  // firm: a day stated outright, or counted from a day the article says it was written
  if (firm && ctx.articles.get(q.articleId)?.referenceDate.basis !== "metadata" && !ctx.times.some((t) => t.articleId === q.articleId && t.sentence === q.sentence && t.basis === "absolute")) return null;
  let best: string | null = null;
  for (const t of ctx.times) {
    if (t.articleId !== q.articleId || t.sentence !== q.sentence || t.kind !== "date" || !isIsoDay(t.value)) continue;
    if (!best || t.value! > best) best = t.value!;
  }
  return best;
}

/** Figures that differ exactly as their stated sources differ ("6.1, according to the USGS" /
 * "6.3, according to Peru's Geophysical Institute"): each outlet reports its source's figure. */
function sourcesExplanation(ms: QuantityMention[], ctx: StoryContext): string | null {
  const src = ms.map((q) => attributionOf(q.sentence));
  if (src.some((s) => s === null)) return null;
  const formsBySource = new Map<string, Set<string>>();
  ms.forEach((q, i) => {
    const k = fold(src[i]!);
    let f = formsBySource.get(k);
    if (!f) formsBySource.set(k, (f = new Set()));
    f.add(form(q));
  });
  // each source gives one figure, and the figures differ as the sources do
  if (formsBySource.size < 2 || [...formsBySource.values()].some((f) => f.size > 1)) return null;
  const parts = ms.map((q, i) => `“${q.text}” from ${src[i]} (${articleLabel(ctx.articles.get(q.articleId))})`);
  return `${SOURCES_EXPLANATION} ${parts.join(", ")}.`;
}

const SOURCES_EXPLANATION = "The figures come from different sources, each outlet reporting its own:";

/** Is the claim explained by its figures' own sources (key figures read it: a toll that rose says more)? */
export const explainedBySources = (c: Claim) => c.status === "explained" && c.explanation.startsWith(SOURCES_EXPLANATION);

function updateExplanation(ms: QuantityMention[], ctx: StoryContext, cumulative: boolean): string | null {
  // when every article says when it was written, its figures are as of that day; else a figure is
  // as of the latest day its sentence states, and the later one must say it is an update
  const firm = ms.every((q) => ctx.articles.get(q.articleId)?.referenceDate.basis === "metadata");
  const dated = ms.map((q) => ({ q, day: (firm ? null : sentenceDay(q, ctx)) ?? ctx.articles.get(q.articleId)?.referenceDate.date ?? null }));
  if (dated.some((d) => !d.day || d.q.value == null)) return null;
  const byDay = [...dated].sort((a, b) => a.day!.localeCompare(b.day!));
  for (let i = 1; i < byDay.length; i++) {
    const prev = byDay[i - 1]!;
    const cur = byDay[i]!;
    if (cur.day === prev.day && cur.q.value !== prev.q.value) return null;
    if (cur.q.value! < prev.q.value!) return null;
  }
  const cues = reconcileCues().update;
  if (!byDay.slice(1).some((d) => hasCue(d.q.sentence, cues)) && (!firm || byDay[0]!.day === byDay[byDay.length - 1]!.day)) return null;
  const grew = cumulative ? "the count grew between reports" : "the later report revises the figure";
  return `A later update: ${byDay.map((d) => `“${d.q.text}” on ${d.day} (${articleLabel(ctx.articles.get(d.q.articleId))})`).join(", then ")}; ${grew}.`;
}

function statusOf(ms: QuantityMention[], ctx: StoryContext): Pick<Claim, "status" | "explanation"> {
  const arts = new Set(ms.map((q) => q.articleId));
  if (arts.size === 1) return { status: "single-source", explanation: `Only ${articleLabel(ctx.articles.get(ms[0]!.articleId))} gives this figure.` };
  const forms = new Set(ms.map((q) => `${q.hedge}|${q.value}|${q.min}|${q.max}`));
  if (forms.size === 1) return { status: "agree", explanation: `${arts.size} articles give the same figure: ${ms[0]!.text}.` };
  const ivs = ms.map(interval);
  const allOverlap = ivs.every((a, i) => ivs.every((b, j) => i >= j || overlaps(a, b)));
  if (allOverlap) {
    const values = new Set(ms.map((q) => q.value));
    const hedges = [...new Set(ms.map((q) => q.hedge))];
    const why = values.size === 1 ? `the same number stated with different hedges (${hedges.map(hedgeWord).join(", ")})` : `the ranges these hedges allow overlap`;
    const status = values.size === 1 && hedges.every((h) => h === "exact" || h === "about") ? "agree" : "compatible";
    return { status, explanation: `${[...new Set(ms.map((q) => `“${q.text}”`))].join(" and ")} can all be true at once: ${why}.` };
  }
  if (ms.every(isDuration)) {
    const d = durationExplanation(ms, ctx);
    if (d) return { status: "explained", explanation: d };
  }
  const u = updateExplanation(ms, ctx, unitClass(ms[0]!) === "people" || unitClass(ms[0]!) === "count");
  if (u) return { status: "explained", explanation: u };
  const src = sourcesExplanation(ms, ctx);
  if (src) return { status: "explained", explanation: src };
  return { status: "conflict", explanation: `The articles give different figures for the same thing and nothing in them reconciles it: ${ms.map((q) => `“${q.text}” (${articleLabel(ctx.articles.get(q.articleId))})`).join(" vs ")}.` };
}

const form = (q: QuantityMention) => `${q.hedge}|${q.value}|${q.min}|${q.max}`;

export function quantityClaims(ctx: StoryContext): Claim[] {
  const qs = ctx.quantities.filter((q) => q.unit !== "age" && (q.value != null || q.min != null || q.hedge === "vague"));
  const cls = qs.map(unitClass);
  // what a count counts is said next to it; what a duration is for may sit across a parenthesis
  // ("103 days—until March 11, 2026, when …—to leave"), so durations also compare whole sentences
  const bags = qs.map((q) => localContext(q));
  const sentenceBags = qs.map((q) => (isDuration(q) ? mentionContext(q) : null));
  const n = qs.length;
  const sims = new Map<number, string[]>(); // i·n + j → the stems the pair shares
  // counts of different kinds of people ("two children", "40 firefighters") are different facts;
  // a generic count ("100 people") may be any of them
  const heads = qs.map((q, i) => (cls[i] === "people" ? peopleKind(q) : null));
  // two figures that cannot both be true, said of different people ("Jones-Drew got 91 yards" /
  // "Luck threw for 205 yards"), are two facts: when both sentences name people, they must share one
  const measure = qs.map((q) => q.measure ?? null);
  const peopleAbout = peopleOf(ctx);
  // (a count of people is not said of "he" or "she": only the people its sentence names count there)
  const named = qs.map((q, i) => peopleAbout(q, cls[i] !== "people"));
  const otherPeople = (i: number, j: number) => {
    const a = named[i];
    const b = named[j];
    if (!a || !b) return false;
    for (const x of a) if (b.has(x)) return false;
    return true;
  };
  const overlap = (i: number, j: number) => qs[i]!.hedge === "vague" || overlaps(interval(qs[i]!), interval(qs[j]!));
  // what a count counts: deaths are never lined up with injuries; a figure of another time than
  // the story's (background) is never lined up with the story's own, and two of them only when equal
  // a figure of a rule, a threshold or a question, or a conversion in brackets, is no report of
  // the story's fact either: it is lined up only with the same figure
  const bg = qs.map((q) => (inBackground(ctx, q) ? "background" : frameOf(q)));
  const qualifier = qs.map(qualifierOf);
  const area = qs.map(areaOf);
  const anchorOf = anchorsOf(ctx);
  const anchor = qs.map((q, i) => (cls[i] === "people" || measure[i] !== null ? null : anchorOf(q)));
  const otherFact = (i: number, j: number) =>
    (measure[i] !== null && measure[j] !== null && measure[i] !== measure[j]) ||
    ((measure[i] !== null || measure[j] !== null) && (qs[i]!.value === 0) !== (qs[j]!.value === 0)) ||
    bg[i] !== bg[j] ||
    (bg[i] !== null && form(qs[i]!) !== form(qs[j]!));
  // a part ("seriously injured", "in one district") is not the whole, a share of Egypt's traffic
  // not a share of India's, a distance from Santa Rosa not one from Cloverdale
  // a figure of something that is no count of people (a magnitude, a score, a price) whose sentence
  // names another day than the other's is of another event ("the 4.2 quake on Sunday" / "a 4.6
  // quake on Thursday"); a count of people that changes from day to day is an update, seen below
  const dayOf = qs.map((q, i) => (cls[i] === "people" || measure[i] !== null ? null : sentenceDay(q, ctx, true)));
  const otherDay = (i: number, j: number) => dayOf[i] !== null && dayOf[j] !== null && dayOf[i] !== dayOf[j];
  const otherPart = (i: number, j: number) =>
    otherDay(i, j) ||
    qualifier[i] !== qualifier[j] || area[i] !== area[j] || (anchor[i] !== null && anchor[j] !== null && anchor[i] !== anchor[j]);
  const clash = (i: number, j: number) =>
    otherFact(i, j) ||
    (form(qs[i]!) !== form(qs[j]!) && ((heads[i] !== null && heads[j] !== null && heads[i] !== heads[j]) || (otherPeople(i, j) && !overlap(i, j)) || otherPart(i, j)));
  // two counts of the same measure in the story's own time are one toll, whatever words surround them
  const sameToll = (i: number, j: number) => measure[i] !== null && measure[i] === measure[j] && bg[i] === null && bg[j] === null;
  // so are two equal figures of a property of the story's event (its magnitude), unless the nearest
  // event noun makes one of them another event's ("the largest aftershock, of magnitude 5.1")
  const property = qs.map((q, i) => {
    const p = bg[i] === null ? propertyOf(q) : null;
    return p && !p.other ? q.unit! : null;
  });
  const sameProperty = (i: number, j: number) => property[i] !== null && property[i] === property[j];
  // and two equal counts of one kind of people named as such ("22 crew members" / "22
  // tripulantes"), neither of them measured, in the story's own time (a pair of a noun no kind
  // lists, "two men", "two reporters", may be two pairs of a story)
  const sameKind = (i: number, j: number) =>
    heads[i] !== null && heads[i] === heads[j] && measure[i] === null && measure[j] === null && bg[i] === null && bg[j] === null &&
    (!heads[i]!.startsWith("noun:") || (pointOf(qs[i]!) ?? 0) >= 3);
  // a link's strength: identical figures first, then by context similarity
  const link = (i: number, j: number): number | false => {
    const a = qs[i]!;
    const b = qs[j]!;
    if (cls[i] !== cls[j]) return false;
    const identical = form(a) === form(b);
    if (a.articleId === b.articleId) {
      // an article repeating its own figure ("the 60-day state of emergency" three times) states one fact
      if (!identical) return false;
      const s = similarity(bags[i]!, bags[j]!, ctx.idf);
      return s.shared.length >= 1 && s.score >= IDENTICAL_MIN_SIMILARITY ? 2 + s.score : false;
    }
    // a bare number with neither unit nor counted noun ("7.5", "48") is only the same fact as itself
    if (cls[i] === "count" && !identical) return false;
    // a vague amount ("thousands", "dozens") is never lined up against a number
    if ((a.hedge === "vague") !== (b.hedge === "vague")) return false;
    if (clash(i, j)) return false;
    const same = a.hedge === "vague" || overlaps(interval(a), interval(b));
    const far = !same && ratioApart(a, b) > FAR_RATIO;
    const local = similarity(bags[i]!, bags[j]!, ctx.idf);
    const whole = sentenceBags[i] && sentenceBags[j] ? similarity(sentenceBags[i]!, sentenceBags[j]!, ctx.idf) : null;
    const s = whole && whole.score > local.score ? whole : local;
    // two counts of one measure are one toll when their sentences share something ("killed in
    // the quake"): a story's other incidents ("four Israeli soldiers" / "Five Israeli soldiers")
    // share less; "no one was hurt" is said of a part, not against the toll
    // (a toll that moves between reports of different days; two figures of one day are held to
    // the usual standard below)
    const dayA = ctx.articles.get(a.articleId)?.referenceDate.date;
    const dayB = ctx.articles.get(b.articleId)?.referenceDate.date;
    if (sameToll(i, j) && (identical || (dayA && dayB && dayA !== dayB))) {
      if (!s.shared.length || s.score < IDENTICAL_MIN_SIMILARITY) return false;
      sims.set(i * n + j, s.shared);
      return (identical ? 2 : same ? 1 : 0.5) + s.score;
    }
    // (two magnitudes that differ are as often two quakes of one story — a foreshock, the
    // neighbouring one — as one misreported: those are held to the usual standard)
    if ((sameProperty(i, j) && same) || (sameKind(i, j) && identical)) {
      sims.set(i * n + j, s.shared);
      return (identical ? 2 : same ? 1 : 0.5) + s.score;
    }
    const ok = identical
      ? s.shared.length >= 1 && s.score >= IDENTICAL_MIN_SIMILARITY
      : s.shared.length >= 2 && s.score >= (same ? SAME_VALUE_MIN_SIMILARITY : far ? FAR_VALUE_MIN_SIMILARITY : DIFFERENT_VALUE_MIN_SIMILARITY);
    if (!ok) return false;
    sims.set(i * n + j, s.shared);
    return (identical ? 2 : same ? 1 : 0) + s.score;
  };
  const out: Claim[] = [];
  // a claim's id: from where its values start, and where they end when two claims start alike
  // ("two men" and "two men and a woman")
  const used = new Set<string>();
  const claimId = (kept: readonly QuantityMention[]) => {
    let id = shortId("c-", "quantity", ...kept.map((q) => `${q.articleId}:${q.start}`));
    if (used.has(id)) id = shortId("c-", "quantity", ...kept.map((q) => `${q.articleId}:${q.start}-${q.end}`));
    used.add(id);
    return id;
  };
  // an article never states two different figures for one fact: such a chain is two facts (a toll
  // it gives as "at least five" and "five" is one)
  // nor do two kinds of people meet through a generic count, nor two figures far apart through
  // a chain of links (40 injured ~ … ~ 170,000 people) unless they were linked themselves
  const linked = (i: number, j: number) => sims.has(Math.min(i, j) * n + Math.max(i, j));
  const canMerge = (a: number[], b: number[]) =>
    a.every((i) =>
      b.every(
        (j) =>
          (qs[i]!.articleId !== qs[j]!.articleId || form(qs[i]!) === form(qs[j]!) || (measure[i] !== null && overlap(i, j))) &&
          !clash(i, j) &&
          !(ratioApart(qs[i]!, qs[j]!) > FAR_RATIO && !linked(i, j) && !sameToll(i, j)),
      ),
    );
  const blockBags = qs.map((_, i) => (sentenceBags[i] ? new Set([...bags[i]!, ...sentenceBags[i]!]) : bags[i]!));
  // counts of one measure, and equal figures of one property of the event, are candidates whatever
  // their words (a chain per measure, or per property and value, is enough)
  const lastOf = new Map<string, number>();
  const tollPairs: [number, number][] = [];
  qs.forEach((_, i) => {
    const key =
      measure[i] !== null && bg[i] === null ? `measure:${measure[i]}`
      : property[i] !== null ? `property:${property[i]}:${pointOf(qs[i]!)}`
      : heads[i] !== null && bg[i] === null ? `kind:${heads[i]}:${form(qs[i]!)}`
      : null;
    if (key === null) return;
    const prev = lastOf.get(key);
    if (prev !== undefined) tollPairs.push([prev, i]);
    lastOf.set(key, i);
  });
  const groups = clusters(n, link, canMerge, [...candidatePairs(blockBags, (i) => cls[i]!), ...tollPairs]);
  // the stems shared by the linked pairs inside each group
  const groupOf = new Int32Array(n);
  groups.forEach((g, k) => g.forEach((i) => (groupOf[i] = k)));
  const sharedBy = groups.map(() => new Set<string>());
  for (const [key, words] of sims) {
    const i = Math.floor(key / n);
    const k = groupOf[i]!;
    if (groupOf[key - i * n] === k) for (const w of words) sharedBy[k]!.add(w);
  }
  groups.forEach((group, k) => {
    const ms = group.map((i) => qs[i]!);
    // one value per article: an article repeating its own figure counts once
    const perArticle = new Map<string, QuantityMention>();
    for (const q of ms) if (!perArticle.has(q.articleId)) perArticle.set(q.articleId, q);
    const kept = [...perArticle.values()];
    const { status, explanation } = statusOf(kept, ctx);
    out.push({
      id: claimId(kept),
      kind: "quantity",
      subject: subjectOf(kept, sharedBy[k]!, ctx),
      status,
      explanation,
      values: kept.map(toValue),
    });
  });
  return out;
}
