// The package's main entry (package.json "main"): the pipeline as a library, no process spawned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, renderMarkdown, STAGES } from "../src/index.js";
import { EXAMPLES, assertValidReport } from "./helpers.js";

test("analyze() as a library returns a valid report and the pipeline is one ordered list", async () => {
  const report = await analyze([EXAMPLES]);
  assertValidReport(report);
  assert.equal(report.articles.length, 5);
  assert.match(renderMarkdown(report), /^# Situation report/);
  assert.deepEqual(STAGES, ["read", "process", "dedupe", "group", "reference-dates", "reconcile"]);
});

test("a wire dateline's day is the reference date of an undated article, its year from --date", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { nearestYear } = await import("../src/reconcile/reference-dates.js");
  assert.equal(nearestYear("06-03", "2025-06-04"), "2025-06-03");
  assert.equal(nearestYear("12-30", "2026-01-02"), "2025-12-30");
  assert.equal(nearestYear("01-02", "2025-12-30"), "2026-01-02");
  assert.equal(nearestYear("02-29", "2025-03-01"), "2024-02-29");
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dateline-"));
  try {
    writeFileSync(join(dir, "wire.txt"), "Factory fire kills 12\n\nDHAKA, June 3 (Reuters) - A fire at a garment factory killed at least 12 workers on Tuesday, officials said.\n");
    const report = await analyze([dir], { date: "2025-06-10" });
    const a = report.articles[0]!;
    assert.equal(a.outlet, "Reuters");
    assert.deepEqual([a.referenceDate.date, a.referenceDate.basis], ["2025-06-03", "metadata"]);
    assert.ok(!("datelineDay" in a), "the internal field stays out of the report");
    assertValidReport(report);
    const tuesday = report.stories[0]!.mentions.times.find((t) => t.text === "Tuesday");
    assert.equal(tuesday?.value, "2025-06-03", "'on Tuesday' in a story written on Tuesday 3 June");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the same folder in two input orders gives the same report: article, story and claim ids included", async () => {
  const { mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).sort();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-order-"));
  try {
    // the same texts under names that sort the other way round, read one by one in both orders
    const renamed = files.map((f, i) => {
      const p = join(dir, `${String(files.length - i).padStart(2, "0")}.txt`);
      writeFileSync(p, readFileSync(join(EXAMPLES, f)));
      return p;
    });
    const a = await analyze(renamed);
    const b = await analyze([...renamed].reverse());
    const ids = (r: typeof a) => ({
      articles: r.articles.map((x) => x.id),
      stories: r.stories.map((s) => [s.id, s.articleIds, s.claims.map((c) => c.id), s.developments.map((d) => d.id), s.keyFigures.map((k) => k.measure)]),
    });
    assert.deepEqual(ids(a), ids(b));
    const strip = (r: typeof a) => JSON.stringify(r).replace(/"source":"[^"]*"|"sources":\[[^\]]*\]/g, "");
    assert.equal(strip(a), strip(b));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--date dates only the articles with no date of their own, and says so when it is not used for all", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "sitrep-date-"));
  try {
    writeFileSync(join(dir, "dated.jsonl"), JSON.stringify({ id: "d", published: "2024-03-04", title: "Storm hits Lisbon", text: "A storm hit Lisbon on Sunday, flooding streets near the river, the city's civil protection service said." }) + "\n");
    writeFileSync(join(dir, "other.txt"), "Wildfire near Marseille\n\nFirefighters fought a wildfire near Marseille on Tuesday as strong winds pushed the flames towards the hills of the Calanques park.");
    const r = await analyze([dir], { date: "2024-07-10" });
    const byTitle = new Map(r.articles.map((a) => [a.title, a.referenceDate]));
    assert.equal(byTitle.get("Storm hits Lisbon")?.basis, "metadata");
    assert.equal(byTitle.get("Wildfire near Marseille")?.basis, "user");
    // one line per input file, naming it (the dated one), and none for the file --date dated
    const warns = r.diagnostics.filter((d) => /--date/.test(d.message));
    assert.equal(warns.length, 1, JSON.stringify(warns));
    assert.equal(warns[0]!.level, "warning");
    assert.equal(warns[0]!.source, join(dir, "dated.jsonl"));
    assert.match(warns[0]!.message, /1 of 1 here have one and keep it/);
    const none = await analyze([join(dir, "other.txt")], { date: "2024-07-10" });
    assert.ok(!none.diagnostics.some((d) => /--date/.test(d.message)), "no warning when --date dated every article");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("two texts that differ only in spacing are one article, and its mentions point into its own text", async () => {
  const { mkdtempSync, writeFileSync, rmSync, readFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "sitrep-spacing-"));
  try {
    const text = readFileSync(join(EXAMPLES, "000_c36016f9633af698.txt"), "utf8");
    writeFileSync(join(dir, "a.txt"), text);
    // the same words, spaced otherwise (line breaks inside paragraphs and double spaces survive cleaning)
    writeFileSync(join(dir, "b.txt"), text.replace(/\. /g, ".\u00a0 ").replace(/, /g, ",\u00a0 "));
    for (const order of [["a.txt", "b.txt"], ["b.txt", "a.txt"]]) {
      const r = await analyze(order.map((f) => join(dir, f)));
      assert.equal(r.articles.length, 1);
      const a = r.articles[0]!;
      const s = r.stories[0]!;
      const ms = [...s.mentions.quotes, ...s.mentions.quantities, ...s.mentions.times];
      assert.ok(ms.length > 3);
      for (const m of ms) assert.equal(a.text.slice(m.start, m.end), m.text, `${order.join(",")}: ${m.text}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
