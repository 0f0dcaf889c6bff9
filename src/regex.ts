// Building regular expressions from cue words (data/<lang>/*.json).

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Cue phrases as one alternation: longest first (so "death toll" wins over "toll"), each escaped,
 * its spaces matching any white space, straight and curly apostrophes alike, and a trailing "*"
 * any word ending ("gather*"). Never matches when the list is empty.
 */
export function alternation(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (!list.length) return "(?!)";
  return list.map((w) => escapeRe(w).replace(/\\\*$/, "\\p{L}*").replace(/ +/g, "\\s+").replace(/['’]/g, "['’]")).join("|");
}

/** The same, lower-cased, for cue lists matched against lower-cased text. */
export const lowerAlternation = (phrases: Iterable<string>): string => alternation([...phrases].map((p) => p.toLowerCase()));
