// Direct quotations and who said them. The steps, in order:
//   1. spans       find the text between quotation marks (quotes/spans.ts)
//   2. attribution for each span, the first rule that names a speaker (quotes/attribution.ts):
//                  after → before → according-to → colon → intro → tail → conduit
//   3. filters     drop scare quotes, titles of works and nicknames (quotes/filters.ts)
//   4. inheritance parts of one quotation, quotes of one sentence, and a speaker's next quotes
//                  share the speaker ("…," Bodiford said. "…")
// Every result records its rule: "<mark>/<attribution rule>[+<how the speaker was resolved>]".
import type { Lang, Sentence, Unattached } from "../model.js";
import type { QuoteMention } from "../report/schema.js";
import { accordingRule, afterRule, beforeRule, colonRule, conduitRule, introRule, tailRule, type Attribution, type Place } from "./quotes/attribution.js";
import { QUOTE_TOKEN, accordingAt, isPassive, makeCtx, phraseAt, sentenceIndexAt, tokens, verbAt, type Ctx, type PersonHint } from "./quotes/context.js";
import { rejection } from "./quotes/filters.js";
import { findQuoteSpans, type QuoteSpan } from "./quotes/spans.js";
import { splitTitle } from "./quotes/titles.js";

export type { PersonHint };

export interface QuoteFound extends Unattached<QuoteMention> {
  /** Span of the words naming the speaker (the antecedent of a pronoun; a description), or null. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The speaker as described when no named entity says who it is ("One Venezuelan migrant", "the decree"). */
  speakerDescription: string | null;
}

interface Candidate {
  q: QuoteSpan;
  place: Place;
  a: Attribution | null;
  sentence: string;
  paragraph: number;
}

/** Finds the direct quotations of `text` and their speakers. Never throws; returns [] when there is nothing. */
export function extractQuotes(text: string, sentences: Sentence[], lang: Lang, people: PersonHint[]): QuoteFound[] {
  if (typeof text !== "string" || !text) return [];
  const spans = findQuoteSpans(text, lang);
  if (!spans.length) return [];
  const ctx = makeCtx(text, validSentences(text, sentences), lang === "es" ? "es" : "en", spans, Array.isArray(people) ? people : []);
  const kept = attributeAll(ctx).filter((c) => keep(ctx, c));
  inherit(ctx, kept);
  const titled = new Map<string, { name: string; title: string } | null>();
  return kept.map((c) => {
    // "Investigator Dan Salcedo": the name is the speaker, the title its description
    const said = c.a?.speaker ?? null;
    if (said !== null && !titled.has(said)) titled.set(said, splitTitle(ctx, said));
    const t = said === null ? null : titled.get(said)!;
    return {
      start: c.q.start,
      end: c.q.end,
      text: text.slice(c.q.start, c.q.end),
      sentence: c.sentence,
      speaker: t ? t.name : said,
      speakerId: c.a?.speakerId ?? null,
      rule: `${c.q.kind}/${c.a?.rule ?? "none"}${t ? "+title" : ""}`,
      speakerStart: c.a?.speakerStart ?? null,
      speakerEnd: c.a?.speakerEnd ?? null,
      speakerDescription: c.a?.description ?? (t ? t.title : null),
    };
  });
}

/** The sentences as given when they are well formed (in order, inside the text); else none. */
function validSentences(text: string, sentences: unknown): Sentence[] {
  if (!Array.isArray(sentences)) return [];
  let prev = 0;
  for (const s of sentences as Sentence[]) {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < prev || s.end < s.start || s.end > text.length) return [];
    prev = s.end;
  }
  return sentences as Sentence[];
}

function placeOf(ctx: Ctx, q: QuoteSpan): Place {
  const first = sentenceIndexAt(ctx, q.open);
  let last = sentenceIndexAt(ctx, Math.max(q.open, q.close - 1));
  if (last < first) last = first;
  return { q, first, last };
}

function sentenceText(ctx: Ctx, p: Place): string {
  const a = ctx.sentences[p.first];
  const b = ctx.sentences[p.last];
  if (a && b && a.start <= p.q.start && b.end >= p.q.end) return ctx.text.slice(a.start, b.end);
  return ctx.text.slice(p.q.open, p.q.close); // no sentence holds it: the quotation itself
}

function attributeAll(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  let paragraph = 0;
  let scanned = 0;
  let lastBreak = -1;
  ctx.spans.forEach((q, k) => {
    // a paragraph break is a run of line breaks ("\n\n" is one break, not two)
    for (let nl = ctx.text.indexOf("\n", scanned); nl >= 0 && nl < q.open; nl = ctx.text.indexOf("\n", nl + 1)) {
      if (lastBreak < 0 || /\S/.test(ctx.text.slice(lastBreak + 1, nl))) paragraph++;
      lastBreak = nl;
    }
    scanned = q.open;
    const place = placeOf(ctx, q);
    const prev = out[out.length - 1];
    const sameSentence = prev && prev.place.last >= place.first && prev.a?.speaker ? prev.a : null;
    const nextOpen = ctx.spans[k + 1]?.open ?? ctx.text.length;
    out.push({ q, place, a: attribute(ctx, place, nextOpen, sameSentence), sentence: sentenceText(ctx, place), paragraph });
  });
  return out;
}

