// Key developments: each trigger family with sentences that must and must not yield a development,
// in English and Spanish, with the stage the sentence states; and the developments of a story.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/article.js";
import { analyze } from "../src/pipeline.js";
import type { Lang } from "../src/model.js";
import { EXAMPLES, developmentsOf } from "./helpers.js";

const events = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2025-11-29").events.map((e) => `${e.type}:${e.modality}`);

test("events: every trigger family yields its development, with its stage (English)", () => {
  const cases: [string, string[]][] = [
    ["Peru declared a state of emergency along its border with Chile on Saturday.", ["declaration:done"]],
    ["Peru is preparing to declare a state of emergency.", ["declaration:planned"]],
    ["The army deployed 2,000 troops to the border.", ["deployment:done"]],
    ["The minister denied that troops had been deployed.", ["deployment:denied"]],
    ["Hundreds of migrants gathered at the Chacalluta crossing.", ["gathering:done"]],
    ["Police stepped up patrols along the border.", ["security:done"]],
    ["The minister warned migrants that they must leave.", ["statement:done"]],
    ["Kast vowed to expel undocumented migrants.", ["expulsion:planned"]],
    ["Chile closed the border crossing at Chacalluta.", ["restriction:done"]],
    ["The two countries signed an agreement on migration.", ["agreement:done"]],
    ["Gunmen opened fire at a nightclub, killing three people.", ["attack:done"]],
    ["Police arrested two suspects on Monday.", ["arrest:done"]],
    ["Authorities evacuated 6,000 residents from the coast.", ["evacuation:done"]],
    ["A magnitude 6.1 earthquake struck Aceh on Tuesday.", ["disaster:done"]],
    ["Peru’s Foreign Minister, Hugo de Zela, announced that a binational committee would begin work next week.", ["meeting:planned"]],
    ["The opposition leader criticized the decree.", ["criticism:done"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(events(text, "en"), want, text);
});

test("events: sentences that state no development yield none (English)", () => {
  for (const text of [
    "The president said he declared his support for the plan.", // "declared" without an emergency
    "The weather was sunny and the market opened on time.",
    "Peru’s state of emergency is meant to be temporary.", // a noun, no act
    "Prices increased by 5% last year.", // "increased" without surveillance or patrols
  ])
    assert.deepEqual(events(text, "en"), [], text);
});

test("events: every trigger family yields its development, with its stage (Spanish)", () => {
  const cases: [string, string[]][] = [
    ["El gobierno de Perú declaró el estado de emergencia en la frontera con Chile.", ["declaration:done"]],
    ["Perú se prepara para declarar el estado de emergencia.", ["declaration:planned"]],
    ["El ejército desplegó 2.000 soldados en la frontera.", ["deployment:done"]],
    ["El ministro negó que se hubieran desplegado tropas.", ["deployment:denied"]],
    ["Cientos de migrantes se congregaron en el paso fronterizo.", ["gathering:done"]],
    ["La policía reforzó los patrullajes en la frontera.", ["security:done"]],
    ["Chile cerró el paso fronterizo de Chacalluta.", ["restriction:done"]],
    ["Ambos países firmaron un acuerdo migratorio.", ["agreement:done"]],
    ["La policía detuvo a dos sospechosos el lunes.", ["arrest:done"]],
    ["Las autoridades evacuaron a 6.000 vecinos de la costa.", ["evacuation:done"]],
    ["Un sismo de magnitud 6,3 sacudió Arequipa el sábado.", ["disaster:done"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(events(text, "es"), want, text);
  for (const text of ["El ministro dijo que la situación está bajo control.", "El presidente declaró que no habrá cambios."]) assert.deepEqual(events(text, "es"), [], text);
});

test("events: one sentence, two developments, each with its own words", () => {
  const text = "Peru declared a state of emergency along its border with Chile after at least 100 foreigners, mostly Venezuelans, assembled at the frontier.";
  const x = extractArticle({ id: "a", text, language: "en" }, "2025-11-29");
  assert.deepEqual(x.events.map((e) => e.type), ["declaration", "gathering"]);
  const [d, g] = x.events;
  assert.ok(d!.end <= g!.start, "the spans do not overlap");
  assert.match(d!.text, /^Peru declared a state of emergency along its border with Chile$/);
  assert.match(g!.text, /^at least 100 foreigners, mostly Venezuelans, assembled at the frontier$/);
  for (const e of x.events) assert.equal(text.slice(e.start, e.end), e.text);
});

test("developments of the reference story: one entry for the emergency, its stages explained, sourced", async () => {
  const report = await analyze([EXAMPLES]);
  const devs = report.stories[0]!.developments;
  assert.ok(devs.length >= 3);
  const emergency = devs.find((d) => d.type === "declaration")!;
  assert.ok(emergency, "the declaration is a development");
  assert.ok(new Set(emergency.sources.map((s) => s.articleId)).size >= 4, "reported by four outlets or more");
  assert.equal(emergency.status, "explained", emergency.explanation);
  assert.match(emergency.explanation, /planned.*then done/);
  assert.ok(emergency.sources.some((s) => s.modality === "planned") && emergency.sources.some((s) => s.modality === "done"));
  assert.match(emergency.summary, /declared a state of emergency/);
  assert.ok(["2025-11-28", "2025-11-29"].includes(emergency.date!), emergency.date ?? "no date");
  const gathering = devs.find((d) => d.type === "gathering")!;
  assert.ok(new Set(gathering.sources.map((s) => s.articleId)).size >= 3);
  // every source points at its words, and no development is a pasted sentence
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  for (const d of devs) {
    for (const s of d.sources) assert.equal(byId.get(s.articleId)!.text.slice(s.start, s.end), s.text);
    assert.ok(!d.sources.some((s) => s.sentence === d.summary), d.summary);
  }
});

test("events: the subject named in an apposition before the verb is the actor ('El gobernador de Oaxaca, Salomón Jara, declaró')", () => {
  const actor = (text: string, language: Lang) => {
    const x = extractArticle({ id: "a", text, language }, "2026-03-03");
    return x.events.map((e) => e.actorText);
  };
  assert.deepEqual(actor("El gobernador de Oaxaca, Salomón Jara, declaró el estado de emergencia en 41 municipios.", "es"), ["Salomón Jara"]);
  assert.deepEqual(actor("The governor of Oaxaca, Salomon Jara, declared a state of emergency in 41 municipalities.", "en"), ["Salomon Jara"]);
  // a place before the comma is no actor
  assert.deepEqual(actor("En Oaxaca, declararon el estado de emergencia.", "es"), [null]);
});

test("events: a collective noun before the verb is the actor when no one is named; clashes and riots are developments", () => {
  const got = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-07-20").events.map((e) => `${e.type}:${e.actorText ?? "-"}`);
  assert.deepEqual(got("La Policía detuvo a 45 personas.", "es"), ["arrest:La Policía"]);
  assert.deepEqual(got("Police on Monday arrested two suspects.", "en"), ["arrest:Police"]);
  assert.deepEqual(got("Protesters clashed with police outside parliament.", "en"), ["clash:Protesters"]);
  assert.deepEqual(got("An air strike hit the camp on Saturday night.", "en").map((x) => x.split(":")[0]), ["attack"]);
  assert.deepEqual(got("Un bombardeo alcanzó el campamento el sábado.", "es").map((x) => x.split(":")[0]), ["attack"]);
  assert.deepEqual(got("Los enfrentamientos entre manifestantes y policías dejaron un muerto.", "es").map((x) => x.split(":")[0]), ["clash"]);
  // not a collective actor: a named one wins, and a noun trigger has none
  assert.deepEqual(got("Chilean police said the shooting left two dead.", "en").map((x) => x.split(":")[1]), ["-"]);
  assert.deepEqual(got("The weather cleared and the market opened.", "en"), []);
});

test("events: kidnappings, hijackings and releases of hostages (English and Spanish); a seized weapon is no abduction", () => {
  const got = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-02-14").events.map((e) => `${e.type}:${e.modality}`);
  assert.deepEqual(got("Armed pirates hijacked a bulk carrier off Somalia on Friday.", "en"), ["abduction:done"]);
  assert.deepEqual(got("Gunmen kidnapped 20 students from a school in Kaduna.", "en"), ["abduction:done"]);
  assert.deepEqual(got("The navy freed the 22 crew members on Wednesday.", "en"), ["release:done"]);
  assert.deepEqual(got("Hombres armados secuestraron a 12 trabajadores en Zacatecas.", "es"), ["abduction:done"]);
  assert.deepEqual(got("La Marina liberó a los 22 tripulantes del buque.", "es"), ["release:done"]);
  assert.deepEqual(got("Police seized two rifles and cash.", "en"), []);
  assert.deepEqual(got("The company released its quarterly results.", "en"), []);
});

test("developments: a Spanish summary is written with its language's words (data/es/events.json), not English ones", async () => {
  const devs = await developmentsOf([
    ["p1", "Diario Uno", "2026-05-04", "Ministro promete detener a los responsables\n\nEl ministro del Interior, Carlos Ruiz, prometió detener a los responsables del ataque contra la comisaría de Temuco."],
    ["p2", "Diario Dos", "2026-05-04", "Ruiz promete detenciones tras el ataque en Temuco\n\nEl ministro Carlos Ruiz prometió detener a los responsables del ataque contra la comisaría de Temuco."],
  ]);
  const planned = devs.find((d) => d.type === "arrest");
  assert.ok(planned, JSON.stringify(devs));
  assert.equal(planned.modality, "planned");
  // the trigger's own future, not "will detuvo"
  assert.equal(planned.summary, "Carlos Ruiz detendrá a los responsables del ataque contra la comisaría de Temuco");
  for (const d of devs) assert.doesNotMatch(d.summary, /\b(?:will|announced it|denied it)\b/, d.summary);
});

test("developments: an English summary says a planned act with the trigger's planned words", async () => {
  const devs = await developmentsOf([
    ["e1", "Daily One", "2026-05-04", "Evacuation planned\n\nCounty Sheriff Carl Rudd is preparing to evacuate 3,000 residents from the coast near Bakersfield."],
    ["e2", "Daily Two", "2026-05-04", "Sheriff plans evacuation\n\nSheriff Carl Rudd is preparing to evacuate 3,000 residents from the coast near Bakersfield."],
  ]);
  const planned = devs.find((d) => d.type === "evacuation");
  assert.ok(planned, JSON.stringify(devs));
  assert.equal(planned.modality, "planned");
  assert.match(planned.summary, /^Carl Rudd will evacuate 3,000 residents/);
});

test("events data: every verb trigger says its planned form, and both languages share one taxonomy of acts and speech", async () => {
  const { eventData } = await import("../src/extract/events.js");
  for (const lang of ["en", "es"] as const) {
    const d = eventData(lang);
    const missing = Object.entries(d.types).flatMap(([type, ts]) => ts.filter((t) => t.past && !t.planned).map((t) => `${lang} ${type}: ${t.past}`));
    assert.deepEqual(missing, []);
    for (const t of [...d.acts, ...d.speechTypes]) assert.ok(t in d.types, `${lang}: ${t} is no type`);
  }
  assert.deepEqual([...eventData("en").acts].sort(), [...eventData("es").acts].sort());
  assert.deepEqual([...eventData("en").speechTypes].sort(), [...eventData("es").speechTypes].sort());
});

test("events: a collective actor with the place it serves is the actor, not the place's government", () => {
  const got = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-05-04").events.map((e) => `${e.type}:${e.actorText ?? "-"}:${e.actorId ? "entity" : "none"}`);
  assert.deepEqual(got("Chicago police arrested two men on Monday.", "en"), ["arrest:Chicago police:none"]);
  assert.deepEqual(got("Peru’s troops deployed along the border.", "en"), ["deployment:Peru’s troops:none"]);
  assert.deepEqual(got("La Policía de Córdoba detuvo el sábado a un hombre de 34 años.", "es"), ["arrest:La Policía de Córdoba:none"]);
  // a country alone before its verb is still its government
  assert.deepEqual(got("Peru declared a state of emergency.", "en"), ["declaration:Peru:entity"]);
  // the place stays the development's place
  const x = extractArticle({ id: "a", text: "Chicago police arrested two men on Monday.", language: "en" }, "2026-05-04");
  assert.ok(x.events[0]!.placeId, "Chicago is the place");
});

test("events: Spanish words for strikes, disasters and seizures (data/es/events.json)", () => {
  assert.deepEqual(events("Los trabajadores del metro se declararon en huelga el lunes.", "es"), ["strike:done"]);
  assert.deepEqual(events("La huelga de transportistas paralizó la ciudad.", "es"), ["strike:done"]);
  assert.deepEqual(events("Teachers went on strike on Monday.", "en"), ["strike:done"]);
  assert.deepEqual(events("El gobernador declaró el estado de catástrofe en la provincia.", "es"), ["declaration:done"]);
  // not a strike: a cardiac arrest, a lightning strike
  assert.deepEqual(events("El hombre murió de un paro cardíaco en su casa.", "es").filter((e) => e.startsWith("strike")), []);
  assert.deepEqual(events("A lightning strike hit the house.", "en").filter((e) => e.startsWith("strike")), []);
  // "secuestrar" a weapon or money is a seizure, not a kidnapping; people are still kidnapped
  assert.deepEqual(events("Los agentes secuestraron un arma de fuego y dinero en efectivo.", "es"), []);
  assert.deepEqual(events("Hombres armados secuestraron a 12 trabajadores en Zacatecas.", "es"), ["abduction:done"]);
});

test("events: a verb's form after an article is a noun that names the act without saying it happened", () => {
  assert.deepEqual(events("El detenido fue trasladado a la comisaría.", "es"), ["arrest:reported"]);
  assert.deepEqual(events("The slain woman’s father spoke to reporters.", "en"), ["attack:reported"]);
  assert.deepEqual(events("La policía detuvo a dos sospechosos el lunes.", "es"), ["arrest:done"]);
});

test("events: Spanish development words do not end on an article", () => {
  const x = extractArticle({ id: "a", text: "La Policía de Córdoba detuvo el sábado a un hombre de 34 años acusado de asaltar una joyería del centro.", language: "es" }, "2026-05-04");
  assert.equal(x.events.length, 1);
  assert.doesNotMatch(x.events[0]!.text, /\s(?:una?|el|la)$/u, x.events[0]!.text);
});

test("developments: Spanish stories (a flood, a strike, an arrest) read in Spanish, with who acted", async () => {
  const devs = await developmentsOf([
    ["f1", "La Tercera", "2026-06-12", "Inundaciones en Valdivia\n\nLas autoridades evacuaron a 3.000 vecinos de la ribera del río Calle-Calle en Valdivia el jueves.\n\nEl gobernador regional, Luciano Rivas, declaró el estado de catástrofe en la provincia."],
    ["f2", "BioBioChile", "2026-06-12", "Valdivia bajo el agua\n\nEl gobernador Luciano Rivas declaró este jueves el estado de catástrofe en la provincia de Valdivia por las inundaciones.\n\nLas autoridades evacuaron a unos 3.000 vecinos de la ribera del río en Valdivia."],
    ["c1", "La Voz", "2026-09-20", "Detienen al asaltante de una joyería\n\nLa Policía de Córdoba detuvo el sábado a un hombre de 34 años acusado de asaltar una joyería del centro de la ciudad.\n\nSegún el fiscal, el detenido fue trasladado a la comisaría."],
    ["c2", "Clarín", "2026-09-20", "Cae el asaltante de la joyería\n\nAgentes de la Policía de Córdoba detuvieron este sábado al presunto autor del robo a la joyería."],
  ]);
  const summaries = devs.map((d) => d.summary);
  assert.ok(summaries.some((s) => /^Luciano Rivas declaró .*estado de catástrofe/.test(s)), summaries.join(" | "));
  assert.ok(summaries.some((s) => /^La Policía de Córdoba detuvo el sábado a un hombre/.test(s)), summaries.join(" | "));
  assert.ok(!summaries.some((s) => /^(?:Córdoba|Detuvo) /.test(s)), summaries.join(" | "));
});

test("events: a cause a clause opens with is the actor; a crowd count only acts in gatherings; a figure is never cut", () => {
  const ev = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-08-14").events;
  const flood = ev("Flash floods triggered by days of torrential rain have killed at least 12 people in northeastern Bangladesh.", "en");
  assert.equal(flood[0]?.actorText, "Flash floods");
  const blast = ev("La explosión dejó al menos nueve personas muertas.", "es");
  assert.ok(blast.some((e) => e.actorText === null || e.actorText === undefined || /explosión/i.test(e.actorText)), JSON.stringify(blast));
  // a passive's subject and a relative clause's noun are not causes
  for (const text of ["A fourth shooting victim was shot twice in the arm.", "The accidental shooting that killed 13-year-old Eddie Holmes now has his family pleading with lawmakers."]) {
    for (const e of ev(text, "en")) assert.ok(!/shooting/i.test(e.actorText ?? ""), `${text} → ${e.actorText}`);
  }
  // the people a count before an explosion names are its dead, not its actor
  for (const e of ev("En 2016 murieron 42 personas en una explosión en el mismo lugar.", "es")) assert.notEqual(e.actorText, "42 personas");
  // a crowd still gathers
  assert.equal(ev("About 100 foreigners have gathered at the border crossing.", "en")[0]?.actorText, "About 100 foreigners");
  // twelve words end inside "al menos nueve personas muertas": the figure is read to its noun
  const long = ev("Una explosión en el mercado de pirotecnia de San Pablito dejó al menos nueve personas muertas y 30 heridas este martes.", "es");
  assert.ok(long.some((e) => /nueve personas muertas/.test(e.object)), JSON.stringify(long.map((e) => e.object)));
  // a relative pronoun ends a development's words ("… de una bodega donde se almacenaba pólvora")
  const arrest = ev("La Fiscalía detuvo el miércoles al encargado de una bodega donde se almacenaba pólvora de manera ilegal.", "es");
  assert.equal(arrest[0]?.object, "el miércoles al encargado de una bodega");
});

test("developments: an explanation of stages names each article once per stage", async () => {
  const report = await analyze([EXAMPLES], { date: null });
  const explained = report.stories.flatMap((s) => s.developments).filter((d) => /^Different stages/.test(d.explanation ?? ""));
  assert.ok(explained.length >= 1);
  for (const d of explained)
    for (const part of d.explanation!.replace(/^Different stages of one development: /, "").replace(/\.$/, "").split("; then ")) {
      const names = part.replace(/^\w+ in /, "").split(", ").map((x) => x.replace(/ \(.*\)$/, ""));
      assert.equal(new Set(names).size, names.length, part);
    }
});

test("developments: 'this year' does not outvote 'on Tuesday', nor speak for the development", async () => {
  const devs = (await developmentsOf([
    ["t1", "Wire One", "2026-10-20", "Typhoon hits the Philippines\n\nA powerful typhoon slammed into the northern Philippines on Tuesday, forcing about 120,000 people to flee, officials said."],
    ["t2", "Wire Two", "2026-10-21", "Typhoon toll rises\n\nTyphoon Marisol was the 14th storm to hit the Philippines this year, officials said on Wednesday."],
  ])) as unknown as { summary: string; type: string; date: string | null }[];
  const storm = devs.filter((d) => d.type === "disaster");
  assert.ok(storm.length >= 1, JSON.stringify(devs));
  assert.equal(storm[0]!.date, "2026-10-20", JSON.stringify(storm));
  assert.doesNotMatch(storm[0]!.summary, /this year/, storm[0]!.summary);
});

test("events: a passive's subject starts its words, a count or not ('Two men were shot', 'A 17-year-old boy was shot')", () => {
  const ev = (text: string) => extractArticle({ id: "a", text, language: "en" }, "2016-03-08").events;
  assert.match(ev("Two men were shot outside a bar on Monday night, police said.")[0]?.text ?? "", /^Two men were shot/);
  assert.match(ev("A 17-year-old boy was shot dead at a Tulsa apartment on Monday.")[0]?.text ?? "", /^A 17-year-old boy was shot/);
  // not a count of an explosion's dead as its actor (the crowd rule stays with gatherings)
  assert.equal(ev("Hundreds of migrants gathered at the crossing.")[0]?.actorText, "Hundreds of migrants");
});

test("events: a period after an abbreviation ends no development's words ('inside Mr. Lucky's bar')", () => {
  const e = extractArticle({ id: "a", text: "Seven people were shot inside Mr. Lucky's bar on Main Street early Sunday, police said.", language: "en" }, "2016-03-08").events;
  assert.match(e[0]?.text ?? "", /Mr\. Lucky's bar on Main Street/);
  // nor the colon or the periods of a clock time ("around 3:15 p.m. Friday")
  const t = extractArticle({ id: "a", text: "A shooting spree happened around 3:47 p.m. Friday in a fifth-floor apartment, police said.", language: "en" }, "2016-03-08").events;
  assert.match(t[0]?.text ?? "", /3:47 p\.m\. Friday in a fifth-floor apartment/);
});
