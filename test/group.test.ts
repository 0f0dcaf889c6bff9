// Story grouping: real ECB+ articles (test/fixtures/group, CC BY 3.0) must group by event, two
// events of the same kind must stay apart, and the grouper must be deterministic and incremental.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { docFeatures, type GroupDoc } from "../src/group/features.js";
import { agedAt } from "../src/group/cues.js";
import { StoryGrouper, storyIdFor, type GroupOptions } from "../src/group/stories.js";
import { addAllParallel } from "../src/group/parallel.js";
import { topIndexes } from "../src/group/sparse.js";
import { pluralStem } from "../src/text/stem.js";
import { tokenize } from "../src/text/tokens.js";
import { Vocabulary } from "../src/group/vocabulary.js";
import { ROOT } from "../src/lexicon.js";

interface Sample extends GroupDoc {
  cluster: string;
}

const samples: Sample[] = readFileSync(join(ROOT, "test/fixtures/group/ecbplus-sample.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Sample);

/** Deterministic shuffle (32-bit LCG), as in scripts/eval/ecbplus.mjs. */
function shuffle<T>(a: readonly T[], seed: number): T[] {
  const out = [...a];
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function group(docs: readonly GroupDoc[]): StoryGrouper {
  const g = new StoryGrouper();
  for (const d of docs) g.add(d);
  return g;
}

const orders: [string, Sample[]][] = [
  ["file order", samples],
  ["shuffled", shuffle(samples, 7)],
];

describe("StoryGrouper on real articles", () => {
  // articles of one event that must end in one story
  const together: [string, string[]][] = [
    ["Tara Reid enters rehab (2008)", ["1_1ecb.xml", "1_2ecb.xml", "1_3ecb.xml", "1_4ecb.xml"]],
    ["West Papua earthquake (2009)", ["37_1ecb.xml", "37_2ecb.xml", "37_3ecb.xml", "37_4ecb.xml"]],
    ["Aceh earthquake (2013)", ["37_1ecbplus.xml", "37_2ecbplus.xml", "37_3ecbplus.xml", "37_4ecbplus.xml"]],
    ["Brian Nichols sentenced", ["3_1ecb.xml", "3_3ecb.xml", "3_4ecb.xml"]],
    ["Arcade Comeaux escapes", ["3_1ecbplus.xml", "3_2ecbplus.xml", "3_3ecbplus.xml"]],
  ];
  // two events of the same kind: no story may hold articles of both
  const apart: [string, string, string][] = [
    ["two actresses' rehab stays", "1_ecb", "1_ecbplus"],
    ["two Indonesian earthquakes", "37_ecb", "37_ecbplus"],
    ["a courthouse killer sentenced, a prisoner escaping", "3_ecb", "3_ecbplus"],
  ];
  for (const [orderName, order] of orders) {
    const g = group(order);
    for (const [event, ids] of together) {
      it(`${orderName}: joins the articles of one event: ${event}`, () => {
        const storyIds = new Set(ids.map((id) => g.storyOf(id)));
        assert.equal(storyIds.size, 1, `${event}: ${[...storyIds].join(", ")}`);
      });
    }
    for (const [what, a, b] of apart) {
      it(`${orderName}: keeps apart ${what}`, () => {
        for (const s of g.stories()) {
          const clusters = new Set(s.articleIds.map((id) => samples.find((x) => x.id === id)!.cluster));
          assert.ok(!(clusters.has(a) && clusters.has(b)), `story ${s.id} mixes ${a} and ${b}: ${s.articleIds.join(", ")}`);
        }
      });
    }
    it(`${orderName}: every article is in exactly one story`, () => {
      const all = g.stories().flatMap((s) => s.articleIds);
      assert.equal(all.length, samples.length);
      assert.equal(new Set(all).size, samples.length);
    });
  }
});

describe("StoryGrouper behaviour", () => {
  it("is deterministic: same input order, same stories and ids", () => {
    const a = group(shuffle(samples, 3)).stories();
    const b = group(shuffle(samples, 3)).stories();
    assert.deepEqual(a, b);
  });

  it("names a story after its first article", () => {
    const g = new StoryGrouper();
    const first = samples[0]!;
    assert.equal(g.add(first), storyIdFor(first.id));
    assert.match(storyIdFor(first.id), /^s-[0-9a-f]{12}$/);
  });

  it("is incremental: saving, restoring and adding the rest gives the one-run result", () => {
    const order = shuffle(samples, 11);
    const whole = group(order).stories();
    const first = group(order.slice(0, 10));
    const saved = JSON.parse(JSON.stringify(first.toJSON())) as unknown;
    const restored = StoryGrouper.fromJSON(saved);
    assert.ok(restored);
    for (const d of order.slice(10)) restored.add(d);
    assert.deepEqual(restored.stories(), whole);
  });

  it("adding an article twice changes nothing", () => {
    const g = group(samples.slice(0, 6));
    const before = g.stories();
    assert.equal(g.add(samples[2]!), g.storyOf(samples[2]!.id));
    assert.deepEqual(g.stories(), before);
  });

  it("a merged story's id still resolves to the story that holds its articles", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const g = new StoryGrouper();
      const issued = shuffle(samples, seed).map((d) => g.add(d));
      for (const id of issued) assert.ok(g.stories().some((s) => s.id === g.resolveStory(id)));
    }
  });

  it("never throws on odd input", () => {
    const g = new StoryGrouper();
    const odd: GroupDoc[] = [
      { id: "empty", title: null, text: "" },
      { id: "numbers", title: "", text: "12 34 56 7.8 9-10 11/30/09 2011-11-04" },
      { id: "marks", title: null, text: "… — “ ” « » ¿¡ !!!" },
      { id: "given", title: "T", text: "x", entities: [{ name: "", type: "person" }], dates: ["not a date", "2013"] },
      { id: "script", title: null, text: "Землетрясение магнитудой 6,1 произошло в Индонезии. 地震が発生した。" },
    ];
    for (const d of odd) assert.match(g.add(d), /^s-/);
    assert.equal(g.articleCount, odd.length);
    assert.match(g.add(null as unknown as GroupDoc), /^s-/);
    assert.equal(new StoryGrouper({ threshold: Number.NaN }).options.threshold, new StoryGrouper().options.threshold);
    assert.equal(StoryGrouper.fromJSON({ format: "nope" }), null);
    assert.equal(StoryGrouper.fromJSON(null), null);
    assert.equal(StoryGrouper.fromJSON("{}"), null);
  });
});

describe("StoryGrouper with publication days and people's names", () => {
  // Three local reports from one city: a shooting, another shooting there three weeks later, and
  // the sentencing in the first case half a year on. Only the victim's full name ties the third to
  // the first; the city, its police and the kind of event are shared by all three.
  const person = (name: string) => ({ name, type: "person" });
  const place = (name: string) => ({ name, type: "place" });
  const org = (name: string) => ({ name, type: "organization" });
  const shooting: GroupDoc = {
    id: "bell-shot",
    published: "2023-03-05",
    title: "Man shot dead outside Dayton bar",
    text: "A 27-year-old man was shot and killed outside a bar on Wayne Avenue in Dayton early Saturday, police said. Officers found Marcus Bell with gunshot wounds to the chest shortly after 2 a.m. He was pronounced dead at Miami Valley Hospital. Dayton Police said no arrest had been made and asked witnesses to come forward.",
    entities: [person("Marcus Bell"), place("Dayton"), place("Wayne Avenue"), org("Dayton Police"), org("Miami Valley Hospital")],
    days: ["2023-03-04"],
  };
  const another: GroupDoc = {
    id: "reese-shot",
    published: "2023-03-24",
    title: "Woman killed, boyfriend charged in Dayton home shooting",
    text: "Dayton Police charged a 41-year-old man with murder after his girlfriend, Tanya Reese, 34, was found dead in their Salem Avenue home on Thursday night. A neighbor called 911 after hearing an argument and two shots. Reese died at the scene. The man is held in the Montgomery County Jail on a $1 million bond.",
    entities: [person("Tanya Reese"), place("Dayton"), place("Salem Avenue"), org("Dayton Police"), org("Montgomery County Jail")],
    days: ["2023-03-23"],
  };
  const sentencing: GroupDoc = {
    id: "bell-sentencing",
    published: "2023-09-21",
    title: "Man sentenced for killing of Marcus Bell",
    text: "A Dayton man was sentenced Thursday to 18 years in prison for the fatal shooting of Marcus Bell outside a Wayne Avenue bar in March. Bell, 27, was shot in the chest after an argument. Prosecutors said the shooter fled but was arrested two weeks later. Bell's mother told the court she misses her son every day.",
    entities: [person("Marcus Bell"), place("Dayton"), place("Wayne Avenue")],
    days: ["2023-09-21"],
  };

  it("a follow-up 200 days later that names the victim in full joins; another shooting in the city stays apart", () => {
    const g = group([shooting, another, sentencing]);
    assert.equal(g.storyOf("bell-sentencing"), g.storyOf("bell-shot"));
    assert.notEqual(g.storyOf("reese-shot"), g.storyOf("bell-shot"));
    // the names a story holds survive saving and restoring
    const restored = StoryGrouper.fromJSON(JSON.parse(JSON.stringify(group([shooting, another]).toJSON())) as unknown);
    assert.ok(restored);
    restored.add(sentencing);
    assert.deepEqual(restored.stories(), g.stories());
  });
});

describe("StoryGrouper and the day a follow-up names", () => {
  const place = (name: string) => ({ name, type: "place" });
  const first: GroupDoc = {
    id: "first",
    published: "2023-03-05",
    title: "Man shot dead outside Dayton bar",
    text: "A man was shot and killed outside a bar on Wayne Avenue in Dayton early Saturday, police said. No arrest has been made.",
    entities: [place("Dayton"), place("Wayne Avenue")],
    days: ["2023-03-04"],
  };
  const followUp = (id: string, day: string): GroupDoc => ({
    id,
    published: "2023-04-20",
    title: "Arrest in Dayton bar killing",
    text: `Dayton police arrested a man on Wednesday in the killing outside a Wayne Avenue bar on ${day}.`,
    entities: [place("Dayton"), place("Wayne Avenue")],
    dates: [day],
  });
  const scoreOf = (doc: GroupDoc, recallBonus: number) => {
    const g = new StoryGrouper({ recallBonus });
    g.add(first);
    return g.addWithDecision(doc).score;
  };
  it("a follow-up weeks later that names the day of the first report's news gets recallBonus", () => {
    const named = followUp("named", "2023-03-04");
    assert.ok(Math.abs(scoreOf(named, 0.05) - scoreOf(named, 0) - 0.05) < 1e-9);
  });
  it("one that names another day does not", () => {
    const other = followUp("other", "2023-03-11");
    assert.equal(scoreOf(other, 0.05), scoreOf(other, 0));
  });
  // months later (past maxGapDays), only the gate decides: similarity alone never opens it here
  const farJoined = (day: string) => {
    const g = new StoryGrouper({ farThreshold: 2, threshold: 0.1 });
    g.add(first);
    g.add({ ...followUp("trial", day), published: "2023-10-02", title: "Trial opens in Dayton bar killing" });
    return g.storyOf("trial") === g.storyOf("first");
  };
  it("a trial months later that dates its news to the day of the story's news joins it", () => assert.equal(farJoined("2023-03-04"), true));
  it("one months later that names another day does not", () => assert.equal(farJoined("2023-03-11"), false));
  it("with the default recallBonus, a sentencing months later that dates the killing joins at a similarity of 0.2", () => {
    const sentencing: GroupDoc = {
      id: "sentencing",
      published: "2023-09-20",
      title: "Sentencing in killing",
      text: "A judge sentenced a man on Wednesday to 20 years in prison for a robbery and a killing in Dayton on March 4, prosecutors announced.",
      entities: [place("Dayton"), place("Xenia"), place("Greene County")],
      dates: ["2023-03-04"],
    };
    const decide = (o: Partial<GroupOptions>) => {
      const g = new StoryGrouper(o);
      g.add(first);
      return g.addWithDecision(sentencing);
    };
    const sim = decide({ recallBonus: 0 }).score;
    assert.ok(sim > 0.18 && sim < 0.2, `similarity ${sim}`);
    assert.equal(decide({}).created, false);
    assert.equal(decide({ recallBonus: 0.05 }).created, true);
  });
  it("the story's event days and aged people survive saving and restoring", () => {
    const g = new StoryGrouper();
    g.add({ ...first, entities: [...first.entities!, { name: "Marcus Bell", type: "person", aged: true }] });
    const restored = StoryGrouper.fromJSON(JSON.parse(JSON.stringify(g.toJSON())) as unknown);
    assert.ok(restored);
    const a = followUp("named", "2023-03-04");
    assert.deepEqual(restored.addWithDecision(a), g.addWithDecision(a));
  });
});

describe("StoryGrouper and where and when the news happened", () => {
  const place = (name: string) => ({ name, type: "place" });
  const report = (id: string, town: string, day: string): GroupDoc => ({
    id,
    published: "2023-03-05",
    title: `Man shot dead outside ${town} bar`,
    text: `A man was shot and killed outside a bar on Main Street in ${town} early Saturday, police said. No arrest has been made.`,
    entities: [place(town), place("Main Street")],
    days: [day],
  });
  const second = (town: string, day: string): GroupDoc => ({
    id: "second",
    published: "2023-03-06",
    title: `Police seek gunman in ${town} killing`,
    text: `Police in ${town} are looking for the gunman who killed a man outside a bar on Saturday.`,
    entities: [place(town)],
    days: [day],
  });
  const gain = (doc: GroupDoc) => {
    const scoreOf = (placeDayBonus: number) => {
      const g = new StoryGrouper({ placeDayBonus });
      g.add(report("first", "Dayton", "2023-03-04"));
      return g.addWithDecision(doc).score;
    };
    return scoreOf(0.04) - scoreOf(0);
  };
  it("an article that names the story's place and day gets placeDayBonus", () => assert.ok(Math.abs(gain(second("Dayton", "2023-03-04")) - 0.04) < 1e-9));
  it("one that names the place on another day does not", () => assert.equal(gain(second("Dayton", "2023-03-05")), 0));
  it("one that names another place on the day does not", () => assert.equal(gain(second("Xenia", "2023-03-04")), 0));
  it("the places and days of a story's first reports survive saving and restoring; a version-4 state loads without them", () => {
    const g = new StoryGrouper();
    g.add(report("first", "Dayton", "2023-03-04"));
    const saved = JSON.parse(JSON.stringify(g.toJSON())) as { version: number; stories: { placeDays?: number[] }[] };
    assert.equal(saved.version, 5);
    assert.ok(saved.stories[0]!.placeDays!.length > 0);
    const restored = StoryGrouper.fromJSON(saved);
    assert.ok(restored);
    const doc = second("Dayton", "2023-03-04");
    assert.deepEqual(restored.addWithDecision(doc), g.addWithDecision(doc));
    for (const st of saved.stories) delete st.placeDays;
    const old = StoryGrouper.fromJSON({ ...saved, version: 4 });
    assert.ok(old);
    // without the places and days, the same article scores placeDayBonus less
    const fresh = new StoryGrouper();
    fresh.add(report("first", "Dayton", "2023-03-04"));
    assert.ok(Math.abs(fresh.addWithDecision(doc).score - old.addWithDecision(doc).score - 0.04) < 1e-9);
  });
});

describe("StoryGrouper's candidates", () => {
  // with one candidate scored, the index's best (a story a year older, past the time gate) and
  // the story of the article's week compete for it
  const old = (aged: boolean): GroupDoc => ({
    id: "old",
    published: "2022-01-10",
    title: "Zebra quagga okapi tapir",
    text: "Zebra quagga okapi tapir gazelle shooting.",
    entities: aged ? [{ name: "Ann Reid", type: "person", aged: true }] : [],
  });
  const week: GroupDoc = { id: "week", published: "2023-03-04", title: "Dayton bar", text: "Shooting at a Dayton bar.", entities: [{ name: "Dayton", type: "place" }] };
  const article = (aged: boolean): GroupDoc => ({
    id: "article",
    published: "2023-03-05",
    title: "Zebra quagga okapi tapir",
    text: "Zebra quagga okapi tapir shooting at a Dayton bar.",
    entities: [{ name: "Dayton", type: "place" }, ...(aged ? [{ name: "Ann Reid", type: "person", aged: true }] : [])],
  });
  const joined = (aged: boolean) => {
    const g = new StoryGrouper({ candidates: 1, farThreshold: 2, threshold: 0.05 });
    g.add(old(aged));
    g.add(week);
    g.add(article(aged));
    return g.storyOf("article") === g.storyOf("old") ? "old" : g.storyOf("article") === g.storyOf("week") ? "week" : "new";
  };
  it("a story past the time gate does not crowd out the story of the article's week", () => assert.equal(joined(false), "week"));
  it("one that shares an aged person with the article keeps its place", () => assert.equal(joined(true), "old"));
});

describe("grouping features", () => {
  // [text, name in it, whether the text gives the name an age]
  const ages: [string, string, boolean][] = [
    ["Jamaine Sutton, 32, of Dunbar, was pronounced dead.", "Jamaine Sutton", true],
    ["Officers say 42-year-old Terry Harris was killed.", "Terry Harris", true],
    ["The 17-year-old, Adonis Brown, was formally charged.", "Adonis Brown", true],
    ["The victim, Nora Osman (19), died at the scene.", "Nora Osman", true],
    ["Murió Juan Pérez, de 32 años, en el lugar.", "Juan Pérez", true],
    ["Sgt. Eric Gripp said the shooter fled.", "Eric Gripp", false],
    ["Police spokesman Eric Gripp, who spoke Sunday, said more.", "Eric Gripp", false],
    ["In 2016, Kate White reported on the 2300 block.", "Kate White", false],
    ["Smith, 2300 block of Main Street, was closed.", "Smith", false],
  ];
  for (const [text, name, aged] of ages) {
    it(`${aged ? "reads" : "does not read"} an age for ${name} in "${text}"`, () => {
      const start = text.indexOf(name);
      assert.equal(agedAt(text, start, start + name.length), aged);
    });
  }

  it("counts an aged person's name twice and keeps it apart", () => {
    const f = docFeatures({ id: "x", title: null, text: "x", entities: [{ name: "Terry Harris", type: "person", aged: true }, { name: "Eric Gripp", type: "person" }] });
    assert.equal(f.keys.get("E:terry harris"), 2);
    assert.equal(f.keys.get("E:eric gripp"), 1);
    assert.deepEqual([...f.aged], ["E:terry harris"]);
    assert.deepEqual([...f.strong].sort(), ["E:eric gripp", "E:terry harris"]);
  });

  it("reads the names of a headline besides extraction's, not the outlet's name after it", () => {
    const f = docFeatures({ id: "x", title: "1 dead, 4 wounded in Phoenix shooting - KSLA News 12 Shreveport", text: "One person died.", entities: [] });
    const keys = [...f.keys.keys()];
    assert.ok(keys.includes("e:phoenix"), keys.join(", "));
    for (const k of ["e:shreveport", "E:ksla news", "e:ksla"]) assert.ok(!keys.includes(k), `${k} found`);
    // the outlet's words weigh as body words, the headline's twice
    assert.equal(f.terms.get("shreveport"), 1);
    assert.equal(f.terms.get("phoenix"), 2);
  });

  // two spellings of one place give one key, in the text and in extraction's names
  const spellings: [string, string, string][] = [
    ["Shots on Main St. left one dead.", "Shots on Main Street left one dead.", "E:main street"],
    ["Shots in Anderson Co. left one hurt.", "Shots in Anderson County left one hurt.", "E:anderson county"],
  ];
  for (const [a, b, key] of spellings) {
    it(`reads "${a}" and "${b}" as ${key}`, () => {
      assert.ok(keysOf(a).includes(key), keysOf(a).join(", "));
      assert.ok(keysOf(b).includes(key), keysOf(b).join(", "));
    });
  }
  const entitySpellings: [string, string, string][] = [
    ["St. Louis", "Saint Louis", "E:saint louis"],
    ["Ft. Myers", "Fort Myers", "E:fort myers"],
    ["Hearne Ave", "Hearne Avenue", "E:hearne avenue"],
  ];
  const entityKeys = (name: string) => [...docFeatures({ id: "x", title: null, text: "x", entities: [{ name, type: "place" }] }).keys.keys()];
  for (const [a, b, key] of entitySpellings) {
    it(`reads extraction's "${a}" and "${b}" as ${key}`, () => {
      assert.deepEqual(entityKeys(a), [key]);
      assert.deepEqual(entityKeys(b), [key]);
    });
  }
  it("leaves a lone abbreviation and a name's middle alone", () => {
    assert.deepEqual(entityKeys("St"), ["e:st"]);
    assert.deepEqual(entityKeys("Main St Market"), ["E:main st market"]);
  });

  const keysOf = (text: string, title: string | null = null) => [...docFeatures({ id: "x", title, text }).keys.keys()];
  const has: [string, string, string[]][] = [
    ["a person with age", "Tara Reid, 33, who starred in “American Pie”, has entered the Promises Treatment Center in Malibu.", ["E:tara reid", "e:reid", "n:33", "E:promises treatment center", "e:malibu"]],
    ["a name with a connector", "The Indian Navy thwarted a piracy attempt in the Gulf of Aden on Thursday.", ["E:indian navy", "E:gulf aden", "e:aden"]],
    ["an English date", "Updated: November 30, 2009 at 02:22 pm. The guards said Comeaux escaped.", ["d:2009-11-30", "md:11-30", "y:2009", "e:comeaux"]],
    ["a Spanish date", "El sismo ocurrió el 30 de noviembre de 2009 en Lima.", ["d:2009-11-30", "e:lima"]],
    ["a numeric date and a magnitude", "16/08/2011 - A magnitude 6.1 quake struck Sonoma County.", ["d:2011-08-16", "n:6.1", "E:sonoma county"]],
    ["a model name", "T-Mobile will sell the BlackBerry Q10 with 4G LTE.", ["e:q10", "E:blackberry q10", "E:4g lte"]],
    ["a score", "The Sixers were 9-14 when Cheeks was fired.", ["n:9-14", "e:cheeks"]],
  ];
  for (const [what, text, expected] of has) {
    it(`finds ${what}`, () => {
      const keys = keysOf(text);
      for (const k of expected) assert.ok(keys.includes(k), `${k} not in ${keys.join(", ")}`);
    });
  }

  // inputs that must NOT produce the key
  const hasNot: [string, string, string][] = [
    ["a sentence-initial adverb", "Surely she would repudiate the work. Surely I was about to meet her.", "e:surely"],
    ["a sentence-initial common word", "Officials said the road was closed. Police arrived later.", "e:officials"],
    ["a title in front of a name", "President Barack Obama spoke on Tuesday.", "E:president barack obama"],
    ["a weekday", "He spoke on Tuesday. Tuesday was cold.", "e:tuesday"],
    ["a clock time as a number", "The quake struck at 11:25 local time.", "n:11:25"],
    ["an ordinal as a model name", "It was the 5th attack this year.", "e:5th"],
    ["a Title Case headline word the body lacks", "Reid entered rehab on Friday.", "e:pulls"],
    ["a count of people, which changes as a story develops", "The fire killed 12 workers in Gazipur.", "n:12"],
    ["a count of the dead after an adjective", "Officials counted 17 more dead by Wednesday.", "n:17"],
  ];
  for (const [what, text, key] of hasNot) {
    it(`does not take ${what} for a key`, () => {
      const title = what.startsWith("a Title Case") ? "Actress Pulls Out Of Show And Checks Into Rehab" : null;
      assert.ok(!keysOf(text, title).includes(key), `${key} found`);
    });
  }

  it("pairs each place with each day named up to EVENT_DAYS before publication", () => {
    const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    const f = docFeatures({ id: "a", title: null, text: "Shooting in Dayton.", published: "2023-03-05", entities: [{ name: "Dayton", type: "place" }, { name: "Ann Reid", type: "person" }], days: ["2023-03-04", "2023-02-20"], dates: ["2023-03-05"] });
    assert.deepEqual([...f.placeDays].sort(), [`pd:e:dayton@${day("2023-03-04")}`, `pd:e:dayton@${day("2023-03-05")}`]);
    assert.equal(docFeatures({ id: "b", title: null, text: "Shooting in Dayton.", entities: [{ name: "Dayton", type: "place" }], days: ["2023-03-04"] }).placeDays.size, 0);
  });
  it("reads the article's year from publication, else the latest year named", () => {
    assert.equal(docFeatures({ id: "a", title: null, text: "In 1998 and 2006 she posed.", published: "2008-12-12" }).year, 2008);
    assert.equal(docFeatures({ id: "b", title: null, text: "In 1998 and 2006 she posed." }).year, 2006);
    assert.equal(docFeatures({ id: "c", title: null, text: "No year here." }).year, null);
  });

  it("uses given entities and dates instead of the fallback", () => {
    const f = docFeatures({ id: "x", title: null, text: "Surely Nobody Here.", entities: [{ name: "José Jerí", type: "person" }], dates: ["2025-11-29"] });
    const keys = [...f.keys.keys()];
    assert.ok(keys.includes("E:jose jeri") && keys.includes("e:jeri") && keys.includes("d:2025-11-29"));
    assert.ok(!keys.includes("e:here"));
  });

  it("keys a person by whole name and surname, another many-word name by whole name only", () => {
    const entities = [
      { name: "Marcus Bell", type: "person" },
      { name: "Miami Valley Hospital", type: "organization" },
      { name: "Dayton", type: "place" },
    ];
    const f = docFeatures({ id: "x", title: null, text: "x", entities, published: "2023-03-05", dates: ["2023-03"], days: ["2023-03-04"] });
    const keys = [...f.keys.keys()];
    for (const k of ["E:marcus bell", "e:bell", "E:miami valley hospital", "e:dayton", "d:2023-03-04"]) assert.ok(keys.includes(k), `${k} not in ${keys.join(", ")}`);
    for (const k of ["e:hospital", "y:2023", "ym:2023-03"]) assert.ok(!keys.includes(k), `${k} found`);
    assert.deepEqual([...f.strong], ["E:marcus bell"]);
  });

  const stems: [string, string][] = [
    ["pirates", "pirate"],
    ["cities", "city"],
    ["boxes", "box"],
    ["churches", "church"],
    ["crisis", "crisis"],
    ["bus", "bus"],
  ];
  for (const [w, s] of stems) it(`stems ${w} → ${s}`, () => assert.equal(pluralStem(w), s));

  it("keeps offsets: every token is the text it came from", () => {
    const text = "Jerí's “state of emergency” — 60 days, O’Brien said; Q10 at 9:25.";
    for (const t of tokenize(text)) assert.ok(text.slice(t.start, t.end).length > 0 && t.end > t.start);
    assert.deepEqual(
      tokenize(text).map((t) => t.w),
      ["jeri", "state", "of", "emergency", "60", "days", "obrien", "said", "q10", "at", "9:25"],
    );
  });
});

describe("grouping internals", () => {
  it("the vocabulary gives dense, stable ids through many table growths, and restores from JSON", () => {
    const v = new Vocabulary();
    const words = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => assert.equal(v.intern(w), i));
    assert.equal(v.size, words.length);
    for (let i = 0; i < words.length; i += 997) assert.equal(v.intern(words[i]!), i);
    assert.equal(v.idOf("absent"), undefined);
    assert.equal(v.idOf(words[12_345]!), 12_345);
    v.countDoc([1, 2], [3]);
    v.countDoc([2]);
    assert.equal(v.dfOf(2), 2);
    assert.ok(v.idf(1) > v.idf(2), "a rarer word weighs more");
    const r = Vocabulary.fromJSON(JSON.parse(JSON.stringify(v)));
    assert.ok(r);
    assert.equal(r.idOf(words[59_999]!), 59_999);
    assert.equal(r.dfOf(2), 2);
    assert.equal(r.idf(3), v.idf(3));
    assert.equal(Vocabulary.fromJSON({ docs: 1, hashes: [7, 9, 7, 9], df: [1, 1] }), null, "a repeated hash is refused");
    assert.equal(Vocabulary.fromJSON({ docs: 1, hashes: [7], df: [1] }), null, "lanes and counts must match");
  });

  it("topIndexes keeps the highest scores, the lower id on ties, in id order", () => {
    const ids = [40, 10, 30, 20, 50];
    const score = new Float64Array([1, 5, 3, 3, 0.5]);
    assert.deepEqual([...topIndexes(ids, score, 2)], [1, 3]); // ids 10 (5) and 20 (3, beats 30 on the tie)
    assert.deepEqual([...topIndexes(ids, score, 3)], [1, 3, 2]);
    assert.deepEqual([...topIndexes(ids, score, 9)], [1, 3, 2, 0, 4]);
    assert.deepEqual([...topIndexes(ids, score, 0)], []);
  });
});

