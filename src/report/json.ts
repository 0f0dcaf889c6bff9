// The report object (contract v1) from a finished run.
import type { CleanArticle } from "../clean/article.js";
import type { Article, Diagnostic, Report, Story } from "./schema.js";
import { printable } from "../text/printable.js";
import { SCHEMA_VERSION } from "./version.js";

export const GENERATOR = "sitrep 0.1.0";

export function buildReport(s: { articles: readonly CleanArticle[]; stories: Story[]; diagnostics: readonly Diagnostic[] }): Report {
  const articles: Article[] = s.articles.map(({ datelineDay: _, ...a }) => ({
    ...a,
    referenceDate: a.referenceDate ?? { date: null, basis: "none", note: "not assigned" },
  }));
  return { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, articles, stories: s.stories, diagnostics: onePerSource(s.diagnostics) };
}

/** One diagnostic per input: what several stages said of one source, in one line (an error if any is). */
export function onePerSource(ds: readonly Diagnostic[]): Diagnostic[] {
  const by = new Map<string, Diagnostic>();
  for (const d of ds) {
    const had = by.get(d.source);
    if (!had) by.set(d.source, { ...d });
    else {
      had.message = printable(`${had.message}; ${d.message}`, 500);
      if (d.level === "error") had.level = "error";
    }
  }
  return [...by.values()];
}
