// Loose text matching, as ../shared/eval/score.mjs does it (case, accents, quote marks, dashes and
// spacing ignored): shared by the eval scripts that compare with the reference annotation.
// Files starting with "_" are helpers, not evals: scripts/eval.mjs skips them.
export const norm = (s) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d"«»]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:!?'-]+|[\s.,;:!?'-]+$/g, "");
