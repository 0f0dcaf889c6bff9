// Dates as claims: the day outlets give for the same event ("the December 14 runoff" in three
// outlets agree). When outlets date one event a few days apart, the difference is explained only
// when their own words tell an announcement from the formal act that followed it, or when the
// difference rests on relative dates counted from a day the article does not state; else it is a
// conflict.
import type { Claim, TimeMention } from "../../report/schema.js";
import { candidatePairs, clusters, mentionContext, plainContainment, similarity } from "../align.js";
import { hasCue, reconcileCues, sentencesWithOffsets, sentenceTokens, spanInSentence } from "../context.js";
import { claimCues } from "./cues.js";
import { bestDatePhrase } from "../subjects.js";
import { articleLabel, shortId, type StoryContext } from "../story-context.js";
import { daysBetween, isIsoDay, spokenDate } from "../../text/calendar.js";

export const SAME_DAY_MIN_SIMILARITY = 0.3;
export const OTHER_DAY_MIN_SIMILARITY = 0.45;
export const OTHER_DAY_MIN_SHARED = 5;
export const OTHER_DAY_MIN_CONTAINMENT = 0.35;
/** Dates further apart than this are different events, not one event dated differently. */
export const MAX_DAYS_APART = 3;

/** Words either side of a date that say what happened on it ("arraigned Wednesday", "the Monday
 * morning attack"): the event the date belongs to. */
const EVENT_WORDS = 8;

/** Stems of the lower-case words within EVENT_WORDS words of the date (all of the sentence when
 * the date opens it): what happened that day, not who (names are left out). */
function eventWords(t: TimeMention): Set<string> {
  const out = new Set<string>();
  const span = spanInSentence(t);
  if (!span) return out;
  const toks = sentenceTokens(t.sentence);
  // a date that opens the sentence, set off by a comma ("On November 29, the government …: it
  // declared …"), dates all of it
  const opens = toks.filter((x) => x.end <= span[0]).length <= 2 && /^\s*,/.test(t.sentence.slice(span[1]));
  const before = toks.filter((x) => x.end <= span[0]).slice(-EVENT_WORDS);
  const after = toks.filter((x) => x.start >= span[1]).slice(0, opens ? toks.length : EVENT_WORDS);
  for (const x of [...before, ...after]) if (x.stem && !/\p{Lu}/u.test(t.sentence[x.start]!)) out.add(x.stem);
  return out;
}

/** A date that is the day something was said ("officials said Saturday", "the agency on Friday
 * condemned …"), not the day of the event the sentence tells. */
