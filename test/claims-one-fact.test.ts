// Two figures or dates make a conflict only when they state one fact: tables of pairs that must stay
// apart (two facts: a threshold against a turnout, a district against the whole toll, a distance from
// another town, an age against a sentence, the day something was said …) beside pairs that must stay
// conflicts (one fact, two values).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Claim, Entity, EntityMention, QuantityMention, TimeMention } from "../src/report/schema.js";
import { storyContext } from "../src/reconcile/story-context.js";
import { quantityClaims } from "../src/reconcile/claims/quantities.js";
import { dateClaims } from "../src/reconcile/claims/dates-of-events.js";
import { anchorsOf, areaOf, frameOf, qualifierOf } from "../src/reconcile/claims/figure-keys.js";

function article(id: string, text: string, ref = "2025-06-06", basis: Article["referenceDate"]["basis"] = "story"): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet: `Outlet ${id}`, byline: null, published: null, dateline: null, referenceDate: { date: ref, basis, note: "" }, language: "en", text, removed: [], nearDuplicateOf: null };
}

function placed(a: Article, text: string) {
  const start = a.text.indexOf(text);
  assert.ok(start >= 0, text);
  const sentenceStart = a.text.lastIndexOf(". ", start) + 1 && a.text.lastIndexOf(". ", start) + 2;
  const rest = a.text.slice(sentenceStart);
  const end = rest.search(/\.(\s|$)/);
  return { articleId: a.id, start, end: start + text.length, text, sentence: rest.slice(0, end < 0 ? rest.length : end + 1), sentenceStart, rule: "test" };
}

const q = (a: Article, text: string, f: Partial<QuantityMention>): QuantityMention => ({ ...placed(a, text), value: null, min: null, max: null, hedge: "exact", unit: null, counted: null, ...f });
const d = (a: Article, text: string, value: string, f: Partial<TimeMention> = {}): TimeMention => ({ ...placed(a, text), kind: "date", value, precision: "day", basis: "absolute", ...f });
const place = (id: string, name: string): Entity => ({ id, type: "place", name, aliases: [], description: null, articleIds: [], coordinates: null });
const person = (id: string, name: string): Entity => ({ id, type: "person", name, aliases: [], description: null, articleIds: [], coordinates: null });
const named = (a: Article, text: string, entityId: string, from = 0): EntityMention => {
  const start = a.text.indexOf(text, from);
  return { ...placed(a, text), start, end: start + text.length, entityId };
};

function ctxOf(articles: Article[], p: { quantities?: QuantityMention[]; times?: TimeMention[]; entities?: Entity[]; entityMentions?: EntityMention[] }) {
  return storyContext({ articles: new Map(articles.map((a) => [a.id, a])), quantities: p.quantities ?? [], times: p.times ?? [], quotes: [], entities: p.entities ?? [], entityMentions: p.entityMentions ?? [] });
}

/** The status of the claim holding both values, or "apart" when they are not lined up. */
const pairStatus = (claims: Claim[], n = 2) => claims.find((c) => c.values.length >= n)?.status ?? "apart";

