// The cue lists that tell which fact a claim's mention states (data/<lang>/reconcile.json, merged
// across languages): frames that make a figure no report of the story's fact (a rule, a threshold),
// qualifiers that make a count a part of the whole, areas that are a part of the affected place,
// nouns that make "N-year" an age, pronouns that carry the previous sentence's subject, and the
// verbs that make a date the day something was said.
import { lexicon } from "../../lexicon.js";
import { LANGUAGES } from "../../text/languages.js";

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
    };
  }
  return cached;
}
