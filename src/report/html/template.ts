// Escaping is the default: every value put into an `html` template is escaped unless it is an
// `Html` (made by `html` itself or, deliberately, by `raw`). Article text and all that comes from
// it is untrusted, so nothing but this template ever writes markup.

/** Markup that is already safe to place in a page. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template accepts: markup, text (escaped), numbers, nothing, or lists of these. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Text as it may stand in element content and in a quoted attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"'`]/g, (c) => ENTITY[c]!);

/** Trusted markup, written by this module only (CSS, the client script, SVG made from numbers). */
export const raw = (s: string): Html => new Html(s);

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return "";
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return (p as readonly Part[]).map(part).join("");
  return escapeHtml(String(p));
}

/** The tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** An http(s) URL that may be a link's target, or null (javascript:, data:, relative, malformed). */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * JSON to place inside `<script type="application/json">`: every `<`, `>` and `&` is written as a
 * \u escape, so no `</script>` or `<!--` in the data can end the element early.
 */
export function jsonIsland(value: unknown): Html {
  return raw(JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
