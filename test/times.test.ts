// Dates, durations, sets and vague times on real news sentences (the Peru–Chile border reports in
// test/fixtures/times/, TempEval-3 and ECB+ wire copy, Spanish wire-style sentences), one table per
// rule: [sentence, language, reference date, expected mentions]. A mention is found by its text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractTimes, extractTimexes, pastEventDates } from "../src/extract/times.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import type { TimeMention } from "../src/report/schema.js";

type Mention = Omit<TimeMention, "articleId">;
type Expect = Partial<Mention> & { text: string };
type Case = [string, Lang, string | null, Expect[]];

function run(text: string, lang: Lang, ref: string | null): Mention[] {
  return extractTimes(text, splitSentences(text, lang), ref, lang);
}

function check(cases: Case[]): void {
  for (const [sentence, lang, ref, expected] of cases) {
    const got = run(sentence, lang, ref);
    for (const e of expected) {
      const m = got.find((g) => g.text === e.text);
      assert.ok(m, `${JSON.stringify(sentence)}: no mention "${e.text}" (got ${got.map((g) => `"${g.text}"`).join(", ") || "none"})`);
      for (const [k, v] of Object.entries(e)) {
        assert.deepEqual(m[k as keyof Mention], v, `${JSON.stringify(sentence)}: "${e.text}" ${k}`);
      }
    }
  }
}

test("weekday: past tense → the latest such day on or before the reference; future → the next", () => {
  check([
    ["Peruvian President José Jerí declared a state of emergency along the country’s border with Chile on Friday after at least 100 foreigners assembled at the frontier.", "en", "2025-11-29", [{ text: "Friday", kind: "date", value: "2025-11-28", precision: "day", basis: "relative" }]],
    ["The announcement, made via social media on Friday, comes amid rising concerns of a humanitarian crisis.", "en", "2025-11-29", [{ text: "Friday", value: "2025-11-28" }]],
    ["Foreign ministers of both countries will meet on Friday in Tacna.", "en", "2025-11-29", [{ text: "Friday", value: "2025-12-05" }]],
    ["George Lowe, 89, died in Ripley on Wednesday after a long-term illness.", "en", "2013-03-22", [{ text: "Wednesday", value: "2013-03-20" }]],
    ["The FAA on Friday announced it will close 149 regional airport control towers.", "en", "2013-03-22", [{ text: "Friday", value: "2013-03-22" }]],
    ["Peru declared the emergency last Friday.", "en", "2025-12-03", [{ text: "last Friday", value: "2025-11-28" }]],
    ["El presidente José Jerí declaró el viernes el estado de emergencia en la frontera con Chile.", "es", "2025-11-29", [{ text: "el viernes", value: "2025-11-28" }]],
    ["Los cancilleres se reunirán el viernes en Tacna.", "es", "2025-11-29", [{ text: "el viernes", value: "2025-12-05" }]],
  ]);
});

test("month and day without a year: the year that fits the reference date and the tense", () => {
  check([
    ["Chile, meanwhile, argues that the surge is closely tied to domestic politics ahead of the December 14 presidential runoff.", "en", "2025-11-28", [{ text: "December 14", value: "2025-12-14", precision: "day", basis: "relative" }]],
    ["In a video message recorded at the border on November 20, Kast warned undocumented migrants that they must leave Chile.", "en", "2025-11-29", [{ text: "November 20", value: "2025-11-20" }]],
    ["On Feb. 28, Deutsche Bank released an analysts' note.", "en", "2013-03-21", [{ text: "Feb. 28", value: "2013-02-28" }]],
    ["A four-week, phased closure of the 149 control towers will begin on April 7, the FAA said.", "en", "2013-03-22", [{ text: "April 7", value: "2013-04-07" }]],
    ["On December 20, police arrested two men, officials said.", "en", "2026-01-05", [{ text: "December 20", value: "2025-12-20" }]],
    ["Chile celebrará la segunda vuelta el 14 de diciembre.", "es", "2025-11-29", [{ text: "el 14 de diciembre", value: "2025-12-14" }]],
    ["El pasado 20 de noviembre, Kast grabó un video en la frontera.", "es", "2025-11-29", [{ text: "20 de noviembre", value: "2025-11-20" }]],
  ]);
});

