#!/usr/bin/env node
// Prints a fixed, seeded sample of claim subjects of each kind (quantity, date, characterization)
// with the sentence of their first value, from reports of ECB+ and incidents (English) and
// MEANTIME (Spanish): the listing that claim subjects are judged by hand from ("reads" / "does not
// read"). The sample is drawn by claim id, so a change to subjects alone keeps the same claims.
// Usage: node scripts/dev/subjects-sample.mjs [--per 30] [--kind date] [--reuse DIR] [--json]
//   --per N     claims of each kind from each corpus (default 30: 60 per kind over ECB+ and incidents)
//   --reuse DIR read DIR/<corpus>.json written by an earlier run instead of running the CLI
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { shuffled } from "../eval/_speakers.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const SEED = 20261206;
const CORPORA = {
  ecbplus: join(SHARED, "bench/ecbplus/articles.jsonl"),
  incidents: join(SHARED, "bench/incidents/articles.jsonl"),
  "meantime-es": join(SHARED, "bench/meantime-es-timex"),
};
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const per = +opt("--per", "30");
const onlyKind = opt("--kind", null);
const reuse = opt("--reuse", null);
const dir = reuse ?? mkdtempSync(join(tmpdir(), "sitrep-subjects-"));
const clip = (s, n) => (s.length > n ? s.slice(0, n) + "…" : s);

for (const [name, input] of Object.entries(CORPORA)) {
  const out = join(dir, `${name}.json`);
  if (!reuse || !existsSync(out)) {
    const run = spawnSync(process.execPath, [join(ROOT, "bin/sitrep.js"), "analyze", input, "--format", "json", "--out", out, "--quiet"], { encoding: "utf8" });
    if (!existsSync(out)) {
      console.error(`${name}: sitrep analyze failed (${run.status}): ${run.stderr.slice(0, 400)}`);
      process.exit(1);
    }
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  const claims = report.stories.flatMap((s) => s.claims).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kinds = [...new Set(claims.map((c) => c.kind))].sort();
  for (const kind of kinds) {
    if (onlyKind && kind !== onlyKind) continue;
    const sample = shuffled(claims.filter((c) => c.kind === kind), SEED).slice(0, per);
    if (!args.includes("--json")) console.log(`\n## ${name} ${kind} (${sample.length} of ${claims.filter((c) => c.kind === kind).length})`);
    sample.forEach((c, i) => {
      const v = c.values[0];
      if (args.includes("--json")) console.log(JSON.stringify({ corpus: name, kind, id: c.id, subject: c.subject }));
      else console.log(`${String(i + 1).padStart(2)}. [${c.id}] ${c.subject}\n    «${v.text}» ${clip(v.sentence.replace(/\s+/g, " "), 260)}`);
    });
  }
}
