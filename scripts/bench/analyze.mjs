#!/usr/bin/env node
// One full analysis in a fresh process, as a user's run of the command would be: the command's V8
// settings, loading the modules, reading a JSONL file, every stage, building the report. scripts/bench.mjs runs it several times.
//
//   node scripts/bench/analyze.mjs FILE.jsonl
//
// Prints one JSON line: articles, stories, CPU seconds of the whole process from before the
// import (all threads, as process.cpuUsage counts them: V8 compiles and collects garbage on
// threads of its own), the main thread's share when /proc tells it, wall seconds, peak RSS.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolve(repo, process.env.SITREP_DIST ?? "dist");
const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/bench/analyze.mjs FILE.jsonl");
  process.exit(2);
}
const c0 = process.cpuUsage();
const t0 = performance.now();
// the V8 settings the command line runs with (bin/sitrep.js), unless SITREP_BENCH_V8=default
if (process.env.SITREP_BENCH_V8 !== "default") (await import(pathToFileURL(join(dist, "src/cli/v8-tuning.js")).href)).tuneV8();
const { analyze } = await import(pathToFileURL(join(dist, "src/pipeline.js")).href);
const report = await analyze([file], {});
const c = process.cpuUsage(c0);
const wall = (performance.now() - t0) / 1000;

/** CPU seconds of this process's main thread, from /proc (Linux), or null. */
function mainThreadCpu() {
  const stat = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(stat)) return null;
  const s = readFileSync(stat, "utf8");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}
const threads = existsSync("/proc/self/task") ? readdirSync("/proc/self/task").length : null;
console.log(
  JSON.stringify({
    articles: report.articles.length,
    stories: report.stories.length,
    largestStory: Math.max(0, ...report.stories.map((s) => s.articleIds.length)),
    cpuSeconds: (c.user + c.system) / 1e6,
    mainThreadCpuSeconds: mainThreadCpu(),
    threads,
    wallSeconds: wall,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
