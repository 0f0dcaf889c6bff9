// Direct quotations and their speakers, on real news sentences (ECB+ articles, CC BY 3.0; Spanish
// wire-style sentences). People are found by the tiny capitalised-name finder below: the real
// entity stage is tested on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes, type PersonHint, type QuoteFound } from "../src/extract/quotes.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";
import { findPeople } from "./fixtures/quotes/people.js";
import { extractArticle } from "../src/extract/article.js";
import type { Article } from "../src/report/schema.js";

function run(text: string, lang: Lang = "en"): QuoteFound[] {
  return extractQuotes(text, splitSentences(text, lang), lang, findPeople(text));
}

/** [text, language, expected [quotation (start of it), speaker]] */
const CASES: [string, Lang, [string, string | null][]][] = [
  [
    "Superior Court Judge James Bodiford sentenced Nichols to seven consecutive life sentences. “You'll be pleased to know that I'm not going to lecture too much this morning,” Bodiford said.",
    "en",
    [["You'll be pleased to know", "James Bodiford"]],
  ],
  [
    '"Justice has been served," Jeffs\' nephew, Brent Jeffs, told InSession soon after the sentence.',
    "en",
    [["Justice has been served", "Brent Jeffs"]],
  ],
  [
    '"I finally had this day and it was an awesome day in court to be here, involved in all of this," said Brent Jeffs, now 28.',
    "en",
    [["I finally had this day", "Brent Jeffs"]],
  ],
  [
    "Efton A. Stanfield, a former FBI special agent who was then an executive of the electrical contractors' association, asked Nixon in a telegram to turn to the career professional to replace Gray. “Mr. Felt is a man of outstanding loyalty, character, reputation, habits,” he said.",
    "en",
    [["Mr. Felt is a man", "Efton A. Stanfield"]],
  ],
  [
    'Commerce Secretary Gary Locke added: "Our decision affirms the administration\'s commitment to using sound science to promote conservation and protect the environment."',
    "en",
    [["Our decision affirms", "Gary Locke"]],
  ],
  [
    '"By rolling back this eleventh-hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law" and that top science will be the foundation of the decision making, said Interior Secretary Ken Salazar.',
    "en",
    [["By rolling back", "Ken Salazar"]],
  ],
  [
    "Looking through the windows across the street, Mr. Faud Ali told The Canadian Press he could see a man striding back and forth. “We saw the guy moving inside the office,” Mr. Ali said. “He was just going back and forth. After the shots, he just put the lights off. “It is terrifying. I still feel shaky when I talk about it.”",
    "en",
    [
      ["We saw the guy", "Faud Ali"],
      ["He was just going back", "Faud Ali"],
      ["It is terrifying", "Faud Ali"],
    ],
  ],
  [
    "The alarm was raised after a CCTV operator noticed smoke coming from the roof. A Surrey Police spokeswoman said: “The fire has progressed rapidly through the store which is almost totally destroyed.”",
    "en",
    [["The fire has progressed", "A Surrey Police spokeswoman"]],
  ],
  [
    "A statement from Waitrose said damage to the building had been extensive but the store would be rebuilt. “We have made available a distress fund for local residents and staff affected,” it added.",
    "en",
    [["We have made available", "A statement from Waitrose"]],
  ],
  [
    'Yvonne Hiller, 43, had gotten into an argument Thursday evening with her co-workers, police said. Cpl. Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911, saying "I\'m the one you\'re looking for" and reporting that she had been harassed at work.',
    "en",
    [["I'm the one you're looking for", "Yvonne Hiller"]],
  ],
  [
    'Jenna Coleman revealed that she is "so excited" to welcome Peter Capaldi as the 12th incarnation of the Doctor, adding: "With Steven\'s writing and his talent I know we\'ll be making an amazing show."',
    "en",
    [
      ["so excited", "Jenna Coleman"],
      ["With Steven's writing", "Jenna Coleman"],
    ],
  ],
  [
    "The move comes as a surprise to Reunion Pictures' Matthew O'Connor, who coproduced Tara Reid last year on the made-for-TV horror flick Vipers. “Tara was 100 percent professional,” he told E! News.",
    "en",
    [["Tara was 100 percent professional", "Matthew O'Connor"]],
  ],
  [
    '"We don\'t have any intention to go to war again, but it is now up to the southern government to either strengthen its state without hostility, or to disturb us," said a Sudanese government spokesman, Rabie A. Atti.',
    "en",
    [["We don't have any intention", "Rabie A. Atti"]],
  ],
  [
    "The trade says that Gary Ross' negotiations with LionsGate the first time around weren't so hot either, an inside source calling it \"a terrible experience,\" as the studio doesn't usually pay directors like him.",
    "en",
    [["a terrible experience", "an inside source"]],
  ],
  [
    '"The provocative aerial bombardments near the border increase the potential of direct confrontation between Sudan and South Sudan," the American statement said.',
    "en",
    [["The provocative aerial bombardments", "the American statement"]],
  ],
  [
    'In the meantime, according to the memorandum, officials should "follow the prior longstanding consultation and concurrence practices" that call for independent reviews.',
    "en",
    [["follow the prior longstanding", "the memorandum"]],
  ],
  [
    "Hugh Hefner was reported as saying about Page: “I think that she was a remarkable lady, an iconic figure in pop culture who influenced sexuality.”",
    "en",
    [["I think that she was", "Hugh Hefner"]],
  ],
  [
    "The 33-year-old Tara Reid described herself to People a few months ago as “a social drinker.”",
    "en",
    [["a social drinker.", "Tara Reid"]],
  ],
  [
    "Banners in the main square outside parliament read: “The state kills” and “Down with the government of murderers”.",
    "en",
    [
      ["The state kills", "Banners in the main square outside parliament"],
      ["Down with the government", "Banners in the main square outside parliament"],
    ],
  ],
  [
    '"I am one of the most wicked men on the face of the earth since the days of Father Adam," Warren Jeffs can be heard saying on a tape recorded by authorities.',
    "en",
    [["I am one of the most wicked men", "Warren Jeffs"]],
  ],
  [
    "Upon cross-examination, Coleman then gave a second contradiction. “So which is it?” Deputy Public Defender Peter Lynch asked Coleman.",
    "en",
    [["So which is it?", "Peter Lynch"]],
  ],
  [
    '"We deny that we engaged in any improper conduct under NCAA bylaws and legislation," said Paul Biancardi\'s attorney, James Zeszutek.',
    "en",
    [["We deny that we engaged", "James Zeszutek"]],
  ],
  [
    'But William L. Kovacs, the U.S. Chamber of Commerce\'s vice president of environment, technology and regulatory affairs, said that reviving another layer of review "will result in even greater delays to projects."',
    "en",
    [["will result in even greater delays", "William L. Kovacs"]],
  ],
  [
    "The American Pie actress has checked into Promises Treatment Center in Malibu, according to her publicist, Jack Ketsoyan. “We appreciate your respect to her and her family's privacy at this time,” he said.",
    "en",
    [["We appreciate your respect", "Jack Ketsoyan"]],
  ],
  // a quotation over several paragraphs: the paragraph without a closing mark continues in the next one
  [
    "Superior Court Judge James Bodiford sentenced Nichols on Saturday. “You'll be pleased to know that I'm not going to lecture too much this morning,” Bodiford said.\n“I'm not going to express outrage and I'm not going to express any feelings I might have.\n“The jury has spoken and I respect the jury.”",
    "en",
    [
      ["You'll be pleased", "James Bodiford"],
      ["I'm not going to express outrage", "James Bodiford"],
      ["The jury has spoken", "James Bodiford"],
    ],
  ],
  // British single marks
  [
    "‘We appreciate your respect to her and her family's privacy at this time,’ said publicist Jack Ketsoyan.",
    "en",
    [["We appreciate your respect", "Jack Ketsoyan"]],
  ],
  // Spanish
  [
    "«No vamos a permitir que nadie ponga en riesgo la seguridad de los ciudadanos», afirmó el ministro del Interior, Fernando Grande-Marlaska.",
    "es",
    [["No vamos a permitir", "Fernando Grande-Marlaska"]],
  ],
  [
    'El presidente Gustavo Petro escribió en X que la decisión "es un golpe a la democracia" y pidió calma a sus seguidores.',
    "es",
    [["es un golpe a la democracia", "Gustavo Petro"]],
  ],
  [
    "La presidenta Claudia Sheinbaum visitó la zona afectada por las lluvias.\n—No tenemos miedo —dijo Claudia Sheinbaum—. Vamos a seguir trabajando con las familias.",
    "es",
    [
      ["No tenemos miedo", "Claudia Sheinbaum"],
      ["Vamos a seguir trabajando", "Claudia Sheinbaum"],
    ],
  ],
  [
    "Según el portavoz de la Policía Nacional, Juan Carlos Pérez, los detenidos «intentaron huir del lugar en un vehículo robado».",
    "es",
    [["intentaron huir del lugar", "Juan Carlos Pérez"]],
  ],
  [
    "El canciller Hugo Martínez se reunió con su homólogo en la frontera. «Es una decisión histórica para los dos países», señaló.",
    "es",
    [["Es una decisión histórica", "Hugo Martínez"]],
  ],
  [
    'El decreto establece que las Fuerzas Armadas "apoyarán a la Policía Nacional en el control del orden interno".',
    "es",
    [["apoyarán a la Policía Nacional", "El decreto"]],
  ],
];

