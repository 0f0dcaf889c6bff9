// The attribution rules, tried in this order for each quotation:
//   after        "…," Cordero said / "…," said Kast / "…" the decree states / «…», dijo el ministro
//   before       Jerí stated on X that the measure aims to "…" / In a video, he stated: "…"
//   according-to "…," according to police General Valverde (a news outlet is a conduit, not a speaker)
//   colon        Kast said on Friday:¶"…" (the sentence before ends with a colon)
//   intro        she released a jokey response: "…" / X agreed with Y; "…" (no reporting verb; the clause's subject, a person)
//   tail         "…" and that top science will lead, said Interior Secretary Ken Salazar.
//   conduit      "…," as reported by AP: the person the sentence (or the one before) is about
// Each returns an Attribution or null (the rule does not apply).
import { QUOTE_TOKEN, accordingAt, isAdverb, isParticiple, isPassive, isWord, phraseAt, tokens, verbAt, type Ctx, type PersonHint } from "./context.js";
import type { QuoteSpan } from "./spans.js";
import { antecedent } from "./antecedents.js";
import { clauseSubject, isMediaName, mainSubject, resolvePronoun, subjectAfter, subjectBefore, type Subject } from "./subject.js";

export interface Attribution {
  speaker: string | null;
  speakerId: string | null;
  /** Span of the words naming the speaker (a pronoun's antecedent, a description). */
  speakerStart: number | null;
  speakerEnd: number | null;
  description: string | null;
  rule: string;
  /** A reporting verb or cue stands with the quotation itself (not inherited from another one). */
  cued: boolean;
  /** That verb or cue follows the quotation directly. */
  adjacent: boolean;
}

/** Where a quotation stands: its sentences (indices into ctx.sentences, -1 when none). */
export interface Place {
  q: QuoteSpan;
  first: number;
  last: number;
}

/** How many tokens after a closing mark the reporting verb may stand ("…," the minister, who asked not to be named, said). */
const AFTER_REACH = 14;

const named = (h: PersonHint, rule: string): Attribution => ({
  speaker: h.name,
  speakerId: h.entityId,
  speakerStart: h.start,
  speakerEnd: h.end,
  description: null,
  rule,
  cued: true,
  adjacent: false,
});

const unknown = (rule: string): Attribution => ({
  speaker: null,
  speakerId: null,
  speakerStart: null,
  speakerEnd: null,
  description: null,
  rule,
  cued: true,
  adjacent: false,
});

/** Turns a subject into an attribution; null when it names nobody and nothing can be inferred. */
function fromSubject(ctx: Ctx, s: Subject, sentenceIndex: number, pos: number, sameSentence: Attribution | null, rule: string, depth = 0): Attribution | null {
  switch (s.k) {
    case "hint":
      return named(s.h, rule);
    case "media":
      return unknown(`${rule}+media`);
    case "desc": {
      if (s.media) return unknown(`${rule}+media`);
      // "the company said": the one organisation (or titled person) it stands for
      const h = s.doc ? null : antecedent(ctx, s.text, s.start, (o) => isMediaName(ctx, o.name));
      if (h) return { ...named(h, `${rule}+antecedent`), description: s.text };
      return {
        ...unknown(`${rule}+${s.doc ? "document" : "description"}`),
        speaker: s.text,
        speakerStart: s.start,
        speakerEnd: s.end,
        description: s.text,
      };
    }
    case "pron": {
      if (s.kind === "plural") return unknown(`${rule}+plural`);
      const r = resolvePronoun(ctx, s.kind, s.gender, s.pos, sentenceIndex);
      return r ? fromSubject(ctx, r, sentenceIndex, pos, null, `${rule}+pronoun`, depth + 1) : unknown(`${rule}+pronoun`);
    }
    case "none": {
      if (!ctx.cues.prodrop) return null;
      const r = resolvePronoun(ctx, "person", null, pos, sentenceIndex);
      return r ? fromSubject(ctx, r, sentenceIndex, pos, null, `${rule}+pro-drop`, depth + 1) : unknown(`${rule}+pro-drop`);
    }
    case "coord":
    case "main": {
      if (s.k === "main" && sameSentence?.speaker) return { ...sameSentence, rule: `${rule}+clause`, adjacent: false };
      const sent = ctx.sentences[sentenceIndex];
      if (!sent || depth > 1) return null;
      const m = s.k === "main" ? clauseSubject(ctx, sent.start, pos) : mainSubject(ctx, sent.start, pos);
      if (m.k === "none" && ctx.cues.prodrop) return fromSubject(ctx, m, sentenceIndex, pos, null, rule, depth + 1); // "…, ha dicho que": nobody named, a dropped subject
      if (m.k === "coord" || m.k === "main" || m.k === "none") return null;
      return fromSubject(ctx, m, sentenceIndex, pos, null, `${rule}+clause`, depth + 1);
    }
  }
}

