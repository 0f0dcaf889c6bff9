// The reference date of an article without one of its own: a dated sibling first, then --date,
// and only then a day its story's texts state (which may be history the article cites).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-refdate-"));
// "Rescuers searched…" makes the two one story plainly: the dated sibling's Tuesday is a day key
// (2009-09-29) that the undated article cannot share, and its 2002 costs a year penalty.
const HIST = "A strong earthquake shook the coast of Sumatra near Padang on Tuesday, killing 12 people, officials in Padang said. Rescuers searched collapsed buildings. The latest quakes of that size occurred on Oct. 10, 2002, officials said.";

test("a dated sibling, not a historical date in the text, gives an undated article its reference date", async () => {
  const p = join(dir, "siblings.json");
  writeFileSync(p, JSON.stringify([
    { id: "undated", text: HIST },
    { id: "dated", published: "2009-09-30", text: "A strong earthquake shook the coast of Sumatra near Padang on Tuesday, killing 12 people, officials in Padang said. Rescuers searched collapsed buildings in Padang." },
  ]));
  const r = await analyze([p]);
  assert.equal(r.stories.length, 1);
  const a = r.articles.find((x) => x.source.endsWith("#undated"))!;
  assert.equal(a.referenceDate.date, "2009-09-30", a.referenceDate.note);
  assert.equal(a.referenceDate.basis, "story");
  const tuesday = r.stories[0]!.mentions.times.find((t) => t.articleId === a.id && t.text === "Tuesday");
  assert.equal(tuesday?.value, "2009-09-29", "Tuesday falls in the week of the story, not in 2002");
});

test("--date wins over a day the text states, for an article with no dated sibling", async () => {
  const p = join(dir, "alone.txt");
  writeFileSync(p, HIST);
  const withDate = await analyze([p], { date: "2009-10-01" });
  assert.equal(withDate.articles[0]!.referenceDate.date, "2009-10-01");
  assert.equal(withDate.articles[0]!.referenceDate.basis, "user");
  const without = await analyze([p]);
  assert.equal(without.articles[0]!.referenceDate.basis, "story", "without --date, the text's day is the last resort");
});
