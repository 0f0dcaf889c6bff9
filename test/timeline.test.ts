// The timeline dates events, not reports: a dateline sentence ("Oaxaca, 3 de marzo de 2026.",
// "WASHINGTON, March 3") makes no entry; a sentence that says what happened on that day does.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, TimeMention } from "../src/report/schema.js";
import { storyContext } from "../src/reconcile/story-context.js";
import { buildTimeline } from "../src/reconcile/timeline.js";

function article(id: string, text: string, lang: "en" | "es"): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet: id, byline: null, published: null, dateline: null, referenceDate: { date: "2026-03-03", basis: "metadata", note: "" }, language: lang, text, removed: [], nearDuplicateOf: null };
}

function time(a: Article, sentence: string, text: string, value: string): TimeMention {
  const sentenceStart = a.text.indexOf(sentence);
  const start = sentenceStart + sentence.indexOf(text);
  assert.ok(sentenceStart >= 0 && start >= sentenceStart, text);
  return { articleId: a.id, start, end: start + text.length, text, sentence, sentenceStart, rule: "test", kind: "date", value, precision: "day", basis: "absolute" };
}

const CASES: [lang: "en" | "es", dateline: string, datelineDate: string, event: string, eventDate: string][] = [
  ["es", "Oaxaca, 3 de marzo de 2026.", "3 de marzo de 2026", "Un sismo de magnitud 7,1 sacudió el martes el estado de Oaxaca.", "el martes"],
  ["es", "CIUDAD DE MÉXICO, 3 de marzo de 2026.", "3 de marzo de 2026", "El temblor dejó tres muertos el martes en Juchitán.", "el martes"],
  ["en", "WASHINGTON, March 3, 2026.", "March 3, 2026", "A magnitude 7.1 earthquake struck southern Mexico on Tuesday.", "on Tuesday"],
];

for (const [lang, dateline, dd, event, ed] of CASES) {
  test(`timeline (${lang}): the dateline "${dateline}" makes no entry; the event sentence does`, () => {
    const a = article("a", `${dateline} ${event}`, lang);
    const ctx = storyContext({ articles: new Map([[a.id, a]]), quantities: [], times: [time(a, dateline, dd, "2026-03-03"), time(a, event, ed, "2026-03-03")], quotes: [], entities: [], entityMentions: [] });
    const tl = buildTimeline(ctx);
    assert.deepEqual(tl.map((e) => [e.date, e.summary]), [["2026-03-03", event]]);
  });
}

test("timeline: a short sentence that says what happened is no dateline", () => {
  const s = "Lima, March 3, 2026: police cleared the border.";
  const a = article("a", s, "en");
  const ctx = storyContext({ articles: new Map([[a.id, a]]), quantities: [], times: [time(a, s, "March 3, 2026", "2026-03-03")], quotes: [], entities: [], entityMentions: [] });
  assert.equal(buildTimeline(ctx).length, 1);
});

test("timeline: 'this year' in a sentence that dates a day within it adds no entry; a named month does", () => {
  const s = "A drone strike killed at least 40 people on Wednesday, in one of the deadliest attacks this year.";
  const t = "The strike was the worst since the siege began in March 2026, officials said on Wednesday.";
  const a = article("a", `${s} ${t}`, "en");
  const coarse = (sentence: string, text: string, value: string, precision: TimeMention["precision"], rule: string): TimeMention => ({ ...time(a, sentence, text, value), precision, rule });
  const ctx = storyContext({
    articles: new Map([[a.id, a]]),
    quantities: [],
    times: [time(a, s, "on Wednesday", "2026-03-04"), coarse(s, "this year", "2026", "year", "relative/shift-unit"), time(a, t, "on Wednesday", "2026-03-04"), coarse(t, "March 2026", "2026-03", "month", "chrono/ENMonthNameParser")],
    quotes: [],
    entities: [],
    entityMentions: [],
  });
  const tl = buildTimeline(ctx);
  assert.ok(!tl.some((e) => e.date === "2026"), JSON.stringify(tl.map((e) => e.date)));
  assert.ok(tl.some((e) => e.date === "2026-03"));
  assert.ok(tl.some((e) => e.date === "2026-03-04"));
});
