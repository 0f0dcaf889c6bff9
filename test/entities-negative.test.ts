// Inputs that must NOT produce entities: sentence-initial capitals, headings, titles alone, dates,
// all-caps shouting, demonyms used as adjectives, place names that are also words. Real sentences
// from the reference case, ECB+ (CC BY 3.0) and Spanish wire-style text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEntities } from "../src/extract/entities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

/** [text, language, entity names that may be found (all others must not)] */
const NEGATIVE: [string, Lang, string[]][] = [
  ["Strong campaign pledges to tighten enforcement can produce rapid, sometimes chaotic population movements.", "en", []],
  ["Regional leaders are watching closely. Humanitarian organizations have repeatedly warned that abrupt shifts in policy can increase the vulnerability of migrants.", "en", []],
  ["“We ARE going to declare a state of emergency at the border with Chile to generate tranquility,” he wrote.", "en", ["Chile"]],
  ["The President said on Monday that the measure would be temporary. The announcement, made via social media on Friday, came in November.", "en", []],
  ["Peru Declares Border State of Emergency as Migrants Gather", "en", ["Peru"]],
  ["JOIN THE MOVEMENT", "en", []],
  ["Skip to main content", "en", []],
  ["Already a subscriber? Make sure to log into your account before viewing this content.", "en", []],
  ["Peruvian authorities said they had stepped up surveillance, and Chilean domestic politics have become a focal point.", "en", []],
  ["One Venezuelan migrant, speaking anonymously, described the anxiety gripping those at the crossing.", "en", []],
  ["Of the 100 people who arrived, most were families with children.", "en", []],
  ["Mobile phones were confiscated and Reading glasses were handed out at the checkpoint.", "en", []],
  ["People were stranded at the crossing for hours. Signal was weak near the highway.", "en", []],
  ["Will the measure work? Media outlets have broadcast images of families attempting to cross.", "en", []],
  ["Security forces patrolled the area. Analysts warn that the upcoming measures could further strain the border region.", "en", []],
  ["Getting into it: The state of emergency was declared after a rapid spike in migrants.", "en", []],
  ["COVID-19 cases rose again, and the GDP figures disappointed the CEO.", "en", []],
  ["Written By Rodney Mbua", "en", []],
  ["los migrantes venezolanos cruzaron la frontera el lunes por la mañana.", "es", []],
  ["El presidente dijo el viernes que la medida será temporal.", "es", []],
  ["Según las autoridades, la situación en la frontera es estable desde diciembre.", "es", []],
  // an employer between a role and a name is no part of the person's name
  ["El analista de Corvalia Chris Weafer habló del mercado.", "es", ["Corvalia", "Chris Weafer"]],
];

test("no entities from capitals that are not names", () => {
  const failures: string[] = [];
  for (const [text, lang, allowed] of NEGATIVE) {
    const r = extractEntities(text, splitSentences(text, lang), lang, "a-neg");
    const bad = r.entities.filter((e) => !allowed.includes(e.name));
    if (bad.length) failures.push(`${text.slice(0, 50)}… → ${bad.map((e) => `${e.type}:${e.name}`).join(", ")}`);
  }
  assert.deepEqual(failures, []);
});

test("odd input never throws", () => {
  const inputs = ["", " ", "\n\n", "’s", "A.", "U.S.", "—", "Mr.", "🙂 Émile 🙂", "de la", "Al-", "‘‘’’", "X, formerly", "\u0000\uFFFF", "...".repeat(50), "A ".repeat(2000)];
  for (const t of inputs) {
    for (const lang of ["en", "es"] as const) {
      const r = extractEntities(t, splitSentences(t, lang), lang, "a-odd");
      for (const m of r.mentions) assert.equal(t.slice(m.start, m.end), m.text);
    }
  }
  // sentences that do not match the text are tolerated
  const r = extractEntities("Peru and Chile.", [], "en", "a-odd");
  assert.ok(r.entities.some((e) => e.name === "Peru"));
});

test("a storm named after a person's given name is an event, not a person (Typhoon Marisol, Hurricane Katrina)", () => {
  const text = "The death toll from Typhoon Marisol rose to eight on Tuesday. Hurricane Katrina struck New Orleans in 2005.";
  const sents = splitSentences(text, "en");
  const { entities } = extractEntities(text, sents, "en", "a");
  const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
  assert.equal(typeOf("Typhoon Marisol"), "other");
  assert.equal(typeOf("Hurricane Katrina"), "other");
  assert.ok(!entities.some((e) => e.type === "person" && /Marisol|Katrina/.test(e.name)), JSON.stringify(entities));
});
