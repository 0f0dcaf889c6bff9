// One entity per real-world person, place or organisation across the articles of a story:
//   - same type and the same name, accents and a leading "the" aside ("Jose Jeri" = "José Jerí");
//   - people by full name: the same surname and a compatible first name ("José Kast" = "José
//     Antonio Kast"; "Felipe Kast" stays apart, and so do "José Jerí" and "José Antonio Kast");
//   - a surname alone ("Kast") joins the one full name of the story ending in it; when several
//     do, the one its own article names; otherwise it stays apart;
//   - a lone word of unknown type that is the surname of exactly one person becomes that person;
//   - a place named by a form another article's place gave as its alias ("Oaxaca" / "estado de
//     Oaxaca", also "Oaxaca") is that place.
// The merged entity takes the fullest, most accented name, every other form as an alias, the
// description named most often, and a stable id: "e-" + a short hash of type and folded name.
import type { Entity, EntityMention } from "../report/schema.js";
import { cues } from "../extract/entities/word-lists.js";
import { foldApostrophes } from "../text/fold.js";
import { bestDescription, sameFullName } from "../extract/entities/build.js";
import { hash12 } from "../text/hash.js";

export interface ArticleEntitiesInput {
  articleId: string;
  entities: Entity[];
  mentions: EntityMention[];
}

export interface MergedEntities {
  entities: Entity[];
  mentions: EntityMention[];
  /** per-article entity id → merged id */
  idMap: Map<string, string>;
}

interface Item {
  e: Entity;
  articleId: string;
  /** folded words of the name, particles and initials' dots kept */
  words: string[];
  cluster: number;
}

/** Folded words of a name without articles, particles and suffixes ("Hugo de Zela" → hugo, zela). */
function words(name: string): string[] {
  const en = cues("en");
  const es = cues("es");
  return foldApostrophes(name)
    .replace(/^(the|el|la|los|las) /, "")
    .split(/[\s-]+/)
    .filter((w) => w && !en.particles.has(w) && !es.particles.has(w) && !en.nameSuffixes.has(w) && !es.nameSuffixes.has(w));
}

export function mergeEntities(perArticle: readonly ArticleEntitiesInput[]): MergedEntities {
  const items: Item[] = [];
  for (const a of perArticle) for (const e of a.entities) items.push({ e, articleId: a.articleId, words: words(e.name), cluster: -1 });
  // each step a function of its own: a step's code is optimized (and, when new kinds of objects
  // reach it, re-optimized) alone, not the whole merge
  const clusters: Item[][] = [];
  const fullPeople = clusterFullNames(items, clusters);
  clusterOthers(items, clusters, fullPeople);
  const idMap = new Map<string, string>();
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const cl of clusters) {
    const entity = mergedEntity(cl, used);
    entities.push(entity);
    for (const i of cl) idMap.set(i.e.id, entity.id);
  }
  return { entities, mentions: renamedMentions(perArticle, idMap), idMap };
}

function join(clusters: Item[][], it: Item, c: number): void {
  it.cluster = c;
  clusters[c]!.push(it);
}

function open(clusters: Item[][], it: Item): number {
  it.cluster = clusters.length;
  clusters.push([it]);
  return it.cluster;
}

/** 1. Full names of people, fullest first, each joining a cluster whose every name agrees with it;
 * the number of clusters made. */
function clusterFullNames(items: readonly Item[], clusters: Item[][]): number {
  const people = items.filter((i) => i.e.type === "person" && i.words.length >= 2).sort((a, b) => b.words.length - a.words.length);
  for (const it of people) {
    const c = agreeingCluster(clusters, it);
    if (c >= 0) join(clusters, it, c);
    else open(clusters, it);
  }
  return clusters.length;
}

/** The first cluster of people whose every full name agrees with this one's, or -1. */
function agreeingCluster(clusters: readonly Item[][], it: Item): number {
  for (let c = 0; c < clusters.length; c++) {
    const cl = clusters[c]!;
    if (cl[0]!.e.type !== "person") continue;
    let all = true;
    for (const o of cl)
      if (!(o.words.length >= 2 && sameFullName(o.words, it.words))) {
        all = false;
        break;
      }
    if (all) return c;
  }
  return -1;
}

