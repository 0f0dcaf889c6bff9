// Key figures: the numbers a situation report leads with. One per measure (killed, injured,
// missing, displaced …), from every count of people the story's articles give for it, background
// left out: each article's figure, ordered by when it was reported, is the trail; the latest
// report's figure is the current one. Counts of people with no measure that several articles give
// (330,000 undocumented migrants) follow, as "other".
import type { Claim, KeyFigure, QuantityMention } from "../report/schema.js";
import { MEASURES } from "../extract/measure-names.js";
import { cumulativeMeasure, struckIn } from "../extract/measures.js";
import { interval, overlaps } from "./claims/intervals.js";
import { articleLabel, inBackground, type StoryContext } from "./story-context.js";
import { spokenDate } from "../text/calendar.js";
import { lexicon } from "../lexicon.js";
import { isLang } from "../text/languages.js";
import { hasCue, spanInSentence } from "./context.js";
import { figureScope, notOwnFigure } from "./figure-scope.js";
import { explainedBySources } from "./claims/quantities.js";
import { qualifierOf } from "./claims/figure-keys.js";

/** "other" key figures at most, after the measured ones. */
const MAX_OTHER = 3;

const LABEL: Record<string, string> = {
  killed: "people killed", injured: "people injured", missing: "people missing", displaced: "people displaced",
  evacuated: "people evacuated", arrested: "people arrested", affected: "people affected", gathered: "people gathered",
};

type Trail = KeyFigure["trail"][number];

/** The rule suffix of the wounded read as the people shot less the dead. */
const DERIVED_RULE = "+struck-less-killed";

function trailOf(q: QuantityMention, ctx: StoryContext, role: NonNullable<Trail["role"]> = "figure"): Trail {
  const a = ctx.articles.get(q.articleId);
  return { articleId: q.articleId, outlet: a?.outlet ?? null, published: a?.published ?? null, asOf: a?.referenceDate.date ?? null, text: q.text, value: q.value, hedge: q.hedge, start: q.start, end: q.end, role };
}

/** Each article's figure: its largest count of the measure (a total, not one of its parts). */
function perArticle(ms: readonly QuantityMention[]): QuantityMention[] {
  const by = new Map<string, QuantityMention>();
  for (const q of ms) {
    const had = by.get(q.articleId);
    if (!had || (q.value ?? q.min ?? -1) > (had.value ?? had.min ?? -1)) by.set(q.articleId, q);
  }
  return [...by.values()];
}

/** The other totals an article states for the measure besides its figure ("13 Dead, at Least 3
 * Wounded" in its first lines, "eight individuals were injured" further down; "20 were hurt …
 * In all, 16 people were treated for gunshot wounds"): each distinct value once, on the trail, so
 * an article that gives two counts of one toll shows both. A part of the count is none: a person
 * said one by one ("a man was wounded"), a count said with a part's word ("two critically
 * injured") or one joined in a longer count ("six children" in "six children and two adults"). They do not choose the figure: the article's own figure does. */
