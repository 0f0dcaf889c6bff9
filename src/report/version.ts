// The report contract's version, apart from its zod schema (schema.ts) so that writing a report
// does not load zod.

/** Bumped whenever a change to the report would break a reader written for the older version. */
export const SCHEMA_VERSION = 1 as const;
