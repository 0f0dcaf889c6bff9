// Removes scraping debris from article text and records every removal: navigation lines, paywall
// and login banners, calls to action, trailing runs of unrelated headlines, credit lines (which
// give outlet, byline, publication date) and wire datelines. A title line at the top becomes the
// title. Body sentences are never removed: a paragraph is only dropped when it matches a cue and
// has the shape of debris (short, or dense with cues).
import { lexicon } from "../lexicon.js";
import type { Lang } from "../model.js";
import type { Removal } from "../report/schema.js";
import { isoDay } from "../read/dates.js";
import { escapeRe } from "../regex.js";
import { groupCues } from "../group/cues.js";
import { fold } from "../text/fold.js";
import { LANGUAGES } from "../text/languages.js";

interface Boilerplate {
  navigation: string[];
  paywall: string[];
  callToAction: string[];
  ctaVerbs: string[];
  relatedCues: string[];
  credits: { pattern: string; field: "outlet" | "byline" | "published" | null }[];
  wires: Record<string, string>;
}

interface Cues {
  navigation: Set<string>;
  paywall: string[];
  callToAction: string[];
  ctaVerbs: Set<string>;
  relatedCues: Set<string>;
  credits: { re: RegExp; field: "outlet" | "byline" | "published" | null }[];
  wires: Map<string, string>;
  dateline: RegExp;
}

const cueCache = new Map<string, Cues>();

/** "June 3", "Nov. 29", "14 mar", "14 de marzo" → "MM-DD"; null when it is not a day of a month.
 * Month names are the grouping's (data/<lang>/stopwords.json "months"). */
