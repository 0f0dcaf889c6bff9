// A toll told over a day: reports are ordered by when they were published (the time of day the
// source gives) or by their own words ("rose to 11"); a rise is an update with its trail. Two
// reports of one day that differ, with nothing to order them, stay a conflict.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/pipeline.js";
import { isoInstant } from "../src/read/dates.js";

test("isoInstant: a time of day with its zone, as UTC; a day alone is none", () => {
  const cases: [string, string | null][] = [
    ["2026-03-03T19:30:00-06:00", "2026-03-04T01:30:00.000Z"],
    ["2026-03-03 08:10", "2026-03-03T08:10:00.000Z"],
    ["Tue, 02 Jul 2013 12:28:00 CDT", "2013-07-02T17:28:00.000Z"],
    ["Wed, 03 Jul 2013 09:00:00 +0200", "2013-07-03T07:00:00.000Z"],
    ["2026-03-03", null],
    ["3 de marzo de 2026", null],
    ["yesterday at 10:00", null],
  ];
  for (const [raw, want] of cases) assert.equal(isoInstant(raw), want, raw);
});

async function killed(docs: [name: string, published: string, text: string][]) {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-toll-"));
  try {
    for (const [name, published, text] of docs) writeFileSync(join(dir, `${name}.md`), `---\ntitle: ${name}\noutlet: ${name}\npublished: ${published}\n---\n${text}\n`);
    const r = await analyze([dir]);
    assert.equal(r.stories.length, 1);
    const k = r.stories[0]!.keyFigures.find((f) => f.measure === "killed");
    assert.ok(k, "a killed key figure");
    return k;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const QUAKE = "A magnitude 7.1 earthquake struck the southern state of Oaxaca in Mexico early on Tuesday, damaging homes in Juchitan.";

test("a toll reported morning and evening of one day, then the next day, is one figure that rose", async () => {
  const k = await killed([
    ["Outlet A", "2026-03-03T08:10:00-06:00", `${QUAKE} At least three people were killed in Juchitan, officials said.`],
    ["Outlet B", "2026-03-03T19:30:00-06:00", `${QUAKE} Eleven people were killed in Juchitan, officials said.`],
    ["Outlet C", "2026-03-04T10:00:00+00:00", `${QUAKE} The earthquake killed at least 14 people in Juchitan, officials said.`],
  ]);
  assert.equal(k.status, "explained");
  assert.equal(k.value, 14);
  assert.deepEqual(k.trail.map((t) => t.value), [3, 11, 14]);
});

test("of two reports of one day with no time, the one that says the toll rose is the later", async () => {
  const k = await killed([
    ["Outlet A", "2026-03-03", `${QUAKE} At least three people were killed in Juchitan, officials said.`],
    ["Outlet B", "2026-03-03", `${QUAKE} The death toll from the earthquake in Juchitan rose to 11, officials said.`],
  ]);
  assert.equal(k.status, "explained");
  assert.equal(k.value, 11);
});

test("negative: two reports of one day with no time and no word of an update stay a conflict", async () => {
  const k = await killed([
    ["Outlet A", "2026-03-03", `${QUAKE} Three people were killed in Juchitan, officials said.`],
    ["Outlet B", "2026-03-03", `${QUAKE} Eleven people were killed in Juchitan, officials said.`],
  ]);
  assert.equal(k.status, "conflict");
});

test("the claim lining up the reports of a toll that rose says so too (no conflict beside an explained key figure)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-toll-"));
  try {
    const docs: [string, string, string][] = [
      ["Outlet A", "2026-03-03T08:10:00-06:00", `${QUAKE} At least three people were killed in Juchitan, officials said.`],
      ["Outlet B", "2026-03-03T19:30:00-06:00", `${QUAKE} Eleven people were killed in Juchitan, officials said.`],
      ["Outlet C", "2026-03-04T10:00:00+00:00", `${QUAKE} The earthquake killed at least 14 people in Juchitan, officials said.`],
    ];
    for (const [name, published, text] of docs) writeFileSync(join(dir, `${name}.md`), `---\ntitle: ${name}\noutlet: ${name}\npublished: ${published}\n---\n${text}\n`);
    const s = (await analyze([dir])).stories[0]!;
    const k = s.keyFigures.find((f) => f.measure === "killed")!;
    const onTrail = new Set(k.trail.map((t) => `${t.articleId}:${t.start}`));
    const claims = s.claims.filter((c) => c.kind === "quantity" && c.values.length > 1 && c.values.every((v) => onTrail.has(`${v.articleId}:${v.start}`)));
    assert.ok(claims.length >= 1);
    for (const c of claims) assert.equal(c.status, "explained", c.explanation);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
