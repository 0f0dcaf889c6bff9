import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { htmlToDoc, type HtmlDoc, type HtmlResult } from "../src/clean/html.js";
import { creditLine, CUE, cueFlags, furniturePhrase, metaLine } from "../src/clean/html-cues.js";
import type { DomElement } from "../src/clean/html-dom.js";
import { scanHtml } from "../src/clean/html-scan.js";
import { cleanByline, cleanOutlet, stripSiteName, toIsoDate, toLanguage } from "../src/clean/metadata.js";
import { ROOT } from "../src/lexicon.js";

const FIXTURES = join(ROOT, "test", "fixtures", "html");
const fixture = (name: string) => {
  const buf = readFileSync(join(FIXTURES, name));
  return (name.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
};

function ok(r: HtmlResult): HtmlDoc {
  if (!r.ok) assert.fail(`expected text, got: ${r.reason}`);
  return r;
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Real pages from the article-extraction benchmark (MIT, see test/fixtures/html/LICENSE)

const REAL: [file: string, keep: string[], gone: string[], meta: Partial<HtmlDoc>][] = [
  [
    "express-hong-kong.html.gz",
    [
      "This comes after police said the demonstrators inside the Polytechnic University in Hong Kong had no option but to come out and surrender.",
      "The UK has urged an “end to the violence and for all sides to engage in meaningful political dialogue”.",
    ],
    ["(Image: GETTY )", "PUBLISHED: 10:48", "SEE MORE:", "[INSIGHT]", "DON'T MISS"],
    { byline: "Laura Mowat", outlet: "Express.co.uk", published: "2019-11-19", language: "en" },
  ],
  [
    "nytimes-trade-war.html.gz",
    [
      "When President Trump’s advisers suggested that Beijing resume buying around $20 billion in American farm products",
      "“It makes for better theater to hold this to the last minute,” said Phil Levy",
    ],
    ["Credit...Anna Moneymaker", "The president’s unpredictability and demands of China are complicating"],
    // the page's dateModified is 2019-11-19: the publication date is the one asked for
    { title: "Trump’s Made-for-TV Trade War Keeps World Guessing", byline: "Ana Swanson", published: "2019-11-18" },
  ],
  [
    "space-moon-landers.html.gz",
    [
      "NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other commercial lunar lander ideas to join its Artemis moon program.",
      "Tyvak Nano-Satellite Systems Inc., Irvine, California",
    ],
    ["Image 1 of 5", "(Image credit:", "Join our Space Forums", "Email Tariq Malik at", "Related: SpaceX's Starship"],
    { byline: "Tariq Malik", outlet: "Space.com", published: "2019-11-18" },
  ],
  [
    "antijunecleaver-pear-jam.html.gz",
    [
      "Is there anything better than a piece of toast or a biscuit topped with a dollop of jam?",
      "8-9 ripe pears, cored and peeled",
      "HOW TO USE A WATER BATH CANNER",
    ],
    ["Related post: Pickled Brussels Sprouts Recipe", "You may also like", "Regan is a Southeastern Connecticut native"],
    { title: "Spiced Honey Pear Jam Recipe", byline: "Regan", outlet: "The Anti-June Cleaver", published: "2017-12-06" },
  ],
];

for (const [file, keep, gone, meta] of REAL) {
  test(`real page ${file}: article kept, furniture gone, metadata read`, () => {
    const d = ok(htmlToDoc(fixture(file)));
    for (const k of keep) assert.ok(d.text.includes(k), `kept: ${k}`);
    for (const g of gone) assert.ok(!d.text.includes(g), `gone: ${g}`);
    for (const [k, v] of Object.entries(meta)) assert.equal(d[k as keyof HtmlDoc], v, k);
    assert.ok(d.title && !d.text.startsWith(d.title), "text must not start with the title");
    assert.ok(!/[<>]\w/.test(d.text.replace(/\S*[<>]\s/g, "")), "no markup");
    assert.ok(!/[ \t]{2}/.test(d.text), "whitespace squashed");
    assert.ok(d.text.split("\n").every((l) => l.trim() === l && l.length > 0), "one trimmed paragraph per line");
  });
}

test("the removed blocks are reported with the rule and a report kind", () => {
  const d = ok(htmlToDoc(fixture("space-moon-landers.html.gz")));
  const counter = d.removed.find((r) => r.text === "Image 1 of 5");
  assert.deepEqual(counter && { kind: counter.kind, rule: counter.rule }, { kind: "credit-line", rule: "html/credit" });
  assert.ok(d.removed.some((r) => r.kind === "related-headlines"));
  assert.ok(d.removed.every((r) => !d.text.includes(r.text)));
});

// ---------------------------------------------------------------------------------------------
// Hand-made pages: Spanish furniture, metadata sources

test("Spanish page: body kept, menu/share/caption/'Lee también'/ad/tags/newsletter/related/footer gone", () => {
  const d = ok(htmlToDoc(fixture("es-frontera-peru-chile.html"), { url: "https://diariodelsur.example/x" }));
  const keep = [
    "El presidente José Jerí declaró este viernes el estado de emergencia en la frontera sur del país",
    "“Vamos a declarar el estado de emergencia para generar tranquilidad ante el riesgo de ingreso de migrantes sin autorización”, escribió el mandatario en la red social X.",
    "Temor a una ola migratoria",
    "Organizaciones humanitarias pidieron a ambos gobiernos",
  ];
  const gone = ["Inicio", "Compartir", "Foto: EFE", "Lee también", "Publicidad", "Etiquetas", "Suscríbete", "Noticias relacionadas", "Todos los derechos reservados", "Síguenos", "TEXTO-DE-SCRIPT", "font-size", "Por María Quispe"];
  for (const k of keep) assert.ok(d.text.includes(k), `kept: ${k}`);
  for (const g of gone) assert.ok(!d.text.includes(g), `gone: ${g}`);
  assert.ok(d.text.split("\n").includes("Temor a una ola migratoria"), "a body heading is its own line");
  assert.deepEqual(
    { title: d.title, byline: d.byline, outlet: d.outlet, published: d.published, language: d.language, url: d.url },
    {
      title: "Perú declara estado de emergencia en la frontera con Chile",
      byline: "María Quispe",
      outlet: "Diario del Sur",
      published: "2025-11-29",
      language: "es",
      url: "https://diariodelsur.example/mundo/peru-emergencia-frontera-chile",
    },
  );
});

test("metadata from Open Graph, JSON-LD @graph (authors, publisher by @id) and <html lang>", () => {
  const d = ok(htmlToDoc(fixture("metadata.html")));
  assert.deepEqual(
    { title: d.title, byline: d.byline, outlet: d.outlet, published: d.published, language: d.language, url: d.url },
    {
      title: "Peru declares border emergency as migrants gather",
      byline: "Jane Doe, John Roe",
      outlet: "The Example Times",
      published: "2025-11-28",
      language: "en",
      url: "https://example-times.example/world/peru-border-emergency",
    },
  );
  assert.ok(d.text.startsWith("Peru declared a state of emergency"), "the <h1> title is not repeated");
});

const META_PAGES: [html: string, expected: Partial<HtmlDoc>][] = [
  [
    `<html><head><meta http-equiv="content-language" content="es-MX"><title>Kast promete cerrar la frontera - El Diario</title>
     <meta name="author" content="Por Ana Pérez"><meta name="date" content="2025-11-30"></head>
     <body><p>El candidato presidencial chileno José Antonio Kast prometió este domingo cerrar la frontera norte si gana la segunda vuelta del 14 de diciembre.</p></body></html>`,
    { title: "Kast promete cerrar la frontera", byline: "Ana Pérez", published: "2025-11-30", language: "es", url: "https://a.example/kast" },
  ],
  [
    `<html lang="en"><head><script type="application/ld+json">[{"@type":"Organization","name":"Andes Wire"},{"@type":"Article","headline":"Border crossing reopens","author":"Rodney Mbua","datePublished":"Sat, 29 Nov 2025 10:00:00 GMT","publisher":"Andes Wire"}]</script></head>
     <body><article><p>The Santa Rosa border crossing between Peru and Chile reopened on Saturday after a two-day closure, officials in Tacna said in a statement.</p></article></body></html>`,
    { title: "Border crossing reopens", byline: "Rodney Mbua", outlet: "Andes Wire", published: "2025-11-29", language: "en" },
  ],
  [
    `<html><head><meta property="og:title" content="Migrants wait at the border"><meta property="og:site_name" content="https://www.andes-post.example"></head>
     <body><article><a rel="author" href="/staff/lee">By Kim Lee</a><time datetime="2025-12-01T07:00:00Z">Dec 1</time>
     <p>Hundreds of migrants waited at the Chacalluta crossing on Monday as Peruvian troops checked documents at the border with Chile.</p></article></body></html>`,
    { title: "Migrants wait at the border", byline: "Kim Lee", outlet: "andes-post.example", published: "2025-12-01", language: null },
  ],
];

test("metadata: meta names, JSON-LD arrays, rel=author, <time datetime>", () => {
  for (const [html, expected] of META_PAGES) {
    const d = ok(htmlToDoc(html, { url: "https://a.example/kast" }));
    for (const [k, v] of Object.entries(expected)) assert.equal(d[k as keyof HtmlDoc], v, `${k} in ${html.slice(0, 60)}`);
  }
});

// ---------------------------------------------------------------------------------------------
// Furniture cues, as tables of real lines

const FURNITURE: [line: string, expected: string][] = [
  ["Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing", "cta"],
  ["Share this article", "starts"],
  ["Advertisement", "equals"],
  ["Publicidad", "equals"],
  ["Lee también: Chile elige presidente en una segunda vuelta polarizada", "cta"],
  ["Sign up for our Email Newsletters here to stay on top of the latest breaking news.", "cta"],
  ["(Reporting by Marco Aquino; Editing by Nick Zieminski)", "cta"],
  ["Associated Press writers Alan Fram and Zeke Miller contributed to this report.", "ends"],
  ["Síguenos en Facebook y Twitter para recibir las últimas noticias.", "cta"],
  ["Leia também: Governo anuncia novas medidas na fronteira", "cta"],
  ["More stories", "starts"],
];
const NOT_FURNITURE: string[] = [
  "Read the decree in full, officials urged residents of Tacna on Friday.",
  "Sharing the border with Chile has long been a source of tension, analysts say.",
  "Advertisements for the new visa rules appeared in newspapers on Monday.",
  "Follow-up talks between the two governments are scheduled for next week.",
  "Más de 100 migrantes esperaban en el paso de Santa Rosa, según la policía.",
  "Comments from the interior minister came hours after the decree was published.",
  "Subscribers to the agency's alerts were told of the closure on Friday morning, officials said.",
  "Don't miss the deadline, officials warned residents of Tacna.",
  "Sigue a la baja el precio del cobre en Lima.",
  "Con información de la policía, los fiscales abrieron una investigación por el caso de los migrantes varados en Tacna el viernes.",
  "Más información sobre el decreto se conocerá el lunes, dijo el ministro.",
  "(c) the armed forces may support the police along the border.",
];

test("furniture phrases are recognised", () => {
  for (const [line, kind] of FURNITURE) assert.equal(furniturePhrase(line, words(line)), kind, line);
});
test("article sentences are not furniture phrases", () => {
  for (const line of NOT_FURNITURE) assert.equal(furniturePhrase(line, words(line)), null, line);
});

const CREDITS: [line: string, expected: string][] = [
  ["Protesters have worn masks to protect their identities (Image: GETTY )", "credit-tail"],
  ["Vicente Aguiar loads garage door trims into his pickup truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "credit-tail"],
  ["Sakib Ali/Hindustan Times/Getty Images", "agency"],
  ["Natalie Naccache | Bloomberg | Getty Images", "agency"],
  ["Image 1 of 5", "counter"],
  ["3 de 12", "counter"],
  ["Migrantes esperan en el paso fronterizo de Santa Rosa. Foto: EFE", "credit-tail"],
  ["The WeWork logo is displayed outside of a co-working space in New York.Reuters", "credit-tail"],
];
const NOT_CREDITS: string[] = [
  "Reuters reported on Friday that the talks had stalled over farm purchases.",
  "The image of migrants sleeping at the crossing drew criticism from rights groups.",
  "At least 1 of 5 people at the crossing were children, Unicef said.",
  "The photo agency said it would appeal the ruling.",
  "The interior minister spoke to Reuters on Friday.",
  "Peru's president, José Jerí, told The Associated Press that the border would stay open.",
  "Die elektronische Patientenakte (ePA) wird seit Jahren intensiv diskutiert.",
];

test("photo credits, credited captions and gallery counters are recognised", () => {
  for (const [line, kind] of CREDITS) assert.equal(creditLine(line, words(line)), kind, line);
});
test("article sentences are not credits", () => {
  for (const line of NOT_CREDITS) assert.equal(creditLine(line, words(line)), null, line);
});

const DATELINES: string[] = [
  "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
  "Published 10:02 AM EST Nov 19, 2019",
  "Updated at 1:23 p.m.",
  "Publicado el 29 de noviembre de 2025, 08:15",
  "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
];
const NOT_DATELINES: string[] = [
  "Peru declared the emergency on Nov. 29, 2025, for 60 days.",
  "The runoff is on December 14.",
  "El decreto se publicó el 29 de noviembre en El Peruano.",
  "Updated rules take effect in 2026, the ministry said.",
];

test("publication-date lines are recognised", () => {
  for (const line of DATELINES) assert.ok(metaLine(line), line);
});
test("sentences with dates are not publication-date lines", () => {
  for (const line of NOT_DATELINES) assert.ok(!metaLine(line), line);
});

// class and id cues: [class, id, flags expected set, flags expected clear]
const CLASS_CUES: [cls: string, id: string, set: number, clear: number][] = [
  ["social-share-bar", "", CUE.share, 0],
  ["related-content", "", CUE.related, CUE.content],
  ["table-responsive", "", 0, CUE.comments],
  ["field field-label-hidden", "", 0, CUE.hidden],
  ["sr-only", "", CUE.hidden, 0],
  ["page-head shadow", "", 0, CUE.ad],
  ["mainAd", "", CUE.ad, 0],
  ["ad-slot top_ad2", "", CUE.ad, 0],
  ["post type-post tag-frontera category-mundo", "", CUE.content, CUE.tags],
  ["social-media-embed", "", CUE.embed, 0],
  ["", "comments", CUE.comments, 0],
  ["wp-caption-text", "", CUE.caption, 0],
];

test("class and id cues", () => {
  for (const [cls, id, set, clear] of CLASS_CUES) {
    const el = { getAttribute: (n: string) => (n === "class" ? cls : n === "id" ? id : null) } as unknown as DomElement;
    const flags = cueFlags(el);
    assert.equal(flags & set, set, `${cls}#${id} has ${set}`);
    assert.equal(flags & clear, 0, `${cls}#${id} lacks ${clear}`);
  }
});

// ---------------------------------------------------------------------------------------------
// Metadata helpers

const DATES: [raw: string, iso: string | null][] = [
  ["2025-11-29T08:15:00-05:00", "2025-11-29"],
  ["2025/11/29", "2025-11-29"],
  ["20251129", "2025-11-29"],
  ["Sat, 29 Nov 2025 10:00:00 GMT", "2025-11-29"],
  ["November 29, 2025", "2025-11-29"],
  ["29 de noviembre de 2025", "2025-11-29"],
  ["1764410400", "2025-11-29"],
  ["2025-02-30", null],
  ["yesterday", null],
  ["", null],
];
test("dates from metadata become ISO days", () => {
  for (const [raw, iso] of DATES) assert.equal(toIsoDate(raw), iso, raw);
});

const BYLINES: [raw: string, clean: string | null][] = [
  ["By Jane Doe", "Jane Doe"],
  ["Por María Quispe", "María Quispe"],
  ["Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 1:29 pm ET", "Bryan DeArdo"],
  ["Amy Kuperinsky | NJ Advance Media for NJ.com", "Amy Kuperinsky"],
  ["https://www.facebook.com/someone", null],
  ["admin", null],
  ["", null],
];
test("bylines are cleaned", () => {
  for (const [raw, clean] of BYLINES) assert.equal(cleanByline(raw), clean, raw);
});

const TITLES: [raw: string, site: string | null, clean: string][] = [
  ["Peru declares border emergency | The Example Times", "The Example Times", "Peru declares border emergency"],
  ["Kast promete cerrar la frontera - El Diario", null, "Kast promete cerrar la frontera"],
  ["Diario del Sur | Perú declara estado de emergencia en la frontera", "Diario del Sur", "Perú declara estado de emergencia en la frontera"],
  ["Peru - Chile border: what we know", null, "Peru - Chile border: what we know"],
];
test("site names are taken off titles", () => {
  for (const [raw, site, clean] of TITLES) assert.equal(stripSiteName(raw, site), clean, raw);
});

test("languages and outlets are normalised", () => {
  const langs: [string, string | null][] = [["en-US", "en"], ["es_PE", "es"], ["pt-br", "pt"], ["ES", "es"], ["english language", null], ["", null]];
  for (const [raw, lang] of langs) assert.equal(toLanguage(raw), lang, raw);
  const outlets: [string, string | null][] = [["LinkNaija | Nigeria's popular news platform", "LinkNaija"], ["https://www.newsnation.in", "newsnation.in"], ["CBSSports.com", "CBSSports.com"]];
  for (const [raw, outlet] of outlets) assert.equal(cleanOutlet(raw), outlet, raw);
});

// ---------------------------------------------------------------------------------------------
// Bad input: never a throw, never a hang, never script text

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Officials in Tacna said on Friday that crossing number ${i} would stay open while troops checked the documents of migrants waiting at the border.</p>`).join("");

const MUST_FAIL: [name: string, input: unknown, reason: RegExp][] = [
  ["empty", "", /empty/],
  ["whitespace", " \n\t ", /empty/],
  ["not a string", 42, /not a string/],
  ["only scripts and styles", `<html><head><script>var a = "<p>hello world</p>";</script><style>p{color:red}</style></head><body><script>document.write("x")</script></body></html>`, /no article text/],
  ["binary", "\u0000\u0001\u0002PNG\u001a\u0000\u0000" + "\u0003".repeat(100), /binary/],
  ["a quote that never closes swallows the page", `<html><body><p class="x>Text inside a broken attribute</p></body></html>`, /no article text/],
];

test("inputs that must not produce an article give one short reason", () => {
  for (const [name, input, reason] of MUST_FAIL) {
    const r = htmlToDoc(input as string);
    assert.equal(r.ok, false, name);
    if (!r.ok) {
      assert.match(r.reason, reason, name);
      assert.ok(!r.reason.includes("\n"), `${name}: one line`);
    }
  }
});

test("a 20 MB page is refused by the size cap", () => {
  const huge = `<html><body>${para(3)}${"<div>filler text</div>".repeat(1_000_000)}</body></html>`;
  assert.ok(huge.length > 20_000_000);
  const r = htmlToDoc(huge);
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.reason, /too large/);
});

test("a page with more elements than maxElements is refused", () => {
  const r = htmlToDoc(`<html><body>${para(3)}${"<span>x</span>".repeat(2000)}</body></html>`, { maxElements: 1000 });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.reason, /more than 1000 elements/);
  assert.equal(htmlToDoc(`<html><body>${para(3)}</body></html>`, { maxElements: 1000 }).ok, true);
});

