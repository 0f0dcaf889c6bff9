// Chooses each article's reference date, the day its relative expressions ("on Friday") are
// resolved against, in this order: its own metadata; else the day of its wire dateline, in the
// year nearest the story's; else the latest publication date of its story's articles; else
// --date; else the story's anchor, the latest absolute day the story's articles state for past
// events ("On November 29, 2025, the government declared …": an article saying so was written on
// or after that day — a guess, since an article also cites history); else none, and relative
// dates stay unresolved rather than guessed from today's clock. Articles whose
// reference date differs from the one extraction used get their dates extracted again.
import type { Lang, ReferenceDate } from "../model.js";
import type { RunState } from "../pipeline.js";
import { extractTimes, pastEventDates } from "../extract/times.js";
import { attach, capPerSentence } from "../extract/article.js";
import { diagnostic } from "../diagnostic.js";

interface Anchor {
  day: string;
  articleId: string;
  source: string;
}

function storyAnchor(s: RunState, byId: ReadonlyMap<string, RunState["articles"][number]>, articleIds: readonly string[]): Anchor | null {
  let best: Anchor | null = null;
  for (const id of articleIds) {
    const a = byId.get(id);
    const ex = s.extractions.get(id);
    if (!a || !ex) continue;
    for (const day of pastEventDates(a.text, ex.sentences, ex.times)) {
      if (!best || day > best.day) best = { day, articleId: id, source: a.source };
    }
  }
  return best;
}

/** The latest publication date of a story's articles that have one. */
function latestPublished(byId: ReadonlyMap<string, RunState["articles"][number]>, ids: readonly string[]): Anchor | null {
  let best: Anchor | null = null;
  for (const id of ids) {
    const a = byId.get(id);
    if (a?.published && (!best || a.published > best.day)) best = { day: a.published, articleId: id, source: a.source };
  }
  return best;
}

/** "MM-DD" in the year (of the one before, the same or the one after `base`) nearest `base`. */
export function nearestYear(monthDay: string, base: string): string | null {
  const y = Number(base.slice(0, 4));
  const t = Date.parse(base.slice(0, 10));
  let best: string | null = null;
  let gap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const iso = `${year}-${monthDay}`;
    const d = Date.parse(iso);
    if (!Number.isFinite(d) || new Date(d).toISOString().slice(0, 10) !== iso) continue;
    if (Math.abs(d - t) < gap) (gap = Math.abs(d - t)), (best = iso);
  }
  return best;
}

export function assignReferenceDates(s: RunState, userDate: string | null): RunState {
  const anchors = new Map<readonly string[], Anchor | null>();
  const siblings = new Map<readonly string[], Anchor | null>();
  const storyOf = new Map<string, string[]>();
  const byId = new Map(s.articles.map((a) => [a.id, a]));
  const diagnostics = [...s.diagnostics];
  for (const g of s.groups) for (const id of g.articleIds) storyOf.set(id, g.articleIds);
  const extractions = new Map(s.extractions);
  const articles = s.articles.map((a) => {
    let ref: ReferenceDate;
    if (a.published) ref = { date: a.published, basis: "metadata", note: `publication date from the article's metadata (${a.published})` };
    else {
      const ids = storyOf.get(a.id) ?? [a.id];
      if (!siblings.has(ids)) siblings.set(ids, latestPublished(byId, ids));
      const sibling = siblings.get(ids) ?? null;
      // a day the story's texts state is a guess (it may be history the article cites): only
      // after the story's own publication dates and --date
      const anchor = sibling || userDate ? null : (anchors.get(ids) ?? (anchors.set(ids, storyAnchor(s, byId, ids)), anchors.get(ids)));
      const base = sibling?.day ?? userDate ?? anchor?.day ?? null;
      const baseWhy = sibling ? "its story's latest publication date" : userDate ? "--date" : "the latest day its story states for a past event";
      const dated = a.datelineDay && base ? nearestYear(a.datelineDay, base) : null;
      if (dated) ref = { date: dated, basis: "metadata", note: `the day of its wire dateline (${a.datelineDay}), in the year that puts it nearest ${base} (${baseWhy})` };
      else if (sibling) ref = { date: sibling.day, basis: "story", note: `no date of its own; the latest publication date in its story: ${sibling.day}, of ${sibling.source}` };
      else if (userDate) ref = { date: userDate, basis: "user", note: `no date of its own and no dated article in its story; --date ${userDate}` };
      else if (anchor) ref = { date: anchor.day, basis: "story", note: `no date of its own and no dated article in its story; the latest day its story states for a past event: ${anchor.day}, in ${anchor.articleId === a.id ? "this article" : anchor.source}` };
      else ref = { date: null, basis: "none", note: "no publication date, no dated story to anchor to, no --date: relative dates left unresolved" };
    }
    const ex = extractions.get(a.id);
    if (ex && ref.date !== (a.published ?? null)) {
      try {
        extractions.set(a.id, { ...ex, times: attach(a.id, capPerSentence(extractTimes(a.text, ex.sentences, ref.date, a.language as Lang), ex.sentences)) });
      } catch (e) {
        // the dates found before stay: a failure here is one article's, not the run's
        diagnostics.push(diagnostic("warning", a.source, `internal error while resolving its dates against ${ref.date}: ${(e as Error)?.message ?? e}`));
      }
    }
    return { ...a, referenceDate: ref };
  });
  return { ...s, articles, extractions, diagnostics };
}
