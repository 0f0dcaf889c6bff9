// The command line. The only place (with the server) that prints or decides the exit status.
import { runAnalyze, ANALYZE_HELP } from "./analyze.js";
import { SERVE_HELP, runServe } from "./serve.js";
import { DIFF_HELP, WATCH_HELP, runDiff, runWatch } from "./watch-commands.js";
import { JOBS_HELP, WORKER_HELP, runJobs, runWorker } from "./worker-commands.js";
import { INGEST_HELP, REBUILD_HELP, REPORT_HELP, STORIES_HELP, STORY_HELP, runIngest, runRebuild, runReport, runStories, runStory } from "./store-commands.js";
import { SitrepError } from "../model.js";
import { GENERATOR } from "../report/json.js";
import { styleFor } from "./style.js";
import { printable } from "../text/printable.js";

export const MAIN_HELP = `sitrep — turns many news reports of one developing event into one sourced situation report

Usage: sitrep <command> [options]

Commands:
  analyze <inputs…>   read articles (files, folders, stdin, URLs, feeds) and print a report
  ingest <inputs…>    add articles to the store; the stories they touch are updated
  stories             list the stored stories
  report <story>      print a stored story's report (md, json, html)
  story …             split, merge or move stories by hand
  rebuild             recompute every story from the stored raw documents
  serve               serve the stories as web pages and a JSON API
  watch <feeds…>      poll feeds and ingest what is new
  diff <story>        what changed in a story since its previous version (or a run, a date)
  worker --db URL     take ingest, reconcile and feed jobs from the PostgreSQL queue
  jobs --db URL       the queue's jobs by state, and the failed ones
  help [command]      show help for a command

Options:
  -h, --help          show this help
  -v, --version       print the version

Run 'sitrep <command> --help' for a command's options.
`;

const HELP: Record<string, string> = { analyze: ANALYZE_HELP, ingest: INGEST_HELP, stories: STORIES_HELP, report: REPORT_HELP, story: STORY_HELP, rebuild: REBUILD_HELP, serve: SERVE_HELP, watch: WATCH_HELP, diff: DIFF_HELP, worker: WORKER_HELP, jobs: JOBS_HELP };
const RUN: Record<string, (argv: string[]) => Promise<number>> = { analyze: runAnalyze, ingest: runIngest, stories: runStories, report: runReport, story: runStory, rebuild: runRebuild, serve: (a) => runServe(a), watch: runWatch, diff: runDiff, worker: runWorker, jobs: runJobs };

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const err = styleFor(process.stderr);
  try {
    if (!cmd) {
      process.stderr.write(MAIN_HELP);
      return 2;
    }
    if (cmd === "-h" || cmd === "--help") {
      process.stdout.write(MAIN_HELP);
      return 0;
    }
    if (cmd === "-v" || cmd === "--version") {
      process.stdout.write(GENERATOR.replace(/^sitrep /, "") + "\n");
      return 0;
    }
    if (cmd === "help") {
      const topic = rest[0];
      if (!topic) process.stdout.write(MAIN_HELP);
      else if (HELP[topic]) process.stdout.write(HELP[topic]);
      else throw new SitrepError("usage", `no such command: ${topic}`);
      return 0;
    }
    const run = RUN[cmd];
    if (run) return await run(rest);
    throw new SitrepError("usage", `unknown command "${cmd}" (run sitrep --help)`);
  } catch (e) {
    if (e instanceof SitrepError) {
      process.stderr.write(`sitrep: ${err.red("error")}: ${printable(e.message, 500)}\n`);
      return e.code === "usage" ? 2 : 1;
    }
    // a bug: one line for the user, the stack only when asked for
    const detail = process.env.SITREP_DEBUG ? `\n${(e as Error)?.stack ?? ""}` : " (run with SITREP_DEBUG=1 for details)";
    process.stderr.write(`sitrep: ${err.red("internal error")}: ${printable(String((e as Error)?.message ?? e), 300)}${detail}\n`);
    return 70;
  }
}