function attribute(ctx: Ctx, p: Place, nextOpen: number, sameSentence: Attribution | null): Attribution | null {
  let conduit = false;
  /** A reporting verb or cue that names nobody ("they said", "Reuters reported"): the answer if no rule names someone. */
  let unnamed: Attribution | null = null;
  const take = (a: Attribution | "conduit" | null): Attribution | null => {
    if (a === "conduit") conduit = true;
    else if (a?.speaker) return a;
    else if (a) {
      if (a.rule.endsWith("+media")) conduit = true; // an outlet reports it: look for the person quoted
      unnamed ??= a;
    }
    return null;
  };
  const after = take(afterRule(ctx, p, nextOpen, sameSentence));
  if (after) return after;
  // "…," they said: the verb after the quotation governs it, even when it names nobody
  const afterUnnamed = unnamed !== null && !(unnamed as Attribution).rule.endsWith("+media");
  return (
    (afterUnnamed ? null : take(beforeRule(ctx, p, sameSentence))) ??
    take(accordingRule(ctx, p)) ??
    take(colonRule(ctx, p)) ??
    take(introRule(ctx, p)) ??
    take(tailRule(ctx, p)) ??
    (conduit ? take(conduitRule(ctx, p)) : null) ??
    unnamed
  );
}

/** Is the span a quotation (not a scare quote, title or nickname)? */
function keep(ctx: Ctx, c: Candidate): boolean {
  const sent = ctx.sentences[c.place.first];
  const sentStart = sent ? sent.start : c.q.open;
  return rejection(ctx, c.q, c.a, sentStart, sentenceCued(ctx, c.place)) === null;
}

/** Does the quotation's sentence hold a reporting verb or an "according to" outside its quotations? */
function sentenceCued(ctx: Ctx, p: Place): boolean {
  const a = ctx.sentences[p.first];
  const b = ctx.sentences[p.last];
  if (!a || !b) return false;
  const toks = tokens(ctx, a.start, b.end);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.w === QUOTE_TOKEN) continue;
    if ((verbAt(ctx, toks, i) && !isPassive(ctx, toks, i)) || accordingAt(ctx, toks, i)) return true;
  }
  return false;
}

/** Speakers shared: the parts of one quotation, the quotations of one sentence, a speaker's next quotations. */
function inherit(ctx: Ctx, cs: Candidate[]): void {
  const inheritFrom = (c: Candidate, from: Attribution, rule: string) => {
    c.a = { ...from, rule: `${rule}`, cued: false, adjacent: false };
  };
  // 1. parts of one quotation over several paragraphs
  const byChain = new Map<number, Attribution>();
  for (const c of cs) if (c.a?.speaker && !byChain.has(c.q.chain)) byChain.set(c.q.chain, c.a);
  for (const c of cs) {
    const a = byChain.get(c.q.chain);
    if (!c.a?.speaker && a) inheritFrom(c, a, "continued");
  }
  // 2. quotations of one sentence
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]!;
    if (c.a?.speaker || c.a?.cued) continue;
    const mate = [cs[k - 1], cs[k + 1]].find((o) => o?.a?.speaker && o.place.first <= c.place.last && o.place.last >= c.place.first);
    if (mate?.a) inheritFrom(c, mate.a, "same-sentence");
  }
  // 3. a quotation that opens its sentence, right after one of a known speaker (same or next paragraph),
  //    with no other person named in between
  for (let k = 1; k < cs.length; k++) {
    const c = cs[k]!;
    const prev = cs[k - 1]!;
    if (c.a?.speaker || c.a?.cued || !prev.a?.speaker) continue;
    if (c.paragraph - prev.paragraph > 1 || (c.paragraph !== prev.paragraph && !c.q.opensParagraph)) continue;
    const sent = ctx.sentences[c.place.first];
    if (sent && !/^[\s"“‘'«—―]*$/.test(ctx.text.slice(sent.start, c.q.open))) continue;
    const prevSentence = ctx.sentences[prev.place.last];
    if (otherPersonBetween(ctx, Math.max(prev.q.close, prevSentence?.end ?? 0), c.q.open, prev.a)) continue;
    inheritFrom(c, prev.a, "continued");
  }
}

/** Is a person other than the speaker named (not as a possessive) in text[a, b)? */
function otherPersonBetween(ctx: Ctx, a: number, b: number, speaker: Attribution): boolean {
  for (const h of ctx.hints) {
    if (h.start >= b) break;
    if (h.start < a || h.type !== "person" || /^[’']/u.test(ctx.text.slice(h.end, h.end + 1))) continue;
    const same = h.entityId !== null && speaker.speakerId !== null ? h.entityId === speaker.speakerId : h.name === speaker.speaker;
    if (!same) return true;
  }
  return false;
}
