// Key figures of a story: what each article says the toll is, and which figure is current. A count
// of an aggregate ("so far this year"), of a wider place ("across the city") or of an earlier event is
// never the event's figure; a tie between articles goes to the figure stated most often as a number.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../src/report/schema.js";
import { extractArticle } from "../src/extract/article.js";
import { reconcileStory } from "../src/reconcile/story.js";
import { figureScope, notOwnFigure } from "../src/reconcile/figure-scope.js";

function article(id: string, text: string, day: string, outlet: string, language = "en"): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet, byline: null, published: day, dateline: null, referenceDate: { date: day, basis: "metadata", note: "" }, language, text, removed: [], nearDuplicateOf: null };
}

function story(...articles: Article[]) {
  return reconcileStory("s", articles.map((a) => ({ article: a, extraction: extractArticle(a, a.referenceDate.date) })));
}
const figure = (s: ReturnType<typeof story>, measure: string) => s.keyFigures.find((k) => k.measure === measure);

test("key figures: an aggregate, a wider place or an earlier event is not the event's toll", () => {
  const cases: [string, string, "killed" | "injured", number][] = [
    ["Four people were killed in a shooting at a restaurant on Thursday. More than 750 people have been killed in the city so far this year.", "2016-12-17", "killed", 4],
    ["Three people were killed in the shooting on Sunday. Authorities said 12 people were killed in shootings across the city over the weekend.", "2016-04-18", "killed", 3],
    ["A teenager was shot and wounded on Saturday night. In December, a woman drove her car onto the sidewalk, injuring 36.", "2016-01-26", "injured", 1],
    ["Two men were wounded on Monday. A separate shooting in the same block wounded five people.", "2016-05-02", "injured", 2],
    ["Two people were killed on Monday. According to police, there were 762 murders in 2016.", "2016-11-28", "killed", 2],
  ];
  cases.push(["Tres hombres y una mujer resultaron heridos en el tiroteo del sábado. En lo que va del año, 230 personas han sido asesinadas y 400 resultaron heridas en la ciudad.", "2016-05-02", "injured", 4]);
  for (const [text, day, measure, want] of cases) {
    const k = figure(story(article("a", text, day, "Outlet", /^Tres/.test(text) ? "es" : "en")), measure);
    assert.equal(k?.value, want, text);
    assert.deepEqual(k?.trail.map((t) => t.value), [want], text);
  }
});

test("key figures: the event's own counts stay, whatever else the sentence says", () => {
  const a = article("a", "Two people were killed in a shooting on Monday night, police said. The shooting happened near the city's main park.", "2016-03-08", "Outlet");
  const x = extractArticle(a, a.referenceDate.date);
  const scope = figureScope(x.times, new Map([[a.id, a]]));
  const measured = x.quantities.filter((q) => q.measure);
  assert.deepEqual(measured.map((q) => [q.value, q.measure, notOwnFigure(q, scope)]), [[2, "killed", null]]);
  assert.equal(figure(story(a), "killed")?.value, 2);
});

test("key figures: articles tied, the figure stated most often as a number is current", () => {
  const a = article("a", "Three people were killed in the attack on Sunday. Police said three people died at the scene.", "2017-01-22", "Outlet A");
  const b = article("b", "Officials said 2 people were killed in the attack on Sunday.", "2017-01-22", "Outlet B");
  const k = figure(story(a, b), "killed");
  assert.equal(k?.value, 3, k?.explanation);
  assert.equal(k?.status, "conflict");
  // a rising toll: the latest report's figure is current, however often the first was said
  const later = article("c", "The death toll rose to 4 on Tuesday after a wounded man died.", "2017-01-24", "Outlet C");
  assert.equal(figure(story(a, later), "killed")?.value, 4);
});

test("key figures: 'the 2000 block' is an address, not a year that makes the count another event's", () => {
  const a = article("a", "Antonio Kelley and Derrius Brandon were shot and killed in the 2000 block of West 76th Street early Saturday.", "2016-09-19", "Outlet");
  assert.deepEqual(figure(story(a), "killed")?.trail.map((t) => t.value), [2]);
  // a year said as such still dates the count to another event
  const b = article("b", "Two men were shot and killed in the same block in 2000, police said.", "2016-09-19", "Outlet");
  assert.equal(figure(story(b), "killed"), undefined);
});

test("key figures: the missing counted on later days may fall (found alive): an update, not a conflict; a toll that falls stays one", () => {
  const missing = story(
    article("m1", "Six fishermen remain missing off the coast of Cagayan province, the council said on Tuesday.", "2026-10-20", "Rappler"),
    article("m2", "Four people remained missing on Wednesday, after two fishermen were found alive, the agency said.", "2026-10-21", "Reuters"),
  );
  const k = figure(missing, "missing");
  assert.equal(k?.value, 4);
  assert.equal(k?.status, "explained", k?.explanation);
  assert.match(k!.explanation, /^Reports changed 6 → 4/);
  const toll = story(
    article("k1", "Eight people were killed in the storm, officials said on Tuesday.", "2026-10-20", "Rappler"),
    article("k2", "Six people were killed in the storm, officials said on Wednesday.", "2026-10-21", "Reuters"),
  );
  assert.equal(figure(toll, "killed")?.status, "conflict");
});

