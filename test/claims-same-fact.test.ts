// Figures lined up across outlets and languages whatever words surround them, when what they
// count says they are one fact: a property of the story's event (a quake's magnitude, not an
// aftershock's or a past quake's), or an equal count of one kind of people ("22 crew members").
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/report/schema.js";
import { extractArticle } from "../src/extract/article.js";
import { reconcileStory } from "../src/reconcile/story.js";

function article(id: string, text: string, day: string, outlet: string, language = "en"): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet, byline: null, published: day, dateline: null, referenceDate: { date: day, basis: "metadata", note: "" }, language, text, removed: [], nearDuplicateOf: null };
}
const story = (...articles: Article[]) => reconcileStory("s", articles.map((a) => ({ article: a, extraction: extractArticle(a, a.referenceDate.date) })));
const claimsWith = (s: ReturnType<typeof story>, re: RegExp) => s.claims.filter((c) => c.kind === "quantity" && c.values.some((v) => re.test(v.text)));

test("claims: one quake's magnitude in two languages and other words is one claim, named after the event", () => {
  const s = story(
    article("m1", "Ecuador's Geophysical Institute put the magnitude at 6.7 on Saturday, after the earthquake.", "2026-11-14", "Reuters"),
    article("m2", "El sismo de magnitud 6,7 sacudió la provincia de Esmeraldas en la madrugada del sábado.", "2026-11-14", "El Universo", "es"),
    article("m3", "Rescuers searched collapsed homes after the magnitude 6.7 quake that hit the coast on Saturday.", "2026-11-14", "AP"),
  );
  const c = claimsWith(s, /6[.,]7/);
  assert.equal(c.length, 1, JSON.stringify(c.map((x) => x.values.map((v) => v.text))));
  assert.equal(c[0]!.values.length, 3);
  assert.equal(c[0]!.status, "agree");
  assert.match(c[0]!.subject, /^magnitude of the (earthquake|quake)$/);
});

test("claims: an aftershock's magnitude and a past quake's are not the story's quake's", () => {
  const s = story(
    article("a1", "The magnitude 6.7 earthquake struck on Saturday. The institute recorded 120 aftershocks, the largest of magnitude 5.1.", "2026-11-14", "Reuters"),
    article("a2", "Se registraron más de 120 réplicas, la mayor de magnitud 5,1, tras el sismo de magnitud 6,7 del sábado. En 2016, un terremoto de magnitud 7,8 dejó 676 muertos.", "2026-11-15", "EFE", "es"),
    article("a3", "A magnitude 7.8 earthquake in 2016 killed 676 people. Saturday's quake had a magnitude of 6.7.", "2026-11-15", "AP"),
  );
  const main = claimsWith(s, /6[.,]7/);
  assert.equal(main.length, 1, JSON.stringify(main.map((x) => x.values.map((v) => v.text))));
  assert.ok(main[0]!.values.every((v) => /6[.,]7/.test(v.text)), JSON.stringify(main[0]!.values.map((v) => v.text)));
  for (const c of claimsWith(s, /5[.,]1|7[.,]8/)) assert.ok(c.values.every((v) => !/6[.,]7/.test(v.text)) && c.status !== "conflict", JSON.stringify([c.status, c.values.map((v) => v.text)]));
});

test("claims: an equal count of one listed kind of people is one claim across languages; a pair of a noun no kind lists is not", () => {
  const s = story(
    article("p1", "Armed pirates seized a Liberian-flagged tanker with 22 crew members off the coast of Somalia on Tuesday. Two men were seen on deck.", "2026-09-01", "Reuters"),
    article("p2", "Piratas armados secuestraron este martes un petrolero con 22 tripulantes a bordo frente a Somalia.", "2026-09-01", "EFE", "es"),
    article("p3", "Navy commandos freed the tanker and its 22 sailors on Wednesday night. Two men later appeared in a Mumbai court.", "2026-09-03", "The Hindu"),
  );
  const crew = claimsWith(s, /22/);
  assert.equal(crew.length, 1, JSON.stringify(crew.map((c) => c.values.map((v) => v.text))));
  assert.equal(crew[0]!.values.length, 3);
  assert.equal(crew[0]!.status, "agree");
  const pairs = claimsWith(s, /Two men/);
  assert.ok(pairs.every((c) => c.values.length === 1), JSON.stringify(pairs.map((c) => c.values.map((v) => v.text))));
});

test("claims: two claims whose values start alike ('two men' and 'two men and a woman') have different ids", () => {
  const s = story(
    article("i1", "One man was shot in the abdomen, and two men and a woman suffered minor injuries to their legs, police said.", "2016-09-02", "WXYZ"),
    article("i2", "Three girls and two boys were hospitalized after the shooting on Friday.", "2016-09-03", "KTVU"),
  );
  const ids = s.claims.map((c) => c.id);
  assert.ok(ids.length >= 3);
  assert.equal(new Set(ids).size, ids.length, JSON.stringify(s.claims.map((c) => [c.id, c.values.map((v) => v.text)])));
});
