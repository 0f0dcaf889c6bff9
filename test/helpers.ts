// Shared test helpers: the repo root, running the real CLI, validating reports against the
// published JSON Schema, a loopback HTTP server.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { analyze } from "../src/pipeline.js";
import type { Development } from "../src/report/schema.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXAMPLES = `${ROOT}examples/peru-chile-border`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env } });
    let stdout = "";
    let stderr = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    p.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, stdout, stderr }));
    if (opts.stdin !== undefined) p.stdin.end(opts.stdin);
    else p.stdin.end();
  });
}

let validator: ((x: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validates a report against schema/report-v1.schema.json; throws with the errors when invalid. */
export function assertValidReport(report: unknown): void {
  if (!validator) {
    const schema = JSON.parse(readFileSync(`${ROOT}schema/report-v1.schema.json`, "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  if (!validator(report)) throw new Error("report does not validate against schema/report-v1.schema.json: " + JSON.stringify(validator.errors).slice(0, 2000));
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 with a random port. */
export async function serve(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** The developments of articles given as [id, outlet, published, text], analysed as one JSONL input. */
export async function developmentsOf(articles: [string, string, string, string][]): Promise<Development[]> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dev-"));
  try {
    const file = join(dir, "articles.jsonl");
    writeFileSync(file, articles.map(([id, outlet, published, text]) => JSON.stringify({ id, url: `https://example.org/${id}`, outlet, published, title: text.split("\n")[0], text })).join("\n") + "\n");
    const report = await analyze([file]);
    return report.stories.flatMap((s) => s.developments);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
