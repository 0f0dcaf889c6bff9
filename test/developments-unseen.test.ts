// Developments of stories nobody tuned to (an earthquake's toll, riots, a ship seized, a camp
// bombed), in English and Spanish: each rule with sentences of its own and one that must not match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/article.js";
import type { Lang } from "../src/model.js";
import { developmentsOf } from "./helpers.js";

const events = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-11-03").events;

test("developments: a passive with its own subject is said as written, the subject first ('A warship was dispatched', not 'Navy dispatched')", async () => {
  const devs = await developmentsOf([
    ["w1", "Sea Wire", "2026-09-21", "Warship sent\n\nAn Indian Navy warship was dispatched to shadow the hijacked vessel, a navy spokesman said."],
    ["w2", "Port Daily", "2026-09-21", "Navy moves\n\nAn Indian Navy warship was dispatched to shadow the hijacked vessel on Sunday."],
  ]);
  const sent = devs.find((d) => d.type === "deployment");
  assert.ok(sent, JSON.stringify(devs));
  assert.match(sent.summary, /^(?:An Indian )?Navy warship was dispatched to shadow the hijacked vessel/);
  // (an active verb keeps its actor first: no passive read into it)
  const active = await developmentsOf([
    ["w3", "Sea Wire", "2026-09-21", "Warship sent\n\nThe navy dispatched a warship to shadow the hijacked vessel."],
    ["w4", "Port Daily", "2026-09-21", "Navy moves\n\nThe navy dispatched a warship to shadow the hijacked vessel on Sunday."],
  ]);
  assert.ok(active.some((d) => /^The navy dispatched a warship/i.test(d.summary)), JSON.stringify(active.map((d) => d.summary)));
});

test("events: a death is a development of its own, its subject first (data/<lang>/events.json 'death')", () => {
  const one = (text: string, language: Lang) => events(text, language).map((e) => `${e.type}|${e.text}|${e.actorText ?? "-"}`);
  assert.deepEqual(one("A rescuer died after a wall collapsed on him in the town of Bangued.", "en"), ["death|A rescuer died after a wall collapsed on him in the town of Bangued|-"]);
  assert.deepEqual(one("Two firefighters were killed when a bell tower collapsed in Vigan.", "en"), ["death|Two firefighters were killed when a bell tower collapsed in Vigan|Two firefighters"]);
  assert.deepEqual(one("Un manifestante murió tras ser alcanzado por una bomba lacrimógena en Valparaíso.", "es"), ["death|Un manifestante murió tras ser alcanzado por una bomba lacrimógena en Valparaíso|-"]);
  assert.deepEqual(one("Dos trabajadores humanitarios fueron asesinados en el campo.", "es"), ["death|Dos trabajadores humanitarios fueron asesinados en el campo|Dos trabajadores humanitarios"]);
  // a subject before an aside starts the words ("The third victim, a 37-year-old man, died")
  assert.match(one("The third victim, a 37-year-old man, died early Thursday at a hospital in Detroit.", "en")[0] ?? "", /^death\|The third victim, a 37-year-old man, died early Thursday/);
  // not deaths: a killing said actively is an attack, a toll without a verb is no development
  assert.deepEqual(events("Gunmen killed three villagers near Bunia on Sunday.", "en").map((e) => e.type), ["attack"]);
  assert.deepEqual(events("The death toll could rise, officials warned reporters on Monday.", "en").filter((e) => e.type === "death"), []);
});

test("events: a passive with no subject of its own ('… died after being shot') is no development of its own", () => {
  assert.deepEqual(events("A protester died after being shot during clashes with police in Nouméa.", "en").map((e) => e.type), ["death"]);
  // (a passive with its subject still is one)
  assert.deepEqual(events("A protester was shot during clashes with police in Nouméa.", "en").map((e) => e.type), ["attack"]);
});

test("events: an agent after 'from'/'by' is looked for in the trigger's own sentence only", () => {
  const [e] = events("Both men died from their injuries. Ted Chen, a neighbour, heard the shots.", "en");
  assert.ok(e, "a death");
  assert.notEqual(e.actorText, "Ted Chen");
  assert.equal(e.text, "Both men died from their injuries");
});

test("events: the subject of a verb right after a relative pronoun is its antecedent ('Los manifestantes, que marcharon …')", () => {
  const got = (text: string, language: Lang) => events(text, language).map((e) => `${e.type}:${e.actorText ?? "-"}`);
  assert.deepEqual(got("Los manifestantes, que marcharon por la avenida Pedro Montt, exigen la renuncia del intendente.", "es"), ["gathering:Los manifestantes"]);
  assert.deepEqual(got("Protesters, who marched through the city centre on Friday, demanded new elections.", "en"), ["gathering:Protesters"]);
  // a collective before the verb acts, not a name after 'por' ("por la avenida Pedro Montt")
  assert.deepEqual(got("Los manifestantes marcharon por la avenida Pedro Montt.", "es"), ["gathering:Los manifestantes"]);
});

