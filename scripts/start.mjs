// npm start: the bundled example (examples/peru-chile-border) ingested into a fresh embedded store
// in a temporary folder, served as the web UI; prints the URL. The folder is removed on exit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../dist/src/cli/main.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = mkdtempSync(join(tmpdir(), "sitrep-start-"));
const cleanup = () => rmSync(data, { recursive: true, force: true });
process.on("exit", cleanup);

process.stderr.write(`sitrep: ingesting examples/peru-chile-border into ${data} …\n`);
let code = await main(["ingest", "--quiet", "--data", data, join(root, "examples", "peru-chile-border")]);
if (code !== 0) process.exit(code);
const port = process.env.PORT ?? "8080";
code = await main(["serve", "--data", data, "--port", port]);
if (code !== 0 && !process.env.PORT) {
  process.stderr.write("sitrep: trying a free port instead\n");
  code = await main(["serve", "--data", data, "--port", "0"]);
}
process.exit(code);
