// The time stage's shared machinery: the per-language cache, the phrase helpers, the overlap
// resolution, decades said without their century, and the context rules (event day, same period)
// on texts with many mentions. Rows: [text, language, reference date, expected {text, timeml}].
import { test } from "node:test";
import assert from "node:assert/strict";
import { perLanguage } from "../src/lexicon.js";
import { extractTimexes } from "../src/extract/times.js";
import { decadeOf } from "../src/extract/times/years.js";
import { resolveOverlaps } from "../src/extract/times/overlaps.js";
import type { Found } from "../src/extract/times/types.js";
import { phraseAfter, phraseBefore } from "../src/extract/times/words.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

type Case = [string, Lang, string | null, { text: string; timeml: string }[]];

function timexes(text: string, lang: Lang, ref: string | null) {
  return extractTimexes(text, splitSentences(text, lang), ref, lang);
}

function check(cases: Case[]): void {
  for (const [text, lang, ref, expected] of cases) {
    const got = timexes(text, lang, ref);
    for (const e of expected) {
      const m = got.find((g) => g.text === e.text);
      assert.ok(m, `${JSON.stringify(text)}: no mention "${e.text}" (got ${got.map((g) => `"${g.text}"`).join(", ") || "none"})`);
      assert.equal(m.timeml, e.timeml, `${JSON.stringify(text)}: "${e.text}" (${m.rule})`);
    }
  }
}

test("perLanguage builds once per language and keeps the languages apart", () => {
  const calls: Lang[] = [];
  const get = perLanguage((lang) => {
    calls.push(lang);
    return { lang };
  });
  const en = get("en");
  assert.equal(get("en"), en);
  assert.notEqual(get("es"), en);
  assert.equal(get("es").lang, "es");
  assert.deepEqual(calls, ["en", "es"]);
});

test("phraseBefore / phraseAfter: whole phrases next to a position, the gap as asked", () => {
  const list = ["mid-", "the end of", "end"];
  const text = "by the end of  2015 and mid-2016";
  const at2015 = text.indexOf("2015");
  assert.deepEqual(phraseBefore(text, at2015, list, "spaces"), { start: text.indexOf("the end"), phrase: "the end of" });
  const at2016 = text.indexOf("2016");
  assert.equal(phraseBefore(text, at2016, list, "space")?.phrase, "mid-");
  assert.equal(phraseBefore(text, at2016, list, "spaces"), null, "'spaces' wants a space even after a hyphen");
  assert.equal(phraseBefore("weekend 2015", 8, list), null, "'end' inside a word is no phrase");
  assert.deepEqual(phraseAfter("2015 earlier on", 4, ["earlier", "early"]), { end: 12, phrase: "earlier" });
  assert.equal(phraseAfter("2015 earliest", 4, ["earlier", "early"]), null);
  // curly or straight apostrophes, any case, accents: the phrase's last word is looked up first
  assert.equal(phraseBefore("five O’Clock today", 12, ["o'clock"])?.start, 5);
  assert.equal(phraseBefore("cerró la jornada", 6, ["Cerró"], "spaces")?.phrase, "cerró");
  assert.equal(phraseBefore("x cerróla jornada", 9, ["cerró"], "spaces"), null);
  assert.equal(phraseBefore("anything at all", 8, []), null);
  // a line break of wrapped text is a space; a blank line ends the paragraph
  assert.equal(phraseBefore("ended the\nday", 10, ["ended the"], "spaces")?.start, 0);
  assert.equal(phraseBefore("ended the\n\nday", 11, ["ended the"], "spaces"), null);
  assert.equal(phraseAfter("a year\r\nearlier", 6, ["earlier"])?.end, 15);
});

test("overlaps: the longest reading wins, then the parser listed first; the rest stay in text order", () => {
  const f = (start: number, end: number, rule: string): Found => ({ start, end, kind: "date", value: null, timeml: null, type: "DATE", precision: null, basis: "relative", rule });
  const kept = resolveOverlaps([
    { found: f(30, 34, "year"), rank: 3 },
    { found: f(0, 5, "b"), rank: 2 },
    { found: f(0, 5, "a"), rank: 1 },
    { found: f(26, 34, "month-year"), rank: 0 },
    { found: f(10, 12, "c"), rank: 0 },
    { found: f(4, 11, "long"), rank: 5 },
    { found: f(12, 14, "touching"), rank: 0 },
    { found: f(20, 20, "empty"), rank: 0 },
  ]);
  assert.deepEqual(kept.map((k) => k.rule), ["long", "touching", "month-year"]);
});

