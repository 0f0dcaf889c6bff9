// Clock times and "the day" stay on the day their sentence (or the one before) names, and the
// Spanish time grammar MEANTIME measures: quarters and seasons without their year, frequency
// adjectives, "desde hace", "y medio", parts of the day after the day. Rows: [text, language,
// reference date, expected {text, timeml}]; the negative table lists words that must not be read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimexes } from "../src/extract/times.js";
import { isoDay } from "../src/read/dates.js";
import { splitSentences } from "../src/extract/sentences.js";
import type { Lang } from "../src/model.js";

type Case = [string, Lang, string, { text: string; timeml: string }[]];

function check(cases: Case[]): void {
  for (const [text, lang, ref, expected] of cases) {
    const got = extractTimexes(text, splitSentences(text, lang), ref, lang);
    for (const e of expected) {
      const m = got.find((g) => g.text === e.text);
      assert.ok(m, `${JSON.stringify(text)}: no mention "${e.text}" (got ${got.map((g) => `"${g.text}"`).join(", ") || "none"})`);
      assert.equal(m.timeml, e.timeml, `${JSON.stringify(text)}: "${e.text}" (${m.rule})`);
    }
  }
}

test("clock times take the day their sentence or the one before names, not the publication day", () => {
  check([
    ["The plane crashed at 11:30 p.m. Tuesday, officials said.", "en", "2013-07-04", [{ text: "11:30 p.m. Tuesday", timeml: "2013-07-02T23:30" }]],
    ["Police said that shortly before 2 a.m. Sunday the crowd left.", "en", "2013-07-02", [{ text: "2 a.m. Sunday", timeml: "2013-06-30T02:00" }]],
    ["Police arrived on Tuesday night at 10:30.", "en", "2013-07-04", [{ text: "Tuesday night at 10:30", timeml: "2013-07-02T22:30" }]],
    ["On Sunday, a man was shot in the market. Police arrived at 2 a.m.", "en", "2013-07-02", [{ text: "2 a.m.", timeml: "2013-06-30T02:00" }]],
    ["El martes a las 23.30 la policía llegó al campamento.", "es", "2013-07-04", [{ text: "las 23.30", timeml: "2013-07-02T23:30" }]],
    ["El martes hubo disturbios. La policía llegó a las 2 de la madrugada.", "es", "2013-07-04", [{ text: "las 2 de la madrugada", timeml: "2013-07-02T02:00" }]],
    ["El avión despegó el pasado martes en Everett (Washington) a las 18:00 UTC.", "es", "2009-12-16", [{ text: "las 18:00 UTC", timeml: "2009-12-15T18:00Z" }]],
    ["El índice cayó el lunes un 3,41% y cerró la jornada en 7.114 puntos.", "es", "2009-02-24", [{ text: "la jornada", timeml: "2009-02-23" }]],
    ["The Dow fell 3.41% on Monday to end the day at 7,114.3.", "en", "2009-02-24", [{ text: "the day", timeml: "2009-02-23" }]],
    // no day named nearby: the reference day stays
    ["The index fell 250 points but rebounded late in the day.", "en", "2007-08-10", [{ text: "the day", timeml: "2007-08-10" }]],
    ["El Dow Jones se ha recuperado al final del día.", "es", "2007-08-10", [{ text: "del día", timeml: "2007-08-10" }]],
    ["Sube un 5% a las 10 de la noche.", "es", "2013-07-04", [{ text: "las 10 de la noche", timeml: "2013-07-04T22:00" }]],
  ]);
});

