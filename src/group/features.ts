// What grouping keeps of one article: a bag of content words ("terms") for topic similarity, and a
// bag of specific "keys" (names, numbers and dates) that tell two events of the same kind apart.
// Names and dates come from the caller's extraction when given; otherwise from light fallbacks
// (names.ts, numbers.ts) that read them off the text.
import { groupCues, type GroupCues } from "./cues.js";
import { entityNames, isTitleCase, textNames } from "./names.js";
import { isoDateKeys, textNumbers } from "./numbers.js";
import { hashWord, lane2 } from "../text/hash.js";
import { pluralStem } from "../text/stem.js";
import { tokenize, type Token } from "../text/tokens.js";

/** One article as the grouper sees it. */
export interface GroupDoc {
  id: string;
  title: string | null;
  text: string;
  /** ISO date (YYYY-MM-DD…) of publication, when known. */
  published?: string | null;
  /** People, organizations and places found by extraction (may be absent); `type` is the
   * extraction's ("person", "organization", "place", …); `aged`: a person the text gives an age
   * for ("Jamaine Sutton, 32,"), a victim or a suspect rather than an official or a reporter. */
  entities?: { name: string; type: string; aged?: boolean }[];
  /** Absolute ISO dates stated in the text: YYYY, YYYY-MM or YYYY-MM-DD (may be absent). */
  dates?: string[];
  /** Days (YYYY-MM-DD) the text names relative to its publication ("on Saturday", "yesterday"),
   * resolved by extraction (may be absent). */
  days?: string[];
}

export interface DocFeatures {
  /** Folded, lightly stemmed content words → weighted count. */
  terms: Map<string, number>;
  /**
   * Specific keys → count. The prefix is the rule that made the key: `e:` the last word of a name,
   * `E:` a whole multi-word name, `n:` a number, `y:` a year, `ym:` a year–month, `md:` a
   * month–day, `d:` a full date.
   */
  keys: Map<string, number>;
  /** The `E:` keys of people's whole names: shared, they tie two articles across time. */
  strong: Set<string>;
  /** The `E:` keys of the people the article gives an age for (GroupDoc.entities `aged`): the
   * victims and suspects, not the officials and reporters who speak of many events. A subset of
   * `strong`. */
  aged: Set<string>;
  /** The keys of the places extraction found (GroupDoc.entities of type "place"). */
  places: Set<string>;
  /** Each place with each day the article names from `EVENT_DAYS` before its publication to the
   * day itself ("pd:e:dayton@19420"): where and when its news happened. Two first reports of one
   * event share one; two events share one only when they happened in one place on one day. */
  placeDays: Set<string>;
  /** Publication day (days since 1970-01-01), or null. */
  day: number | null;
  /** Every day (days since 1970-01-01) the text names in full or relative to its publication. */
  namedDays: number[];
  /** The named days of the `EVENT_DAYS` before publication ("on Saturday"): when what it
   * reports happened. */
  eventDays: number[];
  /** The year the article is about: its publication year, else the latest year it names; null
   * when it names none. */
  year: number | null;
}

export interface FeatureOptions {
  /** How much a title word counts against a body word: titles name the event. */
  titleWeight: number;
  /** Only this many characters of the body are read (cut at a space): the top of a news article
   * names its event; the rest costs time and adds background. */
  maxChars: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { titleWeight: 2, maxChars: 100_000 };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
/** How many days before its publication an article's news may have happened ("on Saturday"). */
const EVENT_DAYS = 3;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD…), or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (typeof iso !== "string") return null;
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

function addTerms(terms: Map<string, number>, toks: readonly Token[], c: GroupCues, w: number): void {
  for (const t of toks) {
    if (t.isNum || t.mixed || t.w.length < 2 || c.nonTerms.has(t.w)) continue;
    const s = pluralStem(t.w);
    terms.set(s, (terms.get(s) ?? 0) + w);
  }
}

/** The span of a page title's headline: its longest part between " - " or " | " separators; the
 * others name the outlet ("… in Shreveport shooting - KSLA News 12 Shreveport, Louisiana"). */
function headlineSpan(title: string): [number, number] {
  let best: [number, number] = [0, title.length];
  let at = 0;
  const parts: [number, number][] = [];
  for (const m of title.matchAll(/\s+[-|–—]\s+/g)) {
    parts.push([at, m.index!]);
    at = m.index! + m[0].length;
  }
  if (parts.length === 0) return best;
  parts.push([at, title.length]);
  best = parts[0]!;
  for (const p of parts) if (p[1] - p[0] > best[1] - best[0]) best = p;
  return best;
}

