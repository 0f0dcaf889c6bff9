// The bench corpus shared by scripts/bench/store.mjs and scripts/bench/workers.mjs: N realistic
// news articles about many stories, deterministic for a seed.
//
// Built from the bench texts under ../shared/bench (local-news incidents, ECB+, the
// article-extraction gold bodies) when present, else from examples/. A story takes one source
// article as its template and gets its own names and figures (every capitalized word and number
// swapped through a story-specific mapping), a city, and a first day within an eight-week window;
// each of its articles keeps a random ordered subset of the template's sentences (some with the
// figures moved again, as a toll rises), plus one to three sentences of other articles with their
// names swapped, under a dateline, with a title, an outlet, a URL of its own and a publication time
// over the days the story runs. Story sizes: 1 to 40 (geometric, mean ≈ 8), and one story in a
// hundred a big one of 100 to 300 articles. The stream is in publication order, as a feed would
// bring it.
//
//   const { corpus, corpusFrom } = loadCorpus({ repo, shared });
//   corpus(total, seed) → [{ story, doc: RawDoc }] in publication order
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function hash32(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Reads the source texts (under `shared`/bench, else `repo`/examples) once; returns the builder. */
export function loadCorpus({ repo, shared }) {
  const splitSentences = (t) =>
    t
      .replace(/\s+/g, " ")
      .split(/(?<=[.!?][”"’]?)\s+(?=[“"]?[A-Z0-9])/u)
      .map((s) => s.trim())
      .filter((s) => s.split(" ").length >= 5);
  const readJsonl = (path) => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : []);

  const templates = []; // { title, sentences }
  const background = []; // sentences
  const outletSet = new Set();
  let corpusFrom;
  if (existsSync(join(shared, "bench"))) {
    for (const r of readJsonl(join(shared, "bench/incidents/articles.jsonl"))) {
      const s = splitSentences(r.text ?? "");
      if (r.outlet) outletSet.add(r.outlet);
      if (s.length >= 3) templates.push({ title: r.title ?? s[0], sentences: s });
      background.push(...s);
    }
    for (const r of readJsonl(join(shared, "bench/ecbplus/articles.jsonl"))) {
      const s = splitSentences(r.text ?? "");
      if (s.length >= 3) templates.push({ title: r.title ?? s[0], sentences: s });
      background.push(...s);
    }
    const gt = join(shared, "bench/article-extraction/ground-truth.json");
    if (existsSync(gt))
      for (const v of Object.values(JSON.parse(readFileSync(gt, "utf8")))) {
        const s = splitSentences(v.articleBody ?? "");
        if (s.length >= 3) templates.push({ title: s[0], sentences: s });
        background.push(...s);
      }
    corpusFrom = "../shared/bench (incidents, ECB+, article-extraction bodies)";
  }
  if (!templates.length) {
    const d = join(repo, "examples/peru-chile-border");
    for (const f of readdirSync(d).sort()) {
      const s = splitSentences(readFileSync(join(d, f), "utf8"));
      if (s.length >= 3) templates.push({ title: s[0], sentences: s.slice(1) });
      background.push(...s);
    }
    corpusFrom = "examples/peru-chile-border, with names, figures and sentences varied";
  }
  const outlets = outletSet.size ? [...outletSet].sort() : Array.from({ length: 60 }, (_, i) => `news${i + 1}.example`);
  // capitalized words seen inside sentences: the pool names and places are drawn from
  const poolSet = new Set();
  for (const s of background) for (const m of s.matchAll(/(?<=[a-z,;] )[A-Z][a-z]{2,}(?= [A-Za-z])/g)) poolSet.add(m[0]);
  const pool = [...poolSet].sort();
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  /** Rewrites the names (unless `numbersOnly`) and numbers of a sentence through a mapping keyed by `seed`. */
  function swap(sentence, seed, numbersOnly = false) {
    const s = numbersOnly ? sentence : sentence.replace(/(?<=\S )[A-Z][a-z]+/g, (w) => pool[hash32(w + "|" + seed) % pool.length]);
    return s.replace(/\b\d+(?:[.,]\d+)?\b/g, (n) => {
      const v = Number(n.replace(/,/g, ""));
      if (!Number.isFinite(v) || v < 2 || (v >= 1900 && v <= 2099)) return n;
      return String(Math.max(2, Math.round(v * (0.5 + (hash32(n + "#" + seed) % 1000) / 500))));
    });
  }
  const slug = (t) => t.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);

  function corpus(total, seed) {
    const rnd = mulberry32(seed);
    const start = Date.UTC(2025, 8, 1); // an eight-week window from 1 September 2025
    const docs = [];
    for (let storyNo = 0; docs.length < total; storyNo++) {
      let size = 1;
      if (rnd() < 0.01) size = 100 + Math.floor(rnd() * 201);
      else while (size < 40 && rnd() < 0.875) size++;
      size = Math.min(size, total - docs.length);
      const key = `story${storyNo}`;
      const tpl = templates[Math.floor(rnd() * templates.length)];
      const city = pool[hash32(key + "city") % pool.length];
      const first = start + Math.floor(rnd() * 56 * 86_400_000);
      const runsDays = Math.min(14, 1 + size / 10);
      const title = swap(tpl.title, key);
      for (let n = 0; n < size; n++) {
        const akey = `${key}-${n}`;
        const when = new Date(first + Math.floor(rnd() * runsDays * 86_400_000));
        const later = rnd() < 0.25; // a later report: the figures moved
        const parts = tpl.sentences.filter(() => rnd() < 0.7).map((s) => swap(s, key));
        if (!parts.length) parts.push(swap(tpl.sentences[0], key));
        if (later) for (let k = 0; k < parts.length; k++) if (rnd() < 0.5) parts[k] = swap(parts[k], akey, true);
        for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, swap(background[Math.floor(rnd() * background.length)], akey));
        const paras = [];
        for (let k = 0; k < parts.length; k += 3) paras.push(parts.slice(k, k + 3).join(" "));
        const dateline = `${city.toUpperCase()}, ${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()}, ${when.getUTCFullYear()} —`;
        const outlet = outlets[Math.floor(rnd() * outlets.length)];
        const t = n === 0 || rnd() < 0.5 ? title : `${title}${later ? ": toll rises" : " — update"}`;
        const url = `https://${outlet}/${when.toISOString().slice(0, 10).replace(/-/g, "/")}/${slug(t)}-${docs.length}`;
        docs.push({
          story: key,
          doc: { source: url, format: "text", body: `${dateline} ${paras.join("\n\n")}`, meta: { url, title: t, outlet, published: when.toISOString() } },
        });
      }
    }
    // a feed brings them in publication order
    docs.sort((a, b) => (a.doc.meta.published < b.doc.meta.published ? -1 : a.doc.meta.published > b.doc.meta.published ? 1 : 0));
    return docs;
  }
  return { corpus, corpusFrom, templates: templates.length };
}
