// V8 settings the command line runs with (set by bin/sitrep.js before the rest loads; a library
// caller's process is left as it is).
//
// A run of sitrep is short and touches much code once: about a third of its CPU time went to V8's
// optimizing compiler, on threads beside the main one, largely recompiling big functions into which
// it had inlined many others. Capping the inlining per function cut the CPU of a full analysis of
// 2,883 articles by about 9 % (interleaved runs, scripts/bench/analyze.mjs), with the same report.
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS = ["--max-inlined-bytecode-size-cumulative=200"] as const;

export function tuneV8(): void {
  for (const f of V8_FLAGS) setFlagsFromString(f);
}
