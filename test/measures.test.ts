// What a count of people counts, from its clause: sentences that must and must not give a measure,
// in English and Spanish, and counts said without a number.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/article.js";
import { cumulativeMeasure, struckIn } from "../src/extract/measures.js";
import type { Lang } from "../src/model.js";

const figures = (text: string, language: Lang = "en") =>
  extractArticle({ id: "a", text, language }, "2025-01-01").quantities.filter((q) => q.unit !== "age").map((q) => `${q.value}:${q.measure ?? "-"}`);

test("measures: the clause says what a count counts", () => {
  const cases: [string, string[], Lang?][] = [
    ["At least 12 people were killed and 104 people injured in the quake.", ["12:killed", "104:injured"]],
    ["The death toll rose to 24 on Sunday, officials said.", ["24:killed"]],
    ["The number of people killed by the earthquake has climbed to 24.", ["24:killed"]],
    ["The attack left 5 dead and 11 wounded.", ["5:killed", "11:injured"]],
    ["The shooting killed three and injured two others.", ["3:killed", "2:injured"]],
    ["Three suspects were arrested.", ["3:arrested"]],
    ["After at least 100 foreigners, mostly Venezuelans, assembled at the frontier.", ["100:gathered"]],
    ["Some 6,000 people were evacuated from the coast.", ["6000:evacuated"]],
    ["Al menos 15 personas murieron y 40 resultaron heridas.", ["15:killed", "40:injured"], "es"],
    ["La cifra de muertos subió a siete.", ["7:killed"], "es"],
    // a short place between the count and its verb
    ["Two people in the car were killed.", ["2:killed"]],
    ["At least 100 people were reported at the border seeking entry.", ["100:gathered"]],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
});

test("measures: counts that are not of a measure stay without one", () => {
  const cases: [string, string[]][] = [
    ["Some 330,000 undocumented migrants live in Chile.", ["330000:-"]],
    ["The country has 34 million residents.", ["34000000:-"]],
    ["The rate was 19.3 deaths per 100,000 residents.", ["19.3:-", "100000:-"]],
    ["The quake destroyed 300 homes.", ["300:-"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(figures(text), want, text);
  // ages listed between a count and its verb are not counts of the injured
  const ages = figures("Three other men, ages 25, 26, and 33, were injured.").filter((f) => /^(25|26|33):/.test(f));
  assert.ok(ages.every((f) => f.endsWith(":-")), ages.join(" "));
});

test("measures: counts said without a number", () => {
  const cases: [string, string[], Lang?][] = [
    ["A 23-year-old man was shot and wounded near the store.", ["1:injured"]],
    ["No one was hurt in the blaze.", ["0:injured"]],
    ["There were no injuries reported.", ["0:injured"]],
    ["The shooting on Bourbon Street killed one person and injured nine more.", ["1:killed", "9:injured"]],
    ["Justin Burns, 14, of Palisade, died in the hunting incident.", ["1:killed"]],
    ["Un hombre murió tras el tiroteo.", ["1:killed"], "es"],
    ["Nadie resultó herido.", ["0:injured"], "es"],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
  // not counts: a man who spoke, a plural, a name that did something else
  for (const text of ["A man said the police arrived late.", "The men were questioned.", "Justin Burns said he heard shots."]) assert.deepEqual(figures(text), [], text);
});

/** The counts of a text that have a measure, as "value:measure". */
const measured = (text: string, language: Lang = "en") => figures(text, language).filter((f) => !f.endsWith(":-"));

test("measures: one person named, pointed at or undergoing the measure is a count of one", () => {
  const cases: [string, string[], Lang?][] = [
    ["The shooting killed his 5-year-old sister and injured a 4-year-old neighbor.", ["1:killed", "1:injured"]],
    ["Three people are dead and another was injured.", ["3:killed", "1:injured"]],
    ["Lucas died Monday at the hospital.", ["1:killed"]],
    ["She was later pronounced dead at the scene.", ["1:killed"]],
    ["A 2-year-old is dead and a 15-month-old is injured.", ["1:killed", "1:injured"]],
    ["Authorities arrested him in the shooting death of a 21-year-old woman.", ["1:killed"]],
    ["The man who killed his wife was arrested Monday.", ["1:killed"]],
    ["La policía dijo que mató a su esposa.", ["1:killed"], "es"],
    ["Un joven de 17 años murió en el lugar.", ["1:killed"], "es"],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(measured(text, lang), want, text);
  // nobody was counted: an attempt, the one who did it (active voice), a weekday after the verb
  for (const text of ["Police are investigating the attempted murder of Childress.", "A man killed time at the bar.", "The storm killed Monday's harvest.", "The General Coordination for Displaced Persons and Refugees said the camp was hit."]) assert.deepEqual(measured(text), [], text);
});

test("measures: the parts of one group are added, a list naming a counted group is not", () => {
  const cases: [string, string[], Lang?][] = [
    ["Three men and a woman were wounded in the gunfire.", ["4:injured"]],
    ["The gunman killed two people and then himself.", ["2:killed", "3:killed"]],
    ["Omani Free, 18, and Tabitha Cruz, 20, were killed in the shooting.", ["2:killed"]],
    ["Police said he killed his wife, 34, and the four girls.", ["5:killed"]],
    ["A shooting left a 10-year-old girl and two men wounded.", ["3:injured", "2:injured"]],
    ["Un hombre y una mujer resultaron heridos.", ["2:injured"], "es"],
    ["Police said the man shot and killed his wife and four daughters.", ["5:killed"]],
    // an organisation is not one of the named dead
    ["According to the Indianapolis Police Department, Antonio Kelley and Derrius Brandon were shot and killed.", ["2:killed"]],
    // not a group: two clauses, each with its count
    ["Two men were found dead and two others were wounded.", ["2:killed", "2:injured"]],
    ["The attack left five dead and eleven wounded.", ["5:killed", "11:injured"]],
    // a person renamed is one person
    ["Police say Syed shot and killed his first victim, a 20-year-old, in the parking lot.", ["1:killed"]],
    // a list naming the three is not three more
    ["Three people, a man and two women, were killed.", ["3:killed"]],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(measured(text, lang), want, text);
});

test("measures: the clause around a count, past lists, partitives and wounds", () => {
  const cases: [string, string[]][] = [
    ["Two of the four shooting victims had died.", ["2:killed"]],
    ["The attack left five people with gunshot wounds.", ["5:injured"]],
    ["Police found two slain victims upstairs.", ["2:killed"]],
    ["Five men and women were injured in a drive-by shooting.", ["5:injured"]],
    ["Three other men, ages 25, 26, and 33, were injured.", ["3:injured"]],
    ["Four people were found shot to death inside the home.", ["4:killed"]],
    ["Three victims were taken to a hospital.", ["3:affected"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(measured(text), want, text);
});

test("measures: a protester, a demonstrator, a prisoner are people; 'los heridos son 48' counts the injured", () => {
  assert.deepEqual(measured("Un manifestante murió y al menos 30 personas resultaron heridas.", "es"), ["1:killed", "30:injured"]);
  assert.deepEqual(measured("A protester died in the clashes."), ["1:killed"]);
  assert.deepEqual(measured("Los heridos son 48, entre ellos 12 policías.", "es"), ["48:injured"]);
  assert.deepEqual(measured("An official said the vote was delayed."), []);
});

test("measures: a count last in an enumeration takes the cue before it; a list with no cue gives none", () => {
  const cases: [string, string[], Lang?][] = [
    ["The gunman fired into the crowd, injuring a guard, a clerk, and two customers.", ["4:injured", "2:injured"]],
    ["El atacante disparó contra la multitud, hiriendo a guardias, cajeros y dos clientes.", ["2:injured"], "es"],
    // no cue before the enumeration
    ["Officers searched the houses, the cars, and two people at the scene.", ["2:-"]],
    ["La policía revisó las casas, los autos y dos personas en el lugar.", ["2:-"], "es"],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
});

test("measures: people struck by gunfire, the dead and the wounded alike, are read but given no measure", () => {
  const struck = (text: string, count: string, lang: Lang = "en") => {
    const i = text.indexOf(count);
    return struckIn(text, i, i + count.length, count.split(" ")[1] ?? null, lang);
  };
  assert.equal(struck("Five people were shot at the party on Saturday.", "Five people"), true);
  assert.equal(struck("Police said he shot five people before fleeing.", "five people"), true);
  assert.equal(struck("Gunmen sprayed the block, striking houses, cars, and four people.", "four people"), true);
  assert.equal(struck("Cinco personas fueron baleadas en la fiesta del sábado.", "Cinco personas", "es"), true);
  assert.equal(struck("El pistolero baleó a cinco personas antes de huir.", "cinco personas", "es"), true);
  // not struck: another verb, or the shooting named after the count
  assert.equal(struck("Five people were arrested after the shooting.", "Five people"), false);
  assert.equal(struck("Cinco personas fueron detenidas tras el tiroteo.", "Cinco personas", "es"), false);
  assert.deepEqual(figures("Five people were shot at the party on Saturday."), ["5:-"]);
});

test("measures: which counts only grow as a story develops is data, the same in every language", () => {
  for (const lang of ["en", "es"] as const) {
    for (const m of ["killed", "injured", "arrested", "evacuated", "displaced", "affected"] as const) assert.equal(cumulativeMeasure(m, lang), true, `${lang} ${m}`);
    for (const m of ["missing", "gathered"] as const) assert.equal(cumulativeMeasure(m, lang), false, `${lang} ${m}`);
  }
});

test("measures: a toll verb's count takes the cue heading its subject, its own clause's, and never counts things", () => {
  const cases: [string, string[], Lang?][] = [
    // the cue after "número de" heads the subject; "desplazados" only names the camp
    ["El número de muertos por el ataque contra el campamento de desplazados de Abu Shouk se elevó a 63.", ["63:killed"], "es"],
    ["The death toll from the attack on a camp for displaced people rose to 40 on Thursday.", ["40:killed"]],
    ["The number of injured in the attack on the shelter for evacuees rose to 85.", ["85:injured"]],
    // a count and "mientras que" end the earlier toll's clause
    ["El número de muertos ascendió a 21, mientras que los heridos llegan a 104.", ["21:killed", "104:injured"], "es"],
    ["The death toll rose to 21, while the number of injured climbed to 104.", ["21:killed", "104:injured"]],
    // the nearest cue still, when no head or toll says otherwise
    ["Three people were injured and the death toll rose to 12.", ["3:injured", "12:killed"]],
    // homes are no people
    ["Además, 61 personas resultaron heridas y al menos 140 viviendas quedaron afectadas.", ["61:injured", "140:-"], "es"],
    ["The storm damaged 300 homes and 1,200 people were affected.", ["300:-", "1200:affected"]],
    // nor are families one person each: "2,000 families" is no count of people displaced
    ["About 2,000 families fled the camp and 12,000 people were displaced.", ["2000:-", "12000:displaced"]],
  ];
  for (const [text, want, lang] of cases) assert.deepEqual(figures(text, lang), want, text);
});

test("measures: a period after a superlative qualifies the comparison, not the count", async () => {
  const { scopeCue } = await import("../src/extract/measures.js");
  assert.equal(scopeCue("A drone strike killed at least 40 people on Wednesday, in one of the deadliest attacks on civilians this year.", "en"), null);
  assert.equal(scopeCue("El ataque, el más mortífero de este año, dejó 63 muertos.", "es"), null);
  // an aggregate stays one
  assert.equal(scopeCue("More than 750 people have been killed in the city so far this year.", "en"), "so far this year");
  assert.equal(scopeCue("Most of the 750 people killed this year were shot.", "en"), "this year");
});

test("measures: a superlative does not make a history frame the event's own", async () => {
  const { scopeCue } = await import("../src/extract/measures.js");
  assert.equal(scopeCue("A gunman killed 49 people at a nightclub in Orlando in the deadliest mass shooting in modern U.S. history.", "en"), "in modern");
});
