// The cue lists that tell which fact a claim's mention states (data/<lang>/reconcile.json, merged
// across languages): frames that make a figure no report of the story's fact (a rule, a threshold),
// qualifiers that make a count a part of the whole, areas that are a part of the affected place,
// nouns that make "N-year" an age, pronouns that carry the previous sentence's subject, and the
// verbs that make a date the day something was said; the spectrum words that are political only
// beside a political noun; and, per language, the words a date claim's subject is written with.
import { lexicon } from "../../lexicon.js";
import { LANGUAGES } from "../../text/languages.js";
import { fold } from "../../text/fold.js";
import { lowerAlternation } from "../../regex.js";

export interface ClaimCues {
  hypothetical: string[];
  subsetQualifiers: string[];
  partialAreas: string[];
  ageNouns: string[];
  personPronouns: string[];
  continuation: string[];
  sayingVerbs: string[];
  /** How a subject names a unit, per language ("USD" → "US dollars"). */
  unitNames: Record<string, Record<string, string>>;
  /** Spectrum words that are political only next to a political noun ("left", "center"), folded. */
  politicalAmbiguous: Set<string>;
  /** Nouns that make an ambiguous spectrum word political ("centre party", "candidato de izquierda"). */
  politicalNouns: Set<string>;
  /** Words that open another clause: a figure's subject phrase ends before them ("… were hurt [but …]"). */
  phraseEnds: string[];
  /** How a date claim's subject is written, per language ("date the suspect was arrested"). */
  dateSubject: Record<string, DateSubjectCues>;
  /** Figures that are a property of the story's event (a quake's magnitude): their units, the
   * event nouns (the nearest to a figure says which event it is of: "main", or "other" for an
   * aftershock) and, per language, the words joining a unit's name to the noun in a subject. */
  eventProperties: { units: Set<string>; nouns: Map<string, "main" | "other">; nounRe: RegExp; of: Record<string, string> };
}

/** The words a date claim's subject is written with (data/<lang>/reconcile.json, dateSubject). */
export interface DateSubjectCues {
  clause: string;
  noun: string;
  lead: string[];
  determiners: string[];
  nounLinks: string[];
  boundaries: string[];
  relatives: string[];
  eventVerbs: string[];
  conjunctions: string[];
  subjectStarts: string[];
  nounBefore: boolean;
  /** parts of a day ("madrugada", "early hours"): before a date they are part of it */
  dayParts: string[];
  contractions: Record<string, string>;
}

interface File {
  figureFrames?: { hypothetical?: string[] };
  subsetQualifiers?: string[];
  partialAreas?: string[];
  ageNouns?: string[];
  personPronouns?: string[];
  continuation?: string[];
  sayingVerbs?: string[];
  unitNames?: Record<string, string>;
  dateSubject?: DateSubjectCues;
  politicalAmbiguous?: string[];
  politicalNouns?: string[];
  phraseEnds?: string[];
  eventProperties?: { units: string[]; nouns: Record<string, "main" | "other">; of: string };
}

let cached: ClaimCues | undefined;

export function claimCues(): ClaimCues {
  if (!cached) {
    const files = LANGUAGES.map((l) => lexicon<File>(l, "reconcile"));
    cached = {
      hypothetical: files.flatMap((f) => f.figureFrames?.hypothetical ?? []),
      subsetQualifiers: files.flatMap((f) => f.subsetQualifiers ?? []),
      partialAreas: files.flatMap((f) => f.partialAreas ?? []),
      ageNouns: files.flatMap((f) => f.ageNouns ?? []),
      personPronouns: files.flatMap((f) => f.personPronouns ?? []),
      continuation: files.flatMap((f) => f.continuation ?? []),
      sayingVerbs: files.flatMap((f) => f.sayingVerbs ?? []),
      unitNames: Object.fromEntries(LANGUAGES.map((l, i) => [l, files[i]!.unitNames ?? {}])),
      politicalAmbiguous: new Set(files.flatMap((f) => f.politicalAmbiguous ?? []).map((w) => fold(w))),
      politicalNouns: new Set(files.flatMap((f) => f.politicalNouns ?? []).map((w) => fold(w))),
      phraseEnds: files.flatMap((f) => f.phraseEnds ?? []),
      dateSubject: Object.fromEntries(LANGUAGES.flatMap((l, i) => (files[i]!.dateSubject ? [[l, files[i]!.dateSubject!]] : []))),
      eventProperties: eventProperties(files),
    };
  }
  return cached;
}

function eventProperties(files: readonly File[]): ClaimCues["eventProperties"] {
  const nouns = new Map<string, "main" | "other">();
  for (const f of files) for (const [w, k] of Object.entries(f.eventProperties?.nouns ?? {})) nouns.set(w.toLowerCase(), k);
  return {
    units: new Set(files.flatMap((f) => f.eventProperties?.units ?? [])),
    nouns,
    nounRe: new RegExp(`(?<!\\p{L})(?:${lowerAlternation(nouns.keys())})(?!\\p{L})`, "gu"),
    of: Object.fromEntries(LANGUAGES.map((l, i) => [l, files[i]!.eventProperties?.of ?? ""])),
  };
}
