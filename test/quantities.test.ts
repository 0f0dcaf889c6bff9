// Figures found in news sentences: value, bounds, hedge, unit, counted noun and trend.
// Each row is [sentence, the mention expected (only the fields given are checked)].
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { extractQuantities } from "../src/extract/quantities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import type { QuantityMention } from "../src/report/schema.js";

type Mention = Omit<QuantityMention, "articleId">;
type Expect = Partial<Mention> & { text: string };

function run(text: string, lang: Lang = "en"): Mention[] {
  return extractQuantities(text, splitSentences(text, lang), lang);
}

function check(sentence: string, want: Expect, lang: Lang): void {
  const got = run(sentence, lang);
  const m = got.find((x) => x.text === want.text);
  assert.ok(m, `no mention "${want.text}" in: ${sentence}\n  got: ${JSON.stringify(got.map((x) => x.text))}`);
  for (const [k, v] of Object.entries(want)) {
    assert.deepEqual(m[k as keyof Mention] ?? null, v, `${k} of "${want.text}" in: ${sentence}`);
  }
  assert.equal(sentence.slice(m.start, m.end), m.text);
  assert.ok(m.rule.startsWith("quantity/"), m.rule);
}

const EN: [string, Expect][] = [
  // counts with hedges and counted nouns (the reference case)
  ["Peru declared a state of emergency after at least 100 foreigners, mostly Venezuelans, gathered at the border.",
    { text: "at least 100 foreigners", value: 100, min: 100, max: null, hedge: "at_least", unit: "people", counted: "foreigners" }],
  ["The ultimatum worried the estimated 330,000 undocumented migrants currently residing in Chile.",
    { text: "estimated 330,000 undocumented migrants", value: 330000, hedge: "about", unit: "people", counted: "undocumented migrants" }],
  ["About 330,000 undocumented migrants currently reside in Chile.",
    { text: "About 330,000 undocumented migrants", value: 330000, hedge: "about" }],
  ["Since 2015, more than 1.5 million Venezuelans have arrived in Peru.",
    { text: "more than 1.5 million Venezuelans", value: 1500000, min: 1500000, hedge: "more_than", unit: "people", counted: "Venezuelans" }],
  ["The crossing lies near Arica, roughly 2,200 kilometers north of Santiago.",
    { text: "roughly 2,200 kilometers", value: 2200, hedge: "about", unit: "km", counted: null }],
  ["It declared a 60-day state of emergency along its southern border.",
    { text: "60-day", value: 60, hedge: "exact", unit: "day" }],
  ["Kast warned that they had exactly 103 days to leave the country.",
    { text: "exactly 103 days", value: 103, hedge: "exact", unit: "day" }],
  ["The influx could threaten the public safety of Peru's 34 million residents.",
    { text: "34 million residents", value: 34000000, unit: "people", counted: "residents" }],
  ["Peru has absorbed hundreds of thousands of migrants from Venezuela.",
    { text: "hundreds of thousands of migrants", value: null, min: 100000, max: 1000000, hedge: "vague", counted: "migrants" }],
  ["Thousands of undocumented migrants have tried to leave Chile.",
    { text: "Thousands of undocumented migrants", value: null, min: 1000, max: 10000, hedge: "vague" }],
  ["Dozens of people were killed Friday in shootings at two mosques.",
    { text: "Dozens of people", value: null, min: 12, max: 120, hedge: "vague", unit: "people" }],
  ["Several hundred protesters marched to the ministry.",
    { text: "Several hundred protesters", value: null, min: 200, max: 1000, hedge: "vague", counted: "protesters" }],
  ["Ford has estimated that a disorderly exit would cost it $800 million in 2019.",
    { text: "$800 million", value: 800000000, unit: "USD", hedge: "exact" }],
  ["The fund holds nearly €2.5bn in assets.", { text: "nearly €2.5bn", value: 2500000000, unit: "EUR", hedge: "about" }],
  ["Officials seized S/ 1,500 in cash.", { text: "S/ 1,500", value: 1500, unit: "PEN" }],
  ["The company employs 13,000 workers in the United Kingdom.", { text: "13,000 workers", value: 13000, unit: "people", counted: "workers" }],
  // words and scales
  ["Three soldiers were wounded in the attack.", { text: "Three soldiers", value: 3, unit: "people", counted: "soldiers" }],
  ["There are twenty-eight thousand six hundred forty-two students enrolled.", { text: "twenty-eight thousand six hundred forty-two students", value: 28642 }],
  ["A dozen trucks waited at the checkpoint.", { text: "A dozen trucks", value: 12, counted: "trucks" }],
  ["It is a million dollar house.", { text: "a million dollar", value: 1000000, unit: "USD" }],
  ["Reserves are now about $200 billion, he said.", { text: "about $200 billion", value: 200000000000, hedge: "about", unit: "USD" }],
  ["The firm plans to sell 35m of its devices this year.", { text: "35m of its devices", value: 35000000, counted: "devices" }],
  ["The skeleton is 37m long.", { text: "37m", value: 37, unit: "m" }],
  // ranges
  ["Between 40 and 50 people waited at the border post.", { text: "Between 40 and 50 people", value: 40, min: 40, max: 50, hedge: "range", unit: "people" }],
  ["Officials expect 40 to 50 trucks a day.", { text: "40 to 50 trucks", min: 40, max: 50, hedge: "range" }],
  ["The pay rise would be 5-10 percent.", { text: "5-10 percent", min: 5, max: 10, hedge: "range", unit: "percent" }],
  ["The settlement could reach from $10 to $15 billion.", { text: "from $10 to $15 billion", min: 10000000000, max: 15000000000, unit: "USD" }],
  ["There are four to five thousand people in the camp.", { text: "four to five thousand people", min: 4000, max: 5000, hedge: "range" }],
  ["Shares were offered at between $62 and $68 per share.", { text: "between $62 and $68 per share", min: 62, max: 68, unit: "USD/share" }],
  ["They have been unemployed for one to two years.", { text: "one to two years", min: 1, max: 2, unit: "year" }],
  // hedges
  ["The company plans to hire up to 400 people at the factory.", { text: "up to 400 people", value: 400, min: null, max: 400, hedge: "at_most" }],
  ["Fewer than 20 families remain in the village.", { text: "Fewer than 20 families", max: 20, hedge: "less_than", counted: "families" }],
  ["Cash accounts for just under 20 percent of spending.", { text: "just under 20 percent", hedge: "less_than", unit: "percent" }],
  ["Some 300 residents have been evacuated after the landslide.", { text: "Some 300 residents", hedge: "about" }],
  ["The storm brought winds of no less than 74 mph.", { text: "no less than 74 mph", hedge: "at_least", unit: "mph" }],
  ["He wants 100 or more soldiers deployed.", { text: "100 or more soldiers", hedge: "at_least", min: 100 }],
  ["There were 100 people, more or less.", { text: "100 people, more or less", hedge: "about" }],
  ["The adult moths can fly more than 100 kilometers (60 miles).", { text: "60 miles", hedge: "more_than", unit: "mile" }],
  // trends
  ["Core inflation rose 0.3% in June, the biggest increase in 18 months.", { text: "0.3%", value: 0.3, unit: "percent", trend: "up" }],
  ["The Dow Jones Industrial Average lost 190 points, or 0.6%.", { text: "0.6%", trend: "down" }],
  ["The index fell by 3 points on Friday.", { text: "3 points", trend: "down", unit: "point" }],
  ["Tesla shares were up nearly 57% this year.", { text: "nearly 57%", trend: "up", hedge: "about" }],
  ["The number of arrivals increased to 40 on Monday.", { text: "40", trend: "up" }],
  ["In Europe: Stoxx 50 -1.3% FTSE -0.6%.", { text: "-1.3%", value: -1.3, trend: "down" }],
  ["Horsepower dropped from 240 to 210 after the update.", { text: "from 240 to 210", min: 210, max: 240, trend: "down" }],
  ["It said 78 per cent will be paid in cash, up from 50 per cent.", { text: "50 per cent", trend: null }],
  ["The FDA found a 75 percent increase in usage among students.", { text: "75 percent", trend: null }],
  // units and odd numbers
  ["The plants cool gas to minus-260 degrees Fahrenheit.", { text: "minus-260 degrees Fahrenheit", value: -260, unit: "°F" }],
  ["The recipe requires 1/2 pound of chocolate chips.", { text: "1/2 pound", value: 0.5, unit: "lb" }],
  ["A third of those screened were obese.", { text: "A third", value: 1 / 3, unit: "fraction" }],
  ["The mass of the sun is approximately 1.99×10^30 kilograms.", { text: "approximately 1.99×10^30 kilograms", value: 1.99e30, unit: "kg" }],
  ["The team posted a .500 record this season.", { text: ".500", value: 0.5 }],
  ["The phone has a 6.1-inch display and a 120Hz refresh rate.", { text: "120Hz", value: 120, unit: "Hz" }],
  ["Rents are $3,500 a month in the capital.", { text: "$3,500 a month", value: 3500, unit: "USD/month" }],
  ["She spent 200 days in space orbiting Earth more than 3,200 times.", { text: "more than 3,200 times", unit: "times", hedge: "more_than" }],
  ["Arnold bought a notebook for 1,200€ to work remotely.", { text: "1,200€", value: 1200, unit: "EUR" }],
  ["Vectura shares rose 6.5% to 164p.", { text: "164p", value: 164, unit: "GBp", trend: null }],
  ["He said the talks would begin in one week.", { text: "one week", value: 1, unit: "week" }],
  ["Every day 50 migrants cross the border at Chacalluta.", { text: "50 migrants", value: 50, unit: "people" }],
  ["A magnitude 6.4 earthquake struck southern Peru.", { text: "magnitude 6.4", value: 6.4, unit: "magnitude" }],
  ["The sol weakened 0.5% to 3.75 per dollar.", { text: "0.5%", value: 0.5, hedge: "exact", trend: "down" }],
  ["Two-thirds of the victims were women.", { text: "Two-thirds of the victims", value: 2 / 3, counted: "victims" }],
  ["Tesla delivered about 63,000 Model 3 sedans in the quarter.", { text: "about 63,000 Model 3 sedans", counted: "Model 3 sedans" }],
  ["Pirates holding the ship and its crew of 21 demanded a ransom.", { text: "21", value: 21, unit: "people", counted: "crew" }],
  ["A crowd of 5,000 gathered in the square.", { text: "5,000", value: 5000, unit: "people", counted: "crowd" }],
  ["A force of 3 ships sailed.", { text: "3 ships", unit: null, counted: "ships" }],
];

