// Building regular expressions from cue words (data/<lang>/*.json).

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
