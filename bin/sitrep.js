#!/usr/bin/env node
// The sitrep command. The code is compiled TypeScript under dist/ (built by `npm install`).
import { main } from "../dist/src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
