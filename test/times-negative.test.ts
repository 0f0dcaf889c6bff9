// What must NOT be read as a time: ages, figures, distances, scores, "May" the verb and the name,
// "march" the noun, weekday abbreviations in names, ordinals in names. Each row: [sentence,
// language, the words that must not be (part of) a time mention, times that must still be found].
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../src/extract/times.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

const NEGATIVE: [string, Lang, string, string[]][] = [
  ["A 34-year-old Venezuelan man was detained at the Chacalluta crossing.", "en", "34-year-old", []],
  ["The minister, who is 60 years old, spoke to reporters.", "en", "60 years", []],
  ["CDC recommends that all children ages 6 months and older be vaccinated.", "en", "6 months", []],
  ["About 330,000 undocumented migrants currently reside in Chile.", "en", "330,000", ["currently"]],
  ["Since 2015, more than 1.5 million Venezuelans have arrived in Peru.", "en", "1.5 million", ["2015"]],
  ["The influx could threaten the public safety of Peru’s 34 million residents.", "en", "34 million", []],
  ["The Chacalluta Border Complex lies near Arica, roughly 2,200 kilometers north of Santiago.", "en", "2,200 kilometers", []],
  ["The company sold 2015 cars in the region.", "en", "2015", []],
  ["Flight 2015 landed in Lima.", "en", "2015", []],
  ["The fire broke out on the roof at about 2045 GMT on Friday.", "en", "2045", ["Friday"]],
  ["Peru beat Chile 3-1 in the qualifier.", "en", "3-1", []],
  ["The fifth-ranked team won 2:1 on penalties.", "en", "2:1", []],
  ["Former prime minister Theresa May said she may stand again.", "en", "May", []],
  ["She may be right about the border, Mrs May said.", "en", "may", []],
  ["The march on Friday drew thousands of migrants to the border.", "en", "march", ["Friday"]],
  ["Thousands will march to the capital to protest.", "en", "march", []],
  ["The Sun reported that Sat Nam Singh had crossed the border.", "en", "Sun", []],
  ["The Sun reported that Sat Nam Singh had crossed the border.", "en", "Sat", []],
  ["He served a second term in the Senate.", "en", "second term", []],
  ["They met on 2nd Street in Tacna.", "en", "2nd Street", []],
  ["The group called for a 50/50 split of the fund.", "en", "50/50", []],
  ["Un hombre de 34 años fue detenido en la frontera.", "es", "34 años", []],
  ["Unos 330.000 migrantes viven en Chile.", "es", "330.000", []],
  ["Chile tiene 2.200 kilómetros de frontera.", "es", "2.200", []],
  ["Llegaron esta mañana a la frontera, pero la mañana fue tranquila.", "es", "la mañana", ["esta mañana"]],
];

test("not times: no mention overlaps the words, the real times are still found", () => {
  for (const [sentence, lang, forbidden, still] of NEGATIVE) {
    const got = extractTimes(sentence, splitSentences(sentence, lang), "2025-11-29", lang);
    let from = 0;
    for (let at = sentence.indexOf(forbidden, from); at >= 0; at = sentence.indexOf(forbidden, from)) {
      const end = at + forbidden.length;
      const hit = got.find((m) => m.start < end && at < m.end);
      assert.equal(hit, undefined, `${JSON.stringify(sentence)}: "${forbidden}" read as "${hit?.text}" (${hit?.rule})`);
      from = end;
    }
    for (const s of still) {
      assert.ok(got.some((m) => m.text.toLowerCase() === s.toLowerCase()), `${JSON.stringify(sentence)}: "${s}" not found`);
    }
  }
});

test("no reference date: relative expressions are never guessed from the clock", () => {
  for (const [sentence, lang] of [
    ["Peru declared the emergency on Friday. The decree was published yesterday and talks began last week.", "en"],
    ["Chile votes in the December 14 runoff next month.", "en"],
    ["El gobierno lo anunció ayer, el viernes, la semana pasada.", "es"],
  ] as [string, Lang][]) {
    const got = extractTimes(sentence, splitSentences(sentence, lang), null, lang);
    assert.ok(got.length >= 2, sentence);
    for (const m of got) {
      assert.equal(m.basis, "relative", `${m.text}`);
      assert.equal(m.value, null, `${m.text}`);
    }
  }
});

test("bad input gives no mentions and no error", () => {
  for (const text of ["", "   ", "\u0000\u0001", "2025-13-45", "99/99/9999", "x".repeat(5000)]) {
    assert.deepEqual(extractTimes(text, splitSentences(text, "en"), "not a date", "en"), []);
  }
});