test("50,000 nested elements: no stack overflow, the flat path keeps the text", () => {
  const deep = `<html><body>${"<div>".repeat(50_000)}<p>The border crossing at Santa Rosa stayed open on Saturday, officials said.</p>${"</div>".repeat(50_000)}</body></html>`;
  const t0 = Date.now();
  const d = ok(htmlToDoc(deep));
  assert.ok(Date.now() - t0 < 10_000, "bounded time");
  assert.equal(d.method, "flat");
  assert.equal(d.text, "The border crossing at Santa Rosa stayed open on Saturday, officials said.");
});

test("deeply nested unclosed inline elements are measured, not parsed", () => {
  const scan = scanHtml(`<html><body>${"<span><b>".repeat(5000)}text`, 160);
  assert.ok(scan.maxDepth > 160);
  const head = `<html lang="es"><head><title>Migrantes esperan en la frontera | Diario del Sur</title><meta name="author" content="Ana Pérez"></head>`;
  const d = ok(htmlToDoc(`${head}<body>${"<span><b>".repeat(5000)}Migrants waited at the border for a second day.`));
  assert.equal(d.method, "flat");
  assert.equal(d.text, "Migrants waited at the border for a second day.");
  assert.deepEqual([d.title, d.byline, d.language], ["Migrantes esperan en la frontera", "Ana Pérez", "es"], "metadata from the head");
});

