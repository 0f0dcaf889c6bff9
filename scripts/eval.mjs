#!/usr/bin/env node
// `npm run eval`: runs every benchmark under scripts/eval/ (each against ../shared, each with a
// pinned floor in eval/floors/) plus the reference-corpus score, and prints one summary.
// Exits 1 when any figure falls below its floor. Says so plainly when ../shared is absent.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.SITREP_SHARED ?? join(root, "..", "shared");
if (!existsSync(shared)) {
  console.log(`npm run eval: the benchmark folder ${shared} is absent (it sits beside a development checkout, not in a clone); nothing to measure.`);
  process.exit(0);
}
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const scripts = readdirSync(join(root, "scripts/eval")).filter((f) => f.endsWith(".mjs") && !f.startsWith("_")).sort()
  .filter((f) => !only.length || only.some((o) => f.includes(o)));
const rows = [];
let failed = false;
for (const f of scripts) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, "scripts/eval", f), ...process.argv.slice(2).filter((a) => a.startsWith("-"))], { encoding: "utf8", env: { ...process.env, SITREP_SHARED: shared }, maxBuffer: 64 << 20 });
  process.stdout.write(`\n== ${f} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n${r.stdout}`);
  if (r.stderr.trim()) process.stderr.write(r.stderr.split("\n").slice(-20).join("\n") + "\n");
  const last = r.stdout.trim().split("\n").reverse().find((l) => l.startsWith("RESULT "));
  const floorFile = join(root, "eval/floors", f.replace(/\.mjs$/, ".json"));
  const floor = existsSync(floorFile) ? JSON.parse(readFileSync(floorFile, "utf8")) : null;
  rows.push({ bench: f.replace(/\.mjs$/, ""), status: r.status === 0 ? "ok" : "BELOW FLOOR OR FAILED", result: last ? last.slice(7) : "(no RESULT line)", floor: floor ? (typeof floor.floor === "object" ? `${Object.entries(floor.floor).map(([k, v]) => `${k} ${v}`).join(", ")}` : `${floor.metric} >= ${floor.floor}`) : "-" });
  if (r.status !== 0) failed = true;
}
console.log("\n== summary");
for (const r of rows) console.log(`${r.bench.padEnd(22)} ${r.status.padEnd(10)} floor ${r.floor}\n${" ".repeat(23)}${r.result}`);
process.exit(failed ? 1 : 0);
