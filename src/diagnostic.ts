// A diagnostic as a person reads it: one printable line naming the input and the reason. Every
// stage makes its diagnostics here, so none can write control characters to a terminal.
import type { Diagnostic } from "./model.js";
import { printable } from "./text/printable.js";

export function diagnostic(level: Diagnostic["level"], source: string, message: string): Diagnostic {
  return { source: printable(source, 300), level, message: printable(message, 500) };
}
