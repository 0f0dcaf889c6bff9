// Definite descriptions that stand for someone named earlier in the article: "the company said in a
// statement" is Microsoft's statement, "la empresa decía" is Airbus, "Police said" is the Petaluma
// Police Department, "the investigator said" is Investigator Dan Salcedo, "el director de la banca
// dijo" is Ben Bernanke (", director de la banca estadounidense"). Only when one entity fits:
// otherwise the description stays the speaker's description.
//
// The index (organisations in order; the title words of each person) is built once per article, on
// the first description met, so that each description costs a few map look-ups, not a re-scan.
import { isWord, sentenceIndexAt, tokens, type Ctx, type PersonHint } from "./context.js";

/** How many sentences back a generic noun ("the company") looks for its one organisation. */
const ORG_REACH = 3;
/** Words after a name, in apposition, that may describe it (", director de la banca estadounidense"). */
const APPOSITION_WORDS = 8;
/** Words before a name that may be its title ("Orange County sheriff's Investigator"). */
const TITLE_WORDS = 4;

interface Index {
  /** Organisations (not outlets), by start. */
  orgs: PersonHint[];
  /** Title word (lower-case, abbreviations expanded) → the people it stands with, by start. */
  byTitle: Map<string, PersonHint[]>;
}

const indexes = new WeakMap<Ctx, Index>();

function index(ctx: Ctx, isMedia: (h: PersonHint) => boolean): Index {
  let ix = indexes.get(ctx);
  if (ix) return ix;
  ix = { orgs: [], byTitle: new Map() };
  const { cues, text } = ctx;
  const addTitle = (w: string, h: PersonHint) => {
    const key = cues.titleAbbreviations.get(w) ?? w;
    let l = ix!.byTitle.get(key);
    if (!l) ix!.byTitle.set(key, (l = []));
    if (l[l.length - 1] !== h) l.push(h);
  };
  for (const h of ctx.hints) {
    if (h.type === "organization" && !isMedia(h)) ix.orgs.push(h);
    if (h.type !== "person") continue;
    // title words the entity stage kept in the mention ("Investigator Dan Salcedo")
    const own = tokens(ctx, h.start, h.end);
    for (let k = 0; k < own.length - 1; k++) if (isWord(own[k])) addTitle(own[k]!.lw.replace(/\.$/, ""), h);
    // the words just before the name, back to a break ("Orange County sheriff's Investigator Dan Salcedo")
    const before = tokens(ctx, Math.max(0, h.start - 60), h.start);
    for (let k = before.length - 1, n = 0; k >= 0 && n < TITLE_WORDS; k--, n++) {
      const t = before[k]!;
      if (!isWord(t)) break;
      addTitle(t.lw.replace(/\.$/, ""), h);
    }
    // an apposition right after it (", director de la banca estadounidense,")
    if (/^,\s/.test(text.slice(h.end, h.end + 2))) {
      const after = tokens(ctx, h.end + 1, Math.min(text.length, h.end + 120));
      for (let k = 0; k < after.length && k < APPOSITION_WORDS; k++) {
        const t = after[k]!;
        if (!isWord(t)) break;
        addTitle(t.lw, h);
      }
    }
  }
  indexes.set(ctx, ix);
  return ix;
}

/** The last item of a list sorted by start that starts before `pos` (binary search), as an index; -1 when none. */
function lastBefore(list: readonly PersonHint[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const idOf = (h: PersonHint) => h.entityId ?? h.name;

/**
 * The organisation or person a definite description at [start, end) stands for, or null. `isMedia`
 * tells a news outlet (never the antecedent of "the company").
 */
export function antecedent(ctx: Ctx, text: string, start: number, isMedia: (h: PersonHint) => boolean): PersonHint | null {
  const { cues } = ctx;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return null;
  const content = words.filter((w) => !cues.determiners.has(w) && !cues.prepositions.has(w));
  // definite: "the company", "la empresa"; or a bare organisation noun ("Police said")
  const definite = cues.definiteArticles.has(first) || (words.length === 1 && cues.orgNouns.has(first));
  if (!definite || !content.length || words.some((w) => /[’']s?$/.test(w))) return null;
  const ix = index(ctx, isMedia);
  const orgNoun = content.find((w) => cues.orgNouns.has(w));
  if (orgNoun) return organisation(ctx, ix, orgNoun, start);
  // a person by a title they were named with: every title noun of the description stands with them
  const titles = content.filter((w) => cues.personNouns.has(w)).map((w) => cues.titleAbbreviations.get(w) ?? w);
  if (!titles.length) return null;
  let found: PersonHint | null = null;
  for (const h of ix.byTitle.get(titles[0]!) ?? []) {
    if (h.start >= start) break;
    if (!titles.every((t) => (ix.byTitle.get(t) ?? []).includes(h))) continue;
    if (found && idOf(found) !== idOf(h)) return null; // two people fit: ambiguous
    found = h;
  }
  return found;
}

/** "the school" → the last organisation named with "School"; "the company" → the one organisation named lately. */
function organisation(ctx: Ctx, ix: Index, noun: string, start: number): PersonHint | null {
  const last = lastBefore(ix.orgs, start);
  if (last < 0) return null;
  // an organisation whose name holds the noun ("the department" → Petaluma Police Department)
  const forms = [noun, ...(ctx.cues.orgNounForms.get(noun) ?? [])];
  for (let k = last; k >= 0; k--) {
    const h = ix.orgs[k]!;
    const name = h.name.toLowerCase().split(/\s+/);
    if (forms.some((f) => name.includes(f))) return h;
  }
  // a generic noun ("the company", "la empresa"): the one organisation of the last sentences, else of the article
  const sentence = sentenceIndexAt(ctx, start);
  const from = ctx.sentences[Math.max(0, sentence - ORG_REACH)]?.start ?? 0;
  const near = new Set<string>();
  const all = new Set<string>();
  for (let k = last; k >= 0; k--) {
    const h = ix.orgs[k]!;
    if (h.start >= from) near.add(idOf(h));
    all.add(idOf(h));
  }
  const pick = near.size === 1 ? near : all.size === 1 ? all : null;
  if (!pick) return null;
  const id = [...pick][0];
  for (let k = last; k >= 0; k--) if (idOf(ix.orgs[k]!) === id) return ix.orgs[k]!;
  return null;
}
