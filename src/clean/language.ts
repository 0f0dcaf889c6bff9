// Which of our languages an article is in: counts each language's function words. Twenty lines
// do this well for English against Spanish; other languages fall back to English cues.
import { lexicon } from "../lexicon.js";
import { LANGUAGES, isLang, type Lang } from "../text/languages.js";

let sets: Map<Lang, Set<string>> | undefined;

export function detectLanguage(text: string, declared?: string | null): Lang {
  const d = declared?.toLowerCase().slice(0, 2);
  if (isLang(d)) return d;
  sets ??= new Map(LANGUAGES.map((l) => [l, new Set(lexicon<string[]>(l, "function-words").map((w) => w.toLowerCase()))]));
  const counts = new Map<Lang, number>(LANGUAGES.map((l) => [l, 0]));
  const sample = text.slice(0, 1500).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of sample) for (const l of LANGUAGES) if (sets.get(l)!.has(w)) counts.set(l, counts.get(l)! + 1);
  return (counts.get("es") ?? 0) > (counts.get("en") ?? 0) * 1.2 ? "es" : "en";
}
