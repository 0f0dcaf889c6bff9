#!/usr/bin/env node
// The sitrep command. The code is compiled TypeScript under dist/ (built by `npm install`).
import { tuneV8 } from "../dist/src/cli/v8-tuning.js";

tuneV8(); // before the rest loads (see src/cli/v8-tuning.ts)
const { main } = await import("../dist/src/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
