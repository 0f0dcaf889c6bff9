// Chooses each article's reference date, the day its relative expressions ("on Friday") are
// resolved against, in this order: its own metadata; else the story's anchor (the latest absolute
// date the story's articles state for past events); else --date; else none, and relative dates
// stay unresolved rather than guessed from today's clock.
import type { ReferenceDate } from "../model.js";
import type { RunState } from "../pipeline.js";

export function assignReferenceDates(s: RunState, userDate: string | null): RunState {
  const articles = s.articles.map((a) => {
    let ref: ReferenceDate;
    if (a.published) ref = { date: a.published, basis: "metadata", note: `publication date from the article's metadata (${a.published})` };
    else if (userDate) ref = { date: userDate, basis: "user", note: `no date of its own; --date ${userDate}` };
    else ref = { date: null, basis: "none", note: "no publication date, no dated story to anchor to, no --date: relative dates left unresolved" };
    return { ...a, referenceDate: ref };
  });
  return { ...s, articles };
}
