// The reading context every times parser gets: the text, its sentences, the reference date, the
// language's word lists, and which sentences each parser needs to look at (gate.ts).
import type { Lang, Sentence } from "../../model.js";
import { parseYmd } from "./calendar.js";
import { sentenceBits } from "./gate.js";
import type { Ctx } from "./types.js";
import { timeWords } from "./words.js";

export function makeContext(text: string, sentences: readonly Sentence[], ref: string | null, lang: Lang): Ctx {
  const language: Lang = lang === "es" ? "es" : "en";
  const sents = sentences.length ? sentences : [{ index: 0, start: 0, end: text.length, text }];
  const bits = sentenceBits(text, sents, language);
  const bitOf = new Map<Sentence, number>(sents.map((s, i) => [s, bits[i] ?? 0]));
  const hot = new Map<number, Sentence[]>();
  return {
    text,
    sentences: sents,
    ref: parseYmd(ref),
    lang: language,
    w: timeWords(language),
    bits: (s) => bitOf.get(s) ?? 0,
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
