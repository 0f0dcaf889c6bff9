// Reading every input kind from real files, real stdin and a real loopback HTTP server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync, truncateSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readInputs } from "../src/read/inputs.js";
import { decode } from "../src/read/encoding.js";
import { serve } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-read-"));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const ES = "El presidente José Jerí declaró el estado de emergencia en la frontera con Chile, según informó la policía.";

test("encodings: UTF-8 with and without BOM, UTF-16 LE/BE with BOM, Windows-1252, declared charset", () => {
  const cases: [string, Buffer, string][] = [
    ["utf-8", Buffer.from(ES, "utf8"), ES],
    ["utf-8 BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ES, "utf8")]), ES],
    ["utf-16le BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ES, "utf16le")]), ES],
    ["utf-16be BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ES, "utf16le").swap16()]), ES],
    ["windows-1252", Buffer.from(ES, "latin1"), ES],
    ["cp1252 curly quotes", Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80]), "“Hi” – €"],
  ];
  for (const [name, bytes, want] of cases) {
    const d = decode(bytes);
    assert.ok(d.ok, name);
    assert.equal(d.ok && d.text, want, name);
  }
  // a page that declares ISO-8859-1 is read as such even where the bytes would pass as UTF-8
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), Buffer.from("Ã±", "latin1"), Buffer.from("</p></body></html>")]);
  const d = decode(html);
  assert.ok(d.ok && d.text.includes("Ã±") && d.encoding === "windows-1252");
});

test("binary and empty inputs are refused with a reason", () => {
  assert.deepEqual(decode(Buffer.alloc(0)), { ok: false, reason: "empty file" });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const r = decode(png);
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.reason : "", /binary/);
});

test("files and folders, recursively; unsupported files skipped with a warning; one line per bad input", async () => {
  const sub = join(dir, "folder", "deeper");
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(dir, "folder", "a.txt"), "Peru declared a state of emergency on Friday.\n");
  writeFileSync(join(sub, "b.md"), "# A title\n\nChile holds its runoff on December 14.\n");
  writeFileSync(join(sub, "c.html"), "<html><body><article><p>Migrants gathered at the border.</p></article></body></html>");
  writeFileSync(join(sub, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(dir, "folder", "empty.txt"), "");
  const r = await readInputs([join(dir, "folder"), join(dir, "missing.txt")]);
  assert.deepEqual(r.docs.map((d) => d.format), ["text", "markdown", "html"]);
  assert.ok(r.docs[0]!.source.endsWith(join("folder", "a.txt")));
  const msgs = r.diagnostics.map((d) => `${d.level} ${d.source.replace(dir, "")} ${d.message}`);
  assert.ok(msgs.some((m) => /^error \/folder\/empty\.txt empty file$/.test(m)), msgs.join("\n"));
  assert.ok(msgs.some((m) => /^warning \/folder skipped 1 file/.test(m)), msgs.join("\n"));
  assert.ok(msgs.some((m) => /^error \/missing\.txt no such file/.test(m)), msgs.join("\n"));
});

