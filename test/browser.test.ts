// The HTML report in a real browser: Debian's Chromium driven by playwright-core (never a browser
// download). Clicking a value opens its article at the right sentence; hostile inputs run no
// script; the keyboard reaches, opens and closes the reader; screenshots go to test-artifacts/.
// Skips, saying why, when /usr/bin/chromium is absent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { EXAMPLES, ROOT } from "./helpers.js";
import { analyze } from "../src/pipeline.js";
import { renderHtmlReport, renderStoryListPage, storyListItem } from "../src/report/html.js";
import type { Report } from "../src/report/schema.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install -y chromium); browser tests skipped`;
if (skip) console.log(`# ${skip}`);
const ARTIFACTS = join(ROOT, "test-artifacts");
const dir = mkdtempSync(join(tmpdir(), "sitrep-browser-"));
let browser: Browser | undefined;
let reference: Report;
let referenceFile: string;

before(async () => {
  if (skip) return;
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-gpu", "--no-first-run"],
  });
  reference = await analyze([EXAMPLES], { date: null });
  referenceFile = join(dir, "reference.html");
  writeFileSync(referenceFile, renderHtmlReport(reference));
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** A page that records console errors, uncaught errors, dialogs and every request it makes. */
async function watched(opts: { width?: number; reducedMotion?: "reduce" } = {}): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
  const ctx = await browser!.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, reducedMotion: opts.reducedMotion ?? "reduce" });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  return { page, errors, dialogs, requests };
}

test("clicking a disputed value opens its article with that sentence highlighted and in view", { skip }, async () => {
  const { page, errors, requests } = await watched();
  await page.goto(pathToFileURL(referenceFile).href);
  const claim = reference.stories[0]!.claims.find((c) => c.status === "explained" && c.values.some((v) => v.value === 111))!;
  const value = claim.values.find((v) => v.value === 111)!;
  const button = page.locator('section[data-section="differ"] button.val', { hasText: value.text }).first();
  await button.click();
  const dialog = page.locator("dialog#reader");
  await dialog.waitFor({ state: "visible" });
  assert.equal(await dialog.locator("mark.hit").textContent(), value.text);
  assert.equal(await dialog.locator("mark.sent").textContent(), value.sentence);
  assert.match((await dialog.locator(".reader-meta").textContent()) ?? "", /^Al Jazeera · .*29 Nov 2025$/);
  const inView = await page.evaluate(`(() => {
    const r = document.querySelector("dialog#reader mark.hit").getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  })()`);
  assert.ok(inView, "the highlighted words are scrolled into view");
  // the conflict too: each side opens its own sentence
  const conflict = reference.stories[0]!.claims.find((c) => c.status === "conflict")!;
  await page.keyboard.press("Escape");
  for (const v of conflict.values) {
    await page.locator('section[data-section="differ"] button.val', { hasText: v.text }).first().click();
    assert.equal(await dialog.locator("mark.hit").textContent(), v.text);
    assert.equal(await dialog.locator("mark.sent").textContent(), v.sentence);
    await page.keyboard.press("Escape");
  }
  assert.deepEqual(errors, [], "no console error: the CSP blocked nothing the page needs");
  assert.deepEqual(requests.filter((u) => !u.startsWith("file:")), [], "no request leaves the file");
});

test("keyboard: Tab reaches a value, Enter opens the reader, Escape closes it and focus returns", { skip }, async () => {
  const { page, errors } = await watched();
  await page.goto(pathToFileURL(referenceFile).href);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate<boolean>(`!!document.activeElement?.matches("button[data-a]")`);
  }
  assert.ok(reached, "Tab reaches a value");
  const opener = await page.evaluate<string>(`(() => {
    const el = document.activeElement;
    el.id = "the-opener";
    return el.textContent;
  })()`);
  await page.keyboard.press("Enter");
  await page.locator("dialog#reader").waitFor({ state: "visible" });
  assert.ok(await page.evaluate<boolean>(`document.activeElement?.closest("dialog#reader") !== null`), "focus moves into the reader");
  await page.keyboard.press("Escape");
  await page.locator("dialog#reader").waitFor({ state: "hidden" });
  assert.equal(await page.evaluate<string>(`document.activeElement?.id`), "the-opener", `focus returns to “${opener}”`);
  assert.deepEqual(errors, []);
});

test("what is new since the last visit is marked", { skip }, async () => {
  const { page, errors } = await watched();
  const file = join(dir, "visits.html");
  writeFileSync(file, renderHtmlReport(reference));
  await page.goto(pathToFileURL(file).href);
  assert.equal(await page.locator(".badge.new").count(), 0, "nothing is new on a first visit");
  const later = structuredClone(reference);
  const c = later.stories[0]!.claims.find((x) => x.status === "single-source" && x.kind === "quantity")!;
  c.id = "c-brand-new";
  writeFileSync(file, renderHtmlReport(later));
  await page.reload();
  assert.ok((await page.locator(".badge.new").count()) >= 1, "the new claim has a badge");
  assert.match((await page.locator(".visit").textContent()) ?? "", /new since your last visit/);
  assert.deepEqual(errors, []);
});