test("Spanish time grammar: quarters, seasons, frequencies, 'desde hace', 'y medio', parts of the day", () => {
  check([
    ["Las ventas habían subido en el cuarto trimestre hasta su nivel más alto.", "es", "2007-03-13", [{ text: "el cuarto trimestre", timeml: "2006-Q4" }]],
    ["En el primer trimestre del año pasado, GM declaró una pérdida.", "es", "2009-05-07", [{ text: "el primer trimestre del año pasado", timeml: "2008-Q1" }]],
    ["Ford ganó 997 millones en el tercer trimestre del año.", "es", "2009-11-03", [{ text: "el tercer trimestre del año", timeml: "2009-Q3" }]],
    ["Apple aumentó sus beneficios en el último trimestre.", "es", "2007-01-18", [{ text: "el último trimestre", timeml: "2006-Q4" }]],
    ["Japón entró en recesión tras dos trimestres consecutivos de caída.", "es", "2008-11-18", [{ text: "dos trimestres", timeml: "P6M" }]],
    ["GM closed ten plants during the fourth quarter, it said.", "en", "2007-03-13", [{ text: "the fourth quarter", timeml: "2006-Q4" }]],
    ["Ford made $868 million in the final quarter of 2009.", "en", "2010-01-28", [{ text: "the final quarter of 2009", timeml: "2009-Q4" }]],
    ["Es demasiado pronto, pero la primavera presenta signos de esperanza.", "es", "2009-04-01", [{ text: "la primavera", timeml: "2009-SP" }]],
    ["Las reuniones de otoño del FMI terminaron.", "es", "2008-10-13", [{ text: "otoño", timeml: "2008-FA" }]],
    ["Prices rose in the spring.", "en", "2009-10-01", [{ text: "spring", timeml: "2009-SP" }]],
    ["GM publica pérdidas anuales por primera vez; una prestación semanal; un máximo quinquenal.", "es", "2006-01-27", [
      { text: "anuales", timeml: "P1Y" }, { text: "semanal", timeml: "P1W" }, { text: "quinquenal", timeml: "P5Y" },
    ]],
    ["El FTSE, en lo más alto desde hace un año.", "es", "2009-10-12", [{ text: "desde hace un año", timeml: "P1Y" }]],
    ["El Dreamliner llega con casi dos años y medio de retraso.", "es", "2009-12-16", [{ text: "casi dos años y medio", timeml: "P2.5Y" }]],
    ["Una ligera subida desde hace unas horas.", "es", "2008-09-17", [{ text: "hace unas horas", timeml: "2008-09-17" }]],
    ["Apple convocó una rueda de prensa el viernes por la mañana.", "es", "2010-07-17", [{ text: "el viernes por la mañana", timeml: "2010-07-16TMO" }]],
    ["AirTanker ha firmado un contrato de 27 años con el Ministerio.", "es", "2008-03-27", [{ text: "27 años", timeml: "P27Y" }]],
    ["Las recientes pérdidas asustan a los inversores.", "es", "2008-01-21", [{ text: "recientes", timeml: "PAST_REF" }]],
  ]);
});

test("periods said against another: the same period a year back, the previous year, the year by its shift", () => {
  check([
    ["Las ventas aumentaron un 43% en febrero comparadas con el mismo período del año anterior.", "es", "2010-03-03", [{ text: "el mismo período del año anterior", timeml: "2009-02" }]],
    ["Bank of America earned $1 billion in the third quarter, against $704 million in the same period a year earlier.", "en", "2009-10-16", [{ text: "the same period a year earlier", timeml: "2008-Q3" }]],
    ["Sales rose 43% in February compared with the same period last year.", "en", "2010-03-03", [{ text: "the same period last year", timeml: "2009-02" }]],
    ["Ford perdió 8.300 millones de $ el año pasado, 19.800 millones de $ más que el año anterior.", "es", "2010-01-28", [{ text: "el año anterior", timeml: "2008" }]],
    ["Las franquicias no se renovarán a partir de octubre del año que viene.", "es", "2009-05-15", [{ text: "octubre", timeml: "2010-10" }]],
    ["Sales fell in October last year.", "en", "2009-05-15", [{ text: "October", timeml: "2008-10" }]],
    ["La mejor semana para las bolsas desde noviembre.", "es", "2009-03-13", [{ text: "noviembre", timeml: "2008-11" }]],
    ["This flu season started in early December and peaked by the end of year.", "en", "2013-03-22", [{ text: "the end of year", timeml: "2012" }]],
    ["A finales de año se cerrarán las plantas de Atlanta.", "es", "2006-01-23", [{ text: "A finales de año", timeml: "2006" }]],
    ["La negociación ha sido suspendida por segundo día consecutivo.", "es", "2008-09-17", [{ text: "segundo día consecutivo", timeml: "2008-09-17" }]],
    ["US stocks post gains for a fourth straight week.", "en", "2009-04-04", [{ text: "fourth straight week", timeml: "2009-W14" }]],
    ["Fue la peor caída registrada en un mismo día.", "es", "2007-02-27", [{ text: "un mismo día", timeml: "P1D" }]],
    ["Los coches con forma de caja de los 70 y 80.", "es", "2007-02-09", [{ text: "los 70", timeml: "197" }, { text: "80", timeml: "198" }]],
    ["The boxy cars of the '70s and 80s.", "en", "2007-02-09", [{ text: "80s", timeml: "198" }]],
    ["Jobs ofreció el lunes su discurso a las 10:00.", "es", "2005-06-08", [{ text: "el lunes", timeml: "2005-06-06" }, { text: "las 10:00", timeml: "2005-06-06T10:00" }]],
  ]);
});