type Fig = [string, string, Partial<QuantityMention>];
// [article A, figure A, article B, figure B, status]; both articles of one day unless a third day is given
const FIGURES: [string, [string, Partial<QuantityMention>], string, [string, Partial<QuantityMention>], string, string?][] = [
  // a legal threshold is no turnout
  ["Under Turkmen laws, parliamentary elections can only be declared valid with a turnout more than 50 percent of eligible voters.", ["more than 50 percent", { value: 50, hedge: "more_than", unit: "percent" }],
   "Authorities said turnout reached 93.87 percent of eligible voters in parliamentary elections.", ["93.87 percent", { value: 93.87, unit: "percent" }], "apart"],
  // a question is no report
  ["Should the Yankees go higher than $25 million a season for Teixeira?", ["$25 million", { value: 25e6, hedge: "more_than", unit: "USD" }],
   "The Red Sox offered Teixeira $23 million a season for eight years.", ["$23 million", { value: 23e6, unit: "USD" }], "apart"],
  // a conversion in brackets is the outlet's arithmetic
  ["Damage to the church was estimated at US$1 million ($1.52 million), authorities said.", ["$1.52 million", { value: 1.52e6, unit: "USD" }],
   "Damage to the church was estimated at $1 million, authorities said.", ["$1 million", { value: 1e6, unit: "USD" }], "apart"],
  // the seriously injured are part of the injured
  ["There are around 30 people seriously injured in the quake, some with head injuries.", ["around 30 people", { value: 30, hedge: "about", unit: "people", counted: "people", measure: "injured" }],
   "At least 50 people were injured in the quake, some with head injuries.", ["At least 50 people", { value: 50, hedge: "at_least", unit: "people", counted: "people", measure: "injured" }], "apart"],
  // one district is not the whole toll, even a day later
  ["Twelve people were killed by landslides in Bener Meriah district after the quake.", ["Twelve people", { value: 12, unit: "people", counted: "people", measure: "killed" }],
   "At least 24 people were killed by landslides after the quake.", ["At least 24 people", { value: 24, hedge: "at_least", unit: "people", counted: "people", measure: "killed" }], "apart", "2025-06-07"],
  ["In neighbouring Central Aceh district, 10 people were killed by the quake.", ["10 people", { value: 10, unit: "people", counted: "people", measure: "killed" }],
   "Five people were killed by the quake, officials said.", ["Five people", { value: 5, unit: "people", counted: "people", measure: "killed" }], "apart"],
  // a distance from another town
  ["The quake was centered 23 miles north of Santa Rosa, the USGS said.", ["23 miles", { value: 23, unit: "mile" }],
   "The quake was centered 13 miles east of Cloverdale, the USGS said.", ["13 miles", { value: 13, unit: "mile" }], "apart"],
  ["The quake was centered at a depth of 2.7 miles, the USGS said.", ["2.7 miles", { value: 2.7, unit: "mile" }],
   "The quake was centered six miles west of Anderson Springs, the USGS said.", ["six miles", { value: 6, unit: "mile" }], "apart"],
  // an age is no prison term
  ["He was charged with sexual assault of a child after taking a 15-year girl as a spiritual wife.", ["15-year", { value: 15, unit: "year" }],
   "He received a 20-year sentence for the sexual assault of a child he took as a spiritual wife.", ["20-year", { value: 20, unit: "year" }], "apart"],
  // one fact, two values: stays a conflict
  ["The quake was centered 23 miles north of Santa Rosa, the USGS said.", ["23 miles", { value: 23, unit: "mile" }],
   "The quake was centered 26 miles north of Santa Rosa, the USGS said.", ["26 miles", { value: 26, unit: "mile" }], "conflict"],
  ["Twelve people were killed by landslides in Bener Meriah district after the quake.", ["Twelve people", { value: 12, unit: "people", counted: "people", measure: "killed" }],
   "Fifteen people were killed by landslides in Bener Meriah district after the quake.", ["Fifteen people", { value: 15, unit: "people", counted: "people", measure: "killed" }], "conflict"],
  ["There are around 30 people seriously injured in the quake, some with head injuries.", ["around 30 people", { value: 30, hedge: "about", unit: "people", counted: "people", measure: "injured" }],
   "There are 50 people seriously injured in the quake, some with head injuries.", ["50 people", { value: 50, unit: "people", counted: "people", measure: "injured" }], "conflict"],
  ["Officials said turnout reached 93.87 percent of eligible voters in parliamentary elections.", ["93.87 percent", { value: 93.87, unit: "percent" }],
   "Officials said turnout reached 90 percent of eligible voters in parliamentary elections.", ["90 percent", { value: 90, unit: "percent" }], "conflict"],
  ["He served 4 1/2 months in federal prison for conspiracy to obstruct justice.", ["4 1/2 months", { value: 4.5, unit: "month" }],
   "He served five months in federal prison for conspiracy to obstruct justice.", ["five months", { value: 5, unit: "month" }], "conflict"],
  ["Five people were killed in the quake, officials said.", ["Five people", { value: 5, unit: "people", counted: "people", measure: "killed" }],
   "At least 24 people were killed in the quake and 249 injured, officials said.", ["At least 24 people", { value: 24, hedge: "at_least", unit: "people", counted: "people", measure: "killed" }], "conflict"],
];

