// From the kept mentions to one entity per real-world thing in the article:
//   - people: full names that agree (accents aside, "José Kast" within "José Antonio Kast") are
//     one person; a surname alone ("Jerí", "President Jerí", "de Zela") joins the nearest full
//     name ending in it (of several, the one named most often so far); a weak mention (heading, sentence-initial word) stays only when it joins;
//   - places, outlets and groups: one entity per lexicon entry; others by their folded name;
//   - an acronym joins the organisation whose initials it spells ("National Police (PNP)").
// The canonical name is the fullest, most accented form; every other form is an alias; the
// description is the most telling one seen (the role named most often, its longest wording).
import type { Entity, EntityMention } from "../../report/schema.js";
import type { Unattached } from "../../model.js";
import { hash12 } from "../../text/hash.js";
import { foldApostrophes } from "../../text/fold.js";
import type { Candidate, Ctx } from "./types.js";
import { isContextPlaceRule } from "./places-by-context.js";

/** A single unknown word becomes an entity of its own only when the article names it this often (or it speaks). */
const MIN_SINGLE_WORD_MENTIONS = 2;

interface Group {
  type: Entity["type"];
  cands: Candidate[];
  /** folded name tokens without particles (people) */
  tokens: string[];
}

export function buildEntities(ctx: Ctx, kept: readonly Candidate[], articleId: string): { entities: Entity[]; mentions: Unattached<EntityMention>[] } {
  // each step a function of its own: a step's code is optimized (and, when new kinds of objects
  // reach it, re-optimized) alone, not the whole build
  const groups: Group[] = [];
  const people: Group[] = [];
  fullNames(ctx, kept, groups, people);
  const singles = shortForms(ctx, kept, groups, people);
  singleWords(singles, groups);
  linkAcronyms(groups);
  return entitiesOf(ctx, groups, articleId);
}

/** The words a person is linked on: no particles ("de"), no suffixes ("Jr."). */
function core(ctx: Ctx, c: Candidate): string[] {
  const { particles, nameSuffixes } = ctx.cues;
  return c.nameTokens.filter((t) => !particles.has(t) && !nameSuffixes.has(t));
}

/** 1. Full names of people. */
function fullNames(ctx: Ctx, kept: readonly Candidate[], groups: Group[], people: Group[]): void {
  for (const c of kept) {
    if (c.type !== "person" || c.weak || core(ctx, c).length < 2) continue;
    const toks = core(ctx, c);
    let g = people.find((p) => p.tokens.length >= 2 && sameFullName(p.tokens, toks));
    if (!g) {
      g = { type: "person", cands: [], tokens: toks };
      people.push(g);
      groups.push(g);
    } else if (toks.length > g.tokens.length) g.tokens = toks;
    g.cands.push(c);
  }
}

/** 2. Short forms, weak mentions and everything else; the single unknown words, by word, for step 3. */
function shortForms(ctx: Ctx, kept: readonly Candidate[], groups: Group[], people: readonly Group[]): Map<string, Candidate[]> {
  const byKey = new Map<string, Group>();
  const singles = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (c.type === "person" && !c.weak && core(ctx, c).length >= 2) continue;
    const toks = core(ctx, c);
    const linkable =
      c.type === "person" ||
      c.rule.startsWith("name/") ||
      c.rule === "org/source" ||
      (c.weak && c.type !== "place") ||
      (toks.length === 1 && !!c.place && (c.place.kind === "city" || c.place.kind === "region") && !isContextPlaceRule(c.rule));
    if (linkable && toks.length >= 1) {
      const g = toks.length === 1 ? nearestBySurname(people, toks[0]!, c.start) : people.find((p) => sameFullName(p.tokens, toks));
      if (g) {
        extendParticle(ctx, c, g);
        // the linking makes it a person's mention, whatever rule proposed it
        const rule = c.type === "person" ? c.rule : "person/surname";
        g.cands.push({
          start: c.start,
          end: c.end,
          t0: c.t0,
          t1: c.t1,
          type: "person",
          rule,
          name: c.name,
          nameTokens: c.nameTokens,
          canonical: undefined,
          description: c.description,
          place: undefined,
          outlet: undefined,
          demonym: c.demonym,
          weak: c.weak,
          priority: c.priority,
        });
        continue;
      }
    }
    if (c.weak) continue;
    if (c.type === "person") {
      const key = `person|${toks.join(" ")}`;
      let g = byKey.get(key);
      if (!g) {
        g = { type: "person", cands: [], tokens: toks };
        byKey.set(key, g);
        groups.push(g);
      }
      g.cands.push(c);
      continue;
    }
    if (c.rule === "name/single" || c.rule === "name/speaker") {
      const list = singles.get(toks.join(" ")) ?? [];
      list.push(c);
      singles.set(toks.join(" "), list);
      continue;
    }
    const key = entityKey(c);
    let g = byKey.get(key);
    if (!g) {
      g = { type: c.type, cands: [], tokens: toks };
      byKey.set(key, g);
      groups.push(g);
    }
    g.cands.push(c);
  }
  return singles;
}