/** Computes the features of one article. Pure; never throws on odd input. */
export function docFeatures(input: GroupDoc, opts: Partial<FeatureOptions> = {}): DocFeatures {
  const o = { ...DEFAULT_FEATURE_OPTIONS, ...opts };
  const doc: Partial<GroupDoc> = input && typeof input === "object" ? input : {};
  const c = groupCues();
  const terms = new Map<string, number>();
  const keys = new Map<string, number>();
  const bump = (k: string) => keys.set(k, (keys.get(k) ?? 0) + 1);
  const title = typeof doc.title === "string" ? doc.title : "";
  let body = typeof doc.text === "string" ? doc.text : "";
  if (body.length > o.maxChars) {
    const cut = body.lastIndexOf(" ", o.maxChars);
    body = body.slice(0, cut > 0 ? cut : o.maxChars);
  }
  const titleToks = title ? tokenize(title) : [];
  const bodyToks = tokenize(body);
  const [h0, h1] = headlineSpan(title);
  const inHead = (t: Token) => t.start >= h0 && t.end <= h1;
  // the outlet's name after a headline weighs as body text: it is in all of the outlet's titles
  addTerms(terms, titleToks.filter(inHead), c, o.titleWeight);
  addTerms(terms, titleToks.filter((t) => !inHead(t)), c, 1);
  addTerms(terms, bodyToks, c, 1);

  const strong = new Set<string>();
  const aged = new Set<string>();
  const places = new Set<string>();
  if (Array.isArray(doc.entities)) {
    entityNames(bump, doc.entities, c, strong, aged, places);
    // extraction reads the body: the place a headline names ("… in Phoenix shooting") is read off
    // the headline (not the outlet's name after it), unless it capitalizes every word
    const head = titleToks.filter(inHead);
    if (!isTitleCase(head)) {
      const known = new Set(keys.keys());
      textNames((k) => !known.has(k) && bump(k), head, title, c);
    }
  } else {
    textNames(bump, bodyToks, body, c);
    if (isTitleCase(titleToks)) {
      const known = new Set(keys.keys());
      textNames((k) => known.has(k) && bump(k), titleToks, title, c);
    } else textNames(bump, titleToks, title, c);
  }

  const givenDates = Array.isArray(doc.dates);
  if (givenDates) for (const d of doc.dates!) if (typeof d === "string") isoDateKeys(bump, d);
  // "on Saturday" in the first report is the date a follow-up states in full
  if (Array.isArray(doc.days)) for (const d of doc.days) if (typeof d === "string" && ISO_DAY.test(d)) bump(`d:${d.slice(0, 10)}`);
  textNumbers(bump, titleToks, c, !givenDates);
  textNumbers(bump, bodyToks, c, !givenDates);

  const day = dayNumber(doc.published);
  // with a publication day, time is weighed by the day (stories.ts); a year or month named in
  // the text would only tie together every event of that year
  if (day !== null) for (const k of [...keys.keys()]) if (k.startsWith("y:") || k.startsWith("ym:")) keys.delete(k);
  let year: number | null = day !== null ? new Date(day * 86_400_000).getUTCFullYear() : null;
  if (year === null) {
    for (const k of keys.keys()) {
      if (!k.startsWith("y:")) continue;
      const y = Number(k.slice(2));
      if (year === null || y > year) year = y;
    }
  }
  const named = new Set<number>();
  for (const list of [doc.dates, doc.days]) {
    if (!Array.isArray(list)) continue;
    for (const d of list) if (typeof d === "string" && ISO_DAY.test(d)) named.add(dayNumber(d)!);
  }
  const namedDays = [...named].sort((a, b) => a - b);
  const eventDays = day === null ? [] : namedDays.filter((d) => d < day && d >= day - EVENT_DAYS);
  const placeDays = new Set<string>();
  if (day !== null) for (const d of namedDays) if (d <= day && d >= day - EVENT_DAYS) for (const p of places) placeDays.add(`pd:${p}@${d}`);
  return { terms, keys, strong, aged, places, placeDays, day, year, namedDays, eventDays };
}

/** DocFeatures with every term and key replaced by its 64-bit hash (hash.ts): plain integers and
 * typed arrays, cheap to hand from a worker thread to the grouper. */
export interface HashedFeatures {
  /** Two hash lanes per term, and the term's weighted count. */
  termHashes: Int32Array;
  termTf: Float64Array;
  keyHashes: Int32Array;
  keyTf: Float64Array;
  /** Two hash lanes per strong key (DocFeatures.strong). */
  strongHashes: Int32Array;
  /** Two hash lanes per aged person's key (DocFeatures.aged). */
  agedHashes: Int32Array;
  /** Two hash lanes per place and day (DocFeatures.placeDays). */
  placeDayHashes: Int32Array;
  /** DocFeatures.namedDays and eventDays. */
  namedDays: Int32Array;
  eventDays: Int32Array;
  day: number | null;
  year: number | null;
}

function hashBag(bag: Map<string, number>): { hashes: Int32Array; tf: Float64Array } {
  const hashes = new Int32Array(2 * bag.size);
  const tf = new Float64Array(bag.size);
  let i = 0;
  for (const [w, n] of bag) {
    hashes[2 * i] = hashWord(w);
    hashes[2 * i + 1] = lane2;
    tf[i++] = n;
  }
  return { hashes, tf };
}

/** docFeatures(), hashed. */
export function hashedFeatures(doc: GroupDoc, opts: Partial<FeatureOptions> = {}): HashedFeatures {
  const f = docFeatures(doc, opts);
  const t = hashBag(f.terms);
  const k = hashBag(f.keys);
  const strong = hashBag(new Map([...f.strong].map((x) => [x, 1])));
  const aged = hashBag(new Map([...f.aged].map((x) => [x, 1])));
  const placeDays = hashBag(new Map([...f.placeDays].map((x) => [x, 1])));
  return { termHashes: t.hashes, termTf: t.tf, keyHashes: k.hashes, keyTf: k.tf, strongHashes: strong.hashes, agedHashes: aged.hashes, placeDayHashes: placeDays.hashes, namedDays: Int32Array.from(f.namedDays), eventDays: Int32Array.from(f.eventDays), day: f.day, year: f.year };
}
