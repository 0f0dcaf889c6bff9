// The package's main entry (package.json "main"): the pipeline as a library, no process spawned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, renderMarkdown, PIPELINE } from "../src/index.js";
import { EXAMPLES, assertValidReport } from "./helpers.js";

test("analyze() as a library returns a valid report and the pipeline is one ordered list", async () => {
  const report = await analyze([EXAMPLES]);
  assertValidReport(report);
  assert.equal(report.articles.length, 5);
  assert.match(renderMarkdown(report), /^# Situation report/);
  assert.deepEqual(PIPELINE.map((s) => s.name), ["read", "clean", "dedupe", "extract", "group", "reference-dates", "reconcile"]);
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