test("a 200 MB file is refused by its size without being read", async () => {
  const p = join(dir, "huge.txt");
  closeSync(openSync(p, "w"));
  truncateSync(p, 200 * 1024 * 1024); // sparse: takes no disk
  const before = process.memoryUsage().rss;
  const r = await readInputs([p]);
  assert.equal(r.docs.length, 0);
  assert.match(r.diagnostics[0]!.message, /too large \(200 MB/);
  assert.ok(process.memoryUsage().rss - before < 100 * 1024 * 1024, "memory stayed bounded");
});

test("JSON and JSONL records, with FILE#ID / FILE#N sources and a record with neither text nor html", async () => {
  const jl = file("recs.jsonl", [
    JSON.stringify({ id: "x1", title: "One", outlet: "Reuters", published: "2025-11-29T10:00:00-05:00", text: "First article text." }),
    "",
    JSON.stringify({ url: "https://example.org/2", html: "<p>Second article.</p>", author: [{ name: "Ana" }, { name: "Luis" }] }),
    JSON.stringify({ title: "No body" }),
    "{not json",
  ].join("\n"));
  const js = file("recs.json", JSON.stringify([{ id: "j", body: "Body alias.", date: "Sat, 29 Nov 2025 02:00:00 -0500" }]));
  const r = await readInputs([jl, js]);
  assert.deepEqual(r.docs.map((d) => d.source.replace(dir + "/", "")), ["recs.jsonl#x1", "recs.jsonl#3", "recs.json#j"]);
  assert.equal(r.docs[0]!.meta.published, "2025-11-29");
  assert.equal(r.docs[1]!.format, "html");
  assert.equal(r.docs[1]!.meta.byline, "Ana, Luis");
  assert.equal(r.docs[2]!.meta.published, "2025-11-29");
  const msgs = r.diagnostics.map((d) => `${d.source.replace(dir + "/", "")}: ${d.message}`);
  assert.ok(msgs.includes("recs.jsonl#4: record has neither text nor html"), msgs.join("\n"));
  assert.ok(msgs.some((m) => m.startsWith("recs.jsonl#5: not valid JSON")), msgs.join("\n"));
});

test("stdin: '-' is read and its format sniffed", async () => {
  const r = await readInputs(["-"], { stdin: Readable.from([Buffer.from("<!doctype html><html><body><p>From a pipe.</p></body></html>")]) });
  assert.equal(r.docs.length, 1);
  assert.equal(r.docs[0]!.source, "-");
  assert.equal(r.docs[0]!.format, "html");
});

const LONG = "<p>" + "Peruvian police said at least 100 foreigners gathered at the border seeking to enter the country. ".repeat(12) + "</p>";

const RSS = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Border Watch</title><link>${base}</link><language>en</language>
<item><title>Full item</title><link>${base}/full</link><guid>g1</guid><pubDate>Sat, 29 Nov 2025 02:00:00 -0500</pubDate>
<dc:creator>Ana Ruiz</dc:creator><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
<item><title>Teaser item</title><link>${base}/page</link><guid>g2</guid><description>Short teaser.</description></item>
</channel></rss>`;

const ATOM = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom entry</title><id>urn:1</id><link rel="alternate" href="${base}/atom1"/><published>2025-11-28T20:00:00Z</published>
<author><name>Rodney Mbua</name></author><content type="html">${LONG.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content></entry>
</feed>`;

const PAGE = `<!doctype html><html lang="en"><head><title>Fetched page</title><meta property="og:site_name" content="Loopback News"></head>
<body><article><h1>Fetched page</h1>${LONG}</article></body></html>`;

test("URLs and feeds over real loopback HTTP: full items, linked items fetched, Atom, redirects", async () => {
  let base = "";
  const srv = await serve((req, res) => {
    if (req.url === "/feed.xml") return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS(base));
    if (req.url === "/atom.xml") return void res.writeHead(200, { "content-type": "application/atom+xml" }).end(ATOM(base));
    if (req.url === "/page") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    if (req.url === "/moved") return void res.writeHead(301, { location: "/page" }).end();
    if (req.url?.startsWith("/loop")) return void res.writeHead(302, { location: `/loop${Number(req.url.slice(5) || 0) + 1}` }).end();
    res.writeHead(404).end("not here");
  });
  base = srv.url;
  try {
    const r = await readInputs([`${base}/feed.xml`, `${base}/atom.xml`, `${base}/moved`, `${base}/loop0`, `${base}/nothing`], { allowPrivate: true });
    const bySource = new Map(r.docs.map((d) => [d.source, d]));
    const full = bySource.get(`${base}/full`);
    assert.ok(full, "full-content item kept");
    assert.equal(full.meta.byline, "Ana Ruiz");
    assert.equal(full.meta.outlet, "Border Watch");
    assert.equal(full.meta.published, "2025-11-29");
    const page = bySource.get(`${base}/page`);
    assert.ok(page && page.body.includes("og:site_name"), "teaser item's link was fetched");
    assert.equal(page.meta.title, "Teaser item");
    const atom = bySource.get(`${base}/atom1`);
    assert.ok(atom && atom.body.includes("at least 100 foreigners"));
    assert.equal(atom.meta.byline, "Rodney Mbua");
    assert.equal(atom.meta.published, "2025-11-28");
    assert.ok(bySource.get(`${base}/moved`)?.meta.url?.endsWith("/page"), "redirect followed");
    const msgs = r.diagnostics.map((d) => `${d.source}: ${d.message}`);
    assert.ok(msgs.includes(`${base}/loop0: too many redirects (more than 5)`), msgs.join("\n"));
    assert.ok(msgs.includes(`${base}/nothing: HTTP 404`), msgs.join("\n"));
  } finally {
    await srv.close();
  }
});

test("private addresses are refused unless allowed; unreachable, slow and oversized responses fail cleanly", async () => {
  const srv = await serve((req, res) => {
    if (req.url === "/slow") return void setTimeout(() => res.end("late"), 3000);
    if (req.url === "/big") return void res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(300_000));
    res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  });
  try {
    const refused = await readInputs([`${srv.url}/page`, "http://localhost:9/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"]);
    assert.equal(refused.docs.length, 0);
    const msgs = refused.diagnostics.map((d) => d.message);
    assert.equal(msgs.filter((m) => /refused: .*(private|loopback)/.test(m)).length, 4, msgs.join("\n"));
    assert.match(msgs[4]!, /unsupported URL scheme/);
    const r = await readInputs([`${srv.url}/slow`, `${srv.url}/big`, "http://127.0.0.1:9/"], { allowPrivate: true, fetchTimeoutMs: 500, maxBytes: 100_000 });
    const m2 = r.diagnostics.map((d) => d.message);
    assert.match(m2[0]!, /timed out after 500 ms/);
    assert.match(m2[1]!, /too large/);
    assert.match(m2[2]!, /ECONNREFUSED/);
  } finally {
    await srv.close();
  }
});

test("a feed that declares entities is refused (no entity expansion)", async () => {
  const p = file("bomb.xml", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>`);
  const r = await readInputs([p]);
  assert.equal(r.docs.length, 0);
  assert.match(r.diagnostics[0]!.message, /entities/);
});
