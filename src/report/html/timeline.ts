// The timeline as an SVG chart drawn at render time: event dates on one lane, the days the
// articles were published (or are dated to) on another, on one shared time axis. Long empty
// stretches (a 2015 background fact before a 2025 story) are shortened and marked as a break.
import { articleDay, showDate, type StoryContext } from "./context.js";
import { html, type Html } from "./template.js";

const DAY = 86_400_000;
/** The longest stretch drawn to scale, in days; a longer empty gap is cut to this and marked. */
const GAP_CAP = 45;
const W = 760;
const LEFT = 96;
const RIGHT = 24;

/** A date's day number (days since 1970), at the start of its period; null when unreadable. */
export function dayNumber(d: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (m) return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY;
  m = /^(\d{4})-W(\d{2})$/.exec(d);
  if (m) return Date.UTC(+m[1]!, 0, 1 + (+m[2]! - 1) * 7) / DAY;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return Date.UTC(+m[1]!, +m[2]! - 1, 1) / DAY;
  m = /^(\d{4})$/.exec(d);
  if (m) return Date.UTC(+m[1]!, 0, 1) / DAY;
  return null;
}

/** A piecewise-linear scale over the given days with long gaps shortened; returns x and the breaks. */
function scale(days: number[]): { x: (d: number) => number; breaks: number[] } {
  const u = [...new Set(days)].sort((a, b) => a - b);
  const pos = new Map<number, number>();
  const breaks: number[] = [];
  let acc = 0;
  u.forEach((d, i) => {
    if (i > 0) {
      const gap = d - u[i - 1]!;
      if (gap > GAP_CAP) {
        breaks.push(acc + GAP_CAP / 2);
        acc += GAP_CAP;
      } else acc += gap;
    }
    pos.set(d, acc);
  });
  const total = Math.max(acc, 1);
  const px = (units: number) => LEFT + (u.length === 1 ? (W - LEFT - RIGHT) / 2 : (units / total) * (W - LEFT - RIGHT));
  return { x: (d) => Math.round(px(pos.get(d) ?? 0)), breaks: breaks.map((b) => Math.round(px(b))) };
}

export function timelineChart(ctx: StoryContext): Html | null {
  const entries = ctx.story.timeline.map((e, i) => ({ n: i + 1, e, day: dayNumber(e.date) })).filter((x): x is typeof x & { day: number } => x.day !== null);
  if (!entries.length) return null;
  const reported = new Map<number, { date: string; count: number }>();
  for (const a of ctx.articles) {
    const d = articleDay(a);
    const n = d ? dayNumber(d) : null;
    if (n === null || !d) continue;
    const r = reported.get(n) ?? { date: d, count: 0 };
    r.count++;
    reported.set(n, r);
  }
  const { x, breaks } = scale([...entries.map((e) => e.day), ...reported.keys()]);

  // stack dots that would overlap
  const placed: { x: number; level: number }[] = [];
  const dots = entries.map((en) => {
    const cx = x(en.day);
    const level = placed.filter((p) => Math.abs(p.x - cx) < 18).length;
    placed.push({ x: cx, level });
    return { ...en, cx, level };
  });
  const levels = Math.max(...dots.map((d) => d.level)) + 1;
  const eventY = 24 + levels * 20; // baseline of the event lane
  const axisY = eventY + 18;
  const reportY = axisY + 46;
  const H = reportY + 28;

  // axis labels: each distinct date, skipped when it would collide with the previous one
  const labels: Html[] = [];
  let lastX = -Infinity;
  for (const d of [...new Set(dots.map((d) => d.day))].sort((a, b) => a - b)) {
    const cx = x(d);
    if (cx - lastX < 70) continue;
    lastX = cx;
    const e = dots.find((t) => t.day === d)!.e;
    const anchor = cx > W - RIGHT - 40 ? "end" : cx < LEFT + 30 ? "start" : "middle";
    labels.push(html`<line class="tick" x1="${cx}" x2="${cx}" y1="${axisY - 4}" y2="${axisY + 4}"/><text class="axis-label" x="${anchor === "end" ? cx + 8 : anchor === "start" ? cx - 8 : cx}" y="${axisY + 18}" text-anchor="${anchor}">${showDate(e.date)}</text>`);
  }
  const latest = Math.max(...reported.keys());
  const latestLine = reported.size
    ? html`<line class="latest" x1="${x(latest)}" x2="${x(latest)}" y1="10" y2="${reportY}"/><text class="lane-note" x="${x(latest) + 4}" y="14">latest report</text>`
    : "";
  const desc = `Timeline of ${entries.length} dated events from ${showDate(entries[0]!.e.date)} to ${showDate(entries[entries.length - 1]!.e.date)}; the numbered list below gives each one.`;
  return html`<figure class="chart"><svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${desc}" class="tl-svg">
<text class="lane" x="8" y="${eventY + 4}">Event date</text><text class="lane" x="8" y="${reportY + 4}">Reported</text>
<line class="axis" x1="${LEFT - 8}" x2="${W - RIGHT + 8}" y1="${axisY}" y2="${axisY}"/>
${breaks.map((b) => html`<path class="break" d="M${b - 5} ${axisY + 6}L${b - 1} ${axisY - 6}M${b + 1} ${axisY + 6}L${b + 5} ${axisY - 6}"/>`)}
${labels}${latestLine}
${dots.map((d) => html`<g class="tl-dot${d.e.precision !== "day" ? " coarse" : ""}${d.e.derived ? " derived" : ""}"><title>${d.n}. ${showDate(d.e.date)}: ${d.e.summary}</title><line x1="${d.cx}" x2="${d.cx}" y1="${eventY - d.level * 20}" y2="${axisY}"/><circle cx="${d.cx}" cy="${eventY - d.level * 20}" r="8"/><text x="${d.cx}" y="${eventY - d.level * 20 + 3.5}" text-anchor="middle">${d.n}</text></g>`)}
${[...reported].map(([d, r]) => html`<g class="rep"><title>${r.count} article${r.count === 1 ? "" : "s"} dated ${showDate(r.date)}</title><rect x="${x(d) - 5}" y="${reportY - 9}" width="10" height="18" rx="2"/><text class="axis-label" x="${x(d) + 9}" y="${reportY + 4}">${showDate(r.date)} · ${r.count}</text></g>`)}
</svg><figcaption>Numbered dots are events at their own date; grey bars are the days the articles were published or dated to. ${breaks.length ? "// on the axis marks a stretch of time shortened to fit." : ""}</figcaption></figure>`;
}
