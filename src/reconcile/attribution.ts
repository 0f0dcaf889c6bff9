// Where a sentence says its facts come from ("according to the USGS", "police said", "según la
// policía"): figures that differ exactly as their stated sources differ are explained by them.
// The cue words are data: data/<lang>/reconcile.json "attribution".
import { reconcileCues } from "./context.js";
import { fold } from "../text/fold.js";
import { escapeRe } from "../regex.js";

let attributionRes: { before: RegExp; after: RegExp; articles: Set<string>; pronouns: Set<string> } | undefined;

/** Where a sentence says its facts come from: the words after "according to", "según" … up to the
 * clause's end, or before "said", "informó" … back to the clause's start; as written ("the
 * U.S. Geological Survey" → "U.S. Geological Survey", "fire officials"), or null (none, or a
 * pronoun). Compare them folded. */
export function attributionOf(sentence: string): string | null {
  if (!attributionRes) {
    const { before, after, articles, pronouns } = reconcileCues().attribution;
    // no "i" flag: with it, \p{Lu} would match lower case too; a cue may open the sentence
    const alt = (xs: string[]) => xs.map((x) => `[${x[0]!.toLowerCase()}${x[0]!.toUpperCase()}]${escapeRe(x.slice(1)).replace(/\s+/g, "\\s+")}`).join("|");
    attributionRes = {
      before: new RegExp(`(?<![\\p{L}])(?:${alt(before)})\\s+([^,;:()“”"]{2,80}?)\\s*(?:[,;:()“”"]|(?<!\\p{Lu})\\.(?:\\s|$)|$)`, "u"),
      after: new RegExp(`(?:^|[,;:()“”"]\\s*)([^,;:()“”"]{2,80}?)\\s+(?:${alt(after)})(?![\\p{L}])`, "u"),
      articles: new Set(articles.map(fold)),
      pronouns: new Set(pronouns.map(fold)),
    };
  }
  const { articles, pronouns } = attributionRes;
  for (const re of [attributionRes.before, attributionRes.after]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    // "the police" → "police"; "which officials said" → "officials"
    while (words.length > 1 && (articles.has(fold(words[0]!)) || pronouns.has(fold(words[0]!)))) words.shift();
    if (words.length > 6) continue; // a whole clause, not a source
    const src = words.join(" ");
    if (!src || pronouns.has(fold(src))) continue;
    return src;
  }
  return null;
}