const ES: [string, Expect][] = [
  ["Al menos 100 extranjeros, en su mayoría venezolanos, se congregaron en la frontera.",
    { text: "Al menos 100 extranjeros", value: 100, min: 100, hedge: "at_least", unit: "people", counted: "extranjeros" }],
  ["Unos 330.000 migrantes indocumentados viven en Chile.",
    { text: "Unos 330.000 migrantes indocumentados", value: 330000, hedge: "about", counted: "migrantes indocumentados" }],
  ["Más de 1,5 millones de venezolanos han llegado al Perú desde 2015.",
    { text: "Más de 1,5 millones de venezolanos", value: 1500000, hedge: "more_than", unit: "people", counted: "venezolanos" }],
  ["El gobierno declaró un estado de emergencia de 60 días.", { text: "60 días", value: 60, unit: "day" }],
  ["La frontera está a 2.200 kilómetros de Santiago.", { text: "2.200 kilómetros", value: 2200, unit: "km" }],
  ["Dos mil personas marcharon por el centro de Lima.", { text: "Dos mil personas", value: 2000, unit: "people" }],
  ["Cientos de miles de migrantes cruzaron la frontera.", { text: "Cientos de miles de migrantes", value: null, min: 100000, hedge: "vague" }],
  ["Entre 40 y 50 personas esperaban en Chacalluta.", { text: "Entre 40 y 50 personas", min: 40, max: 50, hedge: "range" }],
  ["La inflación subió un 5% en octubre.", { text: "5%", value: 5, unit: "percent", trend: "up" }],
  ["El índice cayó 3 puntos el viernes.", { text: "3 puntos", trend: "down", unit: "point" }],
  ["El presupuesto asciende a US$ 800 millones.", { text: "US$ 800 millones", value: 800000000, unit: "USD" }],
  ["La región de Tacna tiene casi 370 mil habitantes.", { text: "casi 370 mil habitantes", value: 370000, hedge: "about" }],
  ["Se registraron hasta 400 casos por día.", { text: "hasta 400 casos", hedge: "at_most", max: 400 }],
  ["El sol bajó 0,5% frente al dólar.", { text: "0,5%", value: 0.5, trend: "down" }],
  ["Una multitud de 5.000 se reunió en la plaza.", { text: "5.000", value: 5000, unit: "people", counted: "multitud" }],
];