test("key figures: a first report of the toll worded unlike the later ones joins their claim, in the trail's order", () => {
  const s = story(
    article("t1", "At least three people were killed, including a farmer who was hit by a falling tree, provincial officials said.", "2026-10-19", "Associated Press"),
    article("t2", "The death toll from Typhoon Marisol has risen to eight, the disaster council said on Tuesday.", "2026-10-20", "Rappler"),
    article("t3", "The death toll from Typhoon Marisol rose to 11 on Wednesday as rescuers reached towns cut off by landslides.", "2026-10-21", "Reuters"),
  );
  assert.deepEqual(figure(s, "killed")?.trail.map((t) => t.value), [3, 8, 11]);
  const killed = s.claims.filter((c) => c.kind === "quantity" && c.values.some((v) => /three|eight|11/.test(v.text)));
  assert.equal(killed.length, 1, JSON.stringify(killed.map((c) => [c.status, c.values.map((v) => v.text)])));
  assert.deepEqual(killed[0]!.values.map((v) => v.text), ["At least three people", "eight", "11"]);
  assert.equal(killed[0]!.status, "explained");
});

test("key figures: one toll reported in two languages and worded anew each day is one claim with the trail's explanation", () => {
  const s = story(
    article("e1", "A magnitude 6.9 earthquake struck the coast early on Saturday, killing at least three people, authorities said. At least 25 people were injured.", "2026-11-14", "Reuters"),
    article("e2", "La cifra de fallecidos por el sismo subió a nueve, informó la Secretaría de Gestión de Riesgos. Además, 61 personas resultaron heridas.", "2026-11-15", "El Universo", "es"),
    article("e3", "The death toll rose to 14 on Monday, officials said, as rescuers searched collapsed houses. The agency said 88 people were injured.", "2026-11-16", "AP"),
  );
  assert.deepEqual(figure(s, "killed")?.trail.map((t) => t.value), [3, 9, 14]);
  for (const [measure, texts] of [["killed", ["at least three people", "nueve", "14"]], ["injured", ["At least 25 people", "61 personas", "88 people"]]] as const) {
    const onTrail = new Set(figure(s, measure)!.trail.map((t) => `${t.articleId}:${t.start}`));
    const claims = s.claims.filter((c) => c.kind === "quantity" && c.values.some((v) => onTrail.has(`${v.articleId}:${v.start}`)));
    assert.equal(claims.length, 1, `${measure}: ${JSON.stringify(claims.map((c) => [c.status, c.values.map((v) => v.text)]))}`);
    assert.deepEqual(claims[0]!.values.map((v) => v.text), texts);
    assert.equal(claims[0]!.status, "explained");
    assert.match(claims[0]!.explanation, /rose/);
  }
});

test("key figures: reports of one day that differ are not joined into one claim by the trail", () => {
  const s = story(
    article("d1", "The earthquake killed 12 people, officials said on Saturday.", "2026-11-14", "Reuters"),
    article("d2", "El sismo dejó 30 muertos, según la Cruz Roja.", "2026-11-14", "EFE", "es"),
  );
  assert.equal(figure(s, "killed")?.status, "conflict");
  const killed = s.claims.filter((c) => c.kind === "quantity" && c.values.some((v) => /12|30/.test(v.text)));
  assert.ok(killed.every((c) => c.status !== "explained"), JSON.stringify(killed.map((c) => [c.status, c.values.map((v) => v.text)])));
});