test("pathological text and tags stay fast: stray '<', entities, comments, huge attributes, one huge word", () => {
  const P = "<p>Officials said the crossing at Santa Rosa would stay open while troops checked documents.</p>";
  const cases: [name: string, html: string, ok: boolean][] = [
    ["5 MB of stray '<'", `<html><body>${P}${"<".repeat(5_000_000)}`, false],
    ["300,000 entities", `<html><body><p>${"&amp;&#x41;&eacute;".repeat(100_000)}</p></body></html>`, false],
    ["1,000,000 comments", `<html><body>${P}${"<!---->".repeat(1_000_000)}</body></html>`, true],
    ["a tag of a million attributes", `<html><body>${P}${"<a".repeat(1_000_000)}`, true],
    ["an attribute that never closes", `<html><body>${P}<div class="${"x".repeat(3_000_000)}`, true],
    ["20,000 spans with long attributes", `<html><body>${P}${`<span data-x="${"y".repeat(400)}">z</span>`.repeat(20_000)}</body></html>`, true],
    ["one 200,000-letter word", `<html><body>${P}<p>${"z".repeat(200_000)}</p></body></html>`, true],
    ["a 100,000-dash line", `<html><body>${P}<p>${"-".repeat(100_000)}</p></body></html>`, true],
  ];
  for (const [name, html, expectOk] of cases) {
    const t0 = Date.now();
    const r = htmlToDoc(html);
    assert.ok(Date.now() - t0 < 8_000, `${name}: bounded time`);
    assert.equal(r.ok, expectOk, name);
    if (r.ok) assert.ok(r.text.includes("Officials said the crossing at Santa Rosa"), name);
    else assert.match(r.reason, /too large/, name);
  }
});

