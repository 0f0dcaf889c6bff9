// The command line as a user runs it: real processes, real files, exit codes, stdout/stderr.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, EXAMPLES, assertValidReport } from "./helpers.js";
import { styleFor } from "../src/cli/style.js";
import type { Report } from "../src/report/schema.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));

test("--help everywhere, version, usage errors exit 2 with one line on stderr", async () => {
  const h = await runCli(["--help"]);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: sitrep <command>/);
  const ah = await runCli(["analyze", "--help"]);
  assert.equal(ah.code, 0);
  assert.match(ah.stdout, /--format FMT/);
  assert.equal((await runCli(["help", "analyze"])).stdout, ah.stdout);
  assert.match((await runCli(["--version"])).stdout, /^\d+\.\d+\.\d+\n$/);
  for (const args of [[], ["frobnicate"], ["analyze"], ["analyze", EXAMPLES, "--format", "pdf"], ["analyze", EXAMPLES, "--date", "2025-02-30"], ["analyze", EXAMPLES, "--bogus"]]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.stdout, "", args.join(" "));
    if (args.length) assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
});

test("the example corpus: Markdown report with debris listed and outlet/byline found", async () => {
  const r = await runCli(["analyze", EXAMPLES, "--format", "md"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  assert.match(r.stdout, /^# Situation report/);
  assert.match(r.stdout, /call-to-action: “JOIN THE MOVEMENT”/);
  assert.match(r.stdout, /paywall: “Already a subscriber\?/);
  assert.match(r.stdout, /related-headlines: “New Orleans Immigration Crackdown/);
  assert.match(r.stdout, /Al Jazeera, by Rodney Mbua/);
  assert.match(r.stdout, /Peru Declares Border State of Emergency as Migrants Gather/);
});

test("Markdown of two stories: every footnote reference is defined, and every definition quotes a sentence", async () => {
  const r = await runCli(["analyze", EXAMPLES, join(EXAMPLES, "../../test/fixtures/stories/quake-toll-update/input.json"), "--format", "md"]);
  assert.equal(r.code, 0, r.stderr);
  const defs = new Map([...r.stdout.matchAll(/^\[\^([\w.]+)\]: (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  const refs = new Set([...r.stdout.replace(/^\[\^[\w.]+\]: .*$/gm, "").matchAll(/\[\^([\w.]+)\]/g)].map((m) => m[1]!));
  assert.ok(refs.size > 20, `${refs.size} references`);
  for (const ref of refs) assert.ok(defs.has(ref), `footnote ${ref} is not defined`);
  for (const [k, v] of defs) assert.match(v, /: “.+”$/, `footnote ${k} quotes no sentence`);
  assert.match(r.stdout, /^## .*\n\n\d+ articles? · outlets: .*$/m);
  for (const h of ["### Where the outlets differ", "### Figures", "### Quotations", "### Timeline", "### People, organisations and places", "### Sources"]) assert.ok(r.stdout.includes(h), h);
  const order = ["Where the outlets differ", "Figures", "Quotations", "Timeline", "People, organisations and places", "Sources"].map((h) => r.stdout.indexOf(`### ${h}`));
  assert.deepEqual([...order].sort((a, b) => a - b), order, "sections in the order a reader needs them");
});

test("the example corpus: JSON validates, ids are stable, debris gone, body kept", async () => {
  const a = await runCli(["analyze", EXAMPLES, "--format", "json"]);
  const b = await runCli(["analyze", EXAMPLES, "--format", "json", "--quiet"]);
  assert.equal(a.code, 0, a.stderr);
  const report = JSON.parse(a.stdout) as Report;
  assertValidReport(report);
  assert.equal(report.articles.length, 5);
  assert.deepEqual(report.articles.map((x) => x.id), (JSON.parse(b.stdout) as Report).articles.map((x) => x.id));
  const all = report.articles.map((x) => x.text).join("\n");
  for (const gone of ["Skip to main content", "JOIN THE MOVEMENT", "Source: Al Jazeera", "Written By", "New Orleans Immigration", "Already a subscriber"]) assert.ok(!all.includes(gone), gone);
  for (const kept of ["Chile’s foreign ministry also stressed", "The situation continues to evolve", "Analysts warn that the upcoming measures"]) assert.ok(all.includes(kept), kept);
  const aj = report.articles.find((x) => x.source.includes("004_"))!;
  assert.equal(aj.outlet, "Al Jazeera");
  assert.equal(aj.byline, "Rodney Mbua");
  const inStories = report.stories.flatMap((s) => s.articleIds).sort();
  assert.deepEqual(inStories, report.articles.map((x) => x.id).sort(), "every article in exactly one story");
});

test("bad inputs: one stderr line each naming the input, exit 1, the rest still reported", async () => {
  const good = join(dir, "good.txt");
  copyFileSync(join(EXAMPLES, "004_2a5fa6e45c608882.txt"), good);
  const bin = join(dir, "image.txt");
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const empty = join(dir, "empty.md");
  writeFileSync(empty, "");
  const broken = join(dir, "broken.html");
  writeFileSync(broken, "<html><body><div><p>Police said at least 100 people gathered at the crossing on Friday.<div><span>Unclosed <b>tags <i>everywhere");
  const jl = join(dir, "recs.jsonl");
  writeFileSync(jl, JSON.stringify({ id: "no-body", title: "x" }) + "\n");
  const r = await runCli(["analyze", good, bin, empty, broken, jl, join(dir, "missing.txt"), "--format", "json"]);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split("\n");
  assert.ok(lines.some((l) => l.includes("image.txt") && /binary/.test(l)), r.stderr);
  assert.ok(lines.some((l) => l.includes("empty.md") && /empty/.test(l)), r.stderr);
  assert.ok(lines.some((l) => l.includes("recs.jsonl#no-body") && /neither text nor html/.test(l)), r.stderr);
  assert.ok(lines.some((l) => l.includes("missing.txt") && /no such file/.test(l)), r.stderr);
  assert.ok(lines.every((l) => l.startsWith("sitrep: ")), r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assertValidReport(report);
  assert.ok(report.articles.some((a) => a.outlet === "Al Jazeera"));
  assert.ok(report.articles.some((a) => a.text.includes("at least 100 people gathered")), "broken HTML still read");
});

test("stdin, --out, and duplicates: the same article from two sources is kept once with both sources", async () => {
  const text = readFileSync(join(EXAMPLES, "003_42a246ca27ba598a.txt"), "utf8");
  const copy = join(dir, "copy.txt");
  writeFileSync(copy, text);
  const edited = join(dir, "edited.txt");
  writeFileSync(edited, text.replace("President José Jerí announced on Friday", "President José Jerí said on Friday").replace("signaling a stronger", "signalling a stronger"));
  const out = join(dir, "report.json");
  const r = await runCli(["analyze", "-", copy, edited, "--format", "json", "--out", out], { stdin: text });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "");
  const report = JSON.parse(readFileSync(out, "utf8")) as Report;
  assert.equal(report.articles.length, 2);
  const kept = report.articles.find((a) => a.sources.includes("-"))!;
  assert.deepEqual(kept.sources, ["-", copy]);
  const near = report.articles.find((a) => a !== kept)!;
  assert.deepEqual(near.sources, [edited]);
  // which of two near-copies is marked follows the canonical order (publication day, then id), not the input order
  assert.ok(near.nearDuplicateOf === kept.id || kept.nearDuplicateOf === near.id);
});

test("a run that reads no article keeps the report already in --out; --format markdown is md", async () => {
  const out = join(dir, "kept.md");
  const md = await runCli(["analyze", join(EXAMPLES, "003_42a246ca27ba598a.txt"), "--format", "markdown", "--out", out]);
  assert.equal(md.code, 0, md.stderr);
  const before = readFileSync(out, "utf8");
  assert.match(before, /^# Situation report/);
  const empty = join(dir, "nothing.txt");
  writeFileSync(empty, "");
  const r = await runCli(["analyze", empty, "--out", out]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nothing\.txt: empty file\n.*no article could be read; .*kept\.md not written\n$/s);
  assert.equal(readFileSync(out, "utf8"), before);
});

test("hostile and huge HTML: scripts never reach the text; 50,000 nested elements do not crash", async () => {
  const hostile = join(dir, "hostile.html");
  writeFileSync(hostile, `<html><head><script>document.write("EVIL SCRIPT TEXT")</script><style>.x{color:red}</style></head><body><article><h1>Border news</h1><p onclick="alert('EVIL HANDLER')">Peru declared a state of emergency along its border with Chile on Friday, the government said in a statement.</p><p>Police said at least 100 foreigners gathered at the crossing, most of them Venezuelans.</p><iframe src="javascript:alert('EVIL')">EVIL IFRAME</iframe><svg><text>EVIL SVG</text></svg></article></body></html>`);
  const deep = join(dir, "deep.html");
  writeFileSync(deep, "<html><body>" + "<div>".repeat(50_000) + "<p>Deep text about the border emergency.</p>" + "</div>".repeat(50_000) + "</body></html>");
  const r = await runCli(["analyze", hostile, deep, "--format", "json"]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  const h = report.articles.find((a) => a.source === hostile);
  assert.ok(h && h.text.includes("at least 100 foreigners"));
  assert.ok(!/EVIL|color:red/.test(h.text), h.text);
  const d = report.articles.find((a) => a.source === deep);
  assert.ok(d ? d.text.includes("Deep text") : /deep\.html/.test(r.stderr), r.stderr);
});

test("colour only on a terminal and never with NO_COLOR", () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  assert.equal(styleFor(tty, {}).red("x"), "\x1b[31mx\x1b[39m");
  assert.equal(styleFor(tty, { NO_COLOR: "1" }).red("x"), "x");
  assert.equal(styleFor({ isTTY: false } as NodeJS.WriteStream, {}).red("x"), "x");
});
