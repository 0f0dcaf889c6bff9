// The published JSON Schema is the one the code's own types generate, and reports validate against it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { reportJsonSchema } from "../src/report/schema.js";
import { ROOT, assertValidReport } from "./helpers.js";

test("schema/report-v1.schema.json is generated from src/report/schema.ts (run `npm run schema` after changing types)", () => {
  const published = JSON.parse(readFileSync(`${ROOT}schema/report-v1.schema.json`, "utf8")) as unknown;
  assert.deepEqual(published, JSON.parse(JSON.stringify(reportJsonSchema())));
});

test("the schema rejects a report that breaks the contract", () => {
  assert.throws(() => assertValidReport({ schemaVersion: 2, articles: [], stories: [] }));
  assert.throws(() => assertValidReport({ schemaVersion: 1, generator: "x", articles: [{ id: "a" }], stories: [], diagnostics: [] }));
  assertValidReport({ schemaVersion: 1, generator: "x", articles: [], stories: [], diagnostics: [] });
});