function sayingDate(t: TimeMention): boolean {
  const span = spanInSentence(t);
  if (!span) return false;
  const verbs = claimCues().sayingVerbs;
  const before = t.sentence.slice(Math.max(0, span[0] - 30), span[0]).split(/[,;:“”"]/).pop()!;
  const words = before.trim().split(/\s+/).slice(-3).join(" ");
  const after = t.sentence.slice(span[1], span[1] + 30).split(/[,;:“”"]/)[0]!.trim().split(/\s+/).slice(0, 2).join(" ");
  return !!hasCue(words, verbs) || !!hasCue(after, verbs);
}

/** A date inside a quotation ("how many kids will you kill today"): dated from when it was said, if
 * it is a date at all. */
function quotedDate(t: TimeMention): boolean {
  const span = spanInSentence(t);
  if (!span) return false;
  const before = t.sentence.slice(0, span[0]);
  const open = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The mention's sentence and the one after it: where "detailed in an official decree" tends to sit. */
function window(t: TimeMention, ctx: StoryContext): string {
  const text = ctx.articles.get(t.articleId)?.text ?? "";
  const at = t.sentenceStart ?? text.indexOf(t.sentence);
  if (at < 0) return t.sentence;
  const rest = text.slice(at + t.sentence.length);
  const next = /^\s*[^\n]*?[.!?](?=\s|$)/.exec(rest)?.[0] ?? "";
  return t.sentence + next;
}

function statusOf(ms: TimeMention[], ctx: StoryContext): Pick<Claim, "status" | "explanation"> {
  const arts = new Set(ms.map((t) => t.articleId));
  const days = [...new Set(ms.map((t) => t.value!))].sort();
  const where = (t: TimeMention) => `“${t.text}” (${articleLabel(ctx.articles.get(t.articleId))}${t.basis === "relative" ? `, resolved to ${t.value}` : ""})`;
  if (arts.size === 1) return { status: "single-source", explanation: `Only ${articleLabel(ctx.articles.get(ms[0]!.articleId))} dates this.` };
  if (days.length === 1) return { status: "agree", explanation: `${arts.size} articles give the same date, ${spokenDate(days[0]!)}: ${ms.map(where).join(", ")}.` };
  const { announcement, formalAct } = reconcileCues();
  const first = ms.filter((t) => t.value === days[0]);
  const last = ms.filter((t) => t.value === days[days.length - 1]);
  // the words must say so: an announcing verb ("announced", "posted", "will") by the earlier date
  // (its sentence or the next, "The announcement, posted on X"), not a mere "said"
  const announced = first.map((t) => ({ t, cue: hasCue(window(t, ctx), announcement) })).find((x) => x.cue);
  const formal = last.map((t) => ({ t, cue: hasCue(window(t, ctx), formalAct) })).find((x) => x.cue);
  if (days.length === 2 && announced && formal) {
    return {
      status: "explained",
      explanation: `An announcement and the formal act that followed it: ${where(announced.t)} dates the announcement (“${announced.cue}”), ${where(formal.t)} the formal act (“${formal.cue}”), ${daysBetween(days[0]!, days[1]!)} day(s) later.`,
    };
  }
  // a relative date ("yesterday", "on Thursday") in an article that does not say when it was
  // written is counted from a guessed day: the difference may be that guess, not the outlets
  const guessed = (t: TimeMention) => t.basis === "relative" && ctx.articles.get(t.articleId)?.referenceDate.basis !== "metadata";
  const firm = new Set(ms.filter((t) => !guessed(t)).map((t) => t.value));
  if (firm.size <= 1 && ms.some(guessed)) {
    const loose = ms.filter(guessed);
    return {
      status: "explained",
      explanation: `Different reference days: ${loose.map(where).join(", ")} ${loose.length === 1 ? "is a relative date" : "are relative dates"} in ${loose.length === 1 ? "an article that does" : "articles that do"} not say when ${loose.length === 1 ? "it was" : "they were"} written, counted from a day sitrep inferred${firm.size === 1 ? `; the other articles give ${spokenDate([...firm][0]!)}` : ""}. Counted from the day each was actually written, they may name the same day.`,
    };
  }
  return { status: "conflict", explanation: `The articles date this differently and nothing in them reconciles it: ${ms.map(where).join(" vs ")}.` };
}

export function dateClaims(ctx: StoryContext): Claim[] {
  const ts = ctx.times.filter((t) => t.kind === "date" && t.value && /^\d{4}-\d{2}(-\d{2})?$/.test(t.value));
  const bags = ts.map(mentionContext);
  const updateCues = reconcileCues().update;
  const isUpdate = ts.map((t) => !!hasCue(t.sentence, updateCues));
  const offsets = sentencesWithOffsets(ctx.times);
  const twoMoments = ts.map((t) => offsets.has(`${t.articleId}\u0000${t.sentence}`));
  const said = ts.map(sayingDate);
  const quoted = ts.map(quotedDate);
  const events = ts.map(eventWords);
  const link = (i: number, j: number): number | false => {
    const a = ts[i]!;
    const b = ts[j]!;
    if (a.articleId === b.articleId) return false;
    const same = a.value === b.value;
    if (!same && !(isIsoDay(a.value) && isIsoDay(b.value) && Math.abs(daysBetween(a.value, b.value)) <= MAX_DAYS_APART)) return false;
    const s = similarity(bags[i]!, bags[j]!, ctx.idf);
    if (same) return s.shared.length >= 1 && s.score >= SAME_DAY_MIN_SIMILARITY ? 1 + s.score : false;
    // a count's update ("the toll rose to 73 on Thursday") dates that update, not the event, and
    // two updates on different days are two updates
    if (isUpdate[i] || isUpdate[j]) return false;
    // a sentence that dates two moments ("on Sunday, a day after Lima declared …") does not give
    // a different day for the same event
    if (twoMoments[i] || twoMoments[j]) return false;
    // the day something was said, or a day inside a quotation, is no other day for the event
    if (said[i] || said[j] || quoted[i] || quoted[j]) return false;
    // one event: the words beside the two dates share what happened ("arraigned Wednesday" and
    // "convicted … Thursday" are two events of one trial; "died Saturday" and "found dead Tuesday" two of one death)
    let shared = false;
    for (const w of events[i]!) if (events[j]!.has(w)) shared = true;
    if (!shared) return false;
    // one event dated differently: the sentences tell the same event (its core words are the
    // story's most frequent ones, so the plain overlap counts here, not only the weighted one)
    const ok = (s.shared.length >= 3 && s.score >= OTHER_DAY_MIN_SIMILARITY) || (s.shared.length >= OTHER_DAY_MIN_SHARED && plainContainment(bags[i]!, bags[j]!) >= OTHER_DAY_MIN_CONTAINMENT);
    return ok ? s.score : false;
  };
  // an article gives one date for one event: two of its dates in one claim are two events
  const canMerge = (x: number[], y: number[]) => x.every((i) => y.every((j) => ts[i]!.articleId !== ts[j]!.articleId || ts[i]!.value === ts[j]!.value));
  const out: Claim[] = [];
  for (const group of clusters(ts.length, link, canMerge, candidatePairs(bags))) {
    if (group.length < 2) continue; // a date only one article gives is on the timeline, not a claim
    out.push(dateClaim(group, ts, bags, ctx));
  }
  return out;
}

/** The claim of one group of dates (indexes into `ts`), one value per article and day; a function
 * of its own, so that dateClaims' code stays small to optimize. */
function dateClaim(group: readonly number[], ts: readonly TimeMention[], bags: readonly ReadonlySet<string>[], ctx: StoryContext): Claim {
  const ms = group.map((i) => ts[i]!);
  const perArticle = new Map<string, TimeMention>();
  for (const t of ms) if (!perArticle.has(`${t.articleId}|${t.value}`)) perArticle.set(`${t.articleId}|${t.value}`, t);
  const kept = [...perArticle.values()];
  const { status, explanation } = statusOf(kept, ctx);
  // the words any two of the group's sentences share: those in two bags or more
  const seen = new Map<string, number>();
  for (const i of group) for (const w of bags[i]!) seen.set(w, (seen.get(w) ?? 0) + 1);
  const words = new Set<string>();
  for (const [w, n] of seen) if (n >= 2) words.add(w);
  return {
    id: shortId("c-", "date", ...kept.map((t) => `${t.articleId}:${t.start}`)),
    kind: "date",
    subject: bestDatePhrase(kept, ctx.articles, words, (l) => claimCues().dateSubject[l] ?? claimCues().dateSubject["en"])?.text ?? "date of the same event",
    status,
    explanation,
    values: kept.map((t) => ({ articleId: t.articleId, text: t.text, value: t.value, sentence: t.sentence, start: t.start, end: t.end })),
  };
}
