// People, organisations, places and groups on real news sentences: the reference case (Peru–Chile
// border, Nov 2025), ECB+ articles (CC BY 3.0, Cybulska & Vossen) and Spanish wire-style sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractEntities, type ArticleEntities } from "../src/extract/entities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import type { Entity } from "../src/report/schema.js";

function run(text: string, lang: Lang = "en"): ArticleEntities {
  return extractEntities(text, splitSentences(text, lang), lang, "a-test");
}

/** A compact view for failure messages. */
function show(r: ArticleEntities): string {
  return r.entities.map((e) => `${e.type}:${e.name}${e.description ? ` (${e.description})` : ""}`).join("; ");
}

interface Want {
  type: Entity["type"];
  name: string;
  description?: string | null;
  alias?: string;
}

/** [text, language, entities that must be found (type, canonical name, and description or alias when given)] */
const CASES: [string, Lang, Want[]][] = [
  [
    "Peruvian President José Jerí declared a state of emergency along the country’s border with Chile on Friday after at least 100 foreigners, mostly Venezuelans, assembled at the frontier seeking to cross into Peru.",
    "en",
    [
      { type: "person", name: "José Jerí", description: "Peruvian President", alias: "President José Jerí" },
      { type: "place", name: "Chile" },
      { type: "place", name: "Peru" },
      { type: "group", name: "Venezuelans" },
    ],
  ],
  [
    "The Reuters report quoted Peruvian police general Arturo Valverde and said the emergency measure was intended to \"generate tranquility\" amid the risk of unauthorised entries.",
    "en",
    [
      { type: "organization", name: "Reuters" },
      { type: "person", name: "Arturo Valverde", description: "Peruvian police general" },
    ],
  ],
  [
    "In recent days, at least 100 foreigners—mostly Venezuelans, according to Peruvian police General Arturo Valverde—have gathered at the Chile-Peru border. Many were previously turned away after failing to pass through the Chacalluta Border Complex, a crossing point near Arica, Chile.",
    "en",
    [
      { type: "person", name: "Arturo Valverde", description: "Peruvian police general" },
      { type: "place", name: "Chacalluta Border Complex" },
      { type: "place", name: "Arica" },
      { type: "place", name: "Chile" },
      { type: "place", name: "Peru" },
    ],
  ],
  [
    "Chilean officials have pushed back on Kast’s rhetoric, with Security Minister Luis Cordero warning that such statements “have consequences” and should not be used to stoke electoral controversy.",
    "en",
    [{ type: "person", name: "Luis Cordero", description: "Security Minister" }],
  ],
  [
    "Chile’s left-wing President Gabriel Boric, who cannot serve consecutive terms under Chilean law, has faced criticism from his security minister, Luis Cordero, for campaign rhetoric that could worsen the situation.",
    "en",
    [
      { type: "person", name: "Gabriel Boric", description: "Chile’s left-wing president" },
      { type: "person", name: "Luis Cordero", description: "security minister" },
    ],
  ],
  [
    "Peru’s Foreign Minister, Hugo de Zela, announced that a binational migration cooperation committee would begin work the week after the emergency was declared. However, de Zela was unequivocal about Peru’s limits.",
    "en",
    [{ type: "person", name: "Hugo de Zela", description: "Peru’s Foreign Minister", alias: "de Zela" }],
  ],
  [
    "Jeri, a far-right leader who assumed the presidency in October following the impeachment of Dina Boluarte, cited public safety as the main reason for the measure. Peruvian President Jose Jeri has announced a state of emergency.",
    "en",
    [
      { type: "person", name: "Jose Jeri", alias: "Jeri" },
      { type: "person", name: "Dina Boluarte" },
    ],
  ],
  [
    "The rise in border activity follows harsh rhetoric from Kast, a far-right candidate favored to win Chile’s upcoming presidential runoff against leftist contender Jeannette Jara. Chilean presidential frontrunner José Antonio Kast pledged to expel undocumented migrants.",
    "en",
    [
      { type: "person", name: "José Antonio Kast", alias: "Kast" },
      { type: "person", name: "Jeannette Jara", description: "leftist contender" },
    ],
  ],
  [
    "According to Peruvian police General Arturo Valverde, at least 100 foreign nationals are currently gathered at the border. He told Canal N that surveillance efforts have already been intensified. Videos and images broadcast by Radio Tacna have shown migrants walking along the highway.",
    "en",
    [
      { type: "organization", name: "Canal N" },
      { type: "organization", name: "Radio Tacna" },
    ],
  ],
  [
    "One Venezuelan migrant, speaking anonymously to The Clinic, described the anxiety gripping those at the crossing. President Jerí emphasized that the state of emergency would generate tranquility, as he posted on X, formerly Twitter.",
    "en",
    [
      { type: "organization", name: "The Clinic" },
      { type: "organization", name: "X" },
      { type: "organization", name: "Twitter" },
    ],
  ],
  [
    "The emergency order grants Peru’s military a supporting role alongside the National Police in the Tacna region, an area that has become a focal point for migrants, the decree states, according to the Associated Press.",
    "en",
    [
      { type: "place", name: "Tacna region" },
      { type: "organization", name: "Associated Press" },
    ],
  ],
  [
    "Practical coordination between Lima and Santiago will be essential to manage flows humanely, as the regional crisis spreads across South America and the Andes.",
    "en",
    [
      { type: "place", name: "Lima" },
      { type: "place", name: "Santiago" },
      { type: "place", name: "South America" },
      { type: "place", name: "Andes" },
    ],
  ],
  // ECB+
  [
    "Word comes from People magazine and other celebrity news outlets that Tara Reid, 33, who starred in “American Pie” and appeared on U.S. TV show “Scrubs,” entered the Promises Treatment Center in Malibu, California.",
    "en",
    [
      { type: "person", name: "Tara Reid" },
      { type: "organization", name: "People" },
      { type: "organization", name: "Promises Treatment Center" },
      { type: "place", name: "California" },
    ],
  ],
  [
    "And when it works, as it did in 1992 when tough-guy actor Jack Palance did push-ups in front of comedian and host Billy Crystal, it makes for memorable moments. On Friday, the organization behind the Academy Awards named Australian actor Hugh Jackman as the host of February's annual show. Jackman is the first non-comedian to host the show in recent years.",
    "en",
    [
      { type: "person", name: "Jack Palance", description: "tough-guy actor" },
      { type: "person", name: "Billy Crystal" },
      { type: "person", name: "Hugh Jackman", description: "Australian actor", alias: "Jackman" },
      { type: "other", name: "Academy Awards" },
    ],
  ],
  [
    "Leon Washington of the Jets, a fourth-rounder that year, has turned into a versatile back. He played his college football at the University of Dayton.",
    "en",
    [
      { type: "person", name: "Leon Washington" },
      { type: "organization", name: "University of Dayton" },
    ],
  ],
  [
    "Cheeks worked under head coaches John Lucas, Johnny Davis and Larry Brown before he was named head coach of the Portland Trail Blazers. General Manager Billy King said the decision was difficult.",
    "en",
    [
      { type: "person", name: "John Lucas" },
      { type: "person", name: "Larry Brown" },
      { type: "person", name: "Billy King", description: "General Manager" },
    ],
  ],
  [
    "The Peruvian National Police (PNP) reinforced the border. The PNP said 200 officers were deployed.",
    "en",
    [{ type: "organization", name: "Policía Nacional del Perú", alias: "PNP" }],
  ],
  // Spanish
  [
    "El presidente de Perú, José Jerí, declaró el estado de emergencia en la frontera con Chile tras la llegada de al menos 100 extranjeros, en su mayoría venezolanos.",
    "es",
    [
      { type: "person", name: "José Jerí", description: "presidente de Perú" },
      { type: "place", name: "Peru", alias: "Perú" },
      { type: "group", name: "venezolanos" },
    ],
  ],
  [
    "Según el general de la Policía Nacional Arturo Valverde, los migrantes se concentraron cerca del Complejo Fronterizo Chacalluta, en la región de Tacna.",
    "es",
    [
      { type: "person", name: "Arturo Valverde", description: "general de la Policía Nacional" },
      { type: "place", name: "Complejo Fronterizo Chacalluta" },
      { type: "place", name: "región de Tacna" },
    ],
  ],
  [
    "El ministro de Seguridad de Chile, Luis Cordero, advirtió en declaraciones a Radio Cooperativa que el candidato ultraderechista José Antonio Kast busca generar polémica.",
    "es",
    [
      { type: "person", name: "Luis Cordero", description: "ministro de Seguridad de Chile" },
      { type: "person", name: "José Antonio Kast", description: "candidato ultraderechista" },
      { type: "organization", name: "Cooperativa" },
    ],
  ],
  // a role, a link word, the employer, then the name: two entities, not one person
  [
    "«Los inversores temían una caída», dijo el analista de Corvalia Chris Weafer tras el cierre.",
    "es",
    [
      { type: "person", name: "Chris Weafer" },
      { type: "organization", name: "Corvalia" },
    ],
  ],
  [
    "The prime minister of Australia John Howard announced the grant, and the analyst at Brenner Capital Mary Ann Lopez welcomed it.",
    "en",
    [
      { type: "person", name: "John Howard" },
      { type: "place", name: "Australia" },
      { type: "person", name: "Mary Ann Lopez" },
      { type: "organization", name: "Brenner Capital" },
    ],
  ],
  // "Ald." is a title, and a title's stray second period ends no sentence ("Sr..")
  [
    "Shots were fired, according to Ald. Raymond Lopez (15th).",
    "en",
    [{ type: "person", name: "Raymond Lopez" }],
  ],
  [
    "El primer ministro John Howard habló hoy.\nSegún el Sr..\nHoward, la ayuda llegará pronto.",
    "es",
    [{ type: "person", name: "John Howard", alias: "Sr..\nHoward" }],
  ],
];

