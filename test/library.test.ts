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
