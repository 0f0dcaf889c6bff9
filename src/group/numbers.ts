// Number and date keys. Years (`y:2009`), year–months (`ym:2009-11`), month–days (`md:11-30`) and
// full dates (`d:2009-11-30`) from ISO strings or, as a fallback, from the text ("Nov. 30, 2009",
// "30 de noviembre", "11/30/09"); other numerals as `n:` keys ("n:26", "n:6.1", "n:9-14").
import type { GroupCues } from "./cues.js";
import type { Token } from "../text/tokens.js";

type Bump = (key: string) => void;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Keys of an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD); false when it is not one. */
export function isoDateKeys(emit: Bump, iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  emit(`y:${m[1]}`);
  if (m[2]) emit(`ym:${m[1]}-${m[2]}`);
  if (m[2] && m[3]) {
    emit(`md:${m[2]}-${m[3]}`);
    emit(`d:${m[1]}-${m[2]}-${m[3]}`);
  }
  return true;
}

function monthAt(toks: readonly Token[], k: number, c: GroupCues): number | undefined {
  const t = toks[k];
  return t && !t.isNum ? c.months.get(t.w) : undefined;
}

const YEAR = /^(?:19|20)\d\d$/;

/** Fallback: numbers and (when `withDates`) dates read off the tokens. */
export function textNumbers(emit: Bump, toks: readonly Token[], c: GroupCues, withDates: boolean): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isNum) continue;
    const s = t.w;
    if (YEAR.test(s)) {
      if (withDates) {
        emit(`y:${s}`);
        const mo = monthAt(toks, i - 1, c);
        if (mo !== undefined) emit(`ym:${s}-${pad(mo)}`);
      }
      continue;
    }
    if (s.length <= 2 && /^\d+$/.test(s)) {
      // "Nov 30", "November 30, 2009", "30 November", "30 de noviembre de 2009"
      const d = Number(s);
      let mo = monthAt(toks, i - 1, c);
      let next = i + 1;
      if (mo === undefined) {
        if (toks[i + 1]?.w === "de") next++;
        mo = monthAt(toks, next, c);
        next++;
      }
      if (mo !== undefined && d >= 1 && d <= 31) {
        if (withDates) {
          emit(`md:${pad(mo)}-${pad(d)}`);
          if (toks[next]?.w === "de") next++;
          const y = toks[next]?.isNum ? toks[next]!.w : "";
          if (YEAR.test(y)) emit(`d:${y}-${pad(mo)}-${pad(d)}`);
        }
        continue;
      }
    }
    const parts = s.split(/[/-]/);
    if (parts.length === 3 && parts.every((p) => /^\d{1,4}$/.test(p))) {
      if (withDates) numericDate(emit, parts.map(Number) as [number, number, number]);
      continue;
    }
    if (s.includes(":")) continue; // a clock time
    // a count of people ("12 workers", "17 dead") changes as the story develops: not a key
    const n1 = toks[i + 1];
    const n2 = toks[i + 2];
    if ((n1 && c.countedPeople.has(n1.w)) || (n2 && c.countedPeople.has(n2.w))) continue;
    const v = s.replace(/,(?=\d{3}(?:\D|$))/g, "");
    if (/^\d+(?:\.\d+)?$/.test(v)) {
      const n = Number(v);
      if (n >= 2) emit(`n:${String(n)}`);
    } else if (/^\d+(?:[-/]\d+)+$/.test(v)) emit(`n:${v}`); // a score or a record: "9-14"
  }
}

/** 11/30/09 (m/d/y), 16/08/2011 (d/m/y), 2011-11-04 (y-m-d); when day and month cannot be told
 * apart, only the year. */
function numericDate(emit: Bump, [a, b, c]: [number, number, number]): void {
  let year = c < 100 ? 2000 + c : c;
  let mo = a;
  let d = b;
  if (a > 999) {
    year = a;
    mo = b;
    d = c;
  } else if (a > 12 && b <= 12) {
    mo = b;
    d = a;
  } else if (a <= 12 && b <= 12 && a !== b) {
    if (year >= 1900 && year <= 2099) emit(`y:${year}`);
    return;
  }
  if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && year >= 1900 && year <= 2099) {
    isoDateKeys(emit, `${year}-${pad(mo)}-${pad(d)}`);
  }
}
