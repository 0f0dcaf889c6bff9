// Stemmers for English and Spanish words already folded (lower case, no accents). Two strengths,
// for two uses: grouping wants plurals to meet and nothing else; claim alignment wants a verb and
// its noun ("declared", "declaration") to meet.

/** Light stemming shared by English and Spanish: plural endings only ("pirates" → "pirate",
 * "boxes" → "box", "cities" → "city"; "boss", "bus", "crisis" stay). */
export function pluralStem(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115) return w; // not ending in "s"
  const y = w.charCodeAt(n - 2);
  if (n > 4 && y === 101 && w.charCodeAt(n - 3) === 105) return w.slice(0, -3) + "y"; // -ies
  if (n > 4 && y === 101) {
    // -sses, -xes, -ches, -shes, -zes after a consonant
    const a = w.charCodeAt(n - 3);
    const b = w.charCodeAt(n - 4);
    if ((a === 115 && b === 115) || a === 120 || (a === 104 && (b === 99 || b === 115))) return w.slice(0, -2);
    if (a === 122 && !"aeiou".includes(w[n - 4]!)) return w.slice(0, -2);
  }
  // -ss, -us, -is, -ys, -as, -os stay
  if (y === 115 || y === 117 || y === 105 || y === 121 || y === 97 || y === 111) return w;
  return w.slice(0, -1);
}

/** A crude stem: enough to make "declared", "declares" and "declaration" meet. */
export function suffixStem(w: string): string {
  let s = w;
  for (const suf of ["ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly"]) {
    if (s.endsWith(suf) && s.length - suf.length >= 4) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  // "reside"/"residing", "declare"/"declared" meet without their final e
  return s.length > 4 && s.endsWith("e") ? s.slice(0, -1) : s;
}