/** 2. Everything else: by type and name; surnames to the one full name that ends in them. */
function clusterOthers(items: readonly Item[], clusters: Item[][], fullPeople: number): void {
  const byKey = new Map<string, number>();
  const byAlias = new Map<string, number>();
  for (const it of items) {
    if (it.cluster >= 0) continue;
    const single = it.words.length === 1;
    if (single && (it.e.type === "person" || it.e.type === "other")) {
      const c = surnameCluster(clusters, fullPeople, it);
      if (c >= 0) {
        join(clusters, it, c);
        continue;
      }
    }
    const key = `${it.e.type}|${it.words.join(" ")}`;
    let c = byKey.get(key);
    // a place one article names in full and another by a short form it gave as an alias
    // ("estado de Oaxaca", also "Oaxaca" / "Oaxaca"): one place
    const aliasKeys: string[] = [];
    if (it.e.type === "place") for (const a of it.e.aliases) aliasKeys.push(`place|${words(a).join(" ")}`);
    if (c === undefined && it.e.type === "place") c = byAlias.get(key) ?? firstKnown(aliasKeys, byKey);
    if (c !== undefined) join(clusters, it, c);
    else byKey.set(key, (c = open(clusters, it)));
    for (const k of aliasKeys) if (!byAlias.has(k)) byAlias.set(k, c);
  }
}

/** The cluster of the first key that has one. */
function firstKnown(keys: readonly string[], byKey: ReadonlyMap<string, number>): number | undefined {
  for (const k of keys) {
    const c = byKey.get(k);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** 3. The merged entity of a cluster, with an id not in `used` (added to it). */
function mergedEntity(cl: readonly Item[], used: Set<string>): Entity {
  const type = cl.some((i) => i.e.type === "person") ? "person" : cl[0]!.e.type;
  const name = canonical(cl, type);
  let id = "e-" + hash12(`${type}|${foldApostrophes(name)}`);
  for (let n = 2; used.has(id); n++) id = "e-" + hash12(`${type}|${foldApostrophes(name)}|${n}`);
  used.add(id);
  const aliases: string[] = [];
  const articleIds: string[] = [];
  const descriptions: string[] = [];
  let coordinates: Entity["coordinates"];
  for (const i of cl) {
    if (i.e.name !== name && !aliases.includes(i.e.name)) aliases.push(i.e.name);
    for (const form of i.e.aliases) if (form !== name && !aliases.includes(form)) aliases.push(form);
  }
  for (const i of cl) {
    if (!i.e.articleIds.length) {
      if (!articleIds.includes(i.articleId)) articleIds.push(i.articleId);
    } else for (const a of i.e.articleIds) if (!articleIds.includes(a)) articleIds.push(a);
    if (i.e.description) descriptions.push(i.e.description);
    if (coordinates === undefined && i.e.coordinates) coordinates = i.e.coordinates;
  }
  // (coordinates in the literal for every type, undefined and unwritten but for places: one shape of object)
  return { id, type, name, aliases, description: bestDescription(descriptions), articleIds, coordinates: type === "place" || coordinates ? (coordinates ?? null) : undefined };
}

/** Every article's mentions with their merged entity ids, in article order, then by position. */
function renamedMentions(perArticle: readonly ArticleEntitiesInput[], idMap: ReadonlyMap<string, string>): EntityMention[] {
  const order = new Map(perArticle.map((a, k) => [a.articleId, k]));
  return perArticle
    .flatMap((a) => a.mentions.map((m) => ({ ...m, entityId: idMap.get(m.entityId) ?? m.entityId })))
    .sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start);
}

/** The full-name cluster a lone surname belongs to: the only one, or the only one its article names. */
function surnameCluster(clusters: readonly Item[][], fullPeople: number, it: Item): number {
  const surname = it.words[0]!;
  const hits: number[] = [];
  for (let c = 0; c < fullPeople; c++) if (clusters[c]!.some((o) => o.words[o.words.length - 1] === surname)) hits.push(c);
  if (hits.length === 1) return hits[0]!;
  const own = hits.filter((c) => clusters[c]!.some((o) => o.articleId === it.articleId));
  return own.length === 1 ? own[0]! : -1;
}

/** People: the fullest, most accented name, then the most frequent; others: the most frequent. */
function canonical(cl: readonly Item[], type: Entity["type"]): string {
  const count = new Map<string, number>();
  for (const i of cl) count.set(i.e.name, (count.get(i.e.name) ?? 0) + 1);
  const score = (name: string) => {
    const accents = name.normalize("NFKD").length - name.length;
    const n = count.get(name) ?? 0;
    return type === "person" ? name.split(/\s+/).length * 1e4 + accents * 100 + n : n;
  };
  let best = cl[0]!.e.name;
  for (const i of cl) if (score(i.e.name) > score(best)) best = i.e.name;
  return best;
}
