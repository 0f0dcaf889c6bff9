// Reconciliation rules on real sentences: hedged figures, durations to one end day, announcement vs
// formal act, political labels, quotation groups, the timeline — and cases that must NOT align.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, QuantityMention, TimeMention, QuoteMention, Entity, EntityMention } from "../src/report/schema.js";
import { storyContext } from "../src/reconcile/story-context.js";
import { quantityClaims } from "../src/reconcile/claims/quantities.js";
import { dateClaims } from "../src/reconcile/claims/dates-of-events.js";
import { characterizationClaims, findCharacterizations } from "../src/reconcile/claims/characterizations.js";
import { quoteGroups } from "../src/reconcile/quote-groups.js";
import { buildTimeline } from "../src/reconcile/timeline.js";

function article(id: string, text: string, ref: string | null, outlet: string): Article {
  return { id, version: id, source: `${id}.txt`, sources: [`${id}.txt`], url: null, title: null, outlet, byline: null, published: null, dateline: null, referenceDate: { date: ref, basis: ref ? "story" : "none", note: "" }, language: "en", text, removed: [], nearDuplicateOf: null };
}

function q(a: Article, text: string, fields: Partial<QuantityMention>): QuantityMention {
  const start = a.text.indexOf(text);
  assert.ok(start >= 0, text);
  const sentence = a.text.split(/(?<=\.)\s+/).find((s) => s.includes(text))!;
  return { articleId: a.id, start, end: start + text.length, text, sentence, rule: "test", value: null, min: null, max: null, hedge: "exact", unit: null, counted: null, ...fields };
}

function t(a: Article, text: string, fields: Partial<TimeMention>): TimeMention {
  const start = a.text.indexOf(text);
  assert.ok(start >= 0, text);
  const sentence = a.text.split(/(?<=\.)\s+/).find((s) => s.includes(text))!;
  return { articleId: a.id, start, end: start + text.length, text, sentence, rule: "test", kind: "date", value: null, precision: "day", basis: "absolute", ...fields };
}

function ctxOf(articles: Article[], p: { quantities?: QuantityMention[]; times?: TimeMention[]; quotes?: QuoteMention[]; entities?: Entity[]; entityMentions?: EntityMention[] }) {
  return storyContext({ articles: new Map(articles.map((a) => [a.id, a])), quantities: p.quantities ?? [], times: p.times ?? [], quotes: p.quotes ?? [], entities: p.entities ?? [], entityMentions: p.entityMentions ?? [] });
}

const A = article("a", "Peruvian President José Jerí declared a state of emergency on Friday after at least 100 foreigners, mostly Venezuelans, assembled at the frontier seeking to cross into Peru. Some 330,000 undocumented migrants currently reside in Chile.", "2025-11-29", "Outlet A");
const B = article("b", "At least 100 people were reported at the border seeking entry into Peru on Friday, according to police. About 330,000 undocumented migrants currently reside in Chile. Thousands of undocumented migrants seek to leave Chile ahead of a crackdown.", "2025-11-29", "Outlet B");
const C = article("c", "According to police, 100 foreign nationals are currently gathered at the Peru-Chile border hoping to cross into Peru.", "2025-11-29", "Outlet C");

test("hedged figures of one fact: at least 100 / 100 compatible, about 330,000 agree; thousands leaving Chile is another fact", () => {
  const ms = [
    q(A, "at least 100 foreigners", { value: 100, min: 100, hedge: "at_least", unit: "people", counted: "foreigners" }),
    q(B, "At least 100 people", { value: 100, min: 100, hedge: "at_least", unit: "people", counted: "people" }),
    q(C, "100 foreign nationals", { value: 100, hedge: "exact", unit: "people", counted: "foreign nationals" }),
    q(A, "330,000 undocumented migrants", { value: 330000, hedge: "about", unit: "people", counted: "undocumented migrants" }),
    q(B, "About 330,000 undocumented migrants", { value: 330000, hedge: "about", unit: "people", counted: "undocumented migrants" }),
    q(B, "Thousands of undocumented migrants", { value: null, min: 2000, hedge: "vague", unit: "people", counted: "undocumented migrants" }),
  ];
  const claims = quantityClaims(ctxOf([A, B, C], { quantities: ms }));
  const at100 = claims.find((c) => c.values.some((v) => v.value === 100))!;
  if (process.env.DEBUG_TEST) console.log(JSON.stringify(claims, null, 1));
  assert.equal(at100.values.length, 3);
  assert.equal(at100.status, "compatible");
  assert.match(at100.explanation, /can all be true/);
  const k330 = claims.find((c) => c.values.some((v) => v.value === 330000))!;
  assert.equal(k330.values.length, 2);
  assert.equal(k330.status, "agree");
  const thousands = claims.find((c) => c.values.some((v) => /Thousands/.test(v.text)))!;
  assert.equal(thousands.status, "single-source", "thousands of migrants leaving Chile is not the 100 at the border");
  assert.ok(!claims.some((c) => c.status === "conflict"));
});