test("hostile markup: no script, style, iframe, object, svg, template, noscript or handler text", () => {
  const html = `<html><head><title>Border</title><script>alert("XSS-HEAD")</script></head><body onload="alert('XSS-ONLOAD')">
    <article>${para(3)}
    <script>alert("XSS-SCRIPT")</script><style>.x{content:"XSS-STYLE"}</style>
    <iframe src="javascript:alert(1)">XSS-IFRAME</iframe><object data="x.swf">XSS-OBJECT</object>
    <svg><text>XSS-SVG</text><script>alert("XSS-SVG-SCRIPT")</script></svg><math><mi>XSS-MATH</mi></math>
    <template><p>XSS-TEMPLATE paragraph that is long enough to count as article text if it leaked.</p></template>
    <noscript><p>XSS-NOSCRIPT paragraph that is long enough to count as article text if it leaked.</p></noscript>
    <p onclick="alert('XSS-HANDLER')" onmouseover="XSS-HANDLER2">Residents were told to carry <a href="javascript:alert('XSS-JSLINK')">identity documents</a> at all checkpoints along the border.</p>
    <select><option>XSS-OPTION</option></select><button>XSS-BUTTON</button><textarea>XSS-TEXTAREA</textarea>
    <div style="display:none">XSS-HIDDEN paragraph that is long enough to count as article text if it leaked out.</div>
    </article><script>/* unclosed`;
  const d = ok(htmlToDoc(html));
  assert.ok(!d.text.includes("XSS"), d.text);
  assert.ok(!/alert|javascript:/.test(d.text), d.text);
  assert.ok(d.text.includes("Residents were told to carry identity documents at all checkpoints along the border."));
});

