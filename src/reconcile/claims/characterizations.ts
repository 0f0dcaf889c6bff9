// How outlets characterize the same person or group politically ("right-leaning" vs "far-right").
// A characterization is a spectrum word right before the name ("far-right candidate José Antonio
// Kast", up to four words between) or in an apposition after it ("Jerí, a right-leaning leader").
// Words at the same point of the spectrum agree, neighbouring points are compatible, further apart
// is a conflict the report shows with each side's words.
import type { Claim, ClaimValue, EntityMention } from "../../report/schema.js";
import { reconcileCues } from "../context.js";
import { claimCues } from "./cues.js";
import { fold } from "../../text/fold.js";
import { articleLabel, shortId, type StoryContext } from "../story-context.js";

interface Found {
  entityId: string;
  term: string;
  point: number;
  value: ClaimValue;
}

let termRe: RegExp | undefined;
function terms(): RegExp {
  if (!termRe) {
    const words = Object.keys(reconcileCues().political).sort((a, b) => b.length - a.length);
    termRe = new RegExp(`(?<![\\p{L}-])(${words.map((w) => w.replace(/[-\s]/g, "[-\\s]?")).join("|")})(?![\\p{L}-])`, "giu");
  }
  return termRe;
}

function pointOf(term: string): number | undefined {
  const pol = reconcileCues().political;
  const k = fold(term).replace(/\s+/g, " ");
  return pol[k] ?? pol[k.replace(/ /g, "-")] ?? pol[k.replace(/-/g, " ")] ?? pol[k.replace(/[-\s]/g, "")];
}

function sentenceOf(text: string, pos: number): { sentence: string } {
  let a = pos;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = pos;
  while (b < text.length && !/[.!?\n]/.test(text[b]!)) b++;
  return { sentence: text.slice(a, Math.min(text.length, b + 1)).trim() };
}

/** A spectrum word that is also a common word ("left", "center", "centro") is political only next
 * to a political noun ("centre party", "left-wing" is a term of its own, "candidato de izquierda");
 * "starting center Samuel Dalembert", "left the Betty Ford Center" and "Medical Center" are not. */
function politicalHere(text: string, start: number, end: number, term: string): boolean {
  const { politicalAmbiguous, politicalNouns } = claimCues();
  if (!politicalAmbiguous.has(fold(term).replace(/\s+/g, " "))) return true;
  const next = /^[\s-]+([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1];
  const before = text.slice(Math.max(0, start - 40), start).match(/([\p{L}]+)[\s-]+(?:(?:de|del|of|the|la|el)\s+)?$/u)?.[1];
  return [next, before].some((w) => !!w && politicalNouns.has(fold(w)));
}

export function findCharacterizations(articleId: string, text: string, people: readonly EntityMention[]): Found[] {
  const out: Found[] = [];
  const mine = people.filter((m) => m.articleId === articleId).sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(terms())) {
    const start = m.index;
    const end = start + m[0].length;
    const point = pointOf(m[0]);
    if (point === undefined) continue;
    if (!politicalHere(text, start, end, m[0])) continue;
    // before the name: "far-right candidate José Antonio Kast", "leftist Jeannette Jara"
    const after = mine.find((e) => e.start >= end && e.start - end <= 60);
    let target: EntityMention | undefined;
    if (after && /^[\s,]*(?:[\p{L}’'-]+[\s,]+){0,4}$/u.test(text.slice(end, after.start)) && !/[.;:!?]/.test(text.slice(end, after.start))) target = after;
    // apposition after the name: "Jerí, a right-leaning leader who…"
    const before = [...mine].reverse().find((e) => e.end <= start && start - e.end <= 40);
    if (!target && before && /^,\s+(?:a|an|the|un|una|el|la)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(before.end, start))) target = before;
    if (!target) continue;
    const { sentence } = sentenceOf(text, start);
    out.push({ entityId: target.entityId, term: m[0], point, value: { articleId, text: m[0], value: m[0].toLowerCase(), sentence, start, end } });
  }
  return out;
}

export function characterizationClaims(ctx: StoryContext): Claim[] {
  const people = ctx.entityMentions.filter((m) => {
    const e = ctx.entities.find((x) => x.id === m.entityId);
    return e && (e.type === "person" || e.type === "organization");
  });
  const found: Found[] = [];
  for (const a of ctx.articles.values()) found.push(...findCharacterizations(a.id, a.text, people));
  const byEntity = new Map<string, Found[]>();
  for (const f of found) byEntity.set(f.entityId, [...(byEntity.get(f.entityId) ?? []), f]);
  const out: Claim[] = [];
  for (const [entityId, fs] of byEntity) {
    const name = ctx.entities.find((e) => e.id === entityId)?.name ?? entityId;
    const perArticle = new Map<string, Found>();
    for (const f of fs) if (!perArticle.has(f.value.articleId)) perArticle.set(f.value.articleId, f);
    const kept = [...perArticle.values()];
    const points = kept.map((f) => f.point);
    const spread = Math.max(...points) - Math.min(...points);
    const say = (f: Found) => `“${f.term}” (${articleLabel(ctx.articles.get(f.value.articleId))})`;
    let status: Claim["status"];
    let explanation: string;
    if (kept.length === 1) [status, explanation] = ["single-source", `Only ${articleLabel(ctx.articles.get(kept[0]!.value.articleId))} characterizes ${name} politically: ${say(kept[0]!)}.`];
    else if (spread === 0) [status, explanation] = ["agree", `The outlets place ${name} at the same point of the political spectrum: ${kept.map(say).join(", ")}.`];
    else if (spread === 1) [status, explanation] = ["compatible", `Neighbouring labels for ${name}: ${kept.map(say).join(", ")}; they differ in degree, not direction.`];
    else [status, explanation] = ["conflict", `The outlets place ${name} differently on the political spectrum: ${kept.map(say).join(" vs ")}; these labels are ${spread} steps apart and nothing in the articles reconciles them.`];
    out.push({ id: shortId("c-", "characterization", entityId), kind: "characterization", subject: `political characterization of ${name}`, status, explanation, values: kept.map((f) => f.value) });
  }
  return out;
}
