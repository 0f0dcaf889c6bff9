// `sitrep analyze`: read inputs, print the report. Exit 0 when every input was read, 1 when some
// were rejected (the report still covers the others), 2 on a usage error.
import { parseArgs } from "node:util";
import { analyze } from "../pipeline.js";
import { markdownChunks } from "../report/markdown.js";
import { jsonChunks } from "../report/json-chunks.js";
import { renderHtmlReport } from "../report/html.js";
import { printable } from "../text/printable.js";
import { SitrepError } from "../model.js";
import { styleFor } from "./style.js";
import { checkWritable, formatOf, isDay, printDiagnostics, progressLine, writeReport } from "./output.js";

export const ANALYZE_HELP = `Usage: sitrep analyze <inputs…> [options]

Reads news articles and prints one situation report: the articles cleaned of scraping debris,
grouped into stories, with every figure, date, quotation and person traced to its sentence.

Inputs (any mix):
  FILE or FOLDER       .txt .md .html/.htm .json .jsonl .xml/.rss/.atom (folders recursively)
  -                    standard input (format sniffed)
  http(s)://…          a page or an RSS/Atom feed (each feed item becomes an article)

Options:
  -f, --format FMT     json | md | html (default: from --out's extension, else md; "markdown" is
                       md); html is one self-contained page (no network request) to open in a
                       browser or mail
  -o, --out FILE       write the report to FILE instead of standard output ('-': standard output)
  -d, --date DAY       YYYY-MM-DD: reference date for articles that have none of their own, and
                       the year of a dateline that gives only its day ("DHAKA, June 3 (Reuters)")
      --allow-private  let URLs reach private, loopback and link-local addresses (refused by default)
  -q, --quiet          no progress on standard error
  -h, --help           show this help

Limits: 20 MB a document (a file, standard input, one JSONL record; .jsonl and JSONL on standard
input are streamed), 128 MB a run, 300,000 characters an article (the rest is cut, with a warning);
only regular files are opened (pipe data to '-'); 15 s a fetch, 60 s for all fetches of a run.

Exit status: 0 every input read; 1 some inputs rejected (each named on standard error, the report
covers the rest); 2 usage error (an --out whose folder does not exist included). A bug prints one
line; SITREP_DEBUG=1 adds its stack trace.

Examples:
  sitrep analyze examples/peru-chile-border
  sitrep analyze articles.jsonl --format json --out report.json
  sitrep analyze examples/peru-chile-border --out report.html
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
        format: { type: "string", short: "f" },
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
  const out = values.out === "-" ? undefined : values.out;
  const format = values.format === "markdown" ? "md" : (values.format ?? formatOf(out) ?? "md");
  if (format !== "json" && format !== "md" && format !== "html") throw new SitrepError("usage", `--format must be json, md or html, not "${printable(format, 40)}"`);
  if (values.date !== undefined && !isDay(values.date)) throw new SitrepError("usage", `--date must be a calendar day as YYYY-MM-DD, not "${printable(values.date, 40)}"`);
  if (!positionals.length) throw new SitrepError("usage", "no inputs given (see sitrep analyze --help)");
  if (out) await checkWritable(out);

  const err = styleFor(process.stderr);
  const progress = progressLine(!values.quiet);
  const report = await analyze(positionals, { date: values.date ?? null, allowPrivate: values["allow-private"], progress: progress.update });
  progress.clear();
  printDiagnostics(report.diagnostics);
  if (!report.articles.length) {
    // a run that read nothing never replaces a report already in --out with an empty one
    process.stderr.write(`sitrep: ${err.red("error")}: no article could be read${out ? `; ${printable(out)} not written` : ""}\n`);
    if (out) return 1;
  }
  const chunks = format === "json" ? jsonChunks(report) : format === "html" ? [renderHtmlReport(report)] : markdownChunks(report);
  await writeReport(out, chunks);
  return report.diagnostics.some((d) => d.level === "error") || !report.articles.length ? 1 : 0;
}

