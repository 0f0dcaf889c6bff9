// Cue words of the HTML cleaner, read once from data/common/html-cues.json and compiled to regexes:
// class/id cues (what an element is for, judged from its class and id) and furniture phrases (short
// lines such as "Read more" or "Lee también" that are never article text).
import { lexicon } from "../lexicon.js";
import type { DomElement } from "./html-dom.js";

/** Bit flags for class/id cues; the names match the keys of classCues in the data file. */
export const CUE = {
  caption: 1,
  share: 2,
  related: 4,
  signup: 8,
  ad: 16,
  nav: 32,
  comments: 64,
  tags: 128,
  byline: 256,
  bio: 512,
  hidden: 1024,
  content: 2048,
} as const;
export type CueName = keyof typeof CUE;

/** Cues that mark page furniture (as opposed to caption/byline/content, which are judged case by case). */
export const FURNITURE = CUE.share | CUE.related | CUE.signup | CUE.ad | CUE.nav | CUE.comments | CUE.tags | CUE.bio;

interface CueData {
  classCues: Record<string, { substrings: string[]; tokens: string[]; names: string[] }>;
  phrases: Record<string, { starts: string[]; equals: string[] }>;
}

interface Compiled {
  cues: { flag: number; substr: RegExp | null; token: RegExp | null; names: Set<string> }[];
  starts: RegExp;
  equals: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A regex for whole tokens of a class/id value (matched on its original case): a token starts at the
 * start, after a separator (space _ -), or at a camelCase edge ("mainAd"), and ends at the end, a
 * separator, a digit or the next camelCase word. So "ad" matches "ad-slot", "top_ad2", "mainAd",
 * "adContainer", but not "head" or "shadow".
 */
function tokenRegex(tokens: string[]): RegExp {
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const any = tokens.flatMap((t) => [t, cap(t), t.toUpperCase()]).map(escape).join("|");
  const camel = tokens.map((t) => escape(cap(t))).join("|");
  return new RegExp(`(?:(?:^|[\\s_\\-])(?:${any})|(?<=[a-z])(?:${camel}))(?=$|[\\s_\\-0-9A-Z])`);
}

let compiled: Compiled | undefined;
function load(): Compiled {
  if (compiled) return compiled;
  const d = lexicon<CueData>("common", "html-cues");
  const cues: Compiled["cues"] = [];
  for (const [name, flag] of Object.entries(CUE)) {
    const c = d.classCues[name];
    if (!c) continue;
    cues.push({
      flag,
      substr: c.substrings.length ? new RegExp(c.substrings.map(escape).join("|")) : null,
      token: c.tokens.length ? tokenRegex(c.tokens) : null,
      names: new Set(c.names.map((n) => n.toLowerCase())),
    });
  }
  const starts: string[] = [];
  const equals = new Set<string>();
  for (const p of Object.values(d.phrases)) {
    for (const s of p.starts) starts.push(s.toLowerCase());
    for (const e of p.equals) equals.add(e.toLowerCase());
  }
  starts.sort((a, b) => b.length - a.length);
  // a phrase must end at a word edge: "more:" and "follow @" carry their own edge
  const startRe = new RegExp(`^(?:${starts.map((s) => escape(s) + (/[\p{L}\p{N}]$/u.test(s) ? "(?![\\p{L}\\p{N}])" : "")).join("|")})`, "iu");
  compiled = { cues, starts: startRe, equals };
  return compiled;
}

const flagCache = new WeakMap<object, number>();

/** The CUE flags of an element's own class and id. */
export function cueFlags(el: DomElement): number {
  const hit = flagCache.get(el);
  if (hit !== undefined) return hit;
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  let flags = 0;
  if (raw.length > 1) {
    const c = load();
    const lower = raw.toLowerCase();
    const names = lower.split(/\s+/);
    for (const cue of c.cues) {
      if ((cue.substr && cue.substr.test(lower)) || (cue.token && cue.token.test(raw)) || names.some((n) => cue.names.has(n)))
        flags |= cue.flag;
    }
  }
  flagCache.set(el, flags);
  return flags;
}

/** Is this short line page furniture ("Read more: ...", "Share", "Publicidad")? */
export function isFurniturePhrase(text: string): boolean {
  const c = load();
  const t = text.trim().toLowerCase().replace(/[\s:|•·»›>\-–—]+$/u, "");
  if (c.equals.has(t)) return true;
  return c.starts.test(t);
}
