// The absolute, day-precision dates a text gives for events in its own past ("On November 29,
// 2025, the government declared …"): the tense of the sentence at the date is past. The caller
// uses them to date articles that carry no date of their own.
import type { Sentence } from "../../model.js";
import type { TimeMention } from "../../report/schema.js";
import type { Unattached } from "../../model.js";
import { sentenceAt } from "../sentences.js";
import { distance, tenseCues, type Tense } from "./tense.js";
import { LANGUAGES } from "../../text/languages.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Nearest tense cue of either language (their cues hardly ever fire on the other's text). */
function tenseNear(text: string, s: Sentence, start: number, end: number): Tense | null {
  let best: Tense | null = null;
  let bestDist = Infinity;
  for (const lang of LANGUAGES) {
    for (const cue of tenseCues(text, s.start, s.end, lang)) {
      if (cue.end > start && cue.start < end) continue;
      const dist = distance(text, cue, start, end);
      if (dist < bestDist || (dist === bestDist && cue.tense === "past")) {
        best = cue.tense;
        bestDist = dist;
      }
    }
  }
  return best;
}

export function pastEventDates(text: string, sentences: Sentence[], times: Unattached<TimeMention>[]): string[] {
  const out = new Set<string>();
  for (const t of times) {
    if (t.kind !== "date" || t.basis !== "absolute" || t.precision !== "day" || !t.value || !DAY.test(t.value)) continue;
    const s = sentenceAt(sentences, t.start) ?? { index: 0, start: 0, end: text.length, text };
    if (tenseNear(text, s, t.start, t.end) === "past") out.add(t.value);
  }
  return [...out].sort();
}