test("absolute dates resolve without a reference date", () => {
  check([
    ["On November 29, 2025, the Peruvian government took a dramatic step to address mounting regional anxiety.", "en", null, [{ text: "November 29, 2025", value: "2025-11-29", precision: "day", basis: "absolute" }]],
    ["Mr. Erdogan has long sought an apology for the raid in May 2010 on the Mavi Marmara.", "en", null, [{ text: "May 2010", value: "2010-05", precision: "month", basis: "absolute" }]],
    ["El 29 de noviembre de 2025, el gobierno peruano declaró el estado de emergencia.", "es", null, [{ text: "El 29 de noviembre de 2025", value: "2025-11-29", basis: "absolute" }]],
    ["Lindsay Lohan checked into the Betty Ford Center on Thursday, May 2, 2013.", "en", null, [{ text: "Thursday, May 2, 2013", value: "2013-05-02" }]],
  ]);
});

test("without a reference date, relative expressions are reported with value null", () => {
  check([
    ["Peru declared a state of emergency on Friday.", "en", null, [{ text: "Friday", kind: "date", value: null, basis: "relative" }]],
    ["The state of emergency was declared yesterday, and talks continue next week.", "en", null, [{ text: "yesterday", value: null }, { text: "next week", value: null, basis: "relative" }]],
    ["Chile votes in the December 14 runoff.", "en", null, [{ text: "December 14", value: null }]],
    ["La semana pasada llegaron cientos de migrantes.", "es", null, [{ text: "La semana pasada", value: null }]],
  ]);
});

test("month alone: month precision, year from the tense", () => {
  check([
    ["Jeri, a far-right leader who assumed the presidency in October following the impeachment of Dina Boluarte, cited public safety.", "en", "2025-11-29", [{ text: "October", value: "2025-10", precision: "month" }]],
    ["BP agreed to sell back its 50% stake in TNK-BP to Russia's Rosneft in October.", "en", "2013-03-22", [{ text: "October", value: "2012-10" }]],
    ["The book is due to be published in May.", "en", "2013-03-22", [{ text: "May", value: "2013-05" }]],
    ["Prices fell sharply in January, the agency said.", "en", "2013-03-22", [{ text: "January", value: "2013-01" }]],
    ["Mr. Sarkozy lost his re-election bid last May.", "en", "2013-03-21", [{ text: "last May", value: "2012-05" }]],
    ["Jerí asumió la presidencia en octubre tras la destitución de Dina Boluarte.", "es", "2025-11-29", [{ text: "octubre", value: "2025-10" }]],
  ]);
});