const NEGATIVE: [string, Lang, string][] = [
  // no period before "the same period": nothing to count back from, the year stays as said
  // (checked in the positive table); "los 50, 20" is a count, not two decades
  ["De los 50, 20 murieron en el incendio.", "es", "50"],
  ["Murieron los 70 heridos en el hospital.", "es", "70"],
  ["They had 80 and 90 people on board.", "en", "90"],
  // "Es un día difícil": a day, not one day's duration; "in October, last year's figures" is not October last year
  ["Es un día difícil para todos nosotros.", "es", "un día"],
  ["It was a day of mourning in the city.", "en", "a day"],
  // "the day" / "el día" only after the words that make it the event's day
  ["The day before Raymond Roth was pulled over, he wrote to his son.", "en", "The day"],
  ["It's easy to foresee the day when users will be able to search.", "en", "the day"],
  ["Si llegaba el día en que no podía seguir, lo diría.", "es", "el día"],
  ["Cerró la jornada laboral con una reunión.", "es", "jornada"],
  // "a las" before a figure that is not an hour
  ["El índice subió a las 1.500 unidades.", "es", "1.500"],
  // a bare "at 10" is not a time in English
  ["The index rose at 10 percent a year.", "en", "10 percent"],
  // seasons that are names, and "fall" the verb and noun
  ["La Primavera Árabe cambió la región.", "es", "Primavera"],
  ["After the fall, he was taken to hospital.", "en", "fall"],
  ["The Arab Spring began in Tunisia.", "en", "Spring"],
  // halves and quarters that are not of a year
  ["Chile scored in the second half of the game.", "en", "second half"],
  ["The third quarter of the game was tense.", "en", "third quarter"],
  // "más reciente" is the latest, not the past; a contract's length is not an age, a man's is
  ["El iPhone 4 es su modelo más reciente.", "es", "reciente"],
  ["Un hombre de 34 años fue detenido.", "es", "34 años"],
  // "diario" is a newspaper
  ["El diario publicó la noticia.", "es", "diario"],
];

test("not times: the event-day words and the new Spanish rules leave these alone", () => {
  for (const [text, lang, forbidden] of NEGATIVE) {
    const got = extractTimexes(text, splitSentences(text, lang), "2013-07-04", lang);
    const at = text.indexOf(forbidden);
    assert.ok(at >= 0, `${forbidden} not in ${text}`);
    const hit = got.find((m) => m.start < at + forbidden.length && at < m.end);
    assert.equal(hit, undefined, `${JSON.stringify(text)}: "${forbidden}" read as "${hit?.text}" (${hit?.rule})`);
  }
});

test("datelines in both languages give the day of writing", () => {
  const cases: [string, string | null][] = [
    ["Tue, 02 Jul 2013 12:28 CDT", "2013-07-02"],
    ["3 July 2013 Last updated at 13:38 GMT", "2013-07-03"],
    ["Lima, 15 de marzo de 2026.", "2026-03-15"],
    ["Lima, 15 de marzo del 2026", "2026-03-15"],
    ["martes, 2 de julio de 2013 - 12:28", "2013-07-02"],
    ["July 3, 2013 at 1:38 pm", "2013-07-03"],
    ["Last updated at 13:38 GMT", null],
    ["Lima, 15 de marzo.", null],
  ];
  for (const [input, expected] of cases) assert.equal(isoDay(input), expected, input);
});
