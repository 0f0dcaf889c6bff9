// `sitrep analyze`: read inputs, print the report. Exit 0 when every input was read, 1 when some
// were rejected (the report still covers the others), 2 on a usage error.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyze } from "../pipeline.js";
import { renderMarkdown } from "../report/markdown.js";
import { SitrepError } from "../model.js";
import { styleFor } from "./style.js";

export const ANALYZE_HELP = `Usage: sitrep analyze <inputs…> [options]

Reads news articles and prints one situation report: the articles cleaned of scraping debris,
grouped into stories, with every figure, date, quotation and person traced to its sentence.

Inputs (any mix):
  FILE or FOLDER       .txt .md .html/.htm .json .jsonl .xml/.rss/.atom (folders recursively)
  -                    standard input (format sniffed)
  http(s)://…          a page or an RSS/Atom feed (each feed item becomes an article)

Options:
  -f, --format FMT     json | md (default: md)
  -o, --out FILE       write the report to FILE instead of standard output
  -d, --date DAY       YYYY-MM-DD: reference date for articles that have none of their own, and
                       the year of a dateline that gives only its day ("DHAKA, June 3 (Reuters)")
      --allow-private  let URLs reach private, loopback and link-local addresses (refused by default)
  -q, --quiet          no progress on standard error
  -h, --help           show this help

Exit status: 0 every input read; 1 some inputs rejected (each named on standard error, the report
covers the rest); 2 usage error.

Examples:
  sitrep analyze examples/peru-chile-border
  sitrep analyze articles.jsonl --format json --out report.json
  curl -s https://example.org/story.html | sitrep analyze - --date 2025-11-29
`;

export async function runAnalyze(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", default: "md" },
        out: { type: "string", short: "o" },
        date: { type: "string", short: "d" },
        "allow-private": { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep analyze --help)`);
  }
  if (values.help) {
    process.stdout.write(ANALYZE_HELP);
    return 0;
  }
  const format = values.format;
  if (format !== "json" && format !== "md") throw new SitrepError("usage", `--format must be json or md, not "${format}"`);
  if (values.date !== undefined && !isDay(values.date)) throw new SitrepError("usage", `--date must be a calendar day as YYYY-MM-DD, not "${values.date}"`);
  if (!positionals.length) throw new SitrepError("usage", "no inputs given (see sitrep analyze --help)");

  const err = styleFor(process.stderr);
  const showProgress = !values.quiet && !!process.stderr.isTTY;
  let lastLine = 0;
  const progress = (done: number, total: number, what: string) => {
    if (!showProgress) return;
    const line = `${what} ${done}/${total}`;
    process.stderr.write(`\r${err.dim(line)}${" ".repeat(Math.max(0, lastLine - line.length))}`);
    lastLine = line.length;
  };
  const report = await analyze(positionals, { date: values.date ?? null, allowPrivate: values["allow-private"], progress });
  if (lastLine) process.stderr.write(`\r${" ".repeat(lastLine)}\r`);

  for (const d of report.diagnostics) {
    const tag = d.level === "error" ? err.red("error") : err.yellow("warning");
    process.stderr.write(`sitrep: ${tag}: ${d.source}: ${d.message}\n`);
  }
  const body = format === "json" ? JSON.stringify(report, null, 2) + "\n" : renderMarkdown(report);
  if (values.out) await writeFile(values.out, body);
  else await writeOut(body);
  if (!report.articles.length) process.stderr.write(`sitrep: ${err.red("error")}: no article could be read\n`);
  return report.diagnostics.some((d) => d.level === "error") || !report.articles.length ? 1 : 0;
}

function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCDate() === +m[3]! && d.getUTCMonth() === +m[2]! - 1;
}

/** Writes to stdout and waits for it to drain; a closed pipe (`| head`) is not an error. */
function writeOut(s: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.on("error", () => resolve());
    if (process.stdout.write(s)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}
