// Sentence splitting: where a period, a line break or a title ends a sentence, and where not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

/** [text, language, the sentences expected] (sentences written for these tests) */
const CASES: [string, Lang, string[]][] = [
  ["Gen. Arturo Valverde spoke. He left.", "en", ["Gen. Arturo Valverde spoke.", "He left."]],
  ["Shots were fired, according to Ald. Raymond Lopez (15th). Nobody was hurt.", "en", ["Shots were fired, according to Ald. Raymond Lopez (15th).", "Nobody was hurt."]],
  // a title's abbreviation never ends a sentence, even before a line break or with a stray period
  ["Según el Sr..\nHoward, la ayuda llegará pronto.", "es", ["Según el Sr..\nHoward, la ayuda llegará pronto."]],
  ["Lo dijo la Dra.\nPérez en la radio.", "es", ["Lo dijo la Dra.\nPérez en la radio."]],
  // a line break still ends a sentence after a word that is no title, and a paragraph break always does
  ["Llegó el director.\nHoward habló después.", "es", ["Llegó el director.", "Howard habló después."]],
  ["Dr.\n\nOtra cosa.", "es", ["Dr.", "Otra cosa."]],
];

for (const [text, lang, want] of CASES) {
  test(`sentences: ${JSON.stringify(text.slice(0, 60))}`, () => {
    assert.deepEqual(
      splitSentences(text, lang).map((s) => s.text),
      want,
    );
  });
}
