// The report object (contract v1) from a finished run.
import type { RunState } from "../pipeline.js";
import type { Article, Report } from "./schema.js";
import { SCHEMA_VERSION } from "./version.js";

export const GENERATOR = "sitrep 0.1.0";

export function buildReport(s: RunState): Report {
  const articles: Article[] = s.articles.map(({ datelineDay: _, ...a }) => ({
    ...a,
    referenceDate: a.referenceDate ?? { date: null, basis: "none", note: "not assigned" },
  }));
  return { schemaVersion: SCHEMA_VERSION, generator: GENERATOR, articles, stories: s.stories, diagnostics: s.diagnostics };
}