test("events: a person named before an age in commas is the subject ('Ceasar Valdovinos, 23, died')", () => {
  const [e] = events("Ceasar Valdovinos, 23, died of a gunshot wound to the torso.", "en");
  assert.equal(e?.actorText, "Ceasar Valdovinos");
  // (not a number in commas that is no age: a count of people)
  const [f] = events("The toll, 23, was revised later.", "en");
  assert.equal(f, undefined);
});

test("events: a development's words never end inside a name ('… de Abu Shouk')", () => {
  const [e] = events("Al menos 20 personas murieron en el bombardeo del sábado contra el campo de desplazados de Abu Shouk, informó el domingo una organización.", "es");
  assert.match(e?.text ?? "", /de Abu Shouk$/);
});

test("developments: two deaths worded differently are two developments; one death told by two outlets is one", async () => {
  const devs = await developmentsOf([
    ["q1", "Manila Wire", "2026-11-03", "Quake kills rescuer\n\nA rescuer died after a wall collapsed on him in the town of Bangued on Tuesday."],
    ["q2", "Asia Report", "2026-11-03", "Quake toll rises\n\nAn elderly woman was killed when her house caved in near Vigan on Tuesday. A rescuer died after a wall collapsed on him in Bangued."],
  ]);
  const deaths = devs.filter((d) => d.type === "death");
  assert.equal(deaths.length, 2, JSON.stringify(deaths.map((d) => d.summary)));
  assert.ok(deaths.some((d) => d.status === "agree" && /^A rescuer died after a wall collapsed/.test(d.summary)), JSON.stringify(deaths));
  assert.ok(deaths.some((d) => /^An elderly woman was killed when her house caved in/.test(d.summary)), JSON.stringify(deaths));
});

test("developments: a death's summary keeps the trigger's own words ('were killed', 'fueron asesinados', never 'murió' for many)", async () => {
  const devs = await developmentsOf([
    ["c1", "Agencia Sur", "2026-08-03", "Ataque en Abu Shouk\n\nDos trabajadores humanitarios fueron asesinados en el campo de Abu Shouk el sábado."],
    ["c2", "Noticias del Mundo", "2026-08-03", "Dos muertos en Abu Shouk\n\nDos trabajadores humanitarios fueron asesinados en el campo de Abu Shouk, según una ONG."],
  ]);
  const d = devs.find((x) => x.type === "death");
  assert.ok(d, JSON.stringify(devs));
  assert.match(d.summary, /^Dos trabajadores humanitarios fueron asesinados en el campo de Abu Shouk/);
});

test("events: what a speaker says happened, with a subject of its own, starts after the reporting verb; the speaker is no actor", () => {
  const got = (text: string, language: Lang) => events(text, language).map((e) => `${e.type}|${e.text}|${e.actorText ?? "-"}`);
  assert.deepEqual(got("The Office of Civil Defense said classes were suspended across the island of Luzon.", "en"), ["restriction|classes were suspended across the island of Luzon|-"]);
  assert.deepEqual(got("Officials said that flights were suspended at the airport on Tuesday.", "en"), ["restriction|flights were suspended at the airport on Tuesday|-"]);
  assert.deepEqual(got("La Oficina de Defensa Civil informó que las clases fueron suspendidas en toda la isla de Luzón.", "es"), ["restriction|las clases fueron suspendidas en toda la isla de Luzón|-"]);
  assert.deepEqual(got("The ministry said police arrested 45 people on Monday.", "en"), ["arrest|police arrested 45 people on Monday|police"]);
  // a speaker acting is still the actor: nothing with a subject of its own after the verb
  assert.deepEqual(got("Mayor Ana Ruiz said she closed the border crossing on Monday.", "en").map((x) => x.split("|")[0]), ["restriction"]);
  assert.deepEqual(got("Peru announced it closed the border with Chile.", "en").map((x) => x.split("|")[2]), ["Peru"]);
});

test("developments: a passive after a reporting verb is summarised from its own subject ('Classes were suspended across …')", async () => {
  const devs = await developmentsOf([
    ["l1", "Manila Wire", "2026-11-03", "Classes suspended\n\nThe Office of Civil Defense said classes were suspended across the island of Luzon on Tuesday."],
    ["l2", "Asia Report", "2026-11-03", "Schools shut\n\nThe Office of Civil Defense said classes were suspended across the island of Luzon."],
  ]);
  const d = devs.find((x) => x.type === "restriction");
  assert.ok(d, JSON.stringify(devs));
  assert.match(d.summary, /^Classes were suspended across the island of Luzon/);
  assert.deepEqual(d.actors, []);
});

test("developments: one source's passive with its subject says what without an actor; a bare short passive does not", async () => {
  const devs = await developmentsOf([["s1", "Manila Wire", "2026-11-03", "Classes suspended\n\nClasses were suspended across the island of Luzon on Tuesday."]]);
  assert.ok(devs.some((d) => d.type === "restriction" && /^Classes were suspended across the island of Luzon/.test(d.summary)), JSON.stringify(devs));
  const none = await developmentsOf([["s2", "Manila Wire", "2026-11-03", "Roads closed\n\nIt was closed, then, for a while."]]);
  assert.deepEqual(none.filter((d) => d.type === "restriction"), []);
});