/** Does the quotation end a clause, so that an attribution may follow it? */
function endsClause(ctx: Ctx, q: QuoteSpan): boolean {
  const { text } = ctx;
  if (/[,.!?…;:]/.test(text.slice(q.end, q.close))) return true; // "…," or "…."
  if (/[.!?…]$/.test(text.slice(q.end - 1, q.end))) return true;
  const next = text.slice(q.close).match(/^\s*(\S)/u)?.[1];
  return next === undefined || ",—–".includes(next);
}

/** "…," Cordero said / "…," said Kast / "…," according to X / "…," as reported by AP (conduit). */
export function afterRule(ctx: Ctx, p: Place, nextOpen: number, sameSentence: Attribution | null): Attribution | "conduit" | null {
  const { q } = p;
  let sentIdx = p.last;
  let sent = ctx.sentences[sentIdx];
  if (!sent || (q.kind !== "dash" && !endsClause(ctx, q))) return null;
  // “So which is it?” Deputy Public Defender Peter Lynch asked: the splitter ended the sentence at the mark
  const next = ctx.sentences[sentIdx + 1];
  if (q.close >= sent.end && next && /[?!]$/.test(ctx.text.slice(q.end - 1, q.end)) && /^[ \t]*$/.test(ctx.text.slice(q.close, next.start))) {
    sent = next;
    sentIdx++;
  }
  const limit = Math.min(sent.end, nextOpen);
  if (q.close >= limit) return null;
  const toks = tokens(ctx, q.close, limit);
  let i = 0;
  while (toks[i] && (toks[i]!.w === "," || toks[i]!.w === "—" || toks[i]!.w === "–" || toks[i]!.w === "―")) i++;
  const { cues } = ctx;
  if (phraseAt(toks, i, cues.conduits)) return "conduit";
  const acc = accordingAt(ctx, toks, i);
  if (acc) {
    const s = subjectAfter(ctx, toks, i + acc);
    if (s.k === "media" || (s.k === "desc" && s.media)) return "conduit";
    const a = fromSubject(ctx, s, sentIdx, q.close, sameSentence, "according-to");
    return a && { ...a, adjacent: true };
  }
  if (toks[i]?.lw === "as" && !verbAt(ctx, toks, i + 1)) i++; // "as he posted on X"
  const v = verbAt(ctx, toks, i);
  if (v && (cues.invertible === null || cues.invertible.has(toks[i]!.lw)) && !isParticiple(ctx, toks[i]!)) {
    const a = fromSubject(ctx, subjectAfter(ctx, toks, i + v), sentIdx, toks[i]!.s, sameSentence, "after");
    return a && { ...a, adjacent: true };
  }
  for (let j = i; j < toks.length && j - i < AFTER_REACH; j++) {
    const t = toks[j]!;
    if (t.w === QUOTE_TOKEN || (!isWord(t) && ".;:?!".includes(t.w))) return null;
    if (cues.clauseWords.has(t.lw) && !cues.determiners.has(t.lw) && j > i) return null;
    if (!verbAt(ctx, toks, j)) continue;
    if (isPassive(ctx, toks, j)) return null;
    const s = subjectBefore(ctx, toks, j, i);
    if (isParticiple(ctx, t) && s.k !== "hint" && s.k !== "pron") return null; // "…," adding that: not an attribution of this one
    const a = fromSubject(ctx, s, sentIdx, t.s, sameSentence, "after");
    return a && { ...a, adjacent: true };
  }
  return null;
}

/** The last reporting verb in text[from, to) (after any earlier quotation) and its subject. */
export function verbBefore(ctx: Ctx, from: number, to: number, sentenceIndex: number, sameSentence: Attribution | null, rule: string): Attribution | null {
  const toks = tokens(ctx, from, to);
  let lo = 0;
  for (let k = toks.length - 1; k >= 0; k--) {
    if (toks[k]!.w === QUOTE_TOKEN) {
      lo = k + 1;
      break;
    }
  }
  for (let j = toks.length - 1; j >= lo; j--) {
    const v = verbAt(ctx, toks, j);
    if (!v) continue;
    if (isPassive(ctx, toks, j)) return null; // "was declared as “threatened”": nobody is said to speak
    const t = toks[j]!;
    let s = subjectBefore(ctx, toks, j, lo);
    let opensClause = true;
    for (let k = lo; k < j && opensClause; k++) opensClause = !isWord(toks[k]) || isAdverb(ctx, toks[k]!);
    if (s.k === "none" && opensClause && (ctx.cues.invertible === null || ctx.cues.invertible.has(t.lw))) {
      const after = subjectAfter(ctx, toks, j + v); // "Said Kast: …", "Dijo el ministro: …"
      if (after.k !== "none") s = after;
    }
    return fromSubject(ctx, s, sentenceIndex, t.s, sameSentence, rule);
  }
  return null;
}