for (const [text, lang, expected] of CASES) {
  test(`quotes: ${text.slice(0, 70)}`, () => {
    const got = run(text, lang);
    assert.deepEqual(
      got.map((q) => [q.text.slice(0, expected.find(([t]) => q.text.startsWith(t))?.[0].length ?? 30), q.speaker]),
      expected,
      JSON.stringify(got.map((q) => [q.text, q.speaker, q.rule]), null, 1),
    );
  });
}

test("quotes: offsets, sentences and rules hold for every quotation", () => {
  for (const [text, lang] of CASES) {
    for (const q of run(text, lang)) {
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.ok(text.includes(q.sentence), `sentence not in text: ${q.sentence}`);
      assert.ok(q.sentence.includes(q.text), "the sentence holds the quotation");
      assert.match(q.rule, /^(curly|straight|single|angle|dash)\/[a-z+-]+$/);
      if (q.speakerStart !== null && q.speakerEnd !== null) assert.ok(q.speakerEnd > q.speakerStart);
    }
  }
});

test("quotes: the words inside the marks, without the marks or a trailing comma", () => {
  const text = '"If you don\'t leave voluntarily, we will detain you," the candidate declared.';
  const [q] = run(text);
  assert.equal(q?.text, "If you don't leave voluntarily, we will detain you");
  assert.equal(q?.speaker, "the candidate");
  assert.equal(q?.speakerDescription, "the candidate");
  assert.equal(q?.speakerId, null);
});

