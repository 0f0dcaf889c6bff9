// Killed or injured, from what the clause says happened to the person counted: "was shot" counts
// only with its outcome ("but survived" injured, "and died" killed); an injured verb followed by the
// same person's death is a death; "wounding one" states a count; "no other injuries" is none; "N such
// shootings" is an aggregate.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/report/schema.js";
import { extractArticle } from "../src/extract/article.js";
import { reconcileStory } from "../src/reconcile/story.js";
import type { Lang } from "../src/model.js";

const figures = (text: string, language: Lang = "en") =>
  extractArticle({ id: "a", text, language }, "2025-01-01").quantities.filter((q) => q.unit !== "age" && q.measure).map((q) => `${q.value}:${q.measure}`);

function article(id: string, text: string, day: string, outlet: string, language = "en"): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet, byline: null, published: day, dateline: null, referenceDate: { date: day, basis: "metadata", note: "" }, language, text, removed: [], nearDuplicateOf: null };
}
const figure = (measure: string, ...articles: Article[]) =>
  reconcileStory("s", articles.map((a) => ({ article: a, extraction: extractArticle(a, a.referenceDate.date) }))).keyFigures.find((k) => k.measure === measure);

test("outcome: a person shot counts as injured only when the clause says they lived", () => {
  const cases: [string, string[], Lang?][] = [
    ["A 23-year-old man was shot in the leg and is in stable condition.", ["1:injured"]],
    ["A fourth person was also shot, police said, but survived with non-life-threatening injuries.", ["1:injured"]],
    ["The girl's mother was also shot, and is expected to survive, the sheriff said.", ["1:injured"]],
    ["Un joven recibió un disparo en la pierna y fue trasladado a un hospital.", ["1:injured"], "es"],
    // said of someone else, or nothing said: no count
    ["A man was shot in the head.", []],
    // (the one who survived is the mother, in a clause of her own)
    ["The child was shot in the head, while a woman, who survived, stood by.", []],
    ["He was shot at, but the bullets missed.", []],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
});

test("outcome: the same person's death after the verb makes the count a death", () => {
  const cases: [string, string[], Lang?][] = [
    ["A 20-year-old man was hit in his chest and was pronounced dead at the scene.", ["1:killed"]],
    ["The boy was taken to a hospital, where he died from his injuries.", ["1:killed"]],
    ["Dashawn Smith was shot around 2 a.m. and was taken to a hospital, where he died.", ["1:killed"]],
    ["The man was shot multiple times in his chest and was taken to Stroger Hospital in critical condition before he was pronounced dead, police said.", ["1:killed"]],
    ["Un hombre resultó herido y murió horas después.", ["1:killed"], "es"],
    // another person's death leaves the injured one injured
    ["A woman was wounded and a man was pronounced dead at the scene.", ["1:injured", "1:killed"]],
    ["A girl was hit in the arm along with her uncle, who died.", ["1:injured"]],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
});

test("outcome: a clause after a name is not its parenthesis", () => {
  // the killed brother and the shot wife who recovers are two counts, not one
  assert.deepEqual(figures("She said that her brother, 57-year-old Michael Oehme, was killed in Friday's attack and that his wife, 52-year-old Kari Oehme, was shot in the shoulder and is expected to recover."), ["1:killed", "1:injured"]);
});

test("outcome: 'wounding one' states its count; a tie between articles goes to the count said most", () => {
  // two reports, a day apart: "two others with gunshot wounds" the first night, "one wounded" later,
  // and the lead of the second says "one person was wounded" again
  const a = article("a", "Police found five people dead and two others with gunshot wounds.", "2014-07-10", "A");
  const b = article("b", "Haskell opened fire on the family, killing six and wounding one. One person was wounded and survived.", "2014-07-11", "B");
  assert.deepEqual(figures("Haskell opened fire on the family, killing six and wounding one."), ["6:killed", "1:injured"]);
  const k = figure("injured", a, b);
  assert.equal(k?.value, 1, k?.explanation);
  // no statement of one: the implicit "a man was wounded" does not outvote a number
  const c = article("c", "A man was wounded in the shooting.", "2014-07-11", "C");
  assert.equal(figure("injured", a, c)?.value, 2);
});

test("outcome: 'no other injuries' is none; 'N such shootings' is an aggregate", () => {
  assert.deepEqual(figures("The child died at the scene. No other injuries were reported."), ["1:killed", "0:injured"]);
  const k = figure("injured", article("a", "A 4-year-old girl and her mother were wounded on Sunday. In two years there were 45 such shootings in the state, with 29 children wounded.", "2016-11-13", "A"));
  assert.deepEqual(k?.trail.map((t) => t.value), [2]);
});

test("outcome: parts of a group each said with their place are one group; a comma alone after a place joins nothing", () => {
  const sums = (text: string) => extractArticle({ id: "a", text, language: "en" }, "2025-01-01").quantities.filter((q) => q.rule === "quantity/sum").map((q) => `${q.value}:${q.measure}`);
  assert.deepEqual(sums("The gunfire injured a 6-year-old girl at her home and a man at a store across the street."), ["2:injured"]);
  assert.deepEqual(sums("Two days after a gunman killed two people and then himself inside its lobby, the gunman's daughter spoke."), ["3:killed"]);
  assert.deepEqual(sums("The gunfire injured a girl at her home, a man said."), []);
});

test("outcome: a person named as killed and, elsewhere in the article, as hurt died", () => {
  assert.deepEqual(figures("The arrest came a week after Acen King was shot dead in the back seat. There she noticed Acen was hurt and called 911."), ["1:killed"]);
  // another person of the same article stays injured
  assert.deepEqual(figures("Acen King was shot dead in the back seat. His grandmother, Mary Smith, was hurt."), ["1:killed", "1:injured"]);
});
