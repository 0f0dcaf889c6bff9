// The HTML report: the reference corpus renders every section in order, the page fetches nothing,
// its Content-Security-Policy hashes match its inline script and style, and hostile text stays text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXAMPLES, runCli } from "./helpers.js";
import { analyze } from "../src/pipeline.js";
import { renderHtmlReport, renderStoryPage, renderStoryListPage, storyListItem, cspFor, PAGE_CSP, html, raw, safeUrl, jsonIsland } from "../src/report/html.js";
import type { Report } from "../src/report/schema.js";

const reference = analyze([EXAMPLES], { date: null });
const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** The page without its JSON data island (article text may hold anything; it is data, not markup). */
const markupOf = (page: string) => page.replace(/<script type="application\/json" id="sitrep-data">[\s\S]*?<\/script>/, "");

test("the reference report has every section, in the reader's order", async () => {
  const page = renderHtmlReport(await reference);
  const order = ["developments", "key-figures", "differ", "claims", "quotes", "timeline", "map", "entities", "sources"];
  const at = order.map((id) => page.indexOf(`data-section="${id}"`));
  for (const [i, id] of order.entries()) assert.ok(at[i]! > 0, `section ${id} is missing`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, "sections out of order");
  assert.match(page, /<svg[^>]*class="tl-svg"/, "the timeline is an SVG chart");
  assert.match(page, /<path class="land" d="M/, "the map has its land outline");
  assert.ok(page.length < 400_000, `the page is ${page.length} bytes`);
});

test("the 103- and 111-day counts are shown side by side with the explanation", async () => {
  const page = renderHtmlReport(await reference);
  const differ = page.slice(page.indexOf('data-section="differ"'), page.indexOf('data-section="claims"'));
  assert.match(differ, /exactly 103 days/);
  assert.match(differ, />111 days</);
  assert.match(differ, /Both counts end on 2026-03-11/);
  assert.match(differ, /Counted from different days, they name the same deadline/);
});

test("the page asks for nothing over the network: no remote script, style, image, frame or font", async () => {
  const page = markupOf(renderHtmlReport(await reference));
  assert.doesNotMatch(page, /<link\b/i);
  assert.doesNotMatch(page, /<(img|iframe|object|embed|video|audio|source|base|form)\b/i);
  assert.doesNotMatch(page, /<script\b[^>]*\bsrc\s*=/i);
  assert.doesNotMatch(page, /@import|url\(/i);
  // every reference to a resource or a place: only in-page anchors and the sources' own links
  for (const m of page.matchAll(/\s(src|href|xlink:href|action|srcset|poster|data)\s*=\s*"([^"]*)"/gi)) {
    const [, attr, value] = m;
    if (attr!.toLowerCase() === "href" && (value!.startsWith("#") || /^https?:\/\//.test(decode(value!)))) continue;
    assert.fail(`unexpected ${attr}="${value}"`);
  }
  for (const m of page.matchAll(/https?:\/\/[^\s"'<>]+/g)) {
    const before = page.slice(Math.max(0, m.index - 300), m.index);
    assert.match(before, /<a href="[^"]*$|<a href="[^"]*"[^>]*>[^<]*$/, `an address outside a source link: ${m[0]}`);
  }
  assert.doesNotMatch(page.replace(/"[^"]*"/g, "\"\""), /<[a-z][^>]*\son[a-z]+\s*=/i, "no inline event handler");
});

test("the CSP meta is strict and its hashes match the inline script and style", async () => {
  const page = renderHtmlReport(await reference);
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
  assert.ok(meta, "CSP meta present");
  const policy = decode(meta[1]!);
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 1);
  assert.equal(styles.length, 1);
  const scriptSrc = /script-src ([^;]*)/.exec(policy)![1]!.split(" ");
  const styleSrc = /style-src ([^;]*)/.exec(policy)![1]!.split(" ");
  assert.deepEqual(scriptSrc, scripts.map(sha));
  assert.deepEqual(styleSrc, styles.map(sha));
  assert.equal(cspFor(page), PAGE_CSP, "cspFor finds the same hashes (the data island is not a script)");
  assert.match(PAGE_CSP, /frame-ancestors 'none'/);
  assert.doesNotMatch(policy, /frame-ancestors/, "a meta policy leaves out what only a header can carry");
});

/** The reference report with hostile strings in every place a person's text can reach. */
async function hostileReport(): Promise<Report> {
  const r = structuredClone(await reference);
  const evil = `</title></script><script>alert(1)</script><!--<img src=x onerror=alert(2)>"'\``;
  const s = r.stories[0]!;
  s.title = `Title ${evil}`;
  const a = r.articles.find((x) => x.id === s.articleIds[0])!;
  a.title = `Article ${evil}`;
  a.outlet = `Outlet ${evil}`;
  a.byline = `Byline ${evil}`;
  a.url = "javascript:alert(3)";
  a.source = "javascript:alert(4)";
  a.text = a.text + `\n</script><!--<script>alert(5)</script>`;
  s.claims[0]!.subject = `Subject ${evil}`;
  s.claims[0]!.values[0]!.text = `Value ${evil}`;
  s.quoteGroups[0]!.speaker = `Speaker ${evil}`;
  s.entities[0]!.name = `Name ${evil}`;
  s.timeline[0]!.summary = `Summary ${evil}`;
  s.developments[0]!.summary = `Development ${evil}`;
  return r;
}

test("hostile titles, outlets, bylines, values and text are escaped; javascript: is never a link", async () => {
  const r = await hostileReport();
  const page = renderHtmlReport(r);
  const markup = markupOf(page);
  assert.doesNotMatch(markup, /<script>alert/);
  assert.doesNotMatch(markup, /<img/);
  assert.doesNotMatch(markup.replace(/"[^"]*"/g, "\"\""), /<[a-z][^>]*\son[a-z]+\s*=/i, "no event handler attribute in any tag");
  assert.doesNotMatch(page, /href="javascript:/i);
  assert.equal((page.match(/<\/script>/g) ?? []).length, 2, "only the data island and the script end a script element");
  assert.match(markup, /<h1>Title &lt;\/title&gt;&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(markup, /<title>Title &lt;\/title&gt;/);
  // the data island gives the article text back exactly
  const island = /<script type="application\/json" id="sitrep-data">([\s\S]*?)<\/script>/.exec(page)![1]!;
  assert.doesNotMatch(island, /</);
  const data = JSON.parse(island) as { articles: Record<string, { text: string; url: string | null }> };
  const a = r.articles.find((x) => x.id === r.stories[0]!.articleIds[0])!;
  assert.equal(data.articles[a.id]!.text, a.text);
  assert.equal(data.articles[a.id]!.url, null, "a javascript: URL is not passed to the page");
});

test("the server's story page and story list: links under basePath, nonce and header policy", async () => {
  const r = await reference;
  const s = r.stories[0]!;
  const story = renderStoryPage(r, s.id, { nonce: "abc123", basePath: "/app", lastChanged: "2025-11-30" });
  assert.match(story.html, /<script nonce="abc123">/);
  assert.match(story.html, /<style nonce="abc123">/);
  assert.match(story.html, /href="\/app\/"/);
  assert.match(story.html, /Story last changed <strong>30 Nov 2025<\/strong>/);
  assert.match(story.csp, /script-src 'sha256-[^']+' 'nonce-abc123'/);
  assert.doesNotMatch(story.html, /http-equiv="Content-Security-Policy"/, "the server sends the policy as a header");
  const item = storyListItem(r, s);
  assert.deepEqual({ ...item, title: "" }, { id: s.id, title: "", articles: 5, outlets: 5, lastUpdate: "2025-11-29", disputes: 1 });
  const older = { ...item, id: "s-old", title: "Older <b>story</b>", lastUpdate: "2020-01-01", disputes: 0 };
  const list = renderStoryListPage([older, item], { basePath: "/app" });
  assert.ok(list.html.indexOf(`/app/stories/${s.id}`) < list.html.indexOf("/app/stories/s-old"), "newest activity first");
  assert.match(list.html, /Older &lt;b&gt;story&lt;\/b&gt;/);
  assert.match(list.html, /1 dispute</);
  assert.equal(list.csp, PAGE_CSP);
});

test("the html template escapes by default", () => {
  const x = `<a href="x" onclick='y'>&\``;
  assert.equal(html`<p title="${x}">${x}</p>`.value, `<p title="&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;">&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;</p>`);
  assert.equal(html`<i>${raw("<b>ok</b>")}${[html`<br>`, "<"]}${null}${false}${3}</i>`.value, "<i><b>ok</b><br>&lt;3</i>");
  assert.equal(safeUrl("javascript:alert(1)"), null);
  assert.equal(safeUrl(" JaVaScRiPt:alert(1)"), null);
  assert.equal(safeUrl("data:text/html,x"), null);
  assert.equal(safeUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(jsonIsland({ t: "</script><!-- & \u2028" }).value, '{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
});

test("analyze --out report.html and --format html write the page; --help names html", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "sitrep-html-")), "report.html");
  const r = await runCli(["analyze", EXAMPLES, "--out", out, "--quiet"]);
  assert.equal(r.code, 0, r.stderr);
  const page = readFileSync(out, "utf8");
  assert.match(page, /^<!doctype html>/);
  assert.match(page, /data-section="differ"/);
  const s = await runCli(["analyze", EXAMPLES, "--format", "html", "--quiet"]);
  assert.equal(s.code, 0, s.stderr);
  assert.match(s.stdout, /<meta http-equiv="Content-Security-Policy"/);
  assert.match((await runCli(["analyze", "--help"])).stdout, /json \| md \| html/);
});
