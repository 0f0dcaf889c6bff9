// What grouping keeps of one article: a bag of content words ("terms") for topic similarity, and a
// bag of specific "keys" — names, numbers and dates — that tell two events of the same kind apart.
// Names and dates come from the caller's extraction when given; otherwise from a light fallback
// that reads capitalized word sequences, numerals, years and month–day strings off the text.
import { fold, groupCues, type GroupCues } from "./cues.js";

/** One article as the grouper sees it. */
export interface GroupDoc {
  id: string;
  title: string | null;
  text: string;
  /** ISO date (YYYY-MM-DD…) of publication, when known. */
  published?: string | null;
  /** People, organizations and places found by extraction (may be absent). */
  entities?: { name: string; type: string }[];
  /** Absolute ISO dates stated in the text: YYYY, YYYY-MM or YYYY-MM-DD (may be absent). */
  dates?: string[];
}

/**
 * Key prefixes. Each key records the rule that made it:
 * `e:` a name token, `E:` a whole multi-word name, `n:` a number, `y:` a year, `ym:` a year–month,
 * `md:` a month–day, `d:` a full date.
 */
export type KeyKind = "e" | "E" | "n" | "y" | "ym" | "md" | "d";

export interface DocFeatures {
  /** Folded, lightly stemmed content words → weighted count. */
  terms: Map<string, number>;
  /** Specific keys ("e:reid", "n:23", "md:11-30") → count. */
  keys: Map<string, number>;
  /** Publication day (days since 1970-01-01), or null. */
  day: number | null;
  /** The year the article is about: of its publication or dateline, else the year it names most
   * (the latest on ties); null when it names none. */
  year: number | null;
}

export interface FeatureOptions {
  /** How much a title word counts against a body word: titles name the event. */
  titleWeight: number;
  /** A full date within this many characters of the start is read as the publication date when
   * none is given (0: never). */
  datelineChars: number;
}

const DEFAULT_FEATURES: FeatureOptions = { titleWeight: 2, datelineChars: 160 };

// Words: letters with inner apostrophes or hyphens; numbers: digits with inner . , : / separators.
// Mixed letters-and-digits tokens ("Q10", "IE6", "4G", "76ers") come first: they name models,
// teams and flights.
const TOKEN = /\p{L}+\p{N}[\p{L}\p{N}]*|\p{N}+\p{L}[\p{L}\p{N}]*|\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:/-]\p{N}+)*/gu;
const MIXED = /^(?:\p{L}+\p{N}|\p{N}+\p{L})/u;
const NOT_MODEL = /^\d+(?:st|nd|rd|th|s|am|pm|[kmc]?m|kg|mph|ft|in|mm|gb|mb|ghz|mhz)$/;
const UPPER = /^\p{Lu}/u;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

interface Tok {
  /** Folded form, possessive stripped. */
  w: string;
  /** Letters and digits mixed: a model, team or flight name. */
  mixed: boolean;
  start: number;
  end: number;
  isNum: boolean;
  cap: boolean;
  /** First word of a sentence (or a line). */
  initial: boolean;
}