test("finds people, places, organisations and groups with canonical names, descriptions and aliases", () => {
  const failures: string[] = [];
  for (const [text, lang, wants] of CASES) {
    const r = run(text, lang);
    for (const w of wants) {
      const e = r.entities.find((x) => x.type === w.type && x.name === w.name);
      if (!e) failures.push(`${w.type} "${w.name}" not found in: ${text.slice(0, 60)}… → ${show(r)}`);
      else if (w.description !== undefined && e.description !== w.description) failures.push(`description of ${w.name}: ${e.description}`);
      else if (w.alias && !e.aliases.includes(w.alias)) failures.push(`alias "${w.alias}" of ${w.name}: ${JSON.stringify(e.aliases)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test("one person per article: surnames and titled short forms join the full name", () => {
  const text =
    "The state of emergency was declared by President José Jerí after a rapid spike in migrants. Jerí, a right-leaning leader who recently assumed office, argued that the influx poses a threat. President Jerí stated on X that the measure aims to generate tranquility.";
  const r = run(text);
  const jeri = r.entities.filter((e) => e.name.includes("Jer"));
  assert.equal(jeri.length, 1, show(r));
  const mentions = r.mentions.filter((m) => m.entityId === jeri[0]!.id);
  assert.deepEqual(
    mentions.map((m) => m.text),
    ["President José Jerí", "Jerí", "President Jerí"],
  );
});

test("different people sharing a surname or a first name stay apart", () => {
  const text =
    "Katie Jenkin told the court her brother had changed. John Jenkin was jailed for eight years. Jenkin showed no emotion. Peruvian President José Jerí met Chilean candidate José Antonio Kast.";
  const r = run(text);
  const names = r.entities.filter((e) => e.type === "person").map((e) => e.name);
  assert.ok(names.includes("Katie Jenkin") && names.includes("John Jenkin"), names.join(", "));
  assert.ok(names.includes("José Jerí") && names.includes("José Antonio Kast"), names.join(", "));
  // the lone surname joins the nearest full name before it
  const john = r.entities.find((e) => e.name === "John Jenkin")!;
  assert.ok(john.aliases.includes("Jenkin"), JSON.stringify(john));
});

test("a surname alone stays with the person named most, not with a relative named in full", () => {
  const text =
    "Erik Dale Williams walked out of the county jail on Friday. Williams was charged with child neglect. Williams did not answer questions. His mother, Rosalind Williams, thanked the deputies. Williams said nothing more.";
  const r = run(text);
  const erik = r.entities.find((e) => e.name === "Erik Dale Williams")!;
  const last = r.mentions.filter((m) => m.text === "Williams").pop()!;
  assert.equal(last.entityId, erik.id, show(r));
});

test("mentions carry exact offsets, the sentence and a rule tag", () => {
  const text = "Peru announced a state of emergency. Security Minister Luis Cordero warned that such statements “have consequences,” Reuters reported.";
  const r = run(text);
  assert.ok(r.mentions.length >= 3);
  for (const m of r.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(text.includes(m.sentence) && m.sentence.includes(m.text), m.sentence);
    assert.match(m.rule, /^[a-z]+\/[a-z-]+$/);
    assert.ok(r.entities.some((e) => e.id === m.entityId));
  }
  const rules = new Set(r.mentions.map((m) => m.rule));
  assert.ok(rules.has("place/country") && rules.has("person/title") && rules.has("org/outlet"), [...rules].join(","));
});

test("places carry coordinates from the gazetteer, ranked by the countries the article names", () => {
  const r = run("Practical coordination between Lima and Santiago will be essential, officials in Chile and Peru said.");
  const santiago = r.entities.find((e) => e.name === "Santiago")!;
  assert.ok(santiago.coordinates, "Santiago has coordinates");
  const [lat, lon] = santiago.coordinates!;
  assert.ok(Math.abs(lat - -33.45) < 0.5 && Math.abs(lon - -70.65) < 0.5, `Santiago de Chile, got ${lat},${lon}`);
  const chile = r.entities.find((e) => e.name === "Chile")!;
  assert.equal(chile.coordinates?.length, 2);
});

test("the gazetteer stays small and holds countries, regions and cities", () => {
  const path = new URL("../../data/common/gazetteer.json", import.meta.url);
  const raw = readFileSync(path, "utf8");
  assert.ok(raw.length < 3_000_000, `gazetteer is ${raw.length} bytes`);
  const g = JSON.parse(raw) as { countries: unknown[]; regions: unknown[]; cities: unknown[] };
  assert.ok(g.countries.length >= 190 && g.regions.length > 1000 && g.cities.length > 10000);
});