test("quotes: a named speaker carries the entity id and the span of the mention", () => {
  const text = "“People cannot be used as a means to create controversy,” Luis Cordero said.";
  const [q] = run(text);
  assert.equal(q?.speakerId, "p-Luis Cordero");
  assert.equal(text.slice(q!.speakerStart!, q!.speakerEnd!), "Luis Cordero");
  assert.equal(q?.speakerDescription, null);
  assert.equal(q?.rule, "curly/after");
});

test("quotes: a quotation over several sentences has them all as its sentence", () => {
  const text = 'Officials met on Friday. "We will not allow it. We do not have the capacity," Hugo de Zela told reporters. Talks continue.';
  const [q] = run(text);
  assert.equal(q?.sentence, '"We will not allow it. We do not have the capacity," Hugo de Zela told reporters.');
});

test("quotes: a news outlet is a conduit, never the speaker", () => {
  const text = 'In 2005, Jorge Mendes was charged with assault. He told her, “You\'re never going to leave me,” the newspaper reported.';
  const [q] = run(text);
  assert.equal(q?.speaker, "Jorge Mendes");
  const [r] = run('Reuters reported that the measure would "generate calm before the risk of unauthorized entries" in the region.');
  assert.equal(r?.speaker, null);
  assert.match(r!.rule, /media/);
});

test("quotes: he and she agree with known first names", () => {
  const text = "Bettie Page met Jerry Tibbs in 1950. “I never thought it was shameful,” she said.";
  assert.equal(run(text)[0]?.speaker, "Bettie Page");
});