test("figures: two facts stay apart, one fact with two values stays a conflict (table)", () => {
  for (const [x, [fx, gx], y, [fy, gy], want, dayB] of FIGURES) {
    const A = article("a", x);
    const B = article("b", y, dayB);
    const claims = quantityClaims(ctxOf([A, B], { quantities: [q(A, fx, gx), q(B, fy, gy)] }));
    assert.equal(pairStatus(claims), want, `${fx} / ${fy}`);
  }
});

test("figures: a share of one country's traffic is not a share of another's; the same country's is one fact", () => {
  const A = article("a", "Sixty-five per cent of traffic to India was down after the cables were cut.");
  const B = article("b", "Up to 80 percent of traffic to Egypt was down after the cables were cut.");
  const C = article("c", "Some 82 percent of traffic to India was down after the cables were cut.");
  const entities = [place("e-in", "India"), place("e-eg", "Egypt")];
  const entityMentions = [named(A, "India", "e-in"), named(B, "Egypt", "e-eg"), named(C, "India", "e-in")];
  const quantities = [q(A, "Sixty-five per cent", { value: 65, unit: "percent" }), q(B, "Up to 80 percent", { value: 80, hedge: "at_most", unit: "percent" }), q(C, "82 percent", { value: 82, unit: "percent" })];
  const claims = quantityClaims(ctxOf([A, B, C], { quantities, entities, entityMentions }));
  const india = claims.find((c) => c.values.some((v) => v.text === "Sixty-five per cent"))!;
  assert.deepEqual(india.values.map((v) => v.text).sort(), ["82 percent", "Sixty-five per cent"]);
  assert.equal(india.status, "conflict");
  assert.equal(claims.find((c) => c.values.some((v) => v.text === "Up to 80 percent"))!.values.length, 1);
});

test("figures: 'he' carries the player named before, so two players' yards stay apart; the same player's conflict", () => {
  const A = article("a", "Thomas was hurt in Week 3. He finished the season with 269 yards rushing on 83 carries.");
  const B = article("b", "Bush finished the season with 404 yards rushing on 106 carries.");
  const C = article("c", "Thomas finished the season with 296 yards rushing on 83 carries.");
  const entities = [person("e-t", "Pierre Thomas"), person("e-b", "Reggie Bush")];
  const entityMentions = [named(A, "Thomas", "e-t"), named(B, "Bush", "e-b"), named(C, "Thomas", "e-t")];
  const y = (a: Article, text: string, value: number) => q(a, text, { value, unit: "yard" });
  const two = quantityClaims(ctxOf([A, B], { quantities: [y(A, "269 yards", 269), y(B, "404 yards", 404)], entities, entityMentions }));
  assert.equal(pairStatus(two), "apart");
  const one = quantityClaims(ctxOf([A, C], { quantities: [y(A, "269 yards", 269), y(C, "296 yards", 296)], entities, entityMentions }));
  assert.equal(pairStatus(one), "conflict");
});

test("figure keys, one by one: frames, qualifiers, areas, anchors (and what is none of them)", () => {
  const A = article("a", "Elections are valid only if turnout is more than 50 percent. Turnout was 90 percent, the commission said. Seven were slightly hurt. Seven were hurt in the blast. It struck 13 miles east of Cloverdale. It fell 150 metres at Mount Cook. McDermott now has 2,029 points in 106 games, but who’s counting?");
  const m = (text: string, f: Partial<QuantityMention> = {}) => q(A, text, { value: 1, ...f });
  const table: [QuantityMention, (x: QuantityMention) => unknown, unknown][] = [
    [m("50 percent"), frameOf, "hypothetical"],
    [m("90 percent"), frameOf, null],
    [m("2,029 points"), frameOf, null],
    [m("Seven"), qualifierOf, "slight"],
    [m("Seven were hurt"), qualifierOf, null],
    [m("Seven were hurt"), areaOf, null],
    [m("13 miles", { unit: "mile" }), anchorsOf(ctxOf([A], {})), "cloverdale"],
    [m("150 metres", { unit: "m" }), anchorsOf(ctxOf([A], {})), ""],
    [m("90 percent", { unit: "percent" }), anchorsOf(ctxOf([A], {})), null],
  ];
  for (const [x, f, want] of table) assert.equal(f(x), want, x.text);
});