function alsoStated(ms: readonly QuantityMention[], kept: readonly QuantityMention[]): QuantityMention[] {
  const seen = new Set(kept.map((q) => `${q.articleId}|${q.value}`));
  // one of the people a longer count joins ("six children" in "six children and two adults")
  const inside = (q: QuantityMention) => ms.some((o) => o !== q && o.articleId === q.articleId && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start);
  const out: QuantityMention[] = [];
  for (const q of ms) {
    const key = `${q.articleId}|${q.value}`;
    if (q.value == null || seen.has(key) || q.rule.includes("implicit") || qualifierOf(q) || inside(q)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

/** The wounded an article gives only as the people struck less the dead ("Four men were shot and
 * two of them died"; "shot five people" in an article that tells of no death): per article, its
 * largest count of people struck (cues in data/<lang>/measures.json "struck") less its figure of the
 * killed, when some are left. On the injured figure's trail only: it never chooses the figure. */
function woundedByDifference(own: readonly QuantityMention[], ctx: StoryContext): QuantityMention[] {
  const struck = new Map<string, QuantityMention>();
  const killed = new Map<string, QuantityMention>();
  for (const q of own) {
    if (q.value == null) continue;
    if (q.measure === "killed" && q.value > (killed.get(q.articleId)?.value ?? -1)) killed.set(q.articleId, q);
    if (q.measure || q.unit !== "people" || !Number.isInteger(q.value) || q.value < 1) continue;
    const lang = ctx.articles.get(q.articleId)?.language;
    const span = spanInSentence(q);
    if (!span || !struckIn(q.sentence, span[0], span[1], q.counted, isLang(lang) ? lang : "en")) continue;
    const had = struck.get(q.articleId);
    if (!had || q.value > had.value!) struck.set(q.articleId, q);
  }
  const out: QuantityMention[] = [];
  for (const [articleId, q] of struck) {
    const dead = killed.get(articleId);
    const left = q.value! - (dead?.value ?? 0);
    if (left <= 0) continue;
    // its words run on to the dead when its own sentence gives them ("Four men were shot and two of them died")
    const [a, b] = spanInSentence(q)!;
    const through = dead && dead.sentence === q.sentence && dead.start > q.end ? dead.end : q.end;
    const text = q.sentence.slice(a, b + through - q.end);
    out.push({ ...q, text, end: through, value: left, min: null, max: null, measure: "injured", rule: `${q.rule}${DERIVED_RULE}` });
  }
  return out;
}

/** When a report was made: its day, then its publication time where the source gives one. */
const instantOf = (t: Trail, ctx: StoryContext) => ctx.articles.get(t.articleId)?.publishedAt ?? "";
const byReportIn = (ctx: StoryContext) => (a: Trail, b: Trail) =>
  (a.asOf ?? "").localeCompare(b.asOf ?? "") || instantOf(a, ctx).localeCompare(instantOf(b, ctx)) || (a.value ?? -1) - (b.value ?? -1);

/** The figure says it updates an earlier one: "the toll rose to 11", "según el último balance"
 * (cues in data/<lang>/measures.json: stricter than claims' update words, which also take "toll"). */
function saysUpdate(q: QuantityMention | undefined, ctx: StoryContext): boolean {
  if (!q) return false;
  if (q.trend === "up") return true;
  const lang = ctx.articles.get(q.articleId)?.language;
  return hasCue(q.sentence, lexicon<{ updateCues?: string[] }>(isLang(lang) ? lang : "en", "measures").updateCues ?? []) !== null;
}

/** Two reports in a row tell one toll over time: other days, or one day's in the order they were
 * published, or the later one says it is an update; else two reports of one day differ. */
function inOrder(prev: Trail, t: Trail, mention: ReadonlyMap<string, QuantityMention>, ctx: StoryContext): boolean {
  if (prev.value === t.value || prev.asOf !== t.asOf) return true;
  const a = instantOf(prev, ctx);
  const b = instantOf(t, ctx);
  if (a && b && a < b) return true;
  return saysUpdate(mention.get(`${t.articleId}:${t.start}`), ctx);
}
const who = (t: Trail, ctx: StoryContext) => `${articleLabel(ctx.articles.get(t.articleId))}${t.asOf ? `, ${spokenDate(t.asOf)}` : ""}`;

function statusOf(ms: readonly QuantityMention[], trail: readonly Trail[], cumulative: boolean, ctx: StoryContext): Pick<KeyFigure, "status" | "explanation"> {
  if (trail.length === 1) return { status: "single-source", explanation: `Only ${who(trail[0]!, ctx)} gives this figure: “${trail[0]!.text}”.` };
  const forms = new Set(ms.map((q) => `${q.hedge}|${q.value}|${q.min}|${q.max}`));
  if (forms.size === 1) return { status: "agree", explanation: `${trail.length} articles give the same figure: “${trail[0]!.text}”.` };
  // a toll that grew report by report: every later report's figure at least the earlier ones, and
  // reports of one day that differ ordered by their publication time or by their own words
  const mention = new Map(ms.map((q) => [`${q.articleId}:${q.start}`, q]));
  const days = [...new Set(trail.map((t) => t.asOf))];
  const rising = days.every((d) => d) && trail.every((t, i) => i === 0 || ((t.value ?? 0) >= (trail[i - 1]!.value ?? 0) && inOrder(trail[i - 1]!, t, mention, ctx)));
  if (cumulative && rising && new Set(trail.map((t) => t.value)).size > 1) {
    const steps = trail.filter((t, i) => i === 0 || t.value !== trail[i - 1]!.value);
    return { status: "explained", explanation: `Reports rose ${steps.map((t) => t.value).join(" → ")} as the story developed (${steps.map((t) => `“${t.text}”, ${who(t, ctx)}`).join("; ")}); the latest report's figure is the current one.` };
  }
  // a count that can fall as well as rise (the missing are found, a crowd disperses), reported on
  // days in order: the later report updates the earlier one
  const ordered = days.length > 1 && days.every((d) => d) && trail.every((t, i) => i === 0 || inOrder(trail[i - 1]!, t, mention, ctx));
  if (!cumulative && ordered && new Set(trail.map((t) => t.value)).size > 1) {
    const steps = trail.filter((t, i) => i === 0 || t.value !== trail[i - 1]!.value);
    return { status: "explained", explanation: `Reports changed ${steps.map((t) => t.value).join(" → ")} as the story developed (${steps.map((t) => `“${t.text}”, ${who(t, ctx)}`).join("; ")}); the latest report's figure is the current one.` };
  }
  const ivs = ms.map(interval);
  if (ivs.every((a, i) => ivs.every((b, j) => i >= j || overlaps(a, b)))) {
    return { status: "compatible", explanation: `${[...new Set(trail.map((t) => `“${t.text}”`))].join(" and ")} can all be true at once.` };
  }
  return { status: "conflict", explanation: `The articles give different figures and nothing in them reconciles it: ${trail.map((t) => `“${t.text}” (${who(t, ctx)})`).join(" vs ")}.` };
}

/** The current figure: the latest report's when the reports tell a toll that grew; else the one
 * most articles give (a lone outlier does not outvote the rest); of those tied, the one the
 * articles state as a number most often anywhere in their text, then the latest. */
function current(trail: readonly Trail[], status: KeyFigure["status"], ms: readonly QuantityMention[]): Trail | null {
  const valued = trail.filter((t) => t.value != null);
  if (status === "explained" || status === "single-source") return valued[valued.length - 1] ?? null;
  const articles = new Map<number, number>();
  for (const t of valued) articles.set(t.value!, (articles.get(t.value!) ?? 0) + 1);
  const stated = new Map<number, number>();
  // a person said one by one ("a man was wounded") is a part of the count, not a statement of it
  for (const q of ms) if (q.value != null && !q.rule.includes("implicit")) stated.set(q.value, (stated.get(q.value) ?? 0) + 1);
  const rank = (t: Trail) => [articles.get(t.value!)!, stated.get(t.value!) ?? 0];
  let best: Trail | null = null;
  for (const t of valued) {
    if (!best) best = t;
    else {
      const [a, b] = [rank(t), rank(best)];
      if (a[0]! > b[0]! || (a[0] === b[0] && a[1]! >= b[1]!)) best = t;
    }
  }
  return best;
}

function keyFigure(measure: KeyFigure["measure"], label: string, ms: readonly QuantityMention[], claimOf: ReadonlyMap<string, string>, ctx: StoryContext, derived: readonly QuantityMention[] = []): KeyFigure {
  const kept = perArticle(ms);
  const trail = kept.map((q) => trailOf(q, ctx)).sort(byReportIn(ctx));
  const numbers = kept.flatMap((q) => [q.value, q.min, q.max]).filter((v): v is number => v != null);
  // whether the count only grows: data/<lang>/measures.json, in the language of the first report
  const lang = ctx.articles.get(trail[0]?.articleId ?? "")?.language;
  const cumulative = measure !== "other" && cumulativeMeasure(measure, isLang(lang) ? lang : "en");
  const { status, explanation } = statusOf(kept, trail, cumulative, ctx);
  const latest = current(trail, status, ms);
  const stated = alsoStated([...ms, ...derived], kept).map((q) => trailOf(q, ctx, q.rule.endsWith(DERIVED_RULE) ? "derived" : "also"));
  return {
    measure,
    label,
    value: latest?.value ?? null,
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
    status,
    explanation,
    claimId: latest ? (claimOf.get(`${latest.articleId}:${latest.start}`) ?? null) : null,
    trail: stated.length ? [...trail, ...stated].sort(byReportIn(ctx)) : trail,
  };
}

export function keyFigures(ctx: StoryContext, claims: readonly Claim[]): KeyFigure[] {
  const claimOf = new Map<string, string>();
  for (const c of claims) if (c.kind === "quantity") for (const v of c.values) claimOf.set(`${v.articleId}:${v.start}`, c.id);
  const scope = figureScope(ctx.times, ctx.articles);
  const own = ctx.quantities.filter((q) => !inBackground(ctx, q) && (q.value != null || q.hedge === "vague") && !(q.measure && notOwnFigure(q, scope)));
  const wounded = woundedByDifference(own.filter((q) => !notOwnFigure(q, scope)), ctx);
  const out: KeyFigure[] = [];
  for (const m of MEASURES) {
    const ms = own.filter((q) => q.measure === m);
    if (ms.some((q) => q.value != null)) out.push(keyFigure(m, LABEL[m]!, ms.filter((q) => q.value != null), claimOf, ctx, m === "injured" ? wounded : []));
  }
  // counts of people with no measure that several articles give
  const byMention = new Map(own.map((q) => [`${q.articleId}:${q.start}`, q]));
  const others = claims
    .filter((c) => c.kind === "quantity" && new Set(c.values.map((v) => v.articleId)).size >= 2)
    .map((c) => ({ c, ms: c.values.map((v) => byMention.get(`${v.articleId}:${v.start}`)).filter((q): q is QuantityMention => !!q && q.unit === "people" && !q.measure && q.value != null) }))
    .filter((x) => x.ms.length >= 2)
    .sort((a, b) => b.ms.length - a.ms.length)
    .slice(0, MAX_OTHER);
  for (const { ms } of others) out.push(keyFigure("other", ms.find((q) => q.counted)?.counted ?? "people", ms, claimOf, ctx));
  return out;
}

/**
 * A claim that lines up the same reports as a key figure whose toll rose says so too: what the
 * figure's trail explains as an update ("reports rose 12 → 45 → 60") is not left a conflict, or
 * another explanation, among the claims (the claim may hold fewer of the reports; every one it
 * holds is on the trail). Reports of the toll the claims left apart — each on its own, or two
 * "compatible" ones beside a third — are one claim with the trail's explanation: the claims line
 * figures up by the words around them, which reports of one toll in two languages, or worded anew
 * on each day ("killing at least three" / "the toll rose to 14"), do not share.
 */
export function settleClaims(claims: Claim[], figures: readonly KeyFigure[]): void {
  for (const f of figures) {
    if (f.status !== "explained" || f.trail.length < 2) continue;
    const onTrail = new Set(f.trail.map((t) => `${t.articleId}:${t.start}`));
    const on = (v: Claim["values"][number]) => onTrail.has(`${v.articleId}:${v.start}`);
    for (const c of claims) {
      // (a claim explained by "different sources" reads the same reports as one toll; one the
      // claims already explain as a later update keeps its own words)
      // ("12 people" and "at least 12" stay compatible: only figures that differ tell the rise)
      const differ = new Set(c.values.map((v) => v.value)).size > 1;
      if (c.kind !== "quantity" || !(c.status === "conflict" || (c.status === "compatible" && differ) || explainedBySources(c)) || c.values.length < 2) continue;
      if (c.values.every(on)) {
        c.status = f.status;
        c.explanation = f.explanation;
      }
    }
    // the claims that hold only reports on the trail, the largest first: the others join it when
    // they add an article it does not hold
    const parts = claims.filter((c) => c.kind === "quantity" && c.values.length >= 1 && c.values.every(on) && (c.status === "explained" || c.status === "single-source"));
    if (parts.length < 2) continue;
    const host = parts.reduce((a, b) => (b.values.length > a.values.length ? b : a));
    const order = new Map(f.trail.map((t, i) => [`${t.articleId}:${t.start}`, i]));
    let joined = false;
    for (const c of parts) {
      if (c === host || c.values.length !== 1) continue;
      if (host.values.some((v) => v.articleId === c.values[0]!.articleId)) continue;
      host.values.push(c.values[0]!);
      claims.splice(claims.indexOf(c), 1);
      joined = true;
    }
    if (!joined) continue;
    host.values.sort((a, b) => (order.get(`${a.articleId}:${a.start}`) ?? 0) - (order.get(`${b.articleId}:${b.start}`) ?? 0));
    host.status = f.status;
    host.explanation = f.explanation;
  }
}