describe("grouping on several threads", () => {
  it("gives exactly the stories of adding one by one, from an array or an async stream", async () => {
    const one = new StoryGrouper();
    for (const d of samples) one.add(d);
    const two = new StoryGrouper();
    const seen: string[] = [];
    const n = await addAllParallel(two, samples, { threads: 2, batch: 5, onDecision: (id) => seen.push(id) });
    assert.equal(n, samples.length);
    assert.deepEqual(seen, samples.map((d) => d.id), "decisions come in input order");
    assert.deepEqual(two.stories(), one.stories());
    async function* stream() {
      for (const d of shuffle(samples, 3)) yield d;
    }
    const three = new StoryGrouper();
    await addAllParallel(three, stream(), { threads: 1, batch: 64 });
    const four = new StoryGrouper();
    for (const d of shuffle(samples, 3)) four.add(d);
    assert.deepEqual(three.stories(), four.stories());
    assert.deepEqual(JSON.parse(JSON.stringify(three)), JSON.parse(JSON.stringify(four)), "the saved states are the same");
  });

  it("passes a failing input stream's error on (and stops its threads: the test process exits)", async () => {
    async function* broken() {
      yield samples[0]!;
      throw new Error("disk gone");
    }
    const g = new StoryGrouper();
    await assert.rejects(addAllParallel(g, broken(), { threads: 1 }), /disk gone/);
  });
});

