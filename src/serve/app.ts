// The HTTP server: the JSON API and the pages, as plain functions of a request (Hono). Writes to
// the store go one at a time; pages carry a strict Content-Security-Policy.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { randomBytes } from "node:crypto";
import type { Store } from "../store/store.js";
import { parseJsonRecords } from "../read/records.js";
import type { RawDoc } from "../model.js";
import { SitrepError } from "../model.js";
import { renderStoryListPage, renderStoryPage, type Page } from "../report/html.js";
import { GENERATOR } from "../report/json.js";
import { openApiDocument } from "./openapi.js";

/** Largest POST body (bytes): a batch of articles, not a dump. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export function createApp(store: Store): Hono {
  const app = new Hono();
  let writes: Promise<unknown> = Promise.resolve();
  /** One write at a time: ingests queue behind each other. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work, work);
    writes = next.catch(() => {});
    return next;
  };

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
  });
  app.onError((e, c) => {
    if (e instanceof SitrepError) return c.json({ error: e.message }, e.code === "usage" ? 400 : 404);
    return c.json({ error: `internal error: ${String((e as Error)?.message ?? e).split("\n")[0]}` }, 500);
  });
  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404) : c.text("Not found", 404)));

  app.get("/openapi.json", (c) => c.json(openApiDocument()));
  app.get("/api/stories", async (c) => c.json(await store.stories()));
  app.get("/api/stories/:id", async (c) => {
    const r = await store.report(c.req.param("id"));
    return r ? c.json(r.report) : c.json({ error: `no story ${c.req.param("id")}` }, 404);
  });
  app.post(
    "/api/articles",
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB: send fewer articles at a time` }, 413) }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) return c.json({ error: "send the articles as application/json" }, 415);
      const text = await c.req.text();
      const records = parseJsonRecords(text, "api");
      const docs: RawDoc[] = [];
      const rejected: { source: string; error: string }[] = [];
      for (const r of records) "doc" in r ? docs.push(r.doc) : rejected.push(r);
      if (!docs.length) {
        const first = rejected[0];
        const status = first && first.source === "api" ? 400 : 422;
        return c.json({ error: first ? `${first.source}: ${first.error}` : "no records" }, status);
      }
      const res = await serial(() => store.ingestDocs(docs, ["POST /api/articles"]));
      for (const d of res.diagnostics) if (d.level === "error") rejected.push({ source: d.source, error: d.message });
      return c.json({ run: res.run, added: res.added, updated: res.updated, duplicates: res.duplicates, storiesChanged: res.storiesChanged, rejected });
    },
  );

  app.get("/", async (c) => {
    const items = await store.stories();
    return page(c, (nonce) => renderStoryListPage(items, { nonce, generator: GENERATOR }));
  });
  app.get("/stories/:id", async (c) => {
    const found = await store.report(c.req.param("id"));
    if (!found) return c.text("No such story", 404);
    return page(c, (nonce) => renderStoryPage(found.report, c.req.param("id"), { nonce, lastChanged: found.updatedAt }));
  });
  app.get("/healthz", (c) => c.json({ ok: true }));
  return app;
}

function page(c: Context, render: (nonce: string) => Page): Response {
  const nonce = randomBytes(16).toString("base64");
  const p = render(nonce);
  c.header("Content-Security-Policy", p.csp);
  c.header("Cache-Control", "no-store");
  return c.html(p.html);
}