test("years, weeks, decades and centuries", () => {
  check([
    ["Since 2015, more than 1.5 million Venezuelans have arrived in Peru.", "en", "2025-11-29", [{ text: "2015", value: "2015", precision: "year", basis: "absolute" }]],
    ["One exception was the swine flu pandemic of 2009-2010, when 348 children died.", "en", "2013-03-22", [{ text: "2009", value: "2009" }, { text: "2010", value: "2010" }]],
    ["Mr Lowe also took part in the trans-Antarctic expedition of 1957-58.", "en", "2013-03-22", [{ text: "1957", value: "1957" }, { text: "58", value: "1958" }]],
    ["Google launched Keep this week.", "en", "2013-03-22", [{ text: "this week", value: "2013-W12", precision: "week" }]],
    ["Six of the pediatric deaths were reported in the last week.", "en", "2013-03-22", [{ text: "the last week", value: "2013-W11" }]],
    ["Premiums could increase sharply next year because of the health-care overhaul law.", "en", "2013-03-22", [{ text: "next year", value: "2014", precision: "year" }]],
    ["China's state leadership transition has taken place this month. Last month, pollution hit record levels.", "en", "2013-03-21", [{ text: "this month", value: "2013-03" }, { text: "Last month", value: "2013-02" }]],
    ["Migration from Venezuela began in earnest in the 1990s.", "en", "2025-11-29", [{ text: "the 1990s", value: "199", precision: "decade" }]],
    ["He was involved in two of the most important explorations of the 20th Century.", "en", "2013-03-22", [{ text: "20th Century", value: "19" }]],
    ["Officials resisted a similar order four years ago.", "en", "2013-03-21", [{ text: "four years ago", value: "2009", precision: "year" }]],
    ["A New York man who was accused of faking his death last summer pleaded guilty.", "en", "2013-03-22", [{ text: "last summer", value: "2012-SU" }]],
    ["Desde 2015 han llegado más de 1,5 millones de venezolanos.", "es", "2025-11-29", [{ text: "2015", value: "2015" }]],
    ["Hace dos semanas, cientos de migrantes cruzaron la frontera.", "es", "2025-11-29", [{ text: "Hace dos semanas", value: "2025-W46", precision: "week" }]],
    ["La migración venezolana empezó en la década de 1990.", "es", "2025-11-29", [{ text: "la década de 1990", value: "199" }]],
    ["El año pasado llegaron menos migrantes que este año.", "es", "2025-11-29", [{ text: "El año pasado", value: "2024" }, { text: "este año", value: "2025" }]],
  ]);
});

test("modifiers widen the date and record the mod", () => {
  check([
    ["This flu season started in early December, a month earlier than usual.", "en", "2013-03-22", [{ text: "early December", value: "2012-12", mod: "start" }]],
    ["He was first reported missing in the waters off Jones Beach late last July by his son.", "en", "2013-03-22", [{ text: "late last July", value: "2012-07", mod: "end" }]],
    ["He underwent brain surgery in early 2011.", "en", "2013-03-21", [{ text: "early 2011", value: "2011", mod: "start" }]],
    ["La llegada de migrantes se disparó a finales de noviembre.", "es", "2025-11-29", [{ text: "a finales de noviembre", value: "2025-11", mod: "end" }]],
  ]);
});

test("durations: ISO values, compound adjectives, ranges, hedges", () => {
  check([
    ["It declared a 60-day state of emergency along its southern border with Chile.", "en", "2025-11-29", [{ text: "60-day", kind: "duration", value: "P60D", basis: "absolute" }]],
    ["Kast warned undocumented migrants that they had exactly 103 days to leave the country.", "en", "2025-11-29", [{ text: "103 days", value: "P103D" }]],
    ["Officials gave migrants two weeks to regularise their status.", "en", "2025-11-29", [{ text: "two weeks", value: "P2W" }]],
    ["The accelerator's first three-month class in Seattle drew 500 applicants.", "en", "2013-03-18", [{ text: "three-month", value: "P3M" }]],
    ["The border crossing was closed for a year.", "en", "2025-11-29", [{ text: "a year", value: "P1Y" }]],
    ["The curfew will last 48 hours.", "en", "2025-11-29", [{ text: "48 hours", value: "PT48H" }]],
    ["She was sworn in for a mere 24 hours.", "en", "2013-03-21", [{ text: "a mere 24 hours", value: "PT24H" }]],
    ["He had held the position for almost seven years.", "en", "2013-03-21", [{ text: "almost seven years", value: "P7Y" }]],
    ["The buyback could take between 12 and 18 months to complete.", "en", "2013-03-22", [{ text: "12", value: "P12M" }, { text: "18 months", value: "P18M" }]],
    ["He won the Gusher Marathon, finishing in 3:07:35.", "en", "2013-03-21", [{ text: "3:07:35", value: "PT3H7M35S" }]],
    ["Over the past two years he spoke to both leaders.", "en", "2013-03-22", [{ text: "the past two years", value: "P2Y" }]],
    ["The air pollution will surge over the next decade.", "en", "2013-03-21", [{ text: "the next decade", value: "P10Y" }]],
    ["El gobierno declaró un estado de emergencia de 60 días en la frontera sur.", "es", "2025-11-29", [{ text: "60 días", kind: "duration", value: "P60D" }]],
    ["Los migrantes esperaron dos semanas en la frontera.", "es", "2025-11-29", [{ text: "dos semanas", value: "P2W" }]],
  ]);
});

