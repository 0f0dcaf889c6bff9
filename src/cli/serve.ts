// `sitrep serve`: the web UI and the HTTP API over a store, on loopback unless told otherwise.
import { parseArgs } from "node:util";
import { SitrepError } from "../model.js";
import { Store } from "../store/store.js";
import { storeOptions } from "./store-commands.js";

export const SERVE_HELP = `Usage: sitrep serve [options]

Serves the stored stories as web pages and a JSON API (GET /api/stories, GET /api/stories/:id,
POST /api/articles, GET /openapi.json).

      --port N         port to listen on (default 8080; 0 picks a free one)
      --host HOST      address to listen on (default 127.0.0.1: this machine only)
      --data DIR       the embedded store's folder (default: $XDG_DATA_HOME/sitrep)
      --db URL         a PostgreSQL server instead (or DATABASE_URL)
  -h, --help           show this help

Stops on Ctrl-C or SIGTERM, closing the store.
`;

export async function runServe(argv: string[], onListening?: (url: string) => void): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, data: { type: "string" }, db: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    }));
  } catch (e) {
    throw new SitrepError("usage", `${(e as Error).message.split("\n")[0]} (see sitrep serve --help)`);
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SitrepError("usage", `--port must be a number from 0 to 65535, not "${values.port}"`);
  const store = await Store.open(storeOptions(values));
  const { serve } = await import("@hono/node-server");
  const { createApp } = await import("../serve/app.js");
  const app = createApp(store);
  return new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
      const host = info.address.includes(":") ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}/`;
      if (onListening) onListening(url);
      else process.stdout.write(`sitrep: serving ${url} (Ctrl-C stops)\n`);
    });
    server.on("error", (e: NodeJS.ErrnoException) => {
      const why = e.code === "EADDRINUSE" ? `port ${port} is in use (try --port 0)` : e.code === "EACCES" ? `not allowed to listen on port ${port}` : e.message;
      process.stderr.write(`sitrep: error: cannot serve on ${values.host}:${port}: ${why}\n`);
      void store.close().finally(() => resolve(1));
    });
    const stop = (code: number) => () => {
      server.close();
      void store.close().finally(() => resolve(code));
    };
    process.once("SIGINT", stop(0));
    process.once("SIGTERM", stop(0));
  });
}