describe("StoryGrouper across months: a person in common must be a victim or a suspect", () => {
  const person = (name: string, aged = false) => ({ name, type: "person", aged });
  const place = (name: string) => ({ name, type: "place" });
  const spokesman = "Lt. Jason Hall, a police spokesman, said officers were still.";
  const first = (victim: boolean): GroupDoc => ({
    id: "south-shore-2013",
    published: "2013-02-07",
    title: "Four wounded in South Shore shooting",
    text: `Four men were wounded Thursday afternoon in a shooting in the 2500 block of East 75th Street in South Shore. ${spokesman}`,
    entities: [person("Jason Hall"), place("South Shore"), ...(victim ? [person("Jamel Rollins", true)] : [])],
  });
  const later: GroupDoc = {
    id: "south-shore-2016",
    published: "2016-09-05",
    title: "Teen killed in South Shore identified",
    text: `A 17-year-old boy was shot to death Sunday night in the 7800 block of South Cornell Avenue in South Shore. Jamel Rollins, 17, was pronounced dead. ${spokesman}`,
    entities: [person("Jamel Rollins", true), person("Jason Hall"), place("South Shore")],
  };
  const joined = (victim: boolean) => {
    const g = new StoryGrouper();
    g.add(first(victim));
    g.add(later);
    return g.storyOf("south-shore-2016") === g.storyOf("south-shore-2013");
  };
  it("three years apart, a spokesman named in both does not join two shootings", () => assert.equal(joined(false), false));
  it("three years apart, a victim named with an age in both does", () => assert.equal(joined(true), true));
});
