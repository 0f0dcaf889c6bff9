// Clock times and "the day" stay on the day their sentence names: "the Dow fell on Monday … it
// ended the day at 7,114" is Monday, "el pasado martes en Everett a las 18:00 UTC" is that Tuesday,
// "On Sunday, a man was shot. Police arrived at 2 a.m." is Sunday. The day is the one named
// nearest in the same sentence, else the last one named in the sentence before; with neither,
// the reference day stays.
import { sentenceAt } from "../sentences.js";
import type { Ctx, Found } from "./types.js";

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A mention that names a day by itself: a date or a time with its own day. */
function namesDay(f: Found): boolean {
  return f.kind === "date" && !f.onContextDay && f.value !== null && DAY.test(f.value) && (f.precision === "day" || f.precision === "time");
}

export function anchorToEventDay(ctx: Ctx, found: Found[]): void {
  if (!ctx.ref || !found.some((f) => f.onContextDay && f.value !== null)) return;
  // the mentions that name a day, by the sentence that holds them (in text order): each mention
  // said without its day then reads only its own sentence and the one before
  const days = new Map<number, Found[]>();
  for (const g of found) {
    if (!namesDay(g)) continue;
    const s = sentenceAt(ctx.sentences, g.start);
    if (!s || g.end > s.end) continue;
    const list = days.get(s.index);
    if (list) list.push(g);
    else days.set(s.index, [g]);
  }
  for (const f of found) {
    if (!f.onContextDay || f.value === null) continue;
    const s = sentenceAt(ctx.sentences, f.start);
    if (!s) continue;
    let best: Found | null = null;
    let bestDist = Infinity;
    for (const g of days.get(s.index) ?? []) {
      const dist = g.end <= f.start ? f.start - g.end : g.start - f.end;
      if (dist < bestDist) {
        best = g;
        bestDist = dist;
      }
    }
    if (!best) best = days.get(s.index - 1)?.at(-1) ?? null;
    if (!best) continue;
    const day = best.value!.slice(0, 10);
    if (day === f.value.slice(0, 10)) continue;
    f.value = day + f.value.slice(10);
    if (f.timeml) f.timeml = day + f.timeml.slice(10);
    f.rule += "+event-day";
  }
}
