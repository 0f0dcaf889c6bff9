// A person's age is a mention of its own (unit "age", rule quantity/age): never a count, but kept
// so a report can say who was how old. Ages in months or weeks are not ages in years and stay out.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractQuantities } from "../src/extract/quantities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import { extractArticle } from "../src/extract/article.js";

const AGES: [Lang, string, string[]][] = [
  ["en", "A 34-year-old man was arrested near the border.", ["34-year-old=34"]],
  ["en", "The suspect, aged 70, was released on bail.", ["aged 70=70"]],
  ["en", "Maddon, 66, has used the downtime to get in better shape.", ["66=66"]],
  ["en", "He will be 30 years old by the end of the year.", ["30 years old=30"]],
  ["en", "Police identified the victims as Jamie Armstrong, 25, and Lee Cho, 19.", ["25=25", "19=19"]],
  ["en", "A ten-year-old girl was shot and killed.", ["ten-year-old=10"]],
  ["es", "Un hombre de 34 años murió en el lugar.", ["34 años=34"]],
  ["es", "La víctima, de 20 años de edad, fue trasladada al hospital.", ["20 años de edad=20"]],
];

// no age: months and weeks, counts and durations
const NO_AGE: [Lang, string][] = [
  ["en", "Her 3-month-old son was unharmed."],
  ["en", "A six-week-old puppy was found."],
  ["en", "Twelve people were killed in the attack."],
  ["en", "The trial lasted 30 years."],
  ["es", "Un bebé de 3 meses resultó ileso."],
  ["es", "El conflicto duró 30 años."],
];

const ages = (text: string, lang: Lang) =>
  extractQuantities(text, splitSentences(text, lang), lang).filter((m) => m.unit === "age");

for (const [lang, sentence, want] of AGES) {
  test(`${lang}, an age: ${sentence}`, () => {
    const got = ages(sentence, lang);
    assert.deepEqual(got.map((m) => `${m.text}=${m.value}`), want);
    for (const m of got) {
      assert.equal(m.rule, "quantity/age");
      assert.equal(m.hedge, "exact");
      assert.equal(sentence.slice(m.start, m.end), m.text);
    }
  });
}
for (const [lang, sentence] of NO_AGE) {
  test(`${lang}, no age: ${sentence}`, () => assert.deepEqual(ages(sentence, lang).map((m) => m.text), []));
}

test("Spanish: 'estudiante de 22 años' is an age; 'capturadas' counts the arrested", () => {
  const q = (t: string) => extractArticle({ id: "a", text: t, language: "es" }, "2026-09-10").quantities.map((x) => [x.text, x.unit, x.measure]);
  assert.deepEqual(q("Fue identificado como Andrés Felipe Rojas, estudiante de 22 años de la Universidad Nacional."), [["22 años", "age", null]]);
  assert.deepEqual(q("El estudiante recibió una condena de 22 años de prisión.")[0]?.[1], "year");
  assert.deepEqual(q("La Fiscalía informó que 45 personas fueron capturadas.")[0], ["45 personas", "people", "arrested"]);
});
