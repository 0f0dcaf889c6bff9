// The reading context every times parser gets: the text, its sentences, the reference date, the
// language's word lists, and which sentences each parser needs to look at (gate.ts).
import type { Lang, Sentence } from "../../model.js";
import { parseYmd } from "../../text/calendar.js";
import { sentenceBits } from "./gate.js";
import type { Ctx } from "./types.js";
import { timeWords } from "./words.js";

export function makeContext(text: string, sentences: readonly Sentence[], ref: string | null, lang: Lang): Ctx {
  const language: Lang = lang === "es" ? "es" : "en";
  const sents = sentences.length ? sentences : [{ index: 0, start: 0, end: text.length, text }];
  const bits = sentenceBits(text, sents, language);
  // a sentence's bits by its index, checked (a sentence from elsewhere is found by identity)
  const bitsOf = (s: Sentence): number => (sents[s.index] === s ? (bits[s.index] ?? 0) : (bits[sents.indexOf(s)] ?? 0));
  const hot = new Map<number, Sentence[]>();
  return {
    text,
    sentences: sents,
    ref: parseYmd(ref),
    lang: language,
    w: timeWords(language),
    bits: bitsOf,
    hot(bit) {
      let list = hot.get(bit);
      if (!list) {
        list = sents.filter((_, i) => ((bits[i] ?? 0) & bit) !== 0);
        hot.set(bit, list);
      }
      return list;
    },
  };
}