test("key figures: an article that states two totals of one toll shows both on the trail; its parts stay off", () => {
  const en = article("a", "Twelve people were killed and at least three were wounded in the attack on Monday, police said. Late on Monday the mayor said eight people were injured in the attack.", "2016-03-08", "Outlet");
  const k = figure(story(en), "injured");
  assert.equal(k?.value, 8);
  assert.deepEqual(k?.trail.map((t) => t.value).sort((x, y) => (x ?? 0) - (y ?? 0)), [3, 8]);
  const es = article("b", "Al menos tres personas resultaron heridas en el tiroteo del lunes, dijo la policía. Más tarde, el alcalde dijo que ocho personas resultaron heridas en el tiroteo.", "2016-03-08", "Medio", "es");
  const e = figure(story(es), "injured");
  assert.equal(e?.value, 8);
  assert.deepEqual(e?.trail.map((t) => t.value).sort((x, y) => (x ?? 0) - (y ?? 0)), [3, 8]);
  // a part of the count: a person said one by one, a count with a part's word, one of a longer count
  const parts = [
    "Five people were injured in the shooting on Monday, police said. A man was wounded in the arm.",
    "Five people were injured in the shooting on Monday, two of them critically, police said. Two were critically injured.",
    "Six children and two adults were injured in the crash on Monday, police said.",
  ];
  for (const text of parts) {
    const p = figure(story(article("c", text, "2016-03-08", "Outlet")), "injured");
    assert.equal(new Set(p?.trail.map((t) => t.value)).size, 1, `${text} → ${p?.trail.map((t) => t.text).join(" | ")}`);
  }
  const partEs = figure(story(article("d", "Cinco personas resultaron heridas en el tiroteo del lunes. Dos personas están heridas graves.", "2016-03-08", "Medio", "es")), "injured");
  assert.deepEqual(partEs?.trail.map((t) => t.value), [5]);
});

test("key figures: an article that gives the people shot and the dead, not the wounded, gives the wounded as their difference, on the trail only", () => {
  const wounded = (text: string, language = "en") => figure(story(article("a", text, "2016-03-08", "Outlet", language)), "injured");
  const en = wounded("Four men were shot and two of them died early Friday at a gas station. A 25-year-old man was wounded in both legs.");
  assert.equal(en?.value, 1);
  assert.deepEqual(en?.trail.map((t) => t.value).sort(), [1, 2]);
  // its words run on to the dead its own sentence gives
  assert.ok(en?.trail.some((t) => t.value === 2 && t.text === "Four men were shot and two"), en?.trail.map((t) => t.text).join(" | "));
  const es = wounded("Cuatro hombres fueron baleados y dos de ellos murieron el viernes en una gasolinera. Un hombre de 25 años resultó herido en las piernas.", "es");
  assert.deepEqual(es?.trail.map((t) => t.value).sort(), [1, 2]);
  // none left when all the people shot died; a count over the city is not the event's
  assert.deepEqual(wounded("Two men were shot and killed on Friday. A woman was wounded in the arm.")?.trail.map((t) => t.value), [1]);
  assert.deepEqual(wounded("A man was wounded on Friday. Twelve people were shot across the city over the weekend.")?.trail.map((t) => t.value), [1]);
  // the people shot never make an injured figure of their own
  assert.equal(wounded("Five people were shot at the party on Saturday, police said."), undefined);
});

test("key figures: the trail says which entry is an article's figure, another total it also states, or the wounded derived; Markdown's steps read the figures only", async () => {
  const { analyze, renderMarkdown } = await import("../src/index.js");
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "sitrep-trail-"));
  try {
    const file = join(dir, "camp.jsonl");
    const rows = [
      { title: "Strike on camp", outlet: "Reuters", published: "2026-10-08", text: "A drone strike on the camp killed 40 people on Wednesday, officials said. About 2,000 people fled the camp after the attack, the IOM said." },
      { title: "Ataque contra campamento", outlet: "EFE", published: "2026-10-09", text: "El ataque del miércoles contra el campamento dejó 63 muertos, informaron los médicos. Unas 12.000 personas huyeron del campamento, según la OIM, y otras 900 personas huyeron hacia Tawila." },
    ];
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n"));
    const report = await analyze([file]);
    const displaced = report.stories[0]!.keyFigures.find((k) => k.measure === "displaced");
    assert.ok(displaced, JSON.stringify(report.stories[0]!.keyFigures.map((k) => k.measure)));
    assert.deepEqual(displaced.trail.filter((t) => t.role === "figure").map((t) => t.value), [2000, 12000]);
    assert.ok(displaced.trail.some((t) => t.role === "also" && t.value === 900), JSON.stringify(displaced.trail));
    const line = renderMarkdown(report).split("\n").find((l) => l.startsWith("- **People displaced"));
    assert.match(line ?? "", /reports rose 2,000 → 12,000\[/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("key figures: 'this year' after a superlative qualifies the comparison; the count stays the event's", () => {
  const own = figure(story(article("a", "A drone strike on the camp killed at least 40 people on Wednesday, in one of the deadliest attacks on civilians this year, officials said.", "2026-10-08", "Reuters")), "killed");
  assert.deepEqual(own?.trail.map((t) => t.value), [40]);
  const es = figure(story(article("b", "El ataque del miércoles, el más mortífero de este año, dejó 63 muertos, informaron los médicos.", "2026-10-09", "EFE", "es")), "killed");
  assert.deepEqual(es?.trail.map((t) => t.value), [63]);
  // a count over the year stays out
  assert.equal(figure(story(article("c", "Two people were killed on Monday. More than 750 people have been killed in the city this year.", "2016-12-17", "Outlet")), "killed")?.value, 2);
});