test("events: a noun's relative aside is passed over to the verb after it ('Las protestas, que comenzaron el lunes, se extendieron …')", () => {
  const got = (text: string, language: Lang) => events(text, language).map((e) => `${e.type}|${e.text}`);
  assert.deepEqual(got("Las protestas, que comenzaron el lunes tras el alza del pasaje, se extendieron a Viña del Mar y Quilpué.", "es"), ["gathering|Las protestas, que comenzaron el lunes tras el alza del pasaje, se extendieron a Viña del Mar y Quilpué"]);
  assert.deepEqual(got("The protests, which began on Monday, have forced the closure of the airport.", "en"), ["gathering|The protests, which began on Monday, have forced the closure of the airport"]);
  // left open, the aside's own verb says what happened
  assert.deepEqual(got("Vimos las protestas, que comenzaron el lunes en Quilpué.", "es"), ["gathering|las protestas, que comenzaron el lunes en Quilpué"]);
  // not a development: a noun with an aside that says nothing happened to it
  assert.deepEqual(got("The protests, which organisers had called for weeks, were a topic of debate.", "en"), []);
});

test("developments: a summary passes over a noun's relative aside and keeps its article", async () => {
  const devs = await developmentsOf([
    ["v1", "Diario Austral", "2026-10-14", "Protestas en Valparaíso\n\nLas protestas, que comenzaron el lunes, se extendieron a Viña del Mar y Quilpué."],
    ["v2", "Radio Bío", "2026-10-14", "Se extienden las protestas\n\nLas protestas, que comenzaron el lunes tras el alza del pasaje, se extendieron a Viña del Mar y Quilpué."],
  ]);
  const d = devs.find((x) => x.type === "gathering");
  assert.ok(d, JSON.stringify(devs));
  assert.equal(d.summary, "Las protestas se extendieron a Viña del Mar y Quilpué");
});

test("events: 'the government' acts without a name; a trigger that holds its object keeps it in a summary ('sent troops')", async () => {
  const got = (text: string, language: Lang) => events(text, language).map((e) => `${e.type}:${e.actorText ?? "-"}`);
  assert.deepEqual(got("The government declared a state of calamity in Abra province on Wednesday.", "en"), ["declaration:The government"]);
  assert.deepEqual(got("El gobierno decretó el toque de queda en la región.", "es"), ["declaration:El gobierno"]);
  // (not a government acting: a noun of it with no verb of its)
  assert.deepEqual(got("The government's plan drew criticism from the opposition.", "en").filter((x) => x.startsWith("declaration")), []);
  const devs = await developmentsOf([
    ["t1", "Manila Wire", "2026-11-03", "Troops sent\n\nPresident Ramon Dizon sent troops and aircraft to the stricken towns on Tuesday."],
    ["t2", "Asia Report", "2026-11-03", "Army deployed\n\nPresident Ramon Dizon sent troops and aircraft to the stricken towns."],
  ]);
  assert.ok(devs.some((d) => d.type === "deployment" && /^Ramon Dizon sent troops and aircraft to the stricken towns/.test(d.summary)), JSON.stringify(devs.map((d) => d.summary)));
});

test("events: a participle opening a clause after a comma is the development before it ('struck …, killing at least four people')", () => {
  const types = (text: string, language: Lang) => events(text, language).map((e) => e.type);
  assert.deepEqual(types("An earthquake struck the province of Abra early Tuesday, killing at least four people and damaging hundreds of houses.", "en"), ["disaster"]);
  assert.deepEqual(types("Un sismo sacudió la región de Arequipa el sábado, matando a tres personas.", "es"), ["disaster"]);
  // (no development before it, or no comma: a development of its own)
  assert.deepEqual(types("Gunmen killing three villagers near Bunia shocked the region.", "en"), ["attack"]);
  assert.deepEqual(types("Residents were asleep, and gunmen killed three villagers near Bunia.", "en"), ["attack"]);
});

test("developments: a toll's rise ends an event's words ('… that struck the coast [rose to 14]'), in English and Spanish", async () => {
  const devs = await developmentsOf([
    ["t1", "AP", "2026-11-14", "Quake toll rises\n\nThe death toll from a powerful earthquake that struck Ecuador's northern coast rose to 14 on Saturday, officials said."],
    ["t2", "EFE", "2026-11-15", "Sube el balance\n\nEl número de muertos por el terremoto que golpeó la costa norte de Ecuador ascendió a 21, informó la Secretaría."],
  ]);
  assert.ok(devs.length > 0);
  for (const d of devs) assert.doesNotMatch(d.summary, /rose to|ascendió a/, d.summary);
  // the words run on where no toll verb ends them
  const one = events("An earthquake struck Ecuador's northern coast on Saturday, destroying dozens of homes.", "en");
  assert.ok(one.some((e) => /struck Ecuador's northern coast/.test(e.text)), JSON.stringify(one.map((e) => e.text)));
});