test("a duration stated with its end keeps the end date in `until`; the date is its own mention", () => {
  check([
    ["Kast warned undocumented migrants in Chile that they had exactly 103 days—until March 11, 2026, when the next president is sworn in—to leave the country voluntarily.", "en", "2025-11-29", [
      { text: "103 days", kind: "duration", value: "P103D", until: "2026-03-11" },
      { text: "March 11, 2026", kind: "date", value: "2026-03-11" },
    ]],
    ["The government declared a state of emergency for 60 days, until January 28.", "en", "2025-11-29", [
      { text: "60 days", value: "P60D", until: "2026-01-28" },
      { text: "January 28", value: "2026-01-28" },
    ]],
    ["El gobierno declaró el estado de emergencia por 60 días, hasta el 28 de enero.", "es", "2025-11-29", [
      { text: "60 días", value: "P60D", until: "2026-01-28" },
      { text: "el 28 de enero", value: "2026-01-28" },
    ]],
  ]);
});

test("vague phrases: kind vague, value null", () => {
  check([
    ["In recent days, at least 100 foreigners have gathered at the Chile-Peru border.", "en", "2025-11-29", [{ text: "recent days", kind: "vague", value: null }]],
    ["Kast warned migrants they must leave Chile voluntarily in the coming months or face arrest.", "en", "2025-11-29", [{ text: "the coming months", kind: "vague", value: null }]],
    ["Peruvian officials say the situation escalated over the past several days.", "en", "2025-11-29", [{ text: "the past several days", kind: "vague", value: null }]],
    ["Jerí, who recently assumed office, said troops would arrive soon.", "en", "2025-11-29", [{ text: "recently", kind: "vague" }, { text: "soon", kind: "vague" }]],
    ["About 330,000 undocumented migrants currently reside in Chile.", "en", "2025-11-29", [{ text: "currently", kind: "vague", value: null }]],
    ["En los últimos días, cientos de migrantes llegaron a la frontera; en las próximas semanas llegarán más.", "es", "2025-11-29", [
      { text: "los últimos días", kind: "vague", value: null },
      { text: "las próximas semanas", kind: "vague", value: null },
    ]],
    ["Actualmente, unos 330.000 migrantes residen en Chile.", "es", "2025-11-29", [{ text: "Actualmente", kind: "vague" }]],
  ]);
});

test("recurring times are kind set", () => {
  check([
    ["She checked for smog every morning after opening her curtains.", "en", "2013-03-21", [{ text: "every morning", kind: "set", value: "XXXX-XX-XXTMO" }]],
    ["The committee dispenses billions of dollars annually throughout the government.", "en", "2013-03-21", [{ text: "annually", kind: "set", value: "XXXX" }]],
    ["Patrols cross the border twice a week.", "en", "2025-11-29", [{ text: "twice a week", kind: "set", value: "P1W" }]],
    ["Los agentes patrullan la frontera cada semana.", "es", "2025-11-29", [{ text: "cada semana", kind: "set", value: "P1W" }]],
  ]);
});

