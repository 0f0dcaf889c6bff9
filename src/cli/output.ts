// What every command shares about output: the format a file name asks for, writing a file whole
// or not at all, standard output that may close early, progress on a terminal, diagnostics.
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Diagnostic } from "../model.js";
import { SitrepError } from "../model.js";
import { printable } from "../text/printable.js";
import { styleFor } from "./style.js";

/** The format a file name asks for: report.json → json, report.md → md, report.html → html. */
export function formatOf(path: string | undefined): string | null {
  const ext = path ? extname(path).toLowerCase() : "";
  return ext === ".json" ? "json" : ext === ".md" || ext === ".markdown" ? "md" : ext === ".html" || ext === ".htm" ? "html" : null;
}

const REASONS: Record<string, string> = { ENOENT: "no such folder", EACCES: "permission denied", EISDIR: "it is a folder", ENOTDIR: "a part of the path is not a folder", ENOSPC: "no space left on the device", EROFS: "read-only file system", EDQUOT: "disk quota exceeded" };
export const reasonOf = (e: unknown) => REASONS[(e as NodeJS.ErrnoException).code ?? ""] ?? ((e as Error).message ?? String(e)).split("\n")[0]!;

/** --out must name a file in a folder that exists, before any work is done. */
export async function checkWritable(path: string): Promise<void> {
  const fail = (why: string) => {
    throw new SitrepError("usage", `cannot write ${printable(path)}: ${why}`);
  };
  try {
    if (!(await stat(dirname(path))).isDirectory()) fail("a part of the path is not a folder");
  } catch (e) {
    if (e instanceof SitrepError) throw e;
    fail(reasonOf(e));
  }
  try {
    if ((await stat(path)).isDirectory()) fail("it is a folder");
  } catch (e) {
    if (e instanceof SitrepError) throw e;
  }
}

/** Writes the pieces to a temporary file beside `path`, then renames it: a failed run never
 * leaves half a report where a whole one was. */
export async function writeFileAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fh = await open(tmp, "w");
  try {
    for (const c of chunks) await fh.write(c);
    await fh.sync();
    await fh.close();
    await rename(tmp, path);
  } catch (e) {
    await fh.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
}

export function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCDate() === +m[3]! && d.getUTCMonth() === +m[2]! - 1;
}

/** Writes the pieces to stdout, waiting when it is full; a closed pipe (`| head`) ends the writing quietly. */
export async function writeOut(chunks: Iterable<string>): Promise<void> {
  let closed = false;
  const onError = () => (closed = true);
  process.stdout.on("error", onError);
  for (const c of chunks) {
    if (closed) break;
    if (!process.stdout.write(c)) await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off("drain", done);
        process.stdout.off("error", done);
        resolve();
      };
      process.stdout.once("drain", done);
      process.stdout.once("error", done);
    });
  }
}

/** Writes a report to `out` (whole or not at all) or, without `out`, to standard output. */
export async function writeReport(out: string | undefined, chunks: Iterable<string>): Promise<void> {
  if (!out) return writeOut(chunks);
  try {
    await writeFileAtomic(out, chunks);
  } catch (e) {
    throw new SitrepError("input", `cannot write ${printable(out)}: ${reasonOf(e)}`);
  }
}

/** A progress line on standard error, only on a terminal and unless quiet; cleared when done. */
export function progressLine(enabled: boolean): { update: (done: number, total: number, what: string) => void; clear: () => void } {
  const show = enabled && !!process.stderr.isTTY;
  const err = styleFor(process.stderr);
  let last = 0;
  return {
    update: (done, total, what) => {
      if (!show) return;
      const line = `${what} ${done}/${total}`;
      process.stderr.write(`\r${err.dim(line)}${" ".repeat(Math.max(0, last - line.length))}`);
      last = line.length;
    },
    clear: () => {
      if (last) process.stderr.write(`\r${" ".repeat(last)}\r`);
      last = 0;
    },
  };
}

/** One line per diagnostic on standard error. */
export function printDiagnostics(ds: readonly Diagnostic[]): void {
  const err = styleFor(process.stderr);
  for (const d of ds) {
    const tag = d.level === "error" ? err.red("error") : err.yellow("warning");
    process.stderr.write(`sitrep: ${tag}: ${printable(d.source)}: ${printable(d.message, 500)}\n`);
  }
}