test("a duration counted from different days to the same end day is explained, naming the end day", () => {
  const D = article("d", "Kast warned undocumented migrants in Chile that they had exactly 103 days—until March 11, 2026—to leave the country voluntarily.", "2025-11-29", "Outlet D");
  const E = article("e", "In a video message recorded at the border on November 20, Kast warned undocumented migrants that they must leave Chile voluntarily.", "2025-11-29", "Outlet E");
  const F = article("f", "In a recent campaign video, Kast told migrants: You have 111 days to leave Chile voluntarily.", null, "Outlet F");
  const quantities = [
    q(D, "103 days", { value: 103, unit: "day" }),
    q(F, "111 days", { value: 111, unit: "day" }),
  ];
  const times = [
    t(D, "103 days", { kind: "duration", value: "P103D", precision: null, until: "2026-03-11" }),
    t(D, "March 11, 2026", { value: "2026-03-11" }),
    t(E, "November 20", { value: "2025-11-20" }),
    t(F, "111 days", { kind: "duration", value: "P111D", precision: null }),
    t(A, "Friday", { value: "2025-11-28", basis: "relative" }),
  ];
  const claims = quantityClaims(ctxOf([A, D, E, F], { quantities, times }));
  const c = claims.find((x) => x.values.length === 2)!;
  assert.ok(c, JSON.stringify(claims, null, 1));
  assert.equal(c.status, "explained");
  assert.match(c.explanation, /2026-03-11/);
  assert.match(c.explanation, /20 November 2025/);
  assert.match(c.explanation, /28 November 2025/);
  // without a stated end day nothing reconciles them
  const bare = quantityClaims(ctxOf([D, F], { quantities, times: times.filter((x) => x.until === undefined) }));
  assert.equal(bare.find((x) => x.values.length === 2)?.status ?? "conflict", "conflict");
});

test("an announcement and the formal decree a day later are explained; unrelated dates do not align", () => {
  const G = article("g", "President Jerí declared a state of emergency along the border on Friday. The announcement, posted on his X account, came as police stepped up patrols.", "2025-11-29", "Outlet G");
  const H = article("h", "On November 29, 2025, the government declared a 60-day state of emergency along its southern border with Chile. The decision was detailed in an official decree.", null, "Outlet H");
  const I = article("i", "Chile holds its presidential runoff on December 14. Kast faces Jara in the December 14 run-off.", null, "Outlet I");
  const J = article("j", "Chile's presidential runoff is set for December 14.", null, "Outlet J");
  const times = [
    t(G, "Friday", { value: "2025-11-28", basis: "relative" }),
    t(H, "November 29, 2025", { value: "2025-11-29" }),
    t(I, "December 14", { value: "2025-12-14" }),
    t(J, "December 14", { value: "2025-12-14" }),
  ];
  const claims = dateClaims(ctxOf([G, H, I, J], { times }));
  const decl = claims.find((c) => c.values.some((v) => v.value === "2025-11-28"))!;
  assert.equal(decl.status, "explained");
  assert.match(decl.explanation, /announcement/);
  assert.match(decl.explanation, /decree/);
  const runoff = claims.find((c) => c.values.some((v) => v.value === "2025-12-14"))!;
  assert.equal(runoff.status, "agree");
  assert.equal(new Set(runoff.values.map((v) => v.articleId)).size, 2);
  assert.ok(!claims.some((c) => c.values.some((v) => v.value === "2025-12-14") && c.values.some((v) => v.value === "2025-11-29")));
});

