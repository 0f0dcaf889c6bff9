// A title taken into a speaker's name: "Investigator Dan Salcedo", "Executive Hector Ruiz" (the entity
// stage kept the title), "Secretary of the Interior Dirk Kempthorne" (a description nobody tagged).
// The speaker is the name; the title goes to the description. Words are data (data/<lang>/quotes.json:
// nameTitles, personNouns, titleAbbreviations, titleSmallWords).
import type { Ctx } from "./context.js";

/** Fewest words a name keeps once its title is off ("Dan Salcedo", not "Salcedo"). */
const MIN_NAME_WORDS = 2;

/** A title word ("CEO", "spokesman", "Gov."). */
export function isTitleWord(ctx: Ctx, w: string): boolean {
  const lw = w.toLowerCase().replace(/\.$/, "");
  const c = ctx.cues;
  return c.nameTitles.has(lw) || c.personNouns.has(lw) || c.titleAbbreviations.has(lw);
}

/** The name and the title before it, or null when the speaker opens with no title. */
export function splitTitle(ctx: Ctx, speaker: string): { name: string; title: string } | null {
  const words = speaker.split(/\s+/);
  if (words.length <= MIN_NAME_WORDS || !isTitleWord(ctx, words[0]!)) return null;
  // every word capitalised but the small ones ("of the"): a title and a name, not a clause
  if (!words.every((w) => /^\p{Lu}/u.test(w) || ctx.cues.titleSmallWords.has(w.toLowerCase()))) return null;
  // the name: the capitalised run after the last title or small word
  let k = words.length - 1;
  while (k > 0 && !isTitleWord(ctx, words[k - 1]!) && !ctx.cues.titleSmallWords.has(words[k - 1]!.toLowerCase())) k--;
  // "Secretary of the Interior Dirk Kempthorne": after an "of" phrase the name is the last two words
  const small = words.slice(0, k).some((w) => ctx.cues.titleSmallWords.has(w.toLowerCase()));
  if (small && words.length - k > MIN_NAME_WORDS) k = words.length - MIN_NAME_WORDS;
  const name = words.slice(k);
  if (name.length < MIN_NAME_WORDS || name.length > 4) return null;
  return { name: name.join(" "), title: words.slice(0, k).join(" ") };
}
