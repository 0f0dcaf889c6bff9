// Strings that come from the input (file names, record ids, links, error messages) but are shown
// to a person on one line: control characters escaped, length capped. A terminal is not the
// input's to write to.

/** C0 and C1 controls, DEL, line/paragraph separators and bidi overrides. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(c: string): string {
  const n = c.charCodeAt(0);
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "\t") return "\\t";
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
}

/** One printable line of at most `max` characters (an ellipsis marks a cut). */
export function printable(s: string, max = 300): string {
  const head = s.length > max * 4 ? s.slice(0, max * 4) : s; // escaping can only lengthen
  const out = head.replace(UNSAFE, escape);
  return out.length > max || head.length < s.length ? out.slice(0, max - 1) + "…" : out;
}

/** Metadata (titles, outlets, bylines) a report repeats: one line, capped. */
export function capMeta(s: string | null | undefined, max = 300): string | null {
  if (s == null) return null;
  const one = s.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  if (!one) return null;
  return one.length > max ? one.slice(0, max - 1).replace(/\s+\S*$/, "") + "…" : one;
}
