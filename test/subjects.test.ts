// Claim subjects read as phrases: the words after a figure read on from it (small words kept);
// words before it, or a phrase that skips a content word, are not put after its noun — the
// source's own words around the figure are quoted instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { phraseNear } from "../src/reconcile/subjects.js";
import { sentenceTokens } from "../src/reconcile/context.js";

const stems = (s: string) => new Set(sentenceTokens(s).map((t) => t.stem).filter((x): x is string => !!x));

const CASES: [sentence: string, figure: string, shared: string, text: string, after: boolean][] = [
  ["Oliver McNally scored 17 points for the Tar Heels on Sunday.", "17 points", "Tar Heels", "for the Tar Heels", true],
  ["About 330,000 undocumented migrants residing in Chile face expulsion.", "About 330,000 undocumented migrants", "residing Chile", "residing in Chile", true],
  ["Pirates are holding its 22 crew members hostage.", "22 crew members", "Pirates holding", "Pirates are holding", false],
  ["The deal is worth $82 million in salary and bonuses for the left-hander Sabathia.", "$82 million", "left-hander Sabathia", "in salary and bonuses for the left-hander Sabathia", true],
];

for (const [sentence, figure, shared, text, after] of CASES) {
  test(`subject phrase for "${figure}": ${after ? "after" : "not after"} it`, () => {
    const at = sentence.indexOf(figure);
    const p = phraseNear(sentence, at, at + figure.length, stems(shared));
    assert.ok(p, sentence);
    assert.equal(p.after, after);
    assert.equal(p.text, text);
  });
}

// ---------- date subjects: what happened on the date, per language ----------
import { dateEventPhrase, wordsAround } from "../src/reconcile/subjects.js";
import { claimCues } from "../src/reconcile/claims/cues.js";

const DATE_CASES: [lang: "en" | "es", sentence: string, date: string, text: string, rule: string][] = [
  ["en", "Pinup icon Bettie Page died Thursday at a hospital in Los Angeles.", "Thursday", "date Pinup icon Bettie Page died at a hospital in Los Angeles", "date-subject/clause"],
  ["en", "Police said Friday's shooting left two people dead.", "Friday", "date of the shooting", "date-subject/noun"],
  ["en", "Chile argues the surge is tied to politics ahead of the December 14 presidential runoff.", "December 14", "date of the presidential runoff", "date-subject/noun"],
  ["en", "Among them were the July 17 killings of three officers in Baton Rouge.", "July 17", "date of the killings of three officers", "date-subject/noun"],
  ["en", "On Friday, police arrested the suspect in Dallas.", "Friday", "date police arrested the suspect in Dallas", "date-subject/clause"],
  ["en", "A woman who was shot Friday night is doing well, according to police.", "Friday night", "date a woman was shot", "date-subject/clause"],
  ["en", "Akira Marie Waters, 16, of Avonmore died during surgery Monday night.", "Monday night", "date Akira Marie Waters of Avonmore died during surgery", "date-subject/clause"],
  ["en", "The City Attorney's office said Tuesday that the case had been dropped.", "Tuesday", "date the City Attorney's office said", "date-subject/clause"],
  ["es", "Hoy, las bolsas de todo el mundo, especialmente las de Estados Unidos, han caído drásticamente.", "Hoy", "fecha en que las bolsas de todo el mundo han caído drásticamente", "date-subject/clause"],
  ["es", "La policía investiga el ataque del lunes en Lima.", "lunes", "fecha del ataque", "date-subject/noun"],
  ["es", "El gobierno declaró el estado de emergencia el viernes en la frontera.", "viernes", "fecha en que el gobierno declaró el estado de emergencia en la frontera", "date-subject/clause"],
];

for (const [lang, sentence, date, text, rule] of DATE_CASES) {
  test(`date subject (${lang}) for "${date}" in "${sentence.slice(0, 40)}…": ${text}`, () => {
    const at = sentence.indexOf(date);
    const p = dateEventPhrase(sentence, at, at + date.length, claimCues().dateSubject[lang]!);
    assert.equal(p.text, text);
    assert.equal(p.rule, rule);
  });
}

test("date subject: a date with no event beside it quotes the source's words, never a list of shared words", () => {
  const s = "Monday, Jan. 5, 2015 — Updated";
  const p = dateEventPhrase(s, 0, "Monday".length, claimCues().dateSubject.en!);
  assert.equal(p.rule, "date-subject/quote");
  assert.match(p.text, /^“Monday/);
  assert.doesNotMatch(p.text, /([^,]+,){3,}/);
});

test("words around a figure: a clock time is one word and a full stop after it ends the clause", () => {
  const s = "The rally began at 5:30 p.m. Dozens chanted slogans outside city hall.";
  const at = s.indexOf("Dozens");
  const w = wordsAround(s, at, at + "Dozens".length);
  assert.equal(w, "Dozens chanted slogans outside city hall");
  const s2 = "The man was shot about 5:30 p.m. in the 2300 block of West 50th Place, police said.";
  const at2 = s2.indexOf("2300");
  const w2 = wordsAround(s2, at2, at2 + 4);
  assert.doesNotMatch(w2, /^30 p\.m/);
  assert.match(w2, /5:30 p\.m\. in the 2300 block/);
});

test("words around a figure: a currency sign stays with its number and the quotation ends on a content word", () => {
  const s = "It costs $2499 and comes with 2.53GHz processors.";
  const at = s.indexOf("2.53GHz");
  assert.equal(wordsAround(s, at, at + "2.53GHz".length), "$2499 and comes with 2.53GHz processors");
  const s2 = "For two decades, Gigante was head of the Genovese crime family.";
  const at2 = s2.indexOf("two decades");
  assert.doesNotMatch(wordsAround(s2, at2, at2 + "two decades".length), /\b(?:of|the)$/);
});

test("subject phrase of a figure ends before a word that opens another clause, and not inside a name", () => {
  const s = "Two people from Zinbi village were hurt but their general condition is satisfactory.";
  const at = s.indexOf("Two people");
  const p = phraseNear(s, at, at + "Two people".length, stems("Zinbi village hurt general condition"));
  assert.ok(p);
  assert.equal(p.text, "from Zinbi village were hurt");
  const s2 = "At least one person was shot in a stairwell at the Cypress Hills Houses at around 8:20 p.m.";
  const at2 = s2.indexOf("one person");
  const p2 = phraseNear(s2, at2, at2 + "one person".length, stems("shot stairwell Cypress"));
  assert.ok(p2);
  assert.match(p2.text, /Cypress Hills Houses$/);
});
