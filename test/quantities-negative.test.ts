// Numbers that are not figures: dates, times, years, ages, ordinals, numbers inside names and
// codes, labels, phone numbers, scores, addresses and "one" used as a pronoun. Each sentence must
// produce no count or measure at all (a person's age is a mention of its own, unit "age", tested in
// quantities-ages.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractQuantities } from "../src/extract/quantities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

const NONE_EN: [string, string][] = [
  // dates
  ["date", "On November 29, 2025, the Peruvian government took a dramatic step."],
  ["date", "Chile votes in the December 14 presidential runoff."],
  ["date", "The report dated Feb. 21 was published in full."],
  ["date", "The hunt will take place on Sept. 20-24 this fall."],
  ["date", "She died on 8 September in Dar es Salaam."],
  ["date", "The deal was signed in June of 2018."],
  ["date", "The figures were released on 2019-09-01T10:38:07Z by the ministry."],
  ["date", "Elections were first scheduled for 11/29/2025 and then moved."],
  // times
  ["time", "The strike began at 11:25am on the plant floor."],
  ["time", "She attended church on Sunday at 11 a.m. before her shift."],
  ["time", "The new deadline for a contract is 2 p.m. Wednesday."],
  ["time", "Tariffs apply after 0401 GMT on Friday."],
  ["time", "Updated 5:55 AM EST after the vote."],
  // years
  ["year", "Since 2015, Peru has changed its migration rules."],
  ["year", "The 1995 proposal by Shell was abandoned."],
  ["year", "Temperatures dropped between 1600 and 1900 in Europe."],
  ["year", "The temple was built between A.D. 1000 and 1260."],
  ["year", "Sea levels could submerge coastal regions by 2120, scientists warn."],
  ["year", "The 2014-15 season was his best."],
  ["year", "Music from the 1980s filled the hall."],
  // ages
  ["age", "A 34-year-old man was arrested near the border."],
  ["age", "The suspect, aged 70, was released on bail."],
  ["age", "Maddon, 66, has used the downtime to get in better shape."],
  ["age", "He will be 30 years old by the end of the year."],
  ["age", "The survey covered women aged 25 to 54 in the region."],
  // ordinals
  ["ordinal", "Kast is making his third run for the presidency."],
  ["ordinal", "It was the 22nd amendment that set the limit."],
  ["ordinal", "Swansea finished the season in 10th place."],
  // names and codes
  ["name", "Apollo 11 landed on the Moon."],
  ["name", "Leaders met at the G20 summit in Rio."],
  ["name", "He recovered from COVID-19 last winter."],
  ["name", "The administration tightened H-1B visa vetting."],
  ["name", "The airline grounded its Boeing 737 fleet."],
  ["name", "The families rely on Section 8 housing vouchers."],
  ["name", "Here is the new iPhone 11 Pro in the shop window."],
  ["name", "The FTSE 100 opened lower on Monday."],
  ["name", "Another aim is to make 5G available to more users."],
  ["name", "The debut of Boeing's own 787 Dreamliner was delayed."],
  ["name", "He scored in Game 7 of the series."],
  ["name", "The patch covers Internet Explorer 8 and 9 as well as IE6, 7, 10, and 11."],
  ["score", "Drake beat the ninth-seeded Bulldogs (15-17) on Thursday."],
  ["label", "The rule is set out on page 12 of the report."],
  ["label", "Flight 370 disappeared over the Indian Ocean."],
  ["label", "The storm is now a category 4 hurricane."],
  ["label", "Dak Prescott (4) celebrates a touchdown."],
  ["phone", "Call the hotline at (202) 555-0143 for help."],
  ["phone", "Call +51 1 234 5678 for the embassy."],
  ["address", "Police cordoned off 575 Wilbraham Road overnight."],
  // scores
  ["score", "Bristol City came from behind to beat Charlton 2-1 at Ashton Gate."],
  ["score", "The game was tied at 89-89 with a minute left."],
  // pronoun "one"
  ["one", "One Venezuelan migrant said they were leaving for fear of expulsion."],
  ["one", "Chile has been one of the continent's most stable nations."],
  ["one", "It is a crisis, one that may well extend beyond the election."],
  ["one", "No one knows how many have crossed."],
  ["one", "The leaders met one another in Lima."],
  ["one", "They drove a one-time payment through parliament."],
  // words that look like numbers
  ["word", "Shares of the company rose after the announcement."],
  ["word", "He was second in the race and first in the polls."],
  ["word", "Marvel announced a Blade reboot starring the Oscar winner."],
];

const NONE_ES: [string, string][] = [
  ["fecha", "El 29 de noviembre de 2025 el gobierno declaró la emergencia."],
  ["fecha", "La segunda vuelta será el 14 de diciembre."],
  ["hora", "La reunión comenzó a las 11:25 en Lima."],
  ["hora", "El vuelo salió a las 5 de la mañana."],
  ["año", "Desde 2015 llegaron al Perú muchos venezolanos."],
  ["edad", "Un hombre de 34 años fue detenido en Tacna."],
  ["edad", "La víctima tenía 70 años de edad."],
  ["uno", "Un migrante venezolano dijo que tenían miedo."],
  ["uno", "Es uno de los países más estables de la región."],
  ["rótulo", "El artículo 5 del decreto fija las reglas."],
  ["ordinal", "Fue el 3er intento de cruzar la frontera."],
  ["nombre", "Se recuperó del COVID-19 el año pasado."],
];

function run(text: string, lang: Lang) {
  return extractQuantities(text, splitSentences(text, lang), lang).filter((m) => m.unit !== "age").map((m) => `${m.text} (${m.rule})`);
}

for (const [why, sentence] of NONE_EN) {
  test(`en, not a figure (${why}): ${sentence}`, () => assert.deepEqual(run(sentence, "en"), []));
}
for (const [why, sentence] of NONE_ES) {
  test(`es, not a figure (${why}): ${sentence}`, () => assert.deepEqual(run(sentence, "es"), []));
}

// Figures next to non-figures: only the figure comes out.
const ONLY: [string, string[]][] = [
  ["On November 29, 2025, at least 100 foreigners gathered at the border.", ["at least 100 foreigners"]],
  ["A 34-year-old man and 12 other migrants were detained.", ["12 other migrants"]],
  ["In 2019, I paid $35,538 for an 8.5 kW system.", ["$35,538", "8.5 kW"]],
  ["The S&P 500 fell 0.9%, while the Nasdaq slid 1.1%.", ["0.9%", "1.1%"]],
  ["Apple lowered its guidance to US $84 billion, down from the US $89 to $93 billion it had projected.", ["US $84 billion", "US $89 to $93 billion"]],
];

for (const [sentence, want] of ONLY) {
  test(`only the figures: ${sentence}`, () => {
    const got = extractQuantities(sentence, splitSentences(sentence, "en"), "en").filter((m) => m.unit !== "age").map((m) => m.text);
    assert.deepEqual(got, want);
  });
}
