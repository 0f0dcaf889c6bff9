// Places no gazetteer knows, read from their context (src/extract/entities/places-by-context.ts):
// a table of sentences and the places they must give, and a table of sentences whose capitalised
// words must NOT become places (peoples, surnames, families, degrees, lists, possessives). The
// sentences are written for these tests; the small towns in them are real but absent from the
// gazetteer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEntities, type ArticleEntities } from "../src/extract/entities.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

function run(text: string, lang: Lang = "en"): ArticleEntities {
  return extractEntities(text, splitSentences(text, lang), lang, "a-places");
}

const places = (r: ArticleEntities) => r.entities.filter((e) => e.type === "place");
const show = (r: ArticleEntities) => r.entities.map((e) => `${e.type}:${e.name}`).join("; ");

/** [text, language, places that must be found (by name or alias), and the rule of one of their mentions] */
const FOUND: [string, Lang, string[], string][] = [
  ["The shooting happened at 412 Elm Street, Dorris, Calif., on Monday.", "en", ["Dorris"], "place/context-region"],
  ["He is survived by his sister, Mary Olson of Pardeeville, Wis., and two nephews.", "en", ["Pardeeville"], "place/context-region"],
  ["Deputies were called to Opal Drive, Dunlap, TX, around noon.", "en", ["Dunlap"], "place/context-region"],
  ["GRANTSBURG, Minn. — A man was hurt in a hunting accident on Sunday.", "en", ["Grantsburg"], "place/context-region"],
  ["HOLLANDALE (WXYZ) — Deputies responded to a report of shots fired.", "en", ["Hollandale"], "place/context-dateline"],
  ["MOUNT HOPE — Two people were found dead inside a home.", "en", ["Mount Hope"], "place/context-dateline"],
  ["Tulelake Police Chief Ann Moss said the scene was secure.", "en", ["Tulelake"], "place/context-institution"],
  ["Officers said Neillsville police were called at 2 a.m.", "en", ["Neillsville"], "place/context-institution"],
  ["A Dyersburg man was charged with murder on Friday.", "en", ["Dyersburg"], "place/context-people"],
  ["The victim, a 16-year-old Lockridge girl, died at the scene.", "en", ["Lockridge"], "place/context-people"],
  ["It happened in the tiny town of Wamsutter late Tuesday.", "en", ["Wamsutter"], "place/context-of"],
  ["The body was found in a truck just outside of Slaton.", "en", ["Slaton"], "place/context-of"],
  ["Police were called to a home in Cutoff on Tuesday night.", "en", ["Cutoff"], "place/context-preposition"],
  ["The boy was shot in Hixton on Saturday, his family said.", "en", ["Hixton"], "place/context-preposition"],
  ["Deputies searched his Glen Haven home on Friday.", "en", ["Glen Haven"], "place/context-home"],
  ["Neighbors in the Brightmoor neighborhood heard four shots.", "en", ["Brightmoor"], "place/context-area"],
  ["The party was held on a farm in Alden Township, police said.", "en", ["Alden Township", "Alden"], "place/context-suffix"],
  ["Kinsley, a small town of 1,400 people, is in mourning.", "en", ["Kinsley"], "place/context-apposition"],
  ["The family lived in Ione, 40 miles southeast of Sacramento.", "en", ["Ione"], "place/context-distance"],
  ["She grew up in St. Louis and moved away in 2010.", "en", ["St. Louis"], "place/city"],
  ["Vecinos de Cariquima denunciaron cortes de luz durante la noche.", "es", ["Cariquima"], "place/context-of"],
  ["El ataque ocurrió en la localidad de Pozo Almonte el martes.", "es", ["Pozo Almonte"], "place/context-of"],
  ["Ollagüe, una localidad de 300 habitantes, quedó aislada por la nieve.", "es", ["Ollagüe"], "place/context-apposition"],
  // the cue words of appositions, distances and counties are data per language (entities-places.json)
  ["Hackett, one of the eight cities in the county, lost power.", "en", ["Hackett"], "place/context-apposition"],
  ["Alturas is a small city in the north.", "en", ["Alturas"], "place/context-apposition"],
  ["Ollagüe es una localidad de 300 habitantes.", "es", ["Ollagüe"], "place/context-apposition"],
  ["The family lived in Ione, about 40 miles from Sacramento.", "en", ["Ione"], "place/context-distance"],
  ["Vive en Cariquima, a unos 250 kilómetros de Iquique.", "es", ["Cariquima"], "place/context-distance"],
  ["Deputies went to Manvel, Brazoria County, TX on Friday.", "en", ["Manvel"], "place/context-region"],
  ["Neighbors said that Brightmoor area was quiet.", "en", ["Brightmoor"], "place/context-area"],
  ["A 17-year-old Mountville male was hurt.", "en", ["Mountville"], "place/context-people"],
];

test("names no gazetteer knows are places in a place's context", () => {
  const failures: string[] = [];
  for (const [text, lang, want, rule] of FOUND) {
    const r = run(text, lang);
    for (const name of want) {
      const e = places(r).find((p) => p.name === name || p.aliases.includes(name));
      if (!e) failures.push(`no place "${name}" in: ${text}\n  got ${show(r)}`);
    }
    if (!r.mentions.some((m) => m.rule === rule)) failures.push(`no mention by ${rule} in: ${text}\n  got ${r.mentions.map((m) => `${m.rule}:${m.text}`).join("; ")}`);
  }
  assert.deepEqual(failures, []);
});