test("when Readability keeps too little, the page's own blocks are judged", () => {
  const html = `<html><body><table><tr><td>Peru closed the Santa Rosa border crossing on Friday, officials in Tacna said in a statement.</td></tr>
    <tr><td>The crossing will reopen on Monday after troops arrive, the interior ministry said.</td></tr></table></body></html>`;
  const d = ok(htmlToDoc(html));
  assert.equal(d.method, "page");
  assert.equal(d.text, "Peru closed the Santa Rosa border crossing on Friday, officials in Tacna said in a statement.\nThe crossing will reopen on Monday after troops arrive, the interior ministry said.");
});

test("a page too large for Readability is judged block by block, in bounded time", () => {
  const nav = `<nav><ul>${'<li><a href="/a">Section</a></li>'.repeat(50)}</ul></nav>`;
  const html = `<html><body>${nav}<article>${para(30)}${'<div><span>Migrants waited at the crossing.</span></div>'.repeat(12_000)}</article></body></html>`;
  const t0 = Date.now();
  const d = ok(htmlToDoc(html));
  assert.ok(Date.now() - t0 < 20_000, "bounded time");
  assert.equal(d.method, "page");
  assert.ok(d.text.startsWith("Officials in Tacna said on Friday that crossing number 0 would stay open"));
  assert.ok(!d.text.includes("Section"));
});