/** Days since 1970-01-01 of an ISO date, or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = ISO.exec(iso);
  if (!m?.[2] || !m[3]) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** Light stemming shared by English and Spanish: plural endings only. */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (n > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (n > 4 && w.endsWith("es") && /(?:ss|x|ch|sh|[^aeiou]z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !/(?:ss|us|is|ys|as|os)$/.test(w)) return w.slice(0, -1);
  return w;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    let raw = m[0];
    const start = m.index;
    const mixed = MIXED.test(raw);
    const c0 = raw.charCodeAt(0);
    const isNum = !mixed && (c0 >= 48 && c0 <= 57 ? true : /^\p{N}/u.test(raw));
    if (!isNum) {
      // possessives and elided apostrophes: "Reid's" → "Reid", "O'Brien" → "OBrien"
      if (/['’][sS]$/.test(raw)) raw = raw.slice(0, -2);
      if (raw.includes("'") || raw.includes("’")) raw = raw.replace(/['’]/g, "");
    }
    // is this the first word of a sentence? look back over spaces and opening marks
    let k = start - 1;
    while (k >= 0 && " \t\u00a0\"'“‘«([¿¡”’»)]".includes(text[k]!)) k--;
    const initial = k < 0 || ".!?\n\r:;…|—–-".includes(text[k]!);
    out.push({
      w: isNum ? raw : fold(raw),
      mixed,
      start,
      end: start + m[0].length,
      isNum,
      cap: mixed ? !NOT_MODEL.test(raw.toLowerCase()) : !isNum && UPPER.test(raw),
      initial,
    });
  }
  return out;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds the keys of an ISO date string (YYYY, YYYY-MM, YYYY-MM-DD). */
function addIsoDate(keys: Map<string, number>, iso: string): void {
  const m = ISO.exec(iso);
  if (!m) return;
  bump(keys, `y:${m[1]}`);
  if (m[2]) bump(keys, `ym:${m[1]}-${m[2]}`);
  if (m[2] && m[3]) {
    bump(keys, `md:${m[2]}-${m[3]}`);
    bump(keys, `d:${m[1]}-${m[2]}-${m[3]}`);
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Terms of a run of tokens, with weight `w` each. */
function addTerms(terms: Map<string, number>, toks: readonly Tok[], c: GroupCues, w: number): void {
  for (const t of toks) {
    if (t.isNum || t.mixed || t.w.length < 2) continue;
    if (c.stopwords.has(t.w) || c.weekdays.has(t.w) || c.months.has(t.w)) continue;
    bump(terms, stem(t.w), t.start < (X.leadChars ?? 0) && w === 1 ? X.lead : w);
  }
}

/** Fallback names: runs of capitalized words. A lone sentence-initial word counts only if the
 * article never uses it in lower case. */
function addNames(keys: Map<string, number>, toks: readonly Tok[], text: string, c: GroupCues, only: Set<string> | null): void {
  let lw = 1;
  const emit = (k: string) => {
    if (only === null || only.has(k)) bump(keys, k, lw);
  };
  // words this article capitalizes where no sentence starts: those are names even at a start
  const midCap = new Set<string>();
  for (const t of toks) if (t.cap && !t.initial) midCap.add(t.w);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    // grow the run: capitalized words separated by one space, or joined by a connector
    let j = i + 1;
    while (j < toks.length) {
      const prev = toks[j - 1]!;
      const cur = toks[j]!;
      const gap = text.slice(prev.end, cur.start);
      if (gap !== " " && gap !== "\u00a0") break;
      if (cur.cap && !cur.initial) {
        j++;
        continue;
      }
      const after = toks[j + 1];
      if (!cur.isNum && !cur.cap && c.nameConnectors.has(cur.w) && after?.cap && text.slice(cur.end, after.start) === " ") {
        j += 2;
        continue;
      }
      break;
    }
    const parts: string[] = [];
    for (let k = i; k < j; k++) {
      const w = toks[k]!.w;
      if (!toks[k]!.cap) continue; // connector
      if (c.nameTitles.has(w) || c.stopwords.has(w) || c.months.has(w) || c.weekdays.has(w)) continue;
      if (w.length < 2) continue;
      parts.push(w);
    }
    // a lone word at a sentence start ("Surely", "Surely I") is a name only if the article
    // capitalizes it elsewhere too
    const alone = parts.length === 1 && parts[0] === t.w;
    lw = only === null && t.start < (X.leadChars ?? 0) ? X.leadK ?? 1 : 1;
    if (parts.length > 0 && !(alone && t.initial && !midCap.has(t.w) && !t.mixed)) {
      emitName(emit, parts);
    }
    i = j;
  }
}

/** A name's keys: its whole form and its last word (the surname, the head: "Reid", "Sox"). */
export const X: any = { allTokens: false, titleCase: true };
function emitName(emit: (k: string) => void, parts: readonly string[]): void {
  if (parts.length === 0) return;
  if (X.allTokens) for (const p of parts.slice(0, -1)) emit(`e:${p}`);
  emit(`e:${parts[parts.length - 1]!}`);
  if (parts.length > 1) emit(`E:${parts.join(" ")}`);
}

/** A headline in Title Case capitalizes every word: its names are only the ones the body has. */
function isTitleCase(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.isNum || t.w.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}

function monthAt(toks: readonly Tok[], k: number, c: GroupCues): number | undefined {
  const t = toks[k];
  return t && !t.isNum ? c.months.get(t.w) : undefined;
}

/** The first full date (with year) the fallback read, and where. */
interface FirstDate {
  iso: string | null;
  at: number;
}

/** Fallback numbers and dates: years, month–day strings, numeric dates, other numerals. */
function addNumbersAndDates(keys: Map<string, number>, toks: readonly Tok[], c: GroupCues, withDates: boolean, first: FirstDate): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isNum) continue;
    const s = t.w;
    if (/^\d{4}$/.test(s)) {
      const y = Number(s);
      if (y >= 1900 && y <= 2099) {
        if (withDates) {
          bump(keys, `y:${s}`);
          const mo = monthAt(toks, i - 1, c);
          if (mo !== undefined) bump(keys, `ym:${s}-${pad(mo)}`);
        }
        continue;
      }
    }
    if (/^\d{1,2}$/.test(s)) {
      const d = Number(s);
      // "Nov 30", "November 30, 2009", "30 November", "30 de noviembre"
      let mo = monthAt(toks, i - 1, c);
      if (mo === undefined) mo = monthAt(toks, i + 1, c);
      if (mo === undefined && toks[i + 1]?.w === "de") mo = monthAt(toks, i + 2, c);
      if (mo !== undefined && d >= 1 && d <= 31) {
        if (withDates) {
          bump(keys, `md:${pad(mo)}-${pad(d)}`);
          const y = toks[i + 1]?.isNum ? toks[i + 1]!.w : toks[i + 2]?.isNum && toks[i + 1]?.w === "de" ? toks[i + 2]!.w : "";
          if (/^(19|20)\d\d$/.test(y)) {
            bump(keys, `d:${y}-${pad(mo)}-${pad(d)}`);
            if (first.iso === null) first.iso = `${y}-${pad(mo)}-${pad(d)}`, first.at = t.start;
          }
        }
        continue;
      }
    }
    const parts = s.split(/[/-]/);
    if (parts.length === 3 && parts.every((p) => /^\d{1,4}$/.test(p))) {
      // 11/30/09, 16/08/2011, 2011-11-04
      if (withDates) {
        const [a, b, y0] = parts.map(Number) as [number, number, number];
        let year = y0 < 100 ? 2000 + y0 : y0;
        let mo = a;
        let d = b;
        if (a > 999) {
          year = a;
          mo = b;
          d = y0;
        } else if (a > 12 && b <= 12) {
          mo = b;
          d = a;
        } else if (a <= 12 && b <= 12 && a !== b) {
          bump(keys, `y:${year}`);
          continue; // ambiguous day and month: keep the year only
        }
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && year >= 1900 && year <= 2099) {
          addIsoDate(keys, `${year}-${pad(mo)}-${pad(d)}`);
          if (first.iso === null) first.iso = `${year}-${pad(mo)}-${pad(d)}`, first.at = t.start;
        }
      }
      continue;
    }
    if (s.includes(":")) continue; // clock time
    const v = s.replace(/,(?=\d{3}(?:\D|$))/g, "");
    if (!/^\d+(?:\.\d+)?$/.test(v)) {
      if (/^\d+(?:[-/]\d+)+$/.test(v)) bump(keys, `n:${v}`); // a score or record: "9-14"
      continue;
    }
    const n = Number(v);
    if (!(n >= 2)) continue;
    bump(keys, `n:${String(n)}`);
  }
}

/** Names of given entities: each token, plus the whole name when it has several. */
function addEntityNames(keys: Map<string, number>, entities: readonly { name: string }[], c: GroupCues): void {
  for (const e of entities) {
    const parts: string[] = [];
    for (const m of e.name.matchAll(TOKEN)) {
      const w = fold(m[0].replace(/['’][sS]$/, "").replace(/['’]/g, ""));
      if (w.length < 2 || c.nameTitles.has(w) || c.stopwords.has(w) || c.nameConnectors.has(w)) continue;
      parts.push(w);
    }
    emitName((k) => bump(keys, k), parts);
  }
}

/** Computes the features of one article. Pure; never throws on odd input. */
export function docFeatures(doc: GroupDoc, opts: Partial<FeatureOptions> = {}): DocFeatures {
  const o = { ...DEFAULT_FEATURES, ...opts };
  const c = groupCues();
  const terms = new Map<string, number>();
  const keys = new Map<string, number>();
  const title = typeof doc.title === "string" ? doc.title : "";
  const body = typeof doc.text === "string" ? doc.text : "";
  const titleToks = title ? tokenize(title) : [];
  const bodyToks = tokenize(body);
  addTerms(terms, titleToks, c, o.titleWeight);
  addTerms(terms, bodyToks, c, 1);

  if (Array.isArray(doc.entities)) addEntityNames(keys, doc.entities, c);
  else {
    addNames(keys, bodyToks, body, c, null);
    addNames(keys, titleToks, title, c, X.titleCase && isTitleCase(titleToks) ? new Set(keys.keys()) : null);
  }
  const givenDates = Array.isArray(doc.dates);
  if (givenDates) for (const d of doc.dates!) if (typeof d === "string") addIsoDate(keys, d);
  const inTitle: FirstDate = { iso: null, at: 0 };
  const inBody: FirstDate = { iso: null, at: 0 };
  addNumbersAndDates(keys, titleToks, c, !givenDates, inTitle);
  addNumbersAndDates(keys, bodyToks, c, !givenDates, inBody);
  // without a publication date, a full date at the very top of the article is its dateline
  let day = dayNumber(doc.published);
  if (day === null && o.datelineChars > 0) {
    const top = inTitle.iso ?? (inBody.at < o.datelineChars ? inBody.iso : null);
    day = dayNumber(top);
  }
  let year: number | null = day !== null ? new Date(day * 86_400_000).getUTCFullYear() : null;
  if (year === null && X.yearMode !== "strong") {
    let count = 0;
    for (const [k, n] of keys) {
      if (!k.startsWith("y:")) continue;
      const y = Number(k.slice(2));
      if (X.yearMode === "latest" ? year === null || y > year : n > count || (n === count && year !== null && y > year)) {
        count = n;
        year = y;
      }
    }
  }
  if (year === null && X.yearMode === "strong") {
    for (const k of keys.keys()) if (k.startsWith("d:")) { const y = Number(k.slice(2, 6)); if (year === null || y > year) year = y; }
  }
  return { terms, keys, day, year };
}
