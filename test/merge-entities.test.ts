// Merging the entities of a story's articles: one entity per real-world person, stable ids, and no
// merge of different people who share a surname or a first name. Sentences from the reference case
// (Peru–Chile border, Nov 2025) and Spanish wire-style text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEntities } from "../src/extract/entities.js";
import { splitSentences } from "../src/extract/sentences.js";
import { mergeEntities, type ArticleEntitiesInput } from "../src/reconcile/merge-entities.js";
import type { Lang } from "../src/model.js";

function article(articleId: string, text: string, lang: Lang = "en"): ArticleEntitiesInput {
  const r = extractEntities(text, splitSentences(text, lang), lang, articleId);
  return { articleId, entities: r.entities, mentions: r.mentions.map((m) => ({ ...m, articleId })) };
}

const A1 = article(
  "a1",
  "Peruvian President José Jerí declared a state of emergency along the country’s border with Chile on Friday. The mobilization of migrants followed statements by Chilean presidential frontrunner José Antonio Kast, who has vowed to expel undocumented migrants if elected.",
);
const A2 = article(
  "a2",
  "Peruvian President Jose Jeri has announced a state of emergency along the border with Chile. Jeri, a far-right leader who assumed the presidency in October, cited public safety. Kast has warned undocumented migrants in Chile to leave voluntarily.",
);
const A3 = article("a3", "President Jerí stated on X that the emergency measure aims to generate tranquility. El presidente de Perú, José Jerí, habló desde Tacna.", "en");
const A4 = article("a4", "El presidente de Perú, José Jerí, declaró el estado de emergencia en la frontera con Chile, en su mayoría con venezolanos.", "es");

test("one entity per person across articles: accents, short forms and titles merged", () => {
  const m = mergeEntities([A1, A2, A3]);
  const jeri = m.entities.filter((e) => e.type === "person" && /jer/i.test(e.name));
  assert.equal(jeri.length, 1, JSON.stringify(jeri.map((e) => e.name)));
  assert.equal(jeri[0]!.name, "José Jerí"); // the fullest, accented form
  for (const alias of ["Jose Jeri", "Jeri", "President Jerí"]) assert.ok(jeri[0]!.aliases.includes(alias), `${alias} in ${JSON.stringify(jeri[0]!.aliases)}`);
  assert.deepEqual(jeri[0]!.articleIds, ["a1", "a2", "a3"]);
  const kast = m.entities.filter((e) => /kast/i.test(e.name));
  assert.equal(kast.length, 1, JSON.stringify(kast.map((e) => e.name)));
  assert.equal(kast[0]!.name, "José Antonio Kast");
  assert.ok(kast[0]!.aliases.includes("Kast"));
});

test("people sharing a first name or a surname stay apart", () => {
  const felipe = article("a5", "Senator Felipe Kast, a centre-right lawmaker, criticised the proposal on Tuesday.");
  const lone = article("a6", "Kast said the border would be closed.");
  const m = mergeEntities([A1, felipe, lone]);
  const names = m.entities.filter((e) => e.type === "person").map((e) => e.name);
  assert.ok(names.includes("José Jerí") && names.includes("José Antonio Kast") && names.includes("Felipe Kast"), names.join(", "));
  // "Kast" alone cannot tell which Kast: it stays an entity of its own
  assert.equal(m.entities.filter((e) => e.name === "Kast").length, 1, m.entities.map((e) => e.name).join(", "));
  // with one Kast in the story, the surname joins him
  const one = mergeEntities([A1, lone]);
  assert.deepEqual(
    one.entities.filter((e) => /kast/i.test(e.name)).map((e) => e.name),
    ["José Antonio Kast"],
  );
});

test("places merge across languages and keep coordinates; groups merge by name", () => {
  const m = mergeEntities([A1, A4, A2]);
  const chile = m.entities.filter((e) => e.type === "place" && e.name === "Chile");
  assert.equal(chile.length, 1);
  assert.equal(chile[0]!.coordinates?.length, 2);
  assert.deepEqual(chile[0]!.articleIds, ["a1", "a4", "a2"]);
  const jeri = m.entities.filter((e) => e.type === "person" && /jer/i.test(e.name));
  assert.equal(jeri.length, 1);
  assert.equal(jeri[0]!.description, "Peruvian President");
});

test("ids are stable and every mention points at a merged entity", () => {
  const a = mergeEntities([A1, A2, A3]);
  const b = mergeEntities([A1, A2, A3]);
  assert.deepEqual(
    a.entities.map((e) => e.id),
    b.entities.map((e) => e.id),
  );
  for (const e of a.entities) assert.match(e.id, /^e-[0-9a-z]{12}$/);
  assert.equal(new Set(a.entities.map((e) => e.id)).size, a.entities.length);
  const ids = new Set(a.entities.map((e) => e.id));
  for (const m of a.mentions) assert.ok(ids.has(m.entityId), m.text);
  for (const x of [A1, A2, A3]) for (const e of x.entities) assert.ok(ids.has(a.idMap.get(e.id)!), e.name);
  // the merged id depends on type and name only, not on which articles hold the entity
  const jeriAlone = mergeEntities([A2]).entities.find((e) => /jer/i.test(e.name))!;
  const jeriAll = a.entities.find((e) => /jer/i.test(e.name))!;
  assert.notEqual(jeriAlone.name, jeriAll.name); // "Jose Jeri" alone, "José Jerí" with the others
  assert.equal(mergeEntities([A3, A1]).entities.find((e) => /jer/i.test(e.name))!.id, jeriAll.id);
});

test("an empty story merges to nothing", () => {
  const m = mergeEntities([]);
  assert.deepEqual(m.entities, []);
  assert.deepEqual(m.mentions, []);
  assert.equal(m.idMap.size, 0);
});

test("a place one article names in full and another by the short form the first gave as its alias is one place; other places stay apart", () => {
  const m = mergeEntities([
    article("a", "Un sismo sacudió el estado de Oaxaca. En Oaxaca hubo daños.", "es"),
    article("b", "La gente de Oaxaca pasó la noche en la calle.", "es"),
    article("c", "El temblor se sintió en Ciudad de México y en todo México.", "es"),
  ]);
  const places = m.entities.filter((e) => e.type === "place");
  const oaxaca = places.filter((e) => e.name === "Oaxaca" || e.aliases.includes("Oaxaca"));
  assert.equal(oaxaca.length, 1, JSON.stringify(places));
  assert.deepEqual([...oaxaca[0]!.articleIds].sort(), ["a", "b"]);
  assert.ok(places.some((e) => /Ciudad de México|Mexico City/.test(e.name)) && places.some((e) => /^M[eé]xico$/.test(e.name)), JSON.stringify(places.map((e) => e.name)));
});