test("decades without their century: the one nearest before the reference date", () => {
  assert.deepEqual(decadeOf(2, { y: 2026, m: 3, d: 1 }), { value: "202", rule: "+ref-century" });
  assert.equal(decadeOf(9, { y: 2026, m: 3, d: 1 }).value, "199");
  assert.equal(decadeOf(3, { y: 2026, m: 3, d: 1 }).value, "193", "the 2030s are still ahead");
  assert.equal(decadeOf(2, { y: 2020, m: 1, d: 1 }).value, "202", "a decade that begins in the reference year is it");
  assert.equal(decadeOf(0, { y: 2009, m: 6, d: 1 }).value, "200");
  assert.deepEqual(decadeOf(7, null), { value: "197", rule: "" });
  check([
    ["La moda de los años 20 vuelve a las calles.", "es", "2026-02-10", [{ text: "los años 20", timeml: "202" }]],
    ["La ciudad no dejó de crecer desde los 90.", "es", "2026-02-10", [{ text: "los 90", timeml: "199" }]],
    // a pair of decades is one stretch before the reference: the later one picks the century
    ["La música de los 20 y 30 vuelve.", "es", "2026-02-10", [{ text: "los 20", timeml: "192" }, { text: "30", timeml: "193" }]],
    ["Los precios de los años 10 y 20 no se parecen.", "es", "2026-02-10", [{ text: "los años 10", timeml: "201" }, { text: "20", timeml: "202" }]],
    ["Prices last reached this level in the '90s.", "en", "2026-02-10", [{ text: "the '90s", timeml: "199" }]],
    ["The roaring '20s were nothing like this.", "en", "2009-05-01", [{ text: "'20s", timeml: "192" }]],
    ["Rents have doubled since the early twenties.", "en", "2026-02-10", [{ text: "the early twenties", timeml: "202" }]],
    ["It was popular in the '70s and 80s.", "en", "2026-02-10", [{ text: "80s", timeml: "198" }]],
    // a century said is kept whatever the reference
    ["Jazz spread in the 1920s.", "en", "2026-02-10", [{ text: "the 1920s", timeml: "192" }]],
    ["La crisis de la década de 1930 fue larga.", "es", "2026-02-10", [{ text: "la década de 1930", timeml: "193" }]],
  ]);
  const noRef = timexes("Prices last reached this level in the '90s.", "en", null).find((t) => t.text === "the '90s");
  assert.equal(noRef?.timeml, "199");
  assert.equal(noRef?.rule, "year/decade");
});

test("Spanish clock times: a figure followed by a percentage word is no time", () => {
  const got = timexes("El paro subió a las 10 por ciento de la población activa.", "es", "2013-07-04");
  assert.equal(got.find((t) => t.type === "TIME"), undefined, got.map((t) => t.text).join(", "));
  check([["La reunión terminó a las 10 horas del martes.", "es", "2013-07-04", [{ text: "las 10 horas", timeml: "2013-07-02T10:00" }]]]);
});

test("a year left after the date joins it only through the language's own words", () => {
  check([["El acuerdo se firmó el 27 de marzo del 2008 en Lima.", "es", "2013-07-04", [{ text: "el 27 de marzo del 2008", timeml: "2008-03-27" }]]]);
  const en = timexes("It was signed on March 27 del 2008 in Lima.", "en", "2013-07-04");
  assert.equal(en.find((t) => t.text.includes("del")), undefined, en.map((t) => t.text).join(", "));
});

test("a part of the day makes a date alone only where the language says so", () => {
  check([
    ["Two men were arrested last night in Leeds.", "en", "2013-07-04", [{ text: "last night", timeml: "2013-07-03TNI" }]],
    ["La policía llegará mañana a la frontera.", "es", "2013-07-04", [{ text: "mañana", timeml: "2013-07-05" }]],
  ]);
  const morning = timexes("The morning was quiet in Leeds.", "en", "2013-07-04");
  assert.equal(morning.find((t) => /morning/i.test(t.text)), undefined);
});

