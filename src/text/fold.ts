// Folding text into lookup keys. Hot paths (every token of every article): each function answers
// ASCII without a regex or a normalisation, and normalises only what needs it.

/** Lower case without diacritics: "Jerí" → "jeri", "ﬁn" → "fin" (NFKD, combining marks U+0300–U+036F dropped). */
export function fold(s: string): string {
  // fast path: ASCII and basic Cyrillic (А-я but Й/й), which NFKD leaves alone
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 || (c >= 0x410 && c <= 0x44f && c !== 0x419 && c !== 0x439)) continue;
    return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  return s.toLowerCase();
}

/** fold(), and curly apostrophes (’ ‘ ʼ) made straight: "Jerí’s" → "jeri's". `lower` is
 * `s.toLowerCase()` when the caller already has it. */
export function foldApostrophes(s: string, lower?: string): string {
  // fast path: ASCII, curly apostrophes and basic Cyrillic (А-я but Й/й), which NFKD leaves alone
  let ascii = true;
  let quotes = false;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    ascii = false;
    if (c === 0x2019 || c === 0x2018 || c === 0x2bc) quotes = true;
    else if (c < 0x410 || c > 0x44f || c === 0x419 || c === 0x439) {
      simple = false;
      break;
    }
  }
  if (ascii) return lower ?? s.toLowerCase();
  if (simple) {
    const l = lower ?? s.toLowerCase();
    return quotes ? l.replace(/[’‘ʼ]/g, "'") : l;
  }
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

/** Lower case, runs of white space as one space, trimmed: the key a matched phrase is looked up by. */
export function lowerSquashed(s: string): string {
  const lower = s.toLowerCase();
  return /\s/.test(lower) ? lower.replace(/\s+/g, " ").trim() : lower;
}

/** lowerSquashed(), and ’ made ': "didn’t  say" → "didn't say". */
export function lowerSquashedApostrophes(s: string): string {
  const lower = s.toLowerCase();
  return /[’\s]/.test(lower) ? lower.replace(/’/g, "'").replace(/\s+/g, " ").trim() : lower;
}