test("quotes: bad input gives no quotation and no exception", () => {
  assert.deepEqual(extractQuotes("", [], "en", []), []);
  assert.deepEqual(extractQuotes('"', [], "en", []), []);
  assert.deepEqual(extractQuotes("“”«»‘’\"'—", splitSentences("“”«»‘’\"'—"), "es", []), []);
  const text = "“Unclosed quotation that never ends, said nobody";
  assert.deepEqual(extractQuotes(text, splitSentences(text), "en", []), []);
  const odd = '"We will win," Kast said.';
  const bad: PersonHint[] = [{ start: -5, end: 400, name: "X", entityId: null, type: "person" }];
  assert.equal(extractQuotes(odd, [], "en", bad).length, 1); // no sentences: the quotation is its own sentence
});

/** Speakers named away from the quotation: descriptions, titles, dialogue dashes (sentences written for these tests). */
const SPEAKERS: [string, Lang, string | null, RegExp][] = [
  // "the company" / "police" / "la empresa": the one organisation named before
  ["Hartwell Foods recalled 20,000 jars on Monday. “We are taking this step out of caution,” the company said in a statement.", "en", "Hartwell Foods", /antecedent/],
  ["Officers of the Oakdale Police Department searched the house. Police said in a statement, “Nobody else was hurt.”", "en", "Oakdale Police Department", /antecedent/],
  ["Lakeview School closed early on Tuesday. “Our students are safe,” the school said.", "en", "Lakeview School", /antecedent/],
  ["Brenner Motors cerró dos plantas en marzo. En su página web, la empresa decía que «la demanda no se ha recuperado».", "es", "Brenner Motors", /antecedent/],
  // a title named with the person earlier
  ["The report was read by Chief Inspector Alma Ruiz on Monday. “We found nothing unusual,” the inspector said.", "en", "Alma Ruiz", /antecedent/],
  ["Tomás Ferrer, director del banco central, habló en Lima. Luego el director dijo «la inflación bajará este año».", "es", "Tomás Ferrer", /antecedent/],
  // the title goes to the description
  ["“We will rebuild the bridge by spring,” said Chief Executive Officer Nora Ellis.", "en", "Nora Ellis", /title/],
  // a person whose name is also a media word is a person, not an outlet
  ["«Es un día difícil para la planta», ha dicho Carla Press, vicepresidenta de Corvex.", "es", "Carla Press", /^angle\/after$/],
  // Spanish dialogue dashes and pro-drop
  ["El ministro Pablo Serrano habló en el Congreso.\n—No permitiremos más retrasos —advirtió el ministro.", "es", "Pablo Serrano", /dash\//],
  ["Según Lucía Campos, «el acuerdo llegará pronto».", "es", "Lucía Campos", /according-to/],
  // the speaker named in the sentence before, continued into the next paragraph
  ["“The road was empty,” Dana Whitfield said.\n\n“Then we heard the crash.”", "en", "Dana Whitfield", /continued/],
  // a participle's subject is the clause's, not the object of a preposition before it
  ["Marta Ibáñez, directora de Talmar, justificó la compra de Corvex diciendo que «la fábrica es la más moderna del país».", "es", "Marta Ibáñez", /before\+clause/],
  // agreeing with someone is no according-to; a semicolon introduces the quotation like a colon
  ["La jueza Marta Ibáñez estuvo de acuerdo con la defensa de Corvex; «La marca no confunde a nadie».", "es", "Marta Ibáñez", /intro/],
  // a photographer named in a credit says nothing; a person opening a clause is its subject ("Joel Baker spoke")
  ["Joel Baker spoke to reporters on Monday. (Photo: Stan Carpenter / The Times)\n\n“We will not rest,” he said.", "en", "Joel Baker", /pronoun/],
  ["Joel Baker spoke to reporters on Monday.\n\nStan Carpenter/The Times\n\n“We will not rest,” he said.", "en", "Joel Baker", /pronoun/],
  // an interrogative clause after the verb is no subject ("No dijo dónde …"): the dropped subject is the last person
  ["Lucía Campos anunció el cierre el miércoles.\nNo dijo dónde tendrán lugar los despidos, pero quiere dar detalles «muy pronto».", "es", "Lucía Campos", /pro-drop/],
  // an opening mark typed for the closing one ends the quotation; the next one continues the speaker
  ["“She is calm and careful, and she delivers, “said academy President Joel Baker. “I saw her at an event last week.”", "en", "Joel Baker", /continued/],
  ["Dana Whitfield defended the purchase of Hartwell Foods, saying “it was the best plant on the market.”", "en", "Dana Whitfield", /before\+clause/],
];

test("quotes: speakers named away from the quotation", () => {
  for (const [text, lang, speaker, rule] of SPEAKERS) {
    const q = run(text, lang).at(-1); // the last quotation of the text
    assert.ok(q, `no quotation in ${text}`);
    assert.equal(q.speaker, speaker, text);
    assert.match(q.rule, rule, `${text} → ${q.rule}`);
  }
});

test("quotes: a title leaves the name and becomes the description", () => {
  const [q] = run("“We will rebuild the bridge by spring,” said Chief Executive Officer Nora Ellis.");
  assert.equal(q?.speakerDescription, "Chief Executive Officer");
});

test("quotes: the title holder named right after an organisation speaks, not the organisation", () => {
  for (const [text, lang, title] of [
    ["“Nobody saw this coming,” said Corvex CEO Joel Baker on Friday.", "en", "CEO"],
    ["“Nobody saw this coming,” crowed Corvex spokesman Joel Baker.", "en", "spokesman"],
  ] as const) {
    const org = text.indexOf("Corvex");
    const person = text.indexOf("Joel Baker");
    const hints: PersonHint[] = [
      { start: org, end: org + 6, name: "Corvex", entityId: "o", type: "organization" },
      { start: person, end: person + 10, name: "Joel Baker", entityId: "p", type: "person" },
    ];
    const [q] = extractQuotes(text, splitSentences(text, lang), lang, hints);
    assert.equal(q?.speaker, "Joel Baker", `${title}: ${JSON.stringify(q)}`);
  }
  // a word that is no title between them: the organisation is the subject ("said Corvex on Friday, Joel Baker …")
  const text = "“Nobody saw this coming,” said Corvex lawyers and Joel Baker.";
  const hints: PersonHint[] = [
    { start: text.indexOf("Corvex"), end: text.indexOf("Corvex") + 6, name: "Corvex", entityId: "o", type: "organization" },
    { start: text.indexOf("Joel"), end: text.indexOf("Joel") + 10, name: "Joel Baker", entityId: "p", type: "person" },
  ];
  assert.equal(extractQuotes(text, splitSentences(text), "en", hints)[0]?.speaker, "Corvex");
});

// The same rules with the real entity stage (the tiny finder above calls every capitalised name a person)
const WITH_ENTITIES: [string, Lang, string | null][] = [
  // an organisation a description names speaks through its statement; "en un comunicado" is not its name
  ['"Vamos a reconstruir", dijo la empresa estatal Petroperú en un comunicado.', "es", "Petroperú"],
  ['"La tripulación está a salvo", aseguró la naviera griega Delta Marine en un comunicado.', "es", "la naviera griega Delta Marine"],
  // unless a person of it is named next
  ['"No hubo heridos", dijo el portavoz del Ministerio del Interior, Juan Pérez.', "es", "Juan Pérez"],
  // an abbreviated title does not end the sentence: "Cdr. Madhwal said"
  ['Nine pirates surrendered, Navy spokesperson Commander Vivek Madhwal said. "All 22 crew are safe," Cdr. Madhwal said.', "en", "Vivek Madhwal"],
];
for (const [text, lang, speaker] of WITH_ENTITIES) {
  test(`quotes, with entities: ${text.slice(0, 60)}`, () => {
    const a: Article = { id: "a", version: "a", source: "a.txt", sources: ["a.txt"], url: null, title: null, outlet: null, byline: null, published: "2026-09-02", dateline: null, referenceDate: { date: "2026-09-02", basis: "metadata", note: "" }, language: lang, text, removed: [], nearDuplicateOf: null };
    const qs = extractArticle(a, "2026-09-02").quotes;
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.speaker, speaker, JSON.stringify(qs.map((q) => [q.speaker, q.rule])));
  });
}
