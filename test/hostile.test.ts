// Hostile input, one test per family the fuzzer found (../shared/fuzz/repros/NN-*): the run goes on,
// memory and output stay linear, the terminal gets one printable line per input, nothing vanishes.
// Real files, real processes, a real loopback server; small inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, symlinkSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { runCli, ROOT, assertValidReport, serve, EXAMPLES } from "./helpers.js";
import { readInputs } from "../src/read/inputs.js";
import { analyze } from "../src/pipeline.js";
import { splitSentences, MAX_SENTENCE_CHARS } from "../src/extract/sentences.js";
import { MAX_MENTIONS_PER_SENTENCE } from "../src/extract/article.js";
import { jsonChunks } from "../src/report/json-chunks.js";
import { printable } from "../src/text/printable.js";
import type { Report } from "../src/report/schema.js";

const FIX = `${ROOT}test/fixtures/hostile`;
const dir = mkdtempSync(join(tmpdir(), "sitrep-hostile-"));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
/** Every stderr line is one of ours and printable. */
function assertCleanStderr(stderr: string): void {
  for (const line of stderr.split("\n").filter(Boolean)) {
    assert.match(line, /^sitrep: (error|warning): /, `stray line: ${JSON.stringify(line)}`);
    assert.doesNotMatch(line, /[\u0000-\u0008\u000b-\u001f\u007f]/, `control character in ${JSON.stringify(line)}`);
    assert.doesNotMatch(line, /^\s+at |internal error/, line);
  }
}