/** 3. A single word that no one else explains: an entity when it recurs (or is an acronym's long form). */
function singleWords(singles: ReadonlyMap<string, Candidate[]>, groups: Group[]): void {
  for (const [word, list] of singles) {
    // an acronym spelled like it, or an organisation whose first word it is ("Lehman" of "Lehman Brothers")
    const org = groups.find(
      (g) =>
        (g.type === "organization" || g.type === "other") &&
        g.cands.some((c) => (c.rule === "org/acronym" && c.nameTokens[0] === word) || (c.nameTokens.length >= 2 && c.nameTokens[0] === word && !c.place)),
    );
    if (org) org.cands.push(...list.map((c) => ({ ...c, type: org.type })));
    else if (list.length >= MIN_SINGLE_WORD_MENTIONS || list.some((c) => c.rule === "name/speaker")) groups.push({ type: "other", cands: list, tokens: [word] });
  }
}

/** 4. Entities and mentions. */
function entitiesOf(ctx: Ctx, groups: readonly Group[], articleId: string): { entities: Entity[]; mentions: Unattached<EntityMention>[] } {
  const entities: Entity[] = [];
  const mentions: Unattached<EntityMention>[] = [];
  for (const g of groups) {
    if (!g.cands.length) continue;
    const name = canonicalName(g);
    const id = "e-" + hash12(`${articleId}|${g.type}|${foldApostrophes(name)}`);
    const aliases: string[] = [];
    for (const c of g.cands) {
      for (const form of [ctx.text.slice(c.start, c.end), c.name]) if (form !== name && !aliases.includes(form)) aliases.push(form);
    }
    const place = g.cands.find((c) => c.place)?.place;
    const entity: Entity = {
      id,
      type: g.type,
      name,
      aliases,
      description: bestDescription(g.cands.map((c) => c.description).filter((d): d is string => !!d)),
      articleIds: [articleId],
      // in the literal, last, for every type (undefined, unwritten, but for places): one shape of object
      coordinates: g.type === "place" ? (place?.coordinates ?? null) : undefined,
    };
    entities.push(entity);
    for (const c of g.cands) {
      mentions.push({
        start: c.start,
        end: c.end,
        text: ctx.text.slice(c.start, c.end),
        sentence: ctx.sentences[ctx.tokens[c.t0]!.sent]?.text ?? "",
        rule: c.rule,
        entityId: id,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** Same person by full name: same surname, and the same first name or an initial of it. */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const fa = a[0]!.replace(/\.$/, "");
  const fb = b[0]!.replace(/\.$/, "");
  if (fa === fb) return true;
  return (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb));
}

/** The person whose surname this is: named most often before `pos`, then nearest before it (or first after it). */
function nearestBySurname(people: readonly Group[], surname: string, pos: number): Group | undefined {
  let best: Group | undefined;
  let bestPos = -Infinity;
  let bestCount = -1;
  for (const p of people) {
    if (p.tokens[p.tokens.length - 1] !== surname) continue;
    // the person named most often before pos (a relative is named in full, "Williams' mother,
    // Rosalind Williams", while the surname alone stays with the main one); then the latest
    // mention before pos; failing both, the earliest mention after it
    let at = -Infinity;
    let firstAfter = Infinity;
    let count = 0;
    for (const c of p.cands) {
      if (c.start < pos) {
        at = Math.max(at, c.start);
        count++;
      } else firstAfter = Math.min(firstAfter, c.start);
    }
    if (at === -Infinity) at = -1e12 - firstAfter;
    if (count > bestCount || (count === bestCount && at > bestPos)) {
      bestPos = at;
      bestCount = count;
      best = p;
    }
  }
  return best;
}

/** "de Zela" for Hugo de Zela: a particle right before the surname joins the mention. */
function extendParticle(ctx: Ctx, c: Candidate, g: Group): void {
  const prev = ctx.tokens[c.t0 - 1];
  if (!prev || prev.cap || !ctx.cues.particles.has(prev.f) || prev.sent !== ctx.tokens[c.t0]!.sent) return;
  const full = g.cands.find((x) => x.nameTokens.length >= 3)?.nameTokens ?? [];
  const k = full.lastIndexOf(c.nameTokens[0] ?? "");
  if (k > 0 && full[k - 1] === prev.f) {
    c.start = prev.start;
    c.t0 = prev.i;
    c.name = ctx.text.slice(prev.start, ctx.tokens[c.t1 - 1]!.end);
  }
}

function entityKey(c: Candidate): string {
  if (c.place) return `place|${c.canonical ?? c.place.name}|${c.place.country ?? ""}`;
  if (c.outlet) return `org|${c.outlet.name}`;
  if (c.demonym) return `group|${c.canonical ?? c.name}`;
  return `${c.type}|${foldApostrophes(c.name).replace(/^(the|el|la|los|las) /, "")}`;
}

/** "National Police (PNP)", or any organisation whose initials spell an acronym, absorbs it. */
function linkAcronyms(groups: Group[]): void {
  for (const g of groups) {
    if (g.type !== "organization" || !g.cands.every((c) => c.rule === "org/acronym")) continue;
    const acr = g.cands[0]!.name.replace(/\./g, "").toLowerCase();
    const target = groups.find((o) => o !== g && o.type === "organization" && o.cands.length > 0 && initials(o.cands[0]!.name) === acr);
    if (target) {
      target.cands.push(...g.cands);
      g.cands = [];
    }
  }
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join("");
}

/** People: the fullest, most accented form; the rest: the lexicon's name, else the first form seen. */
function canonicalName(g: Group): string {
  const known = g.cands.find((c) => c.canonical)?.canonical;
  if (known) return known;
  if (g.type !== "person") return g.cands[0]!.name.replace(/^(The|the) /, (m) => (g.cands[0]!.rule === "org/head" ? "" : m));
  let best = g.cands[0]!.name;
  let bestScore = -1;
  for (const c of g.cands) {
    const words = c.name.split(/\s+/).length;
    const accents = c.name.normalize("NFKD").length - c.name.length;
    const score = words * 100 + accents;
    if (score > bestScore) {
      bestScore = score;
      best = c.name;
    }
  }
  return best;
}

/** The role named most often, in its longest wording ("Peruvian President" over "President"). */
export function bestDescription(descs: readonly string[]): string | null {
  if (!descs.length) return null;
  const head = (d: string) => foldApostrophes(d.split(/\s+/).pop() ?? "");
  const count = new Map<string, number>();
  for (const d of descs) count.set(head(d), (count.get(head(d)) ?? 0) + 1);
  let best = descs[0]!;
  for (const d of descs) {
    const cb = count.get(head(best))!;
    const cd = count.get(head(d))!;
    if (cd > cb || (cd === cb && d.length > best.length)) best = d;
  }
  return best;
}
