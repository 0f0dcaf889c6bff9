#!/usr/bin/env node
// Writes schema/report-v1.schema.json from the code's own types (src/report/schema.ts).
// `npm run schema` after changing the report types; a test fails while the file is stale.
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../dist/src/report/schema.js";

const out = new URL("../schema/report-v1.schema.json", import.meta.url);
writeFileSync(out, JSON.stringify(reportJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);