for (const [sentence, want] of EN) test(`en: ${want.text}`, () => check(sentence, want, "en"));
for (const [sentence, want] of ES) test(`es: ${want.text}`, () => check(sentence, want, "es"));

// A real article of the reference case: every figure the hand annotation lists is found, with its
// value and hedge, and nothing else.
const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "..", "test", "fixtures", "quantities");

test("reference article: figures and spans", () => {
  const text = readFileSync(join(fixtures, "peru-border-002.txt"), "utf8");
  const want = JSON.parse(readFileSync(join(fixtures, "peru-border-002.expected.json"), "utf8")) as Expect[];
  const got = run(text);
  assert.deepEqual(
    got.map((m) => ({ text: m.text, value: m.value, hedge: m.hedge, unit: m.unit })),
    want.map((m) => ({ text: m.text, value: m.value, hedge: m.hedge, unit: m.unit })),
  );
  for (const m of got) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(text.includes(m.sentence));
  }
});

test("bad input returns nothing and does not throw", () => {
  assert.deepEqual(extractQuantities(undefined as unknown as string, [], "en"), []);
  assert.deepEqual(extractQuantities("12 people", null as unknown as [], "en"), []);
  assert.deepEqual(extractQuantities("12 people", [{ index: 0, start: 0, end: 40, text: "nonsense" }], "en"), []);
});