function monthDay(text: string): string | null {
  const months = groupCues().months;
  const words = fold(text).match(/\p{L}+|\d+/gu) ?? [];
  const name = words.find((w) => months.has(w));
  const num = words.find((w) => /^\d+$/.test(w));
  if (!name || !num) return null;
  const d = Number(num);
  if (d < 1 || d > 31) return null;
  return `${String(months.get(name)!).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Cues of the article's language plus English (scraped pages mix them). */
function cuesFor(lang: Lang): Cues {
  let c = cueCache.get(lang);
  if (c) return c;
  // scraped pages mix languages (an English paywall on a Spanish article): use every language's cues
  const langs: Lang[] = [lang, ...LANGUAGES.filter((l) => l !== lang)];
  const files = langs.map((l) => lexicon<Boilerplate>(l, "boilerplate"));
  const wires = new Map<string, string>();
  for (const f of files) for (const [k, v] of Object.entries(f.wires)) wires.set(k.toLowerCase(), v);
  const wireAlt = [...new Set(files.flatMap((f) => Object.keys(f.wires)))].map(escapeRe).join("|");
  c = {
    navigation: new Set(files.flatMap((f) => f.navigation)),
    paywall: [...new Set(files.flatMap((f) => f.paywall))],
    callToAction: [...new Set(files.flatMap((f) => f.callToAction))],
    ctaVerbs: new Set(files.flatMap((f) => f.ctaVerbs)),
    relatedCues: new Set(files.flatMap((f) => f.relatedCues)),
    credits: files.flatMap((f) => f.credits.map((k) => ({ re: new RegExp(k.pattern, "iu"), field: k.field }))),
    wires,
    // "LIMA (Reuters) -", "SANTIAGO, Chile (AP) —", "DHAKA, June 3 (Reuters) -", "Lima, 14 mar (EFE).-":
    // a place, maybe a region, maybe the day of writing, a known wire in brackets, a dash
    dateline: new RegExp(
      `^(?<place>\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:(?:de|del|la|el|of|do|da)\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})(?:,\\s*(?<region>\\p{Lu}[\\p{L} .]{1,29}))?` +
        `(?:,\\s*(?<day>\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:de\\s+)?\\p{L}{3,10}\\.?))?` +
        // the wire may be missing when the day is there: "Gazipur, June 4 —"
        `(?:\\s*\\((?<wire>${wireAlt})\\)\\s*[-–—:.]*[-–—:]|(?<=\\d|\\p{L}\\.?)\\s+[–—-])\\s*`,
      "u",
    ),
  };
  cueCache.set(lang, c);
  return c;
}

export interface Cleaned {
  text: string;
  removed: Removal[];
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  dateline: string | null;
  /** The day of writing a wire dateline gives, without its year: "MM-DD" ("DHAKA, June 3 (Reuters)"). */
  datelineDay: string | null;
}

export interface CleanOptions {
  /** A title already known from metadata: a first line repeating it is dropped. */
  knownTitle?: string | null;
  /** Look for a title line at the top (plain text); off when the title came from metadata. */
  findTitle?: boolean;
}

/** A short line's comparison key (long lines are never cue lines: they get none). */
const key = (s: string) => (s.length > 80 ? "\u0000long" : keyOf(s));
const keyOf = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/^[\s|•·>»\-–—:]+|[\s|•·>»\-–—:.!]+$/g, "");
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const endsLikeSentence = (s: string) => /[.!?…]["'”’»)]*$/.test(s.trim());
const countCues = (lower: string, cues: string[]) => cues.reduce((n, c) => n + (lower.includes(c) ? 1 : 0), 0);

/** Short line whose words are mostly capitalised, without sentence punctuation: a headline. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (!t || /[.:;,]["'”’]?$/.test(t)) return false;
  const w = words(t);
  if (w.length < 3 || w.length > 25 || t.length > 220) return false;
  const content = w.filter((x) => x.replace(/[^\p{L}]/gu, "").length >= 4);
  if (!content.length) return false;
  const caps = content.filter((x) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(x)).length;
  return caps / content.length >= 0.6;
}

function isShortUnpunctuated(line: string): boolean {
  const t = line.trim();
  return !!t && words(t).length <= 25 && t.length <= 220 && !endsLikeSentence(t) && !/[,;:]$/.test(t);
}

function looksLikeNames(s: string): boolean {
  const t = s.trim().replace(/[;|].*$/, "");
  if (!t || t.length > 120 || /[.!?]$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return false;
  const w = words(t.replace(/,/g, " "));
  if (!w.length || w.length > 10) return false;
  const joiners = new Set(["and", "y", "e", "&", "de", "del", "la", "van", "von", "da", "dos", "di", "le", "bin", "al"]);
  return w.every((x) => joiners.has(x.toLowerCase()) || /^\p{Lu}/u.test(x));
}

type Classified = { kind: Removal["kind"]; rule: string; field?: { name: "outlet" | "byline" | "published"; value: string } } | null;

/** Classifies one line that may be debris anywhere in the text. */
function classifyLine(line: string, c: Cues): Classified {
  const t = line.trim();
  const k = key(t);
  if (!k) return null;
  if (c.navigation.has(k)) return { kind: "navigation", rule: "boilerplate/navigation-line" };
  if (t.length >= 700) return null; // a long paragraph is body text, whatever words it uses
  const lower = t.toLowerCase();
  const pay = countCues(lower, c.paywall);
  if (pay && (t.length < 200 || (pay >= 2 && t.length < 700))) return { kind: "paywall", rule: "boilerplate/paywall-cue" };
  const cta = t.length < 400 ? countCues(lower, c.callToAction) : 0;
  const w = words(t);
  // one cue in a short line, or in a longer line that does not read as a sentence; two cues otherwise
  if (cta && (w.length <= 12 || (!endsLikeSentence(t) && t.length < 160) || (cta >= 2 && t.length < 400)))
    return { kind: "call-to-action", rule: "boilerplate/call-to-action-cue" };
  // a shouted short line opening with an imperative: "JOIN THE MOVEMENT"
  if (w.length <= 6 && t === t.toUpperCase() && /\p{Lu}/u.test(t) && !endsLikeSentence(t) && c.ctaVerbs.has(w[0]!.toLowerCase().replace(/[^\p{L}]/gu, "")))
    return { kind: "call-to-action", rule: "boilerplate/shouted-imperative" };
  return null;
}

const DATE_LINE = new RegExp(
  "^(?:\\p{Lu}[\\p{L}.' -]{1,40},\\s+)?(?:\\p{L}+,?\\s+)?(?:\\p{L}+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:de\\s+)?\\p{L}+\\.?),?\\s+(?:del?\\s+)?\\d{4}\\b" +
    "[\\d:. apmAPMh+-]*(?:[A-Z]{2,5}\\b)?(?:\\s*(?:[-–—|]\\s*)?(?:Last updated|Updated|Actualizado|Actualización)(?:\\s+(?:at|on|a las))?\\s+[\\d:.]+\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,5})?)?\\.?$" +
    "|^\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.+-Z]*)?$",
  "u",
);

/** Credit lines are only looked for at the top and the bottom of the text. */
function classifyCredit(line: string, c: Cues): Classified {
  const t = line.trim();
  if (t.length > 220) return null;
  // a bare date line: "Saturday, November 29, 2025", "29 Nov 2025", "2025-11-29 10:04",
  // "Tue, 02 Jul 2013 12:28 CDT", "3 July 2013 Last updated at 13:38 GMT", "Lima, 15 de marzo de 2026."
  if (words(t).length <= 10 && DATE_LINE.test(t)) {
    const d = isoDay(t);
    if (d) return { kind: "credit-line", rule: "credit/date-line", field: { name: "published", value: d } };
  }
  for (const { re, field } of c.credits) {
    const m = re.exec(t);
    if (!m) continue;
    if (!field) return { kind: "credit-line", rule: "credit/line" };
    const g = m.groups ?? {};
    if (field === "byline") {
      const v = (g.byline ?? "").replace(/\s*[;|].*$/, "").replace(/[,.]\s*$/, "").trim();
      if (!looksLikeNames(v)) continue;
      return { kind: "credit-line", rule: "credit/byline", field: { name: "byline", value: v } };
    }
    if (field === "outlet") {
      const v = (g.outlet ?? "").replace(/[.]\s*$/, "").trim();
      if (!v || words(v).length > 8) continue;
      return { kind: "credit-line", rule: "credit/source", field: { name: "outlet", value: v } };
    }
    const d = isoDay(g.date ?? "");
    if (d) return { kind: "credit-line", rule: "credit/published", field: { name: "published", value: d } };
  }
  return null;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

export function cleanPlainText(raw: string, lang: Lang, opts: CleanOptions = {}): Cleaned {
  const c = cuesFor(lang);
  const out: Cleaned = { text: "", removed: [], title: null, outlet: null, byline: null, published: null, dateline: null, datelineDay: null };
  const lines = raw.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/[ \t\u00a0]+$/g, "").replace(/^[ \t\u00a0]+/, ""));
  const keep = lines.map((l) => l.trim() !== "");
  const removedAt: (Removal | undefined)[] = [];
  const drop = (i: number, r: NonNullable<Classified>) => {
    keep[i] = false;
    removedAt[i] = { kind: r.kind, text: lines[i]!.trim(), rule: r.rule };
    if (r.field) {
      const f = r.field;
      if (f.name === "outlet") out.outlet ??= f.value;
      else if (f.name === "byline") out.byline ??= f.value;
      else out.published ??= f.value;
    }
  };
  const kept = () => lines.map((_, i) => i).filter((i) => keep[i]);

  // 1. debris lines anywhere
  for (let i = 0; i < lines.length; i++) if (keep[i]) {
    const r = classifyLine(lines[i]!, c);
    if (r) drop(i, r);
  }
  // 2. credit lines at the edges (top 3 and bottom 6 kept lines)
  {
    const k = kept();
    const edge = new Set([...k.slice(0, 3), ...k.slice(-6)]);
    for (const i of edge) {
      const r = classifyCredit(lines[i]!, c);
      if (r) drop(i, r);
    }
  }
  // 3. trailing runs: related-headline lists (with or without a "Related" cue line), repeated
  //    until the tail stops changing, since credit lines and CTAs may sit between them.
  for (let changed = true; changed; ) {
    changed = false;
    const k = kept();
    // a loose run (short lines without sentence punctuation) counts after a "Related" cue line;
    // without a cue it takes three or more lines that all read as title-case headlines
    let j = k.length - 1;
    while (j >= 0 && isShortUnpunctuated(lines[k[j]!]!) && !c.relatedCues.has(key(lines[k[j]!]!))) j--;
    const cueLine = j >= 0 && c.relatedCues.has(key(lines[k[j]!]!)) ? k[j] : undefined;
    let run = k.slice(j + 1);
    if (cueLine === undefined) {
      let h = k.length - 1;
      while (h >= 0 && isHeadlineLike(lines[k[h]!]!)) h--;
      run = h >= 0 ? k.slice(h + 1) : []; // the body must remain: never take the whole text
    }
    if (run.length && (run.length >= 3 || (cueLine !== undefined && run.length >= 1))) {
      for (const i of run) drop(i, { kind: "related-headlines", rule: cueLine !== undefined ? "boilerplate/related-cue" : "boilerplate/headline-run" });
      if (cueLine !== undefined) drop(cueLine, { kind: "related-headlines", rule: "boilerplate/related-cue" });
      changed = true;
    }
    const k2 = kept();
    const last = k2[k2.length - 1];
    if (last !== undefined && k2.length > 1) {
      const r = classifyCredit(lines[last]!, c) ?? (c.relatedCues.has(key(lines[last]!)) ? { kind: "related-headlines" as const, rule: "boilerplate/related-cue" } : null);
      if (r) {
        drop(last, r);
        changed = true;
      }
    }
  }
  // 4. the title line at the top, or a first line repeating the known title
  {
    const k = kept();
    const first = k[0];
    const next = k[1];
    if (first !== undefined && next !== undefined) {
      const line = lines[first]!.trim();
      if (opts.knownTitle && keyOf(line) === keyOf(opts.knownTitle)) keep[first] = false;
      else if (opts.findTitle !== false && !/[.,;:]["'”’]?$/.test(line) && words(line).length <= 25 && line.length <= 200 && endsLikeSentence(lines[next]!) && lines[next]!.length > line.length) {
        out.title = line.replace(/^#+\s*/, "");
        keep[first] = false;
      }
    }
  }
  // 5. a wire dateline opening the body: "LIMA (Reuters) -"
  {
    const first = kept()[0];
    if (first !== undefined) {
      const m = c.dateline.exec(lines[first]!);
      if (m && m.groups && (m.groups.wire || m.groups.day) && m[0].length < lines[first]!.length) {
        if (m.groups.wire) out.outlet ??= c.wires.get(m.groups.wire.toLowerCase()) ?? m.groups.wire;
        out.dateline = titleCase(m.groups.place!.trim());
        out.datelineDay = m.groups.day ? monthDay(m.groups.day) : null;
        removedAt[first] = { kind: "credit-line", text: m[0].trim(), rule: "credit/wire-dateline" };
        lines[first] = lines[first]!.slice(m[0].length);
      }
    }
  }
  out.removed = removedAt.filter((r): r is Removal => !!r);
  out.text = lines.filter((_, i) => keep[i]).join("\n");
  return out;
}