/** [text, language, words that must not name a place] */
const NOT_PLACES: [string, Lang, string[]][] = [
  ["A Black man and a White woman were taken to the hospital.", "en", ["Black", "White"]],
  ["Police were called to the Hargrove home shortly after midnight.", "en", ["Hargrove"]],
  ["Regina M. Benjamin, MD, spoke to reporters on Tuesday.", "en", ["Benjamin"]],
  ["Capitol Police said the area was clear by noon.", "en", ["Capitol"]],
  ["Jackson said Williams told him to run. He saw a gun in Williams' hand.", "en", ["Williams"]],
  ["The Amish community grieved together on Sunday.", "en", ["Amish"]],
  ["Arturo Valverde, Peru's police chief, spoke first. Later, Valverde, Peru's top officer, left.", "en", ["Valverde", "Arturo Valverde"]],
  ["The warning covers Craig, Creek, Delaware, Haskell and Nowata counties.", "en", ["Creek", "Craig", "Haskell"]],
  ["The company spent $4 million in R and D last year.", "en", ["R"]],
  ["Kylr Yust's grandfather speaks after police search the home.", "en", ["Kylr Yust"]],
  ["A Marine veteran and a Navy man were among the witnesses.", "en", ["Marine", "Navy"]],
  ["His arms were covered in Nazi and skinhead tattoos.", "en", ["Nazi"]],
  ["The phone goes on sale in T-Mobile stores next week.", "en", ["Mobile", "T-Mobile"]],
  ["Special Agent in Charge Robin Ward of the FBI spoke.", "en", ["Charge Robin Ward", "Robin Ward"]],
  ["Two Pittsburgh police officers fired at the car.", "en", ["Two Pittsburgh"]],
  ["A robbery in Paris-the latest in a series-shocked the city.", "en", ["Paris-the"]],
  ["Según Twitter, el presidente habló en Navidad con sus ministros.", "es", ["Twitter", "Navidad"]],
  ["Lingle, a town councilman, spoke.", "en", ["Lingle"]],
  // English "of" after a person's name is no cue in Spanish text (Spanish "de" also joins surnames)
  ["Duane Sylvester of Lingle habló con la prensa.", "es", ["Lingle"]],
  ["Two Pittsburgh police officers and three Alturas firefighters came.", "en", ["Two Pittsburgh", "Three Alturas"]],
];

test("peoples, surnames, families, degrees and lists are not made places", () => {
  const failures: string[] = [];
  for (const [text, lang, words] of NOT_PLACES) {
    const r = run(text, lang);
    for (const w of words) if (places(r).some((p) => p.name === w || p.aliases.includes(w))) failures.push(`"${w}" made a place in: ${text}\n  got ${show(r)}`);
  }
  assert.deepEqual(failures, []);
});

test("a local institution's place is a mention inside the organisation, which stays an organisation", () => {
  const r = run("The Tulelake Police Department responded within minutes.");
  const org = r.entities.find((e) => e.type === "organization" && e.name === "Tulelake Police Department");
  const place = places(r).find((e) => e.name === "Tulelake");
  assert.ok(org, show(r));
  assert.ok(place, show(r));
  const inside = r.mentions.find((m) => m.entityId === place.id);
  assert.equal(inside?.rule, "place/context-institution");
  assert.equal(inside?.text, "Tulelake");
});

test("once a context makes a word a place, its other mentions are that place, but not a person's surname", () => {
  const r = run("Residents of Sublette gathered at the church. Sublette has one school and two bars.");
  const place = places(r).find((e) => e.name === "Sublette");
  assert.ok(place, show(r));
  assert.equal(r.mentions.filter((m) => m.entityId === place.id).length, 2);

  const text = "Dale Hixton said the Hixton Police Department came quickly. Hixton added that he was tired.";
  const p = run(text);
  const person = p.entities.find((e) => e.type === "person" && e.name === "Dale Hixton");
  const town = places(p).find((e) => e.name === "Hixton");
  assert.ok(person && town, show(p));
  const alone = p.mentions.find((m) => m.start === text.lastIndexOf("Hixton"));
  assert.equal(alone?.entityId, person.id, `"Hixton added" stays the person's: ${show(p)}`);
});

test("an all-capitals dateline place takes the article's own spelling", () => {
  const r = run("SUBLETTE, Kan. — A teen was shot.\nThe Sublette Fire Department helped.");
  const place = places(r).find((e) => e.aliases.includes("SUBLETTE") || e.name === "SUBLETTE");
  assert.equal(place?.name, "Sublette", show(r));
});

test("a place's name is known with its first word abbreviated each way, as every language's nameStarts say", async () => {
  const { lex } = await import("../src/extract/entities/word-lists.js");
  const l = lex();
  const two = (k: string) => (l.byFirstTwo.get(k) ?? []).map((e) => e.tokens.join(" "));
  assert.ok(two("ft worth").includes("ft worth"), "Fort Worth as Ft Worth");
  assert.ok(two("ft .").includes("ft . worth"), "Fort Worth as Ft. Worth (the dot cut off)");
  assert.ok(two("saint louis").includes("saint louis"), "St. Louis as Saint Louis");
  assert.ok(two("sta cruz").includes("sta cruz de la sierra"), "Santa Cruz de la Sierra as Sta. Cruz (Spanish data)");
  // a word no nameStarts abbreviates gets no other form
  assert.deepEqual(two("dal ."), []);
  assert.deepEqual(two("pt worth"), []);
  const r = run("She lives in Saint Louis now.");
  assert.ok(places(r).some((p) => p.name === "St. Louis" || p.aliases.includes("Saint Louis")), show(r));
});