test("TimeML readings: now / currently are PRESENT_REF, today is the reference day", () => {
  const text = "Davis told CNN on Thursday. \"He's admitted it now.\" The device is currently selling for $250. The minister spoke today.";
  const t = extractTimexes(text, splitSentences(text, "en"), "2013-03-22", "en");
  const by = (s: string) => t.find((x) => x.text === s);
  assert.equal(by("now")?.timeml, "PRESENT_REF");
  assert.equal(by("currently")?.timeml, "PRESENT_REF");
  assert.equal(by("today")?.value, "2013-03-22");
  assert.equal(by("Thursday")?.type, "DATE");
  const p = "Before departing for Jordan on Friday afternoon, Mr Obama revealed the call.";
  const pt = extractTimexes(p, splitSentences(p, "en"), "2013-03-22", "en")[0];
  assert.deepEqual([pt?.text, pt?.value, pt?.timeml, pt?.type], ["Friday afternoon", "2013-03-22", "2013-03-22TAF", "TIME"]);
  const d = "The ministers met for 90 days.";
  assert.equal(extractTimexes(d, splitSentences(d, "en"), "2013-03-22", "en")[0]?.type, "DURATION");
});

test("every mention: offsets give the text back, its sentence and its rule are set", () => {
  const text = readFileSync(new URL("../../test/fixtures/times/peru-border-002.txt", import.meta.url), "utf8");
  const sentences = splitSentences(text, "en");
  const got = extractTimes(text, sentences, "2025-11-30", "en");
  assert.ok(got.length >= 8);
  for (const m of got) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.sentence.includes(m.text), `sentence of "${m.text}"`);
    assert.ok(m.rule.length > 0);
  }
});

test("a whole report (fixture): the dates of the hand annotation", () => {
  const text = readFileSync(new URL("../../test/fixtures/times/peru-border-002.txt", import.meta.url), "utf8");
  const got = run(text, "en", "2025-11-30");
  const values = (t: string) => got.filter((m) => m.text.includes(t)).map((m) => m.value);
  assert.deepEqual(values("November 29, 2025"), ["2025-11-29"]);
  assert.deepEqual(values("December 14"), ["2025-12-14", "2025-12-14"]);
  assert.deepEqual(values("March 11, 2026"), ["2026-03-11"]);
  assert.deepEqual(values("2015"), ["2015"]);
  assert.deepEqual(values("60-day"), ["P60D", "P60D", "P60D"]);
  const text4 = readFileSync(new URL("../../test/fixtures/times/peru-border-004.txt", import.meta.url), "utf8");
  const got4 = run(text4, "en", "2025-11-29");
  const v4 = (t: string) => got4.filter((m) => m.text === t).map((m) => m.value);
  assert.deepEqual(v4("Friday"), ["2025-11-28", "2025-11-28"]);
  assert.deepEqual(v4("October"), ["2025-10"]);
  assert.deepEqual(v4("December 14"), ["2025-12-14"]);
});

test("pastEventDates: the absolute days the text gives for past events, sorted", () => {
  const cases: [string, string[]][] = [
    ["On November 29, 2025, the Peruvian government declared a 60-day state of emergency. The runoff is set for December 14, 2025.", ["2025-11-29"]],
    ["Kast warned migrants they had 103 days—until March 11, 2026, when the next president is sworn in—to leave. Talks began on November 20, 2025, and the decree was published on November 29, 2025.", ["2025-11-20", "2025-11-29"]],
    ["Peru declared the emergency on Friday.", []],
    ["El 29 de noviembre de 2025, el gobierno declaró el estado de emergencia.", ["2025-11-29"]],
  ];
  for (const [text, expected] of cases) {
    const sentences = splitSentences(text, "en");
    const lang: Lang = /\bel\b/.test(text) ? "es" : "en";
    const times = extractTimes(text, sentences, null, lang);
    assert.deepEqual(pastEventDates(text, sentences, times), expected, text);
  }
});

test("the same input gives the same mentions", () => {
  const text = "Jerí declared the emergency on Friday; it lasts 60 days, until January 28.";
  assert.deepEqual(run(text, "en", "2025-11-29"), run(text, "en", "2025-11-29"));
});