test("political labels: same point agrees, far apart conflicts, and a label on another person is not taken", () => {
  const K = article("k", "Jerí, a right-leaning leader who recently assumed office, argued the influx poses a threat. Far-right frontrunner José Antonio Kast has filmed videos.", null, "K");
  const L = article("l", "Jeri, a far-right leader who assumed the presidency in October, cited public safety. Chile's far-right presidential frontrunner, Jose Antonio Kast, faces leftist Jeannette Jara.", null, "L");
  const entities: Entity[] = [
    { id: "e-jeri", type: "person", name: "José Jerí", aliases: ["Jerí", "Jeri"], description: null, articleIds: ["k", "l"] },
    { id: "e-kast", type: "person", name: "José Antonio Kast", aliases: [], description: null, articleIds: ["k", "l"] },
    { id: "e-jara", type: "person", name: "Jeannette Jara", aliases: [], description: null, articleIds: ["l"] },
  ];
  const em = (a: Article, text: string, entityId: string): EntityMention => {
    const start = a.text.indexOf(text);
    return { articleId: a.id, start, end: start + text.length, text, sentence: "", rule: "test", entityId };
  };
  const entityMentions = [em(K, "Jerí", "e-jeri"), em(K, "José Antonio Kast", "e-kast"), em(L, "Jeri", "e-jeri"), em(L, "Jose Antonio Kast", "e-kast"), em(L, "Jeannette Jara", "e-jara")];
  const claims = characterizationClaims(ctxOf([K, L], { entities, entityMentions }));
  const by = (id: string) => claims.find((c) => c.subject.includes(entities.find((e) => e.id === id)!.name))!;
  assert.equal(by("e-jeri").status, "conflict");
  assert.deepEqual(by("e-jeri").values.map((v) => v.text).sort(), ["far-right", "right-leaning"]);
  assert.equal(by("e-kast").status, "agree");
  assert.equal(by("e-jara").status, "single-source");
  assert.equal(by("e-jara").values[0]!.text, "leftist");
});

test("political labels: a spectrum word that is also a common word counts only beside a political noun", () => {
  const text = "Creighton got 14 points from starting center Gregory Echenique. Lohan has left the Betty Ford Center. The centre party candidate Jane Doe won. El candidato de centro Juan Pérez habló desde el centro de entrega de Airbus.";
  const at = (name: string): EntityMention => {
    const start = text.indexOf(name);
    return { articleId: "a", start, end: start + name.length, text: name, sentence: "", rule: "test", entityId: `e-${name}` };
  };
  const people = ["Gregory Echenique", "Betty Ford Center", "Jane Doe", "Juan Pérez", "Airbus"].map(at);
  const found = findCharacterizations("a", text, people);
  assert.deepEqual(found.map((f) => [f.entityId, f.term]).sort(), [["e-Jane Doe", "centre"], ["e-Juan Pérez", "centro"]]);
});

test("quotation groups: partial quotes and two translations of one sentence; different speakers never", () => {
  const mk = (articleId: string, text: string, speakerId: string | null): QuoteMention => ({ articleId, start: 0, end: text.length, text, sentence: text, rule: "test", speaker: speakerId, speakerId });
  const qs = [
    mk("a", "generate tranquility", "e-jeri"),
    mk("b", "will generate tranquility before the risk of migrants entering without authorization", "e-jeri"),
    mk("c", "We ARE going to declare a state of emergency at the border with Chile to generate tranquility before the risk of migrants entering without authorisation", "e-jeri"),
    mk("b", "If you don’t leave voluntarily, we will detain you, retain you, expel you, and you’ll leave with what you have on", "e-kast"),
    mk("c", "You have 111 days to leave Chile voluntarily. If not, we will stop you, we will detain you, we will expel you. You will leave with only the clothes on your back.", "e-kast"),
    mk("c", "People cannot be used as a means to create controversy for the elections", "e-cordero"),
    mk("d", "generate tranquility", "e-other"),
  ];
  const groups = quoteGroups(qs);
  const jeri = groups.find((g) => g.speakerId === "e-jeri")!;
  assert.equal(jeri.quotes.length, 3);
  const kast = groups.find((g) => g.speakerId === "e-kast")!;
  assert.equal(kast.quotes.length, 2);
  assert.equal(groups.find((g) => g.speakerId === "e-other")!.quotes.length, 1);
});

test("timeline: dates deduplicated across outlets, and a derived end date with its counting rule", () => {
  const H = article("h", "On November 29, 2025, the government declared a 60-day state of emergency along its southern border with Chile.", null, "H");
  const I = article("i", "Chile holds its presidential runoff on December 14.", null, "I");
  const J = article("j", "The presidential runoff on December 14 pits Kast against Jara.", null, "J");
  const times = [
    t(H, "November 29, 2025", { value: "2025-11-29" }),
    t(H, "60-day", { kind: "duration", value: "P60D", precision: null }),
    t(I, "December 14", { value: "2025-12-14" }),
    t(J, "December 14", { value: "2025-12-14" }),
  ];
  const tl = buildTimeline(ctxOf([H, I, J], { times }));
  assert.deepEqual(tl.map((e) => e.date), ["2025-11-29", "2025-12-14", "2026-01-28"]);
  assert.deepEqual(tl[1]!.articleIds.sort(), ["i", "j"]);
  assert.equal(tl[2]!.derived, true);
  assert.match(tl[2]!.rule!, /2025-11-29 \+ 60 days/);
});

