// Chooses each article's reference date, the day its relative expressions ("on Friday") are
// resolved against, in this order: its own metadata; else the day of its wire dateline, in the
// year nearest the story's; else the latest publication date of its story's articles; else
// --date; else the story's anchor, the latest absolute day the story's articles state for past
// events ("On November 29, 2025, the government declared …": an article saying so was written on
// or after that day — a guess, since an article also cites history); else none, and relative
// dates stay unresolved rather than guessed from today's clock. Articles whose
// reference date differs from the one extraction used get their dates extracted again.
import type { ArticleExtraction, Diagnostic, Lang, ReferenceDate } from "../model.js";
import type { CleanArticle } from "../clean/article.js";
import { extractTimes, pastEventDates } from "../extract/times.js";
import { attach, capPerSentence } from "../extract/article.js";
import { diagnostic } from "../diagnostic.js";

/** One article of a story with what was extracted from it. */
export interface StoryArticle {
  article: CleanArticle;
  extraction: ArticleExtraction;
}

interface Anchor {
  day: string;
  articleId: string;
  source: string;
}

function storyAnchor(story: readonly StoryArticle[]): Anchor | null {
  let best: Anchor | null = null;
  for (const { article: a, extraction: ex } of story) {
    for (const day of pastEventDates(a.text, ex.sentences, ex.times)) {
      if (!best || day > best.day) best = { day, articleId: a.id, source: a.source };
    }
  }
  return best;
}

/** The latest publication date of a story's articles that have one. */
function latestPublished(story: readonly StoryArticle[]): Anchor | null {
  let best: Anchor | null = null;
  for (const { article: a } of story) if (a.published && (!best || a.published > best.day)) best = { day: a.published, articleId: a.id, source: a.source };
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

/** Gives each article of one story its reference date, and extracts its dates again when that
 * date is not the one extraction used. */
export function referenceDates(story: readonly StoryArticle[], userDate: string | null): { articles: StoryArticle[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sibling = latestPublished(story);
  // a day the story's texts state is a guess (it may be history the article cites): only after
  // the story's own publication dates and --date
  let anchor: Anchor | null | undefined;
  const articles = story.map(({ article: a, extraction: ex }) => {
    let ref: ReferenceDate;
    if (a.published) ref = { date: a.published, basis: "metadata", note: `publication date from the article's metadata (${a.published})` };
    else {
      if (!sibling && !userDate && anchor === undefined) anchor = storyAnchor(story);
      const base = sibling?.day ?? userDate ?? anchor?.day ?? null;
      const baseWhy = sibling ? "its story's latest publication date" : userDate ? "--date" : "the latest day its story states for a past event";
      const dated = a.datelineDay && base ? nearestYear(a.datelineDay, base) : null;
      if (dated) ref = { date: dated, basis: "metadata", note: `the day of its wire dateline (${a.datelineDay}), in the year that puts it nearest ${base} (${baseWhy})` };
      else if (sibling) ref = { date: sibling.day, basis: "story", note: `no date of its own; the latest publication date in its story: ${sibling.day}, of ${sibling.source}` };
      else if (userDate) ref = { date: userDate, basis: "user", note: `no date of its own and no dated article in its story; --date ${userDate}` };
      else if (anchor) ref = { date: anchor.day, basis: "story", note: `no date of its own and no dated article in its story; the latest day its story states for a past event: ${anchor.day}, in ${anchor.articleId === a.id ? "this article" : anchor.source}` };
      else ref = { date: null, basis: "none", note: "no publication date, no dated story to anchor to, no --date: relative dates left unresolved" };
    }
    let extraction = ex;
    if (ref.date !== (a.published ?? null)) {
      try {
        extraction = { ...ex, times: attach(a, capPerSentence(extractTimes(a.text, ex.sentences, ref.date, a.language as Lang), ex.sentences), ex.sentences) };
      } catch (e) {
        // the dates found before stay: a failure here is one article's, not the run's
        diagnostics.push(diagnostic("warning", a.source, `internal error while resolving its dates against ${ref.date}: ${(e as Error)?.message ?? e}`));
      }
    }
    return { article: { ...a, referenceDate: ref }, extraction };
  });
  return { articles, diagnostics };
}
