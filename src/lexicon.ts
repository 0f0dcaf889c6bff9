// Cue words and lexicons are data: JSON files under data/<lang>/ (and data/common/), read once and
// cached. Stages ask for a list by name; this is the only place that knows where the files live.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "./model.js";

/** The package root: two levels above dist/src/ (compiled) or one above src/ (tsx). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      readFileSync(join(dir, "package.json"));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error("sitrep: cannot find the package root (data/ folder)");
}

export const ROOT = packageRoot();
export const DATA_DIR = join(ROOT, "data");

const cache = new Map<string, unknown>();

/** Reads data/<lang>/<name>.json (lang "common" for language-independent data). */
export function lexicon<T = string[]>(lang: Lang | "common", name: string): T {
  const key = `${lang}/${name}`;
  let v = cache.get(key);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(DATA_DIR, lang, `${name}.json`), "utf8")) as unknown;
    cache.set(key, v);
  }
  return v as T;
}

/**
 * `build` run once per language and its result kept: what a stage compiles from a language's word
 * lists (regexes, sets) is made on first use and shared by every later call.
 */
export function perLanguage<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, build(lang));
    return made.get(lang) as T;
  };
}