test("screenshots of the reference story page and a story list (test-artifacts/)", { skip }, async () => {
  const { page } = await watched();
  await page.goto(pathToFileURL(referenceFile).href);
  await page.screenshot({ path: join(ARTIFACTS, "story-page.png"), fullPage: true });
  const { page: narrow } = await watched({ width: 390 });
  await narrow.goto(pathToFileURL(referenceFile).href);
  await narrow.screenshot({ path: join(ARTIFACTS, "story-page-narrow.png") });
  await page.locator('section[data-section="differ"] button.val').first().click();
  await page.screenshot({ path: join(ARTIFACTS, "reader-panel.png") });
  const multi = await analyze([EXAMPLES, join(ROOT, "test/fixtures/stories/quake-toll-update/input.json")], { date: null });
  const list = renderStoryListPage(multi.stories.map((s) => storyListItem(multi, s)), { basePath: "" });
  const listFile = join(dir, "list.html");
  writeFileSync(listFile, list.html);
  await page.goto(pathToFileURL(listFile).href);
  await page.screenshot({ path: join(ARTIFACTS, "story-list.png"), fullPage: true });
  const multiFile = join(dir, "multi.html");
  writeFileSync(multiFile, renderHtmlReport(multi));
  await page.goto(pathToFileURL(multiFile).href);
  await page.screenshot({ path: join(ARTIFACTS, "report-story-list.png"), fullPage: true });
  const first = page.locator(".story-list a").first();
  await first.click();
  assert.ok(await page.locator(".story:target h1").isVisible(), "a story opens from the file's story list");
  assert.equal(await page.locator(".story-list").isVisible(), false);
});

/** Articles whose every field a person writes carries a payload; read by the real pipeline. */
function hostileInputs(): string[] {
  const p = (n: number) => `window.__xss=${n}`;
  const payloads = [
    `<script>${p(1)}</script>`,
    `"><img src=x onerror="${p(2)};alert(2)">`,
    `</script><script>${p(3)}</script><!--`,
    `<svg onload="${p(4)}">`,
    `javascript:${p(5)}`,
    `'><iframe src="javascript:alert(6)"></iframe>`,
    `<a href="javascript:alert(7)">click</a>`,
  ];
  const all = payloads.join(" ");
  const body = (i: number) =>
    `LIMA (Reuters) - At least ${100 + i} migrants gathered at the border with Chile on Friday, police said ${payloads[i % payloads.length]}.\n\n` +
    `President José Jerí said the measure would “generate tranquility ${payloads[(i + 1) % payloads.length]}” at the border.\n\n` +
    `“We will not allow irregular migration ${payloads[(i + 2) % payloads.length]},” Foreign Minister Hugo de Zela told reporters in Tacna. ${all}\n\n` +
    `Officials said ${110 + i} people had crossed into Peru by Saturday.`;
  const records = payloads.map((pl, i) => ({
    id: `r${i}`,
    url: i % 2 ? `javascript:alert(${i})` : `https://example.org/news/${i}?q=${encodeURIComponent(pl)}`,
    title: `Migrants gather at Peru border ${pl}`,
    outlet: `Outlet ${i} ${pl}`,
    byline: `Reporter ${pl}`,
    published: `2025-11-2${i}`,
    text: body(i),
  }));
  const jsonl = join(dir, "hostile.jsonl");
  writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join("\n"));
  const page = join(dir, "hostile.html");
  writeFileSync(
    page,
    `<!doctype html><html><head><title>Border emergency ${payloads[0]}</title><meta property="og:site_name" content="${payloads[1]!.replace(/"/g, "&quot;")}"><meta name="author" content="&lt;script&gt;${p(8)}&lt;/script&gt;"></head><body><article><h1>Border emergency &lt;script&gt;${p(9)}&lt;/script&gt;</h1><p>${body(3).replace(/</g, "&lt;").split("\n\n").join("</p><p>")}</p></article></body></html>`,
  );
  return [jsonl, page];
}

test("hostile titles, bylines, quotes, outlets, URLs and text run no script, with or without the CSP", { skip }, async () => {
  const report = await analyze(hostileInputs(), { date: "2025-11-29" });
  assert.ok(report.articles.length >= 5, `the pipeline read the hostile articles (${report.articles.length})`);
  const page1 = renderHtmlReport(report);
  const withoutCsp = page1.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
  assert.notEqual(withoutCsp, page1);
  for (const [name, content] of [["hostile.html", page1], ["hostile-no-csp.html", withoutCsp]] as const) {
    const file = join(dir, `out-${name}`);
    writeFileSync(file, content);
    const { page, errors, dialogs, requests } = await watched();
    await page.goto(pathToFileURL(file).href);
    // open every value: the reader writes article text into the page
    const buttons = page.locator("button[data-a]");
    const n = await buttons.count();
    assert.ok(n > 10, `values to click: ${n}`);
    for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 25))) {
      const story = buttons.nth(i).locator("xpath=ancestor::article[contains(@class,'story')]");
      const id = await story.getAttribute("id");
      if (id && !(await buttons.nth(i).isVisible())) await page.goto(`${pathToFileURL(file).href}#${id}`);
      await buttons.nth(i).click();
      await page.keyboard.press("Escape");
    }
    assert.equal(await page.evaluate(`window.__xss`), undefined, `${name}: no payload ran`);
    assert.deepEqual(dialogs, [], `${name}: no alert`);
    assert.equal(await page.locator('a[href^="javascript:" i], [href^="javascript:" i]').count(), 0, `${name}: no javascript: link`);
    assert.equal(await page.locator("img, iframe, svg[onload]").count(), 0, `${name}: no injected element`);
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), [], `${name}: no script error`);
    assert.deepEqual(requests.filter((u) => !u.startsWith("file:")), [], `${name}: nothing fetched`);
    assert.match((await page.locator("body").textContent()) ?? "", /<script>window.__xss=1<\/script>/, `${name}: payloads show as text`);
  }
});