/** Jerí stated on X that the measure aims to "…" — the reporting verb before the quotation, same sentence. */
export function beforeRule(ctx: Ctx, p: Place, sameSentence: Attribution | null): Attribution | null {
  const sent = ctx.sentences[p.first];
  if (!sent || sent.start >= p.q.open) return null;
  return verbBefore(ctx, sent.start, p.q.open, p.first, sameSentence, "before");
}

/** "According to X, … "…"": X, unless X is a news outlet (then "conduit"). */
export function accordingRule(ctx: Ctx, p: Place): Attribution | "conduit" | null {
  const a = ctx.sentences[p.first];
  const b = ctx.sentences[p.last];
  if (!a || !b) return null;
  const toks = tokens(ctx, a.start, b.end);
  let conduit = false;
  for (let i = 0; i < toks.length; i++) {
    if (phraseAt(toks, i, ctx.cues.conduits)) conduit = true;
    const n = accordingAt(ctx, toks, i);
    if (!n) continue;
    const s = subjectAfter(ctx, toks, i + n);
    if (s.k === "media" || (s.k === "desc" && s.media)) {
      conduit = true;
      continue;
    }
    const r = fromSubject(ctx, s, p.first, toks[i]!.s, null, "according-to");
    if (r?.speaker) return r;
  }
  return conduit ? "conduit" : null;
}

/** Kast said on Friday:¶"…" — the sentence before the quotation ends with a colon. */
export function colonRule(ctx: Ctx, p: Place): Attribution | null {
  const sent = ctx.sentences[p.first];
  const prev = ctx.sentences[p.first - 1];
  if (!sent || !prev || !/^[\s"“‘'«—―]*$/.test(ctx.text.slice(sent.start, p.q.open))) return null;
  if (!/:\s*$/.test(prev.text)) return null;
  return verbBefore(ctx, prev.start, prev.end, p.first - 1, null, "colon");
}

/** She released a jokey response: "…" — a colon (or a semicolon), no reporting verb: the clause's subject when it is a person or a document. */
export function introRule(ctx: Ctx, p: Place): Attribution | null {
  const sent = ctx.sentences[p.first];
  if (!sent || !/[:;]\s*$/.test(ctx.text.slice(sent.start, p.q.open))) return null; // "…; «Concluyo que…»" too
  const m = clauseSubject(ctx, sent.start, p.q.open);
  const ok = m.k === "hint" ? m.h.type === "person" || m.h.type === "organization" : m.k === "pron" ? m.kind === "person" : m.k === "desc" && m.doc;
  return ok ? fromSubject(ctx, m, p.first, p.q.open, null, "intro") : null;
}

/** "…" and that top science will lead, said Interior Secretary Ken Salazar. — the sentence's last clause attributes it. */
export function tailRule(ctx: Ctx, p: Place): Attribution | null {
  const sent = ctx.sentences[p.last];
  if (!sent || p.q.close >= sent.end) return null;
  const toks = tokens(ctx, p.q.close, sent.end);
  let c = toks.length - 1;
  while (c >= 0 && toks[c]!.w !== "," && toks[c]!.w !== QUOTE_TOKEN) c--;
  if (c < 0 || toks[c]!.w === QUOTE_TOKEN) return null;
  const { cues } = ctx;
  const lo = c + 1;
  for (let j = lo; j < toks.length; j++) {
    const t = toks[j]!;
    if (!isWord(t) && !/^[.!?]$/.test(t.w)) return null;
    if (cues.clauseWords.has(t.lw) && !cues.determiners.has(t.lw)) return null;
    const v = verbAt(ctx, toks, j);
    if (!v) continue;
    if (isParticiple(ctx, t) || isPassive(ctx, toks, j)) return null;
    const s = j === lo && (cues.invertible === null || cues.invertible.has(t.lw)) ? subjectAfter(ctx, toks, j + v) : subjectBefore(ctx, toks, j, lo);
    return fromSubject(ctx, s, p.last, t.s, null, "tail");
  }
  return null;
}

/** "…," as reported by AP: the speaker is the person the sentence, or the one before, is about. */
export function conduitRule(ctx: Ctx, p: Place): Attribution | null {
  for (const k of [p.first, p.first - 1]) {
    const s = ctx.sentences[k];
    if (!s) continue;
    const m = mainSubject(ctx, s.start, s.end);
    const r = m.k === "hint" || m.k === "pron" ? fromSubject(ctx, m, k, s.end, null, "conduit") : null;
    if (r?.speakerId !== undefined && r.speaker && r.description === null) return r;
  }
  return null;
}
