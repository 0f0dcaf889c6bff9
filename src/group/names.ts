// Name keys. From the caller's entities when given; otherwise a fallback that reads runs of
// capitalized words ("Arcade Joseph Comeaux Jr", "Gulf of Aden"). A name gives two keys: the whole
// name (`E:`) and its last word (`e:`, the surname or head), so "Tara Reid" and a later "Reid" meet;
// typed names from extraction keep the last word for people only (entityNames).
import type { GroupCues } from "./cues.js";
import { fold } from "../text/fold.js";
import type { Token } from "../text/tokens.js";

type Bump = (key: string) => void;

/** Emits the keys of one name given as its folded words. */
export function emitName(emit: Bump, parts: readonly string[]): void {
  if (parts.length === 0) return;
  emit(`e:${parts[parts.length - 1]!}`);
  if (parts.length > 1) emit(`E:${parts.join(" ")}`);
}

/** A name's words with an abbreviated street, county or saint written out ("Main St" → "main
 * street", "St Louis" → "saint louis"), so that two spellings of one place meet. In place. */
function expandName(parts: string[], c: GroupCues): string[] {
  if (parts.length < 2) return parts;
  const last = c.nameEnds.get(parts[parts.length - 1]!);
  if (last) parts[parts.length - 1] = last;
  const first = c.nameStarts.get(parts[0]!);
  if (first) parts[0] = first;
  return parts;
}

/** A headline in Title Case capitalizes every word: its names are only those the body has too. */
export function isTitleCase(toks: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.isNum || t.w.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}

function ignorable(w: string, c: GroupCues): boolean {
  return w.length < 2 || c.nameTitles.has(w) || c.stopwords.has(w) || c.months.has(w) || c.weekdays.has(w);
}

/**
 * Fallback names: runs of capitalized words separated by single spaces, possibly joined by a
 * connector ("of", "de"). Titles and function words are dropped from the run. A lone word at a
 * sentence start ("Surely", "Officials") counts only if the article capitalizes it elsewhere too.
 */
export function textNames(emit: Bump, toks: readonly Token[], text: string, c: GroupCues): void {
  const midCap = new Set<string>();
  for (const t of toks) if (t.cap && !t.initial) midCap.add(t.w);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const cur = toks[j]!;
      if (!singleSpace(text, toks[j - 1]!.end, cur.start)) break;
      if (cur.cap && !cur.initial && (cur.w.length > 1 || cur.mixed)) {
        j++;
        continue;
      }
      const after = toks[j + 1];
      if (!cur.isNum && !cur.cap && c.nameConnectors.has(cur.w) && after?.cap && singleSpace(text, cur.end, after.start)) {
        j += 2;
        continue;
      }
      break;
    }
    const parts: string[] = [];
    for (let k = i; k < j; k++) {
      const tk = toks[k]!;
      if (tk.cap && !ignorable(tk.w, c)) parts.push(tk.w);
    }
    const alone = parts.length === 1 && parts[0] === t.w;
    if (parts.length > 0 && !(alone && t.initial && !t.mixed && !midCap.has(t.w))) emitName(emit, expandName(parts, c));
    i = j;
  }
}

function singleSpace(text: string, a: number, b: number): boolean {
  return b === a + 1 && (text[a] === " " || text[a] === "\u00a0");
}

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/**
 * Names given by extraction, with their types. A person gives the keys the fallback would make:
 * the whole name and the surname, so that a later "Reid" meets "Tara Reid". Another name of more
 * than one word gives only the whole name: the last word of "Cook County" or "Mercy Hospital"
 * names no place or body in particular and would tie unrelated events in one area. A one-word
 * name gives its word. A person's whole name also goes to `strong`: shared by two articles, it
 * ties them across a gap in time (stories.ts). A person the text gives an age for (`aged`: a
 * victim or a suspect, not an official) counts twice, and goes to `aged` too. A place's key goes
 * to `places`.
 */
export function entityNames(emit: Bump, entities: readonly { name: string; type?: string; aged?: boolean }[], c: GroupCues, strong?: Set<string>, aged?: Set<string>, places?: Set<string>): void {
  for (const e of entities) {
    if (!e || typeof e.name !== "string") continue;
    const parts: string[] = [];
    for (const m of e.name.matchAll(NAME_WORD)) {
      const w = fold(m[0].replace(/['’][sS]$/, "").replace(/['’]/g, ""));
      if (!ignorable(w, c) && !c.nameConnectors.has(w)) parts.push(w);
    }
    expandName(parts, c);
    if (parts.length < 2 || e.type === "person") emitName(emit, parts);
    else emit(`E:${parts.join(" ")}`);
    if (e.type === "place" && parts.length > 0) places?.add(parts.length < 2 ? `e:${parts[0]!}` : `E:${parts.join(" ")}`);
    if (parts.length > 1 && e.type === "person") strong?.add(`E:${parts.join(" ")}`);
    if (e.aged && e.type === "person" && parts.length > 0) {
      // a victim's or a suspect's name counts twice: it tells one event from another
      emitName(emit, parts);
      if (parts.length > 1) aged?.add(`E:${parts.join(" ")}`);
    }
  }
}
