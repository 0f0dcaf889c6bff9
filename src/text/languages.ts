// The languages sitrep has cue words for. Adding one is a folder data/<lang>/ and a line here.

/** Languages with their own cue-word files under data/<lang>/. */
export type Lang = "en" | "es";

/** Every language with a data/<lang>/ folder, in the order lists are merged. */
export const LANGUAGES: readonly Lang[] = ["en", "es"];

/** Is `s` one of LANGUAGES ("en", "es")? */
export const isLang = (s: string | null | undefined): s is Lang => (LANGUAGES as readonly (string | null | undefined)[]).includes(s);
