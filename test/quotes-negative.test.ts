// Inputs that must NOT give a quotation: titles of works, scare quotes nobody is said to have said,
// names and nicknames, apostrophes and inch marks (real news sentences, mostly from ECB+).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes } from "../src/extract/quotes.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import { findPeople } from "./fixtures/quotes/people.js";

const NONE: [string, Lang][] = [
  // titles of works
  ["Her film credits include “Van Wilder” and “The Big Lebowski.”", "en"],
  ["Tara Reid, 33, who starred in “American Pie” and appeared on U.S. TV show “Scrubs,” has entered the Promises Treatment Center in Malibu, California.", "en"],
  ["It's official: Chris Weitz is taking over the director's chair for the “Twilight” sequel “New Moon.”", "en"],
  ["She also hosted the short-lived, half-hour show “Taradise” on E!", "en"],
  ["La película «Cien años de soledad» se estrenará en diciembre en la plataforma.", "es"],
  // names, nicknames and so-called terms
  ["The former FBI second-in-command who revealed himself as “Deep Throat” 30 years after he tipped off reporters to the Watergate scandal has died.", "en"],
  ["Joaquín “El Chapo” Guzmán was extradited to the United States in January 2017.", "en"],
  ["The so-called “war on drugs” has cost the country billions of dollars.", "en"],
  ["La banda criminal conocida como «Tren de Aragua» opera en varios países de la región.", "es"],
  // a brand or a name, even where a reporting verb stands in the sentence
  ["Corvex afirma que el acuerdo prohibía a Talmar utilizar la marca \"Corvex\" en algunos usos.", "es"],
  ["Corvex says the deal barred Talmar from using the name “Corvex” in music.", "en"],
  // scare quotes and modifiers nobody is said to have said
  ["They left candles spelling out the name “Alex” in front of a line of riot policemen.", "en"],
  ["Many of her family practice patients are uninsured, according to the MacArthur Foundation, which last year awarded her one of its prestigious $500,000 \"genius\" grants.", "en"],
  ["Trump and Xi Hold “Productive” Talks Ahead of Trade Deadline", "en"],
  ["Readers can sign in by pressing the “login” button at the top of the page.", "en"],
  ["The polar bear, which last year was declared as \"threatened\" under the Endangered Species Act, is losing its sea ice.", "en"],
  // apostrophes and other marks that are not quotation marks
  ["Peru’s president said the country’s border posts, built in the ’90s, don’t meet today’s needs.", "en"],
  ["The band's rock 'n' roll show drew about 5,000 fans to the stadium on Saturday.", "en"],
  ["The storm dropped 12\" of snow on Denver before moving east, forecasters said.", "en"],
  ["Jeffs' lawyers and the prosecutors' office declined to comment on the sentence.", "en"],
];

for (const [text, lang] of NONE) {
  test(`no quotation: ${text.slice(0, 70)}`, () => {
    const got = extractQuotes(text, splitSentences(text, lang), lang, findPeople(text));
    assert.deepEqual(
      got.map((q) => q.text),
      [],
      JSON.stringify(got.map((q) => [q.text, q.speaker, q.rule])),
    );
  });
}

/** Quotations that are real but must not get a wrong speaker: the outlet, the listener, a passive subject. */
const NOT_SPEAKER: [string, Lang, string][] = [
  ["“Tara was 100 percent professional,” Matthew O'Connor told E! News.", "en", "E! News"],
  ["\"Justice has been served,\" Brent Jeffs told InSession soon after the sentence.", "en", "InSession"],
  ["Efton A. Stanfield asked Richard Nixon in a telegram to pick a career agent. “Mr. Felt is a man of outstanding loyalty,” he said.", "en", "Richard Nixon"],
  ["«Es una decisión histórica», dijo el canciller a la agencia EFE.", "es", "EFE"],
  ["La jueza Marta Ibáñez estuvo de acuerdo con Corvex; «La marca no confunde a nadie».", "es", "Corvex"],
  ["Joel Baker met the families. (Photo: Stan Carpenter / The Times)\n\n“We will not rest,” he said.", "en", "Stan Carpenter"],
  ["Joel Baker met the families. Foto: Tomás Ferrer\n\n«No descansaremos», dijo él.", "es", "Tomás Ferrer"],
  ["Lucía Campos anunció el cierre.\nNo dijo cuándo llegarán los despidos, pero los dará a conocer «muy pronto».", "es", "los despidos"],
  ["Marta Ibáñez justificó la elección de Corvex diciendo que «sus aviones son los más fiables».", "es", "Corvex"],
];

for (const [text, lang, wrong] of NOT_SPEAKER) {
  test(`not the speaker (${wrong}): ${text.slice(0, 60)}`, () => {
    const got = extractQuotes(text, splitSentences(text, lang), lang, findPeople(text));
    assert.equal(got.length, 1, "the quotation itself is found");
    assert.notEqual(got[0]!.speaker, wrong);
    assert.notEqual(got[0]!.speaker, null, JSON.stringify(got));
  });
}

/** Descriptions that must NOT be resolved to a name: more than one fits, or none is definite. */
const NOT_RESOLVED: [string, Lang, string | null][] = [
  // two companies named: "the company" is ambiguous, and stays a description
  ["Corvex and Talmar agreed to merge on Friday. “The deal closes in May,” the company said.", "en", "the company"],
  // two inspectors named: which one is not said
  ["Inspector Alma Ruiz met Inspector Joel Baker at noon. “Nothing was missing,” the inspector said.", "en", "the inspector"],
  // an indefinite description names nobody in particular
  ["Hartwell Foods recalled 20,000 jars on Monday. “I threw mine away,” a customer said.", "en", "a customer"],
];

test("quotes: an ambiguous or indefinite description is not given a name", () => {
  for (const [text, lang, speaker] of NOT_RESOLVED) {
    const [q] = extractQuotes(text, splitSentences(text, lang), lang, findPeople(text));
    assert.ok(q, `no quotation in ${text}`);
    assert.equal(q.speaker, speaker, text);
    assert.equal(q.speakerId, null, text);
    assert.doesNotMatch(q.rule, /antecedent/, text);
  }
});

test("quotes: an opening mark typed for a closing one opens no quotation of the attribution", () => {
  const text = "“She is calm and careful, and she delivers, “said academy President Joel Baker. “I saw her at an event last week.”";
  const got = extractQuotes(text, splitSentences(text, "en"), "en", findPeople(text));
  assert.deepEqual(
    got.map((q) => q.text),
    ["She is calm and careful, and she delivers", "I saw her at an event last week."],
  );
});