test("many days in one text: each clock time and 'the day' takes its own sentence's day", () => {
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const text = days.map((d) => `Stocks fell on ${d}. The Dow ended the day at 9,505, and at 4 p.m. it closed.`).join(" ");
  const got = timexes(text, "en", "2009-02-28");
  const theDays = got.filter((t) => t.text === "the day").map((t) => t.timeml);
  const clocks = got.filter((t) => t.text === "4 p.m.").map((t) => t.timeml);
  assert.deepEqual(theDays, ["2009-02-23", "2009-02-24", "2009-02-25", "2009-02-26", "2009-02-27"]);
  assert.deepEqual(clocks, ["2009-02-23T16:00", "2009-02-24T16:00", "2009-02-25T16:00", "2009-02-26T16:00", "2009-02-27T16:00"]);
  // two sentences on, the day named is out of reach: the reference day stays
  const far = timexes("Stocks fell on Monday. Traders were calm. The Dow ended the day at 9,505.", "en", "2009-02-28");
  assert.equal(far.find((t) => t.text === "the day")?.timeml, "2009-02-28");
});

test("many periods in one text: 'the same period' counts back from the period named just before it", () => {
  const months = ["January", "February", "March"];
  const text = months.map((m) => `Sales rose 4% in ${m}, compared with the same period a year earlier.`).join(" ");
  const got = timexes(text, "en", "2010-04-20").filter((t) => t.text === "the same period a year earlier");
  assert.deepEqual(got.map((t) => t.timeml), ["2009-01", "2009-02", "2009-03"]);
  const es = "Las ventas subieron en enero. El año anterior fueron menores. En 2007 cayeron. El año anterior habían crecido.";
  const prev = timexes(es, "es", "2010-04-20").filter((t) => /año anterior/.test(t.text)).map((t) => t.timeml);
  assert.deepEqual(prev, ["2009", "2006"]);
});

test("counts before 'ago' are read as durations read them: a hedged count is still a date, 'about' its mod", () => {
  const got = timexes("Officials met about four years ago and again almost two years ago.", "en", "2013-03-21");
  const about = got.find((t) => t.text === "about four years ago");
  assert.equal(about?.timeml, "2009");
  assert.equal(about?.mod, "approx");
  const almost = got.find((t) => t.text === "almost two years ago");
  assert.equal(almost?.timeml, "2011");
  assert.equal(almost?.mod, undefined);
  check([
    ["El acuerdo se firmó hace unos dos años.", "es", "2013-03-21", [{ text: "hace unos dos años", timeml: "2011" }]],
    ["La planta cerró hace más de dos años.", "es", "2013-03-21", [{ text: "hace más de dos años", timeml: "2011" }]],
    ["La planta cerró hace varios años.", "es", "2013-03-21", [{ text: "hace varios años", timeml: "PAST_REF" }]],
    ["Prices have risen over the past several days.", "en", "2013-03-21", [{ text: "the past several days", timeml: "PXD" }]],
    ["Talks will continue in the weeks to come.", "en", "2013-03-21", [{ text: "the weeks to come", timeml: "PXW" }]],
  ]);
});

test("numbers in the language's own format; clock readings with a time suffix are no durations", () => {
  check([
    ["Lleva 1.500 días en el cargo y 2,5 años en el partido.", "es", "2013-03-21", [{ text: "1.500 días", timeml: "P1500D" }, { text: "2,5 años", timeml: "P30M" }]],
    ["He has held the post for 1,500 days and 2.5 years.", "en", "2013-03-21", [{ text: "1,500 days", timeml: "P1500D" }, { text: "2.5 years", timeml: "P30M" }]],
    ["He won the marathon, finishing in 3:07:35.", "en", "2013-03-21", [{ text: "3:07:35", timeml: "PT3H7M35S" }]],
    ["Architecture changed in the 20th century.", "en", "2013-03-21", [{ text: "20th century", timeml: "19" }]],
    ["La arquitectura cambió en el siglo XX.", "es", "2013-03-21", [{ text: "el siglo XX", timeml: "19" }]],
  ]);
  const clock = timexes("The blast came at 10:15:30 p.m. on the pier.", "en", "2013-03-21");
  assert.equal(clock.find((t) => t.type === "DURATION"), undefined, clock.map((t) => `${t.text} ${t.timeml}`).join(", "));
});
