#!/usr/bin/env node
// Prints the entities the extractor finds in text files (or stdin), for reading by eye.
// Usage: SITREP_DIST=dist-entities node scripts/dev/entities-show.mjs FILE... [--mentions] [--lang es]
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = resolve(root, process.env.SITREP_DIST ?? "dist");
const { extractEntities } = await import(join(dist, "src/extract/entities.js"));
const { splitSentences } = await import(join(dist, "src/extract/sentences.js"));
const args = process.argv.slice(2);
const lang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "en";
const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--lang");
for (const f of files.length ? files : ["/dev/stdin"]) {
  const text = readFileSync(f, "utf8");
  const r = extractEntities(text, splitSentences(text, lang), lang, f);
  console.log(`=== ${f}`);
  for (const e of r.entities) {
    const rules = [...new Set(r.mentions.filter((m) => m.entityId === e.id).map((m) => m.rule))].join(",");
    console.log(`${e.type.padEnd(12)} ${e.name}${e.aliases.length ? "  [" + e.aliases.join(" | ") + "]" : ""}${e.description ? "  — " + e.description : ""}${e.coordinates ? "  @" + e.coordinates.join(",") : ""}  {${rules}}`);
  }
  if (args.includes("--mentions")) for (const m of r.mentions) console.log(`   ${m.start}-${m.end} ${m.text} (${m.rule})`);
}