// [sentence A, date A, day A, sentence B, date B, day B, status]: articles that say when they were written
const DATES: [string, string, string, string, string, string, string][] = [
  // two events of one trial
  ["Jeffs was extradited to Texas, where he was arraigned Wednesday to face trial on bigamy charges.", "Wednesday", "2025-06-04",
   "A Texas jury convicted Jeffs of child sexual assault Thursday in a case stemming from two young followers.", "Thursday", "2025-06-05", "apart"],
  // the day it was said
  ["A sheriff's deputy was fatally shot Friday outside a Hawaiian Gardens apartment, authorities said.", "Friday", "2025-06-06",
   "Before he was fatally shot outside a Hawaiian Gardens apartment, the deputy was looking for a suspect, officials said Saturday.", "Saturday", "2025-06-07", "apart"],
  // a day inside a quotation
  ["Marchers outside the precinct chanted “how many kids will you kill today” as they marched.", "today", "2025-06-05",
   "The march outside the precinct began Wednesday night as they marched.", "Wednesday night", "2025-06-04", "apart"],
  // one event, two days: a conflict
  ["Police arrested the suspect in Dhaka on Thursday after a two-day manhunt across the city.", "Thursday", "2025-06-05",
   "Police arrested the suspect in Dhaka on Saturday after a two-day manhunt across the city.", "Saturday", "2025-06-07", "conflict"],
  // a date that opens its sentence dates all of it
  ["Early Friday morning, around 1:30 a.m., the actress checked into the Betty Ford Center.", "Early Friday morning", "2025-06-06",
   "The actress checked into the Betty Ford Center rehab facility late Thursday, dodging arrest.", "late Thursday", "2025-06-05", "conflict"],
];

test("dates: the event a date belongs to — other events, the day it was said, a quotation stay apart; one event on two days stays a conflict (table)", () => {
  for (const [x, dx, vx, y, dy, vy, want] of DATES) {
    const A = article("a", x, "2025-06-08", "metadata");
    const B = article("b", y, "2025-06-08", "metadata");
    const claims = dateClaims(ctxOf([A, B], { times: [d(A, dx, vx), d(B, dy, vy)] }));
    assert.equal(pairStatus(claims), want, `${dx} / ${dy}`);
  }
});

test("figures: a magnitude of a quake on another stated day is of another quake; on the same day it conflicts", () => {
  const A = article("a", "A magnitude 4.2 earthquake struck near The Geysers on Sunday morning, the USGS said.", "2025-06-06", "metadata");
  const B = article("b", "A magnitude 4.6 earthquake struck near The Geysers on Thursday morning, the USGS said.", "2025-06-06", "metadata");
  const C = article("c", "A magnitude 4.4 earthquake struck near The Geysers on Sunday morning, the USGS said.", "2025-06-06", "metadata");
  const mag = (a: Article, text: string, value: number) => q(a, text, { value, unit: "magnitude" });
  const times = [d(A, "Sunday morning", "2025-06-01", { basis: "relative" }), d(B, "Thursday morning", "2025-06-05", { basis: "relative" }), d(C, "Sunday morning", "2025-06-01", { basis: "relative" })];
  const two = quantityClaims(ctxOf([A, B], { quantities: [mag(A, "magnitude 4.2", 4.2), mag(B, "magnitude 4.6", 4.6)], times }));
  assert.equal(pairStatus(two), "apart");
  const one = quantityClaims(ctxOf([A, C], { quantities: [mag(A, "magnitude 4.2", 4.2), mag(C, "magnitude 4.4", 4.4)], times }));
  assert.equal(pairStatus(one), "conflict");
});
