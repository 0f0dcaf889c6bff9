// Shared by scripts/eval/speakers.mjs (the score) and scripts/dev/speakers-sample.mjs (the listing
// the labels were made from): the three corpora, the extraction of one article as the pipeline does
// it (sentences → entities → quotations), the deterministic sample, and the speaker match.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { norm } from "./_match.mjs";

export const CORPORA = {
  incidents: { lang: "en", file: "bench/incidents/articles.jsonl" },
  ecbplus: { lang: "en", file: "bench/ecbplus/articles.jsonl" },
  "meantime-es": { lang: "es", dir: "bench/meantime-es-timex" },
};

/** The articles of one corpus, in the stored order: [{ id, text }]. */
export function loadCorpus(shared, name) {
  const c = CORPORA[name];
  if (c.file) {
    const p = join(shared, c.file);
    if (!existsSync(p)) return [];
    return readFileSync(p, "utf8").split("\n").filter(Boolean).map((l) => {
      const o = JSON.parse(l);
      return { id: o.id, text: o.title && !o.text.startsWith(o.title) ? o.text : o.text };
    });
  }
  const d = join(shared, c.dir);
  if (!existsSync(d)) return [];
  return readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ id: f, text: readFileSync(join(d, f), "utf8") }));
}

export async function loadExtractor(dist) {
  const load = (rel) => import(pathToFileURL(join(dist, rel)).href);
  const { extractQuotes } = await load("src/extract/quotes.js");
  const { splitSentences } = await load("src/extract/sentences.js");
  const { extractEntities } = await load("src/extract/entities.js");
  /** As src/extract/article.ts does it. */
  return (text, lang, id = "a") => {
    const sentences = splitSentences(text, lang);
    const ents = extractEntities(text, sentences, lang, id);
    const byId = new Map(ents.entities.map((e) => [e.id, e]));
    const people = ents.mentions.map((m) => {
      const e = byId.get(m.entityId);
      return { start: m.start, end: m.end, name: e?.name ?? m.text, entityId: m.entityId, type: e?.type ?? "other" };
    });
    return { sentences, quotes: extractQuotes(text, sentences, lang, people) };
  };
}

/** A seeded shuffle (mulberry32): the same sample on every machine. */
export function shuffled(list, seed) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const toks = (s) => norm(s ?? "").split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Is the predicted speaker the labelled one? `label` is { speaker, kind, description }: speaker a
 * canonical name, or null when the article names nobody.
 * - A name is right when its words are all words of the gold name ("Persson" for "Eva-Marie Persson"),
 *   not when it carries more ("Director of Public Prosecution Eva-Marie Persson": a title taken for a name).
 * - A description (a speaker with no entity behind it) is right for an organisation it names
 *   ("a Surrey Police spokeswoman" for Surrey Police), and, when nobody is named, when it shares a
 *   word with the labelled description ("a neighbor"); garbage ("the shooting began") is wrong.
 */
export function speakerRight(q, label) {
  const isDescription = q.speaker !== null && q.speakerId === null;
  const gold = label.speaker;
  if (gold === null) {
    if (q.speaker === null) return true;
    if (!isDescription || !label.description) return false;
    const d = new Set(toks(label.description).filter((w) => w.length > 2 && !STOP.has(w)));
    return toks(q.speaker).some((w) => d.has(w));
  }
  if (q.speaker === null) return false;
  const p = toks(q.speaker);
  const g = new Set(toks(gold));
  if (p.length && p.every((w) => g.has(w))) return true;
  if (isDescription && label.kind === "organization") {
    const ps = new Set(p);
    return [...g].every((w) => ps.has(w));
  }
  return false;
}

const STOP = new Set(["the", "his", "her", "who", "and", "one", "del", "las", "los", "que"]);

/** The extracted quotation a label points at: the one starting at its offset, else one starting with its words nearby. */
export function findQuote(quotes, label) {
  const exact = quotes.find((q) => q.start === label.start);
  if (exact) return exact;
  return quotes.find((q) => Math.abs(q.start - label.start) < 400 && q.text.startsWith(label.quote.slice(0, 25))) ?? null;
}