test("broken and unusual markup still gives the text", () => {
  const cases: [html: string, expected: string][] = [
    [`<html><body><div><p>Unclosed first paragraph about the border <b>bold <i>italic<p>Second paragraph with no closing tags`, "Unclosed first paragraph about the border bold italic\nSecond paragraph with no closing tags"],
    ["Peru closed the Santa Rosa crossing on Friday, officials said.", "Peru closed the Santa Rosa crossing on Friday, officials said."],
    [`<p>A fragment without html or body, about migrants at the border.</p>`, "A fragment without html or body, about migrants at the border."],
    [`<html><body><p>Line one of the statement<br>Line two of the statement<br/>Line three</p></body></html>`, "Line one of the statement\nLine two of the statement\nLine three"],
    [`<html><body><p>5 &lt; 7 &amp;&amp; 7 &gt; 5 &mdash; &#x41;&#66; caf&eacute;&nbsp;ok, a &lt;tag&gt; in text</p></body></html>`, "5 < 7 && 7 > 5 — AB café ok, a <tag> in text"],
    [`<html><body><p>Text before an unclosed comment about the border.</p><!-- <p>hidden</p>`, "Text before an unclosed comment about the border."],
    [`<html><body><p>Text after the body.</p></body></html><p>Trailing paragraph outside the body.</p>`, "Text after the body.\nTrailing paragraph outside the body."],
    // "İ" lower-cases to two code units: the scan must not lose its place after it
    [`<html><body><p>İİİİ İstanbul sınırında göçmenler bekliyor.</p><SCRIPT>var x = "</div>";</Script ><p>Second paragraph after the script.</p></body></html>`, "İİİİ İstanbul sınırında göçmenler bekliyor.\nSecond paragraph after the script."],
  ];
  for (const [html, expected] of cases) assert.equal(ok(htmlToDoc(html)).text, expected, html.slice(0, 60));
});