test("timeline: a duration that is a distance from a date ('a day after', 'tres días después') derives no end date", () => {
  const A = article("a", "The toll rose to 17 on Wednesday, a day after the blaze trapped workers behind locked exits.", null, "A");
  const B = article("b", "El 3 de junio, tres días después del incendio, la policía detuvo a los dueños.", null, "B");
  const C = article("c", "On June 1 the ministry imposed a 30-day ban on night shifts.", null, "C");
  const times = [
    t(A, "Wednesday", { value: "2025-06-04" }),
    t(A, "a day", { kind: "duration", value: "P1D", precision: null }),
    t(B, "3 de junio", { value: "2025-06-03" }),
    t(B, "tres días", { kind: "duration", value: "P3D", precision: null }),
    t(C, "June 1", { value: "2025-06-01" }),
    t(C, "30-day", { kind: "duration", value: "P30D", precision: null }),
  ];
  const derived = buildTimeline(ctxOf([A, B, C], { times })).filter((e) => e.derived);
  assert.deepEqual(derived.map((e) => e.date), ["2025-07-01"], "only the 30-day ban is a period");
});

test("figures that are not one fact are not a conflict: other kinds of people, other people named, far apart, distances from a date", () => {
  // each pair below shares enough words that the plain context rule alone would line it up
  const F = article("f", "No one was hurt in the fire on Friday night although two children were inside the church when the fire started, officials said.", "2025-06-06", "F");
  const G = article("g", "No one was hurt in the fire on Friday night although 40 firefighters were inside the church when the fire spread, officials said.", "2025-06-06", "G");
  const H = article("h", "Jones-Drew ran for 91 yards in the win over the Colts on Sunday.", "2025-06-06", "H");
  const I = article("i", "Luck ran for 205 yards in the win over the Colts on Sunday.", "2025-06-06", "I");
  const J = article("j", "DiLeo spent four seasons as the team's director of personnel with the 76ers.", "2025-06-06", "J");
  const K = article("k", "DiLeo has spent 19 seasons with the 76ers as player, scout and director.", "2025-06-06", "K");
  const L = article("l", "The new endangered species rule takes effect nine days before the inauguration.", "2025-06-06", "L");
  const M = article("m", "The new endangered species rule takes effect in 30 days, officials said.", "2025-06-06", "M");
  const person = (id: string, name: string): Entity => ({ id, type: "person", name, aliases: [], description: null, articleIds: [], coordinates: null });
  const named = (a: Article, text: string, entityId: string): EntityMention => {
    const start = a.text.indexOf(text);
    return { articleId: a.id, start, end: start + text.length, text, sentence: a.text, rule: "test", entityId };
  };
  const quantities = [
    q(F, "two children", { value: 2, unit: "people", counted: "children" }),
    q(G, "40 firefighters", { value: 40, unit: "people", counted: "firefighters" }),
    q(H, "91 yards", { value: 91, unit: "yards" }),
    q(I, "205 yards", { value: 205, unit: "yards" }),
    q(J, "four seasons", { value: 4, unit: null, counted: "seasons" }),
    q(K, "19 seasons", { value: 19, unit: null, counted: "seasons" }),
    q(L, "nine days", { value: 9, unit: "days" }),
    q(M, "30 days", { value: 30, unit: "days" }),
  ];
  const entities = [person("e-jd", "Maurice Jones-Drew"), person("e-luck", "Andrew Luck"), person("e-dileo", "Tony DiLeo")];
  const entityMentions = [named(H, "Jones-Drew", "e-jd"), named(I, "Luck", "e-luck"), named(J, "DiLeo", "e-dileo"), named(K, "DiLeo", "e-dileo")];
  const claims = quantityClaims(ctxOf([F, G, H, I, J, K, L, M], { quantities, entities, entityMentions }));
  const conflicts = claims.filter((c) => c.status === "conflict").map((c) => c.values.map((v) => v.text).join(" / "));
  assert.deepEqual(conflicts, []);
  assert.equal(claims.length, quantities.length, "every figure stands alone");
});

