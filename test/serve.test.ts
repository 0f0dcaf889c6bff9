// `sitrep serve` as a user runs it: a real process on a loopback port over a store made by
// `sitrep ingest`; the API, the pages and their headers, clear 4xx errors, a clean stop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLES, ROOT, runCli, assertValidReport } from "./helpers.js";

/** Starts `sitrep serve` on a free port; resolves with its URL once it listens. */
function startServe(data: string): Promise<{ url: string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [`${ROOT}bin/sitrep.js`, "serve", "--data", data, "--port", "0"], { env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    let err = "";
    p.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    p.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => new Promise((done) => (p.once("close", (code) => done(code)), p.kill("SIGTERM"))) });
    });
    p.once("close", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

test("serve: the API, the pages with their security headers, 4xx on bad input, a clean stop", { timeout: 180_000 }, async () => {
  const data = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
  try {
    const ing = await runCli(["ingest", "--data", data, EXAMPLES]);
    assert.equal(ing.code, 0, ing.stderr);
    const storyId = ing.stdout.trim();
    assert.match(storyId, /^s-[0-9a-f]{12}$/);
    assert.match(ing.stderr, /run 1: 5 new articles, 0 new versions, 0 already stored; 1 story updated/);

    const { url, stop } = await startServe(data);
    try {
      // a second sitrep on the same folder is told who holds it
      const busy = await runCli(["stories", "--data", data]);
      assert.equal(busy.code, 1);
      assert.match(busy.stderr, /^sitrep: error: data folder .* is in use by another sitrep \(pid \d+\)/);
      assert.equal(busy.stderr.trim().split("\n").length, 1);

      const list = (await (await fetch(`${url}api/stories`)).json()) as { id: string; articles: number; disputes: number }[];
      assert.deepEqual(list.map((s) => [s.id, s.articles]), [[storyId, 5]]);
      const rep = await fetch(`${url}api/stories/${storyId}`);
      assert.equal(rep.status, 200);
      const report = await rep.json();
      assertValidReport(report);
      const missing = await fetch(`${url}api/stories/s-000000000000`);
      assert.equal(missing.status, 404);
      assert.match(((await missing.json()) as { error: string }).error, /no story s-000000000000/);

      // ingest over HTTP: a new story; bad bodies get clear 4xx answers
      const post = (body: string, type = "application/json") => fetch(`${url}api/articles`, { method: "POST", headers: { "content-type": type }, body });
      const ok = await post(JSON.stringify([{ url: "https://example.org/fire", title: "Fire in Valparaíso", published: "2024-02-03", text: "A forest fire killed at least 46 people in Chile's Valparaíso region on Saturday, President Gabriel Boric said, as flames reached the outskirts of Viña del Mar." }, { title: "no text" }]));
      assert.equal(ok.status, 200);
      const res = (await ok.json()) as { added: number; storiesChanged: string[]; rejected: { source: string; error: string }[] };
      assert.equal(res.added, 1);
      assert.equal(res.storiesChanged.length, 1);
      assert.notEqual(res.storiesChanged[0], storyId);
      assert.deepEqual(res.rejected, [{ source: "api#2", error: "record has neither text nor html" }]);
      assert.equal((await post("{not json")).status, 400);
      assert.equal((await post(JSON.stringify({ title: "only a title" }))).status, 422);
      assert.equal((await post("text", "text/plain")).status, 415);
      assert.equal((await post("x".repeat(21 * 1024 * 1024))).status, 413);
      assert.equal((await fetch(`${url}api/nothing`)).status, 404);

      const openapi = (await (await fetch(`${url}openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
      assert.equal(openapi.openapi, "3.1.0");
      assert.ok(openapi.paths["/api/articles"] && openapi.components.schemas.Report);

      // pages: the list (newest activity first) and the story, with a strict policy
      const home = await fetch(url);
      assert.equal(home.status, 200);
      const csp = home.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.equal(home.headers.get("x-content-type-options"), "nosniff");
      const homeHtml = await home.text();
      assert.ok(homeHtml.indexOf(res.storiesChanged[0]!) < homeHtml.indexOf(storyId), "the story changed last comes first");
      const page = await fetch(`${url}stories/${storyId}`);
      assert.equal(page.status, 200);
      const pageHtml = await page.text();
      assert.match(pageHtml, /Key developments/);
      assert.match(pageHtml, /103/);
      assert.equal((await fetch(`${url}stories/s-000000000000`)).status, 404);
    } finally {
      assert.equal(await stop(), 0);
    }
    assert.ok(!existsSync(join(data, "lock")), "the lock is released on SIGTERM");
    // the store outlived the server: what was posted is there
    const after = await runCli(["stories", "--data", data, "--json"]);
    assert.equal(after.code, 0, after.stderr);
    assert.equal((JSON.parse(after.stdout) as unknown[]).length, 2);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

test("store commands: help, a story named by the first characters of its id, one-line errors", { timeout: 120_000 }, async () => {
  const data = mkdtempSync(join(tmpdir(), "sitrep-cmds-"));
  try {
    for (const cmd of ["ingest", "stories", "report", "rebuild", "story", "serve"]) {
      const h = await runCli([cmd, "--help"]);
      assert.equal(h.code, 0);
      assert.match(h.stdout, new RegExp(`^Usage: sitrep ${cmd}`));
    }
    const empty = await runCli(["stories", "--data", data]);
    assert.equal(empty.code, 0);
    assert.match(empty.stderr, /holds no story yet/);
    const ing = await runCli(["ingest", "--data", data, "-q", EXAMPLES]);
    const id = ing.stdout.trim();
    const md = await runCli(["report", id.slice(0, 6), "--data", data]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Situation report/);
    const out = join(data, "story.json");
    const js = await runCli(["report", id, "--data", data, "--out", out]);
    assert.equal(js.code, 0, js.stderr);
    const none = await runCli(["report", "s-zzz", "--data", data]);
    assert.equal(none.code, 1);
    assert.equal(none.stderr, "sitrep: error: no story s-zzz in the store (sitrep stories lists them)\n");
    const badDb = await runCli(["stories", "--db", "mysql://x"]);
    assert.equal(badDb.code, 2);
    assert.match(badDb.stderr, /--db must be a postgres:\/\/ URL/);
    const rb = await runCli(["rebuild", "--data", data]);
    assert.equal(rb.code, 0, rb.stderr);
    assert.match(rb.stderr, /rebuilt 5 articles into 1 stor/);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
