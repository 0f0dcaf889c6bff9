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