test("the same people named, or none, and figures close enough: still a conflict", () => {
  const N = article("n", "Siemens will cut 1,200 jobs at its factories in Erlangen and Nuremberg, chief executive Roland Busch said on Wednesday.", "2025-09-10", "N");
  const O = article("o", "Siemens will cut 1,500 jobs at its factories in Erlangen and Nuremberg, chief executive Roland Busch said.", "2025-09-10", "O");
  const quantities = [q(N, "1,200 jobs", { value: 1200, unit: null, counted: "jobs" }), q(O, "1,500 jobs", { value: 1500, unit: null, counted: "jobs" })];
  const busch: Entity = { id: "e-busch", type: "person", name: "Roland Busch", aliases: [], description: null, articleIds: [], coordinates: null };
  const entityMentions = [N, O].map((a): EntityMention => {
    const start = a.text.indexOf("Roland Busch");
    return { articleId: a.id, start, end: start + 12, text: "Roland Busch", sentence: a.text, rule: "test", entityId: "e-busch" };
  });
  const claims = quantityClaims(ctxOf([N, O], { quantities, entities: [busch], entityMentions }));
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.status, "conflict");
});

test("dates: a difference resting on relative dates counted from a guessed day is explained as different reference days; with stated days it is a conflict", () => {
  const P = article("p", "Police arrested the suspect in Dhaka on Thursday after a two-day manhunt across the city.", "2025-06-06", "P");
  const Q = article("q", "Police arrested the suspect in Dhaka yesterday after a two-day manhunt across the city.", "2025-06-06", "Q");
  const times = [t(P, "Thursday", { value: "2025-06-05", basis: "relative" }), t(Q, "yesterday", { value: "2025-06-04", basis: "relative" })];
  const guessed = dateClaims(ctxOf([P, Q], { times }));
  assert.equal(guessed.length, 1);
  assert.equal(guessed[0]!.status, "explained");
  assert.match(guessed[0]!.explanation, /Different reference days/);
  const stated = (a: Article): Article => ({ ...a, published: "2025-06-06", referenceDate: { date: "2025-06-06", basis: "metadata", note: "" } });
  const firm = dateClaims(ctxOf([stated(P), stated(Q)], { times }));
  assert.equal(firm[0]!.status, "conflict", "both articles say when they were written: the days really differ");
});

test("an undated count that rose, dated by its own sentence, is a later update; two counts of one day still conflict", () => {
  const R = article("r", "A fire at a garment factory in Gazipur killed 12 workers on Tuesday, fire officials said.", "2025-06-05", "R");
  const S = article("s", "The death toll from the fire at a garment factory in Gazipur rose to 17 workers on Wednesday, fire officials said.", "2025-06-05", "S");
  const T = article("t", "A fire at a garment factory in Gazipur killed 14 workers on Tuesday, fire officials said.", "2025-06-05", "T");
  const quantities = [q(R, "12 workers", { value: 12, unit: "people", counted: "workers" }), q(S, "17 workers", { value: 17, unit: "people", counted: "workers" })];
  const times = [t(R, "Tuesday", { value: "2025-06-03", basis: "relative" }), t(S, "Wednesday", { value: "2025-06-04", basis: "relative" }), t(T, "Tuesday", { value: "2025-06-03", basis: "relative" })];
  const update = quantityClaims(ctxOf([R, S], { quantities, times }));
  assert.equal(update.length, 1);
  assert.equal(update[0]!.status, "explained");
  assert.match(update[0]!.explanation, /later update.*2025-06-03.*2025-06-04/);
  const withT = quantityClaims(ctxOf([R, S, T], { quantities: [...quantities, q(T, "14 workers", { value: 14, unit: "people", counted: "workers" })], times }));
  assert.equal(withT.find((c) => c.values.length === 3)?.status, "conflict", "12 and 14 on the same Tuesday disagree");
});

test("a sentence that dates two moments ('on Sunday, a day after Lima declared …') neither re-dates the event nor starts a period", () => {
  const U = article("u", "The government declared a 60-day state of emergency at the border on Saturday, officials said.", "2025-11-30", "U");
  const V = article("v", "Migrants waited at the border on Sunday, a day after the government declared a 60-day state of emergency, officials said.", "2025-11-30", "V");
  const times = [
    t(U, "Saturday", { value: "2025-11-29", basis: "relative" }),
    t(U, "60-day", { kind: "duration", value: "P60D", precision: null }),
    t(V, "Sunday", { value: "2025-11-30", basis: "relative" }),
    t(V, "a day", { kind: "duration", value: "P1D", precision: null }),
    t(V, "60-day", { kind: "duration", value: "P60D", precision: null }),
  ];
  const ctx = ctxOf([U, V], { times });
  assert.ok(!dateClaims(ctx).some((c) => c.status === "conflict"), "Saturday and Sunday are two moments, not two dates of one event");
  const derived = buildTimeline(ctx).filter((e) => e.derived);
  assert.deepEqual(derived.map((e) => e.date), ["2026-01-28"], "only the period counted from the day its own sentence states");
});

