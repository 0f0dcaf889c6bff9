// One raw document → its cleaned article and what was extracted from it. Pure: it knows nothing
// of other articles, so a store can run it once per document, on any worker. The article's own
// publication date (or none) resolves its relative dates here; a story may give it another
// reference date later (reconcile/reference-dates.ts), which extracts its dates again.
import type { ArticleExtraction, Diagnostic, RawDoc } from "./model.js";
import { cleanDoc, type CleanArticle } from "./clean/article.js";
import { extractArticle } from "./extract/article.js";
import { diagnostic } from "./diagnostic.js";

export interface ProcessedArticle {
  /** Absent when the document held no article (its diagnostics say why). */
  article?: CleanArticle;
  extraction?: ArticleExtraction;
  diagnostics: Diagnostic[];
}

export function processArticle(raw: RawDoc): ProcessedArticle {
  const diagnostics: Diagnostic[] = [];
  const cleaned = isolated(() => cleanDoc(raw), raw.source, "cleaning", diagnostics);
  if (cleaned?.diagnostic) diagnostics.push(cleaned.diagnostic);
  const article = cleaned?.article;
  if (!article) return { diagnostics };
  // an article whose extraction failed is left out, with its diagnostic
  const extraction = isolated(() => extractArticle(article, article.published ?? null), raw.source, "extracting", diagnostics);
  return extraction ? { article, extraction, diagnostics } : { diagnostics };
}

/**
 * Runs one input's (or one story's) share of a stage: a failure there becomes a diagnostic naming
 * that input, and the run goes on with the others.
 */
export function isolated<T>(work: () => T, source: string, what: string, diagnostics: Diagnostic[]): T | undefined {
  try {
    return work();
  } catch (e) {
    diagnostics.push(diagnostic("error", source, `internal error while ${what}, left out: ${(e as Error)?.message ?? String(e)}`));
    return undefined;
  }
}
