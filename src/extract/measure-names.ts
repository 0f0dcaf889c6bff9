// The measures a count of people can have (extract/measures.ts finds them; the report's key
// figures are one per measure). A file of its own so that the report's schema can name them
// without loading the extraction rules.
export const MEASURES = ["killed", "injured", "missing", "displaced", "evacuated", "arrested", "affected", "gathered"] as const;
export type Measure = (typeof MEASURES)[number];