test("figures that differ exactly as their stated sources differ are explained by the sources; one source with two figures is a conflict", () => {
  const W = article("w", "The quake killed 12 people in Arequipa, the civil defence office said.", "2025-05-10", "W");
  const X = article("x", "The quake killed 15 people in Arequipa, according to the regional police.", "2025-05-10", "X");
  const Y = article("y", "The quake killed 15 people in Arequipa, the civil defence office said.", "2025-05-10", "Y");
  const m = (a: Article, text: string, value: number) => q(a, text, { value, unit: "people", counted: "people" });
  const sources = quantityClaims(ctxOf([W, X], { quantities: [m(W, "12 people", 12), m(X, "15 people", 15)] }));
  assert.equal(sources.length, 1);
  assert.equal(sources[0]!.status, "explained");
  assert.match(sources[0]!.explanation, /different sources.*civil defence office.*regional police/);
  const same = quantityClaims(ctxOf([W, Y], { quantities: [m(W, "12 people", 12), m(Y, "15 people", 15)] }));
  assert.equal(same[0]!.status, "conflict", "the civil defence office cannot give both 12 and 15");
});

test("negative table: one declaration dated differently stays a conflict unless the words tell an announcement from the act", () => {
  // [earlier article, later article, status]: "said" is no announcement; "officially" alone is no
  // announcement of the earlier day; an announcing verb and an official act are
  const cases: [string, string, string][] = [
    ["The government said the president declared a state of emergency in the region on November 3, 2025.", "The president officially declared a state of emergency in the region on November 5, 2025.", "conflict"],
    ["The president declared a state of emergency in the region on November 3, 2025.", "The president officially declared a state of emergency in the region on November 5, 2025.", "conflict"],
    ["The president declared a state of emergency in the region on November 3, 2025.", "The president declared a state of emergency in the region on November 5, 2025.", "conflict"],
    ["The president announced on X a state of emergency in the region on November 3, 2025.", "The president officially declared a state of emergency in the region on November 5, 2025, by decree.", "explained"],
  ];
  for (const [x, y, want] of cases) {
    const P = article("p", x, "2025-11-06", "Outlet P");
    const Q = article("q", y, "2025-11-06", "Outlet Q");
    const claims = dateClaims(ctxOf([P, Q], { times: [t(P, "November 3, 2025", { value: "2025-11-03" }), t(Q, "November 5, 2025", { value: "2025-11-05" })] }));
    const c = claims.find((c) => c.values.length === 2);
    assert.ok(c, `${x} / ${y}: not lined up`);
    assert.equal(c.status, want, `${x} / ${y}: ${c.explanation}`);
  }
});

test("two equal figures in one sentence keep their own places and contexts (mentions are placed by offsets)", async () => {
  const { extractArticle } = await import("../src/extract/article.js");
  const { localContext } = await import("../src/reconcile/align.js");
  const { spanInSentence } = await import("../src/reconcile/context.js");
  const text = "Officials said 12 people were killed in the blast and 12 people were injured by falling glass.";
  const x = extractArticle({ id: "a-1", text, language: "en" }, "2025-01-02");
  const twelve = x.quantities.filter((q) => q.text.includes("12 people"));
  assert.equal(twelve.length, 2);
  const [a, b] = twelve as [QuantityMention, QuantityMention];
  assert.notEqual(a.start, b.start);
  assert.deepEqual(spanInSentence(a), [a.start - a.sentenceStart!, a.end - a.sentenceStart!]);
  assert.equal(a.sentence.slice(...spanInSentence(b)!), b.text);
  const ca = localContext(a, 3);
  const cb = localContext(b, 3);
  assert.ok([...ca].some((w) => w.startsWith("kill")), [...ca].join(" "));
  assert.ok([...cb].some((w) => w.startsWith("injur")), [...cb].join(" "));
  assert.ok(![...ca].some((w) => w.startsWith("injur")), [...ca].join(" "));
});