test("01: a duration past the calendar ('300000000 days') is one article's oddity, not the end of the run", async () => {
  const r = await runCli(["analyze", `${FIX}/duration-a.txt`, `${FIX}/duration-b.txt`, "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  assertCleanStderr(r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertValidReport(report);
  assert.equal(report.articles.length, 2);
  const claim = report.stories.flatMap((s) => s.claims).find((c) => c.values.some((v) => v.value === 300000000));
  assert.ok(claim, "the huge figure is still reported");
  assert.notEqual(claim.status, "explained", "no end date is derived from a day past the year 9999");
});

test("02: a text without sentence breaks is cut into sentences of bounded length, with bounded mentions each", async () => {
  const text = Array.from({ length: 6000 }, (_, i) => (i % 3) + 1).join(",");
  const sentences = splitSentences(text);
  assert.ok(sentences.length >= text.length / MAX_SENTENCE_CHARS, `${sentences.length} sentences`);
  for (const s of sentences) {
    assert.ok(s.text.length <= MAX_SENTENCE_CHARS);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  const p = file("numbers.txt", text);
  for (const format of ["json", "md"]) {
    const r = await runCli(["analyze", p, "--format", format]);
    assert.equal(r.code, 0, r.stderr);
    // the report grows with the input, not with its square (it was 20,000× before)
    assert.ok(r.stdout.length < 60 * text.length, `${format}: ${r.stdout.length} bytes of report for ${text.length} of input`);
    if (format === "json") {
      const report = JSON.parse(r.stdout) as Report;
      const split = splitSentences(report.articles[0]!.text);
      const perSentence = new Map<number, number>();
      for (const q of report.stories[0]!.mentions.quantities) {
        const i = split.findIndex((s) => s.start <= q.start && q.start < s.end);
        perSentence.set(i, (perSentence.get(i) ?? 0) + 1);
      }
      assert.ok(perSentence.size > 10);
      assert.ok(Math.max(...perSentence.values()) <= MAX_MENTIONS_PER_SENTENCE);
    }
  }
});

test("03: record ids and file names with newlines or escape sequences give one printable line each", async () => {
  const r = await runCli(["analyze", `${FIX}/ids.jsonl`, "--format", "json"]);
  assert.equal(r.code, 1);
  assertCleanStderr(r.stderr);
  assert.ok(!r.stderr.includes("\x1b"), "no escape byte reaches the terminal");
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 3, r.stderr); // two records, and "no article could be read"
  assert.match(lines[0]!, /ids\.jsonl#a\\nb: record has neither text nor html$/);
  assert.match(lines[1]!, /ids\.jsonl#\\x1b\[2J\\x1b\[31mRED: record has neither text nor html$/);
  const report = JSON.parse(r.stdout) as Report;
  for (const d of report.diagnostics) assert.doesNotMatch(d.source + d.message, /[\n\r\x1b]/);
  // a file name with a newline: the same
  const odd = file("two\nlines\x1b[31m.txt", "Peru declared a state of emergency on Friday.");
  const r2 = await runCli(["analyze", odd, join(dir, "missing\x07.txt"), "--format", "json"]);
  assertCleanStderr(r2.stderr);
  assert.equal(r2.stderr.trim().split("\n").length, 1, r2.stderr);
  assert.equal(printable("a\u2028b\u202ec", 20), "a\\u2028b\\u202ec");
  assert.equal(printable("x".repeat(50), 10), "xxxxxxxxx…");
});

test("04: a .jsonl of blank lines is named, in a folder and alone", async () => {
  const folder = join(dir, "blank-folder");
  mkdirSync(folder);
  writeFileSync(join(folder, "blank.jsonl"), "\n\n   \n\n");
  writeFileSync(join(folder, "ok.txt"), "Peru declared a state of emergency on Friday, the government said.\n");
  const r = await runCli(["analyze", folder, "--format", "json"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /blank\.jsonl: empty file \(only blank lines\)\n$/);
  assert.equal((JSON.parse(r.stdout) as Report).articles.length, 1);
});

test("05: a file name with ': ' stays whole in the diagnostic's source", async () => {
  const p = file("a: b.jsonl", '{"id":"n","title":"no text"}\n');
  const r = await runCli(["analyze", p, "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.diagnostics, [{ source: `${p}#n`, level: "error", message: "record has neither text nor html" }]);
});

test("06: metadata strings are capped: a 200 KB feed title does not reach every outlet and explanation", async () => {
  const body = readFileSync(`${EXAMPLES}/000_c36016f9633af698.txt`, "utf8").replace(/[<&]/g, " ");
  const items = [0, 1, 2].map((i) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><description>${body} ${i}</description></item>`).join("");
  const title = "T".repeat(100) + " " + "title ".repeat(40_000);
  const p = file("long-title.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items}</channel></rss>`);
  const r = await runCli(["analyze", p, "--format", "json"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.articles.length, 3);
  for (const a of report.articles) assert.ok((a.outlet ?? "").length <= 300, `outlet of ${a.outlet?.length} chars`);
  assert.ok(r.stdout.length < 2 * statSync(p).size, `${r.stdout.length} bytes of report for a ${statSync(p).size}-byte feed`);
});

test("07: the same dated sentence thousands of times stays linear (a chain, not every pair)", async () => {
  const one = "On April 28, 2009, the changes were rescinded. ";
  const small = await runCli(["analyze", file("rep-500.txt", one.repeat(500)), "--format", "json"]);
  const big = await runCli(["analyze", file("rep-4000.txt", one.repeat(4000)), "--format", "json"]);
  assert.equal(big.code, 0, big.stderr);
  const ratio = big.stdout.length / small.stdout.length;
  assert.ok(ratio < 8 * 1.5, `8× the input gave ${ratio.toFixed(1)}× the report`);
  const report = JSON.parse(big.stdout) as Report;
  assert.equal(report.stories[0]!.timeline.filter((e) => e.date === "2009-04-28").length, 1, "one timeline entry for the one day");
});

test("08: --out into a missing folder, onto a folder, and '-' for standard output", async () => {
  const a = file("out-a.txt", "Peru declared a state of emergency on Friday, the government said.\n");
  const missing = await runCli(["analyze", a, "--out", "/nonexistent/dir/r.json"]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "sitrep: error: cannot write /nonexistent/dir/r.json: no such folder\n");
  const ontoFolder = await runCli(["analyze", a, "--out", dir]);
  assert.equal(ontoFolder.code, 2);
  assert.match(ontoFolder.stderr, /it is a folder/);
  const dash = await runCli(["analyze", a, "--out", "-", "--format", "json"]);
  assert.equal(dash.code, 0);
  assert.ok(!existsSync(join(ROOT, "-")), "no file named '-'");
  assert.equal((JSON.parse(dash.stdout) as Report).articles.length, 1);
  // the format follows --out's extension; the file is whole (written beside, then renamed)
  const outJson = join(dir, "r.json");
  assert.equal((await runCli(["analyze", a, "--out", outJson])).code, 0);
  assert.equal((JSON.parse(readFileSync(outJson, "utf8")) as Report).articles.length, 1);
  const outMd = join(dir, "r.md");
  await runCli(["analyze", a, "--out", outMd]);
  assert.match(readFileSync(outMd, "utf8"), /^# Situation report/);
});

test("09: a FIFO and links to devices are refused at once, by name, whatever their extension", async () => {
  const fifo = join(dir, "pipe.jsonl");
  execFileSync("mkfifo", [fifo]);
  symlinkSync("/dev/zero", join(dir, "zero.jsonl"));
  symlinkSync("/dev/urandom", join(dir, "rand.txt"));
  const r = await runCli(["analyze", fifo, join(dir, "zero.jsonl"), join(dir, "rand.txt"), "--format", "json"]);
  assert.equal(r.code, 1);
  assertCleanStderr(r.stderr);
  assert.match(r.stderr, /pipe\.jsonl: not a regular file: a named pipe/);
  assert.match(r.stderr, /zero\.jsonl: not a regular file: a device/);
  assert.match(r.stderr, /rand\.txt: not a regular file: a device/);
});

test("10: a JSONL record over the document limit is rejected alone; the records around it are read", async () => {
  const big = JSON.stringify({ id: "big", text: "Peru declared a state of emergency. ".repeat(400) });
  const p = file("giant-line.jsonl", [JSON.stringify({ id: "a", text: "Chile votes on Sunday." }), big, JSON.stringify({ id: "b", text: "Migrants gathered at the border." })].join("\n") + "\n");
  const r = await readInputs([p], { maxBytes: 5000 });
  assert.deepEqual(r.docs.map((d) => d.source), [`${p}#a`, `${p}#b`]);
  assert.equal(r.diagnostics.length, 1);
  assert.match(r.diagnostics[0]!.message, /record too large/);
  assert.equal(r.diagnostics[0]!.source, `${p}#2`);
  // past what one run reads, the input is dropped whole, with the reason and what to do
  const capped = await readInputs([p], { maxRunBytes: 100 });
  assert.equal(capped.docs.length, 0);
  assert.match(capped.diagnostics[0]!.message, /split the input/);
  const viaStdin = await readInputs(["-"], { maxRunBytes: 14_000, stdin: Readable.from([Buffer.from((JSON.stringify({ text: "x ".repeat(1000) }) + "\n").repeat(10))]) });
  assert.equal(viaStdin.docs.length, 0);
  assert.match(viaStdin.diagnostics[0]!.message, /more than/);
  // standard input holding JSONL is streamed record by record, past the one-document limit
  const lines = (JSON.stringify({ text: "Peru declared a state of emergency on Friday." }) + "\n").repeat(300);
  const many = await readInputs(["-"], { maxBytes: 4000, stdin: Readable.from([Buffer.from(lines)]) });
  assert.equal(many.docs.length, 300);
  assert.deepEqual(many.diagnostics, []);
  // many bad records: the first twenty named, the rest counted in one line
  const junk = await readInputs([file("junk.jsonl", "nope\n".repeat(100))]);
  assert.equal(junk.diagnostics.length, 21);
  assert.match(junk.diagnostics[20]!.message, /^80 more records rejected/);
});

test("11: feed items are fetched a few at a time, under one deadline for the whole run", async () => {
  let inFlight = 0;
  let most = 0;
  const srv = await serve((req, res) => {
    if (req.url === "/feed.xml") {
      const items = [1, 2, 3, 4, 5, 6].map((i) => `<item><title>Item ${i}</title><link>${srv.url}/slow/${i}</link></item>`).join("");
      return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss version="2.0"><channel><title>Slow</title>${items}</channel></rss>`);
    }
    inFlight++;
    most = Math.max(most, inFlight);
    res.on("close", () => inFlight--);
    // never answers: the fetch's own limit or the run's deadline ends it
  });
  try {
    const r = await readInputs([`${srv.url}/feed.xml`], { allowPrivate: true, fetchTimeoutMs: 10_000, fetchBudgetMs: 1500 });
    assert.equal(r.docs.length, 0);
    assert.equal(r.diagnostics.length, 6, r.diagnostics.map((d) => d.message).join("\n"));
    for (const d of r.diagnostics) assert.match(d.message, /timed out after .* \(the run's 2 s for fetching ran out\)|not fetched: the run's 2 s/);
    assert.ok(most >= 2, `at most ${most} fetch at once`);
  } finally {
    await srv.close();
  }
});

test("12: deep JSON, stray NUL bytes and odd feed links get sensible handling and short messages", async () => {
  const deep = await runCli(["analyze", `${FIX}/deep-author.jsonl`, "--format", "json"]);
  assert.equal(deep.code, 0, deep.stderr);
  assert.equal((JSON.parse(deep.stdout) as Report).articles.length, 1, "valid JSON is read; the nested list is just not a byline");
  for (const f of ["nul-early.txt", "nul-late.txt"]) {
    const r = await runCli(["analyze", `${FIX}/${f}`, "--format", "json"]);
    assert.equal(r.code, 0, `${f}: ${r.stderr}`);
    const a = (JSON.parse(r.stdout) as Report).articles[0]!;
    assert.ok(!a.text.includes("\0"), `${f}: NUL bytes dropped from the text`);
  }
  const link = "http://127.0.0.1:9/" + "a".repeat(100_000);
  const feed = file("feed-links.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>a</title><link>javascript:alert(1)</link></item><item><title>b</title><link>${link}</link></item></channel></rss>`);
  const r = await runCli(["analyze", feed, "--format", "json"]);
  assertCleanStderr(r.stderr);
  const lines = r.stderr.trim().split("\n");
  assert.match(lines[0]!, /feed-links\.xml#1: feed item has no content and its link is not http\(s\)$/);
  for (const l of lines) assert.ok(l.length < 900, `${l.length}-character line`);
});

test("13: the JSON report is written in pieces that are byte for byte JSON.stringify's", async () => {
  const report = await analyze([EXAMPLES]);
  assert.equal([...jsonChunks(report, 1000)].join(""), JSON.stringify(report, null, 2) + "\n");
  const odd = { a: [], b: {}, c: [undefined, null, 1, "x\n"], d: undefined, e: { f: [{ g: [[1, [2, { h: 3 }]]] }] } };
  assert.equal([...jsonChunks(odd, 1)].join(""), JSON.stringify(odd, null, 2) + "\n");
});
