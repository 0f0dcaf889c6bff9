// Whole-pipeline story fixtures: test/fixtures/stories/<case>/{input.*, expected.json}, picked up
// automatically. Each runs the real CLI and checks the claims, statuses, timeline and quotation
// groups a person would check by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, runCli, assertValidReport } from "./helpers.js";
import type { Report } from "../src/report/schema.js";

interface Expected {
  input?: string;
  stories: number;
  claims?: { texts: string[]; status: string; explanationIncludes?: string; minArticles?: number }[];
  noConflicts?: boolean;
  notTogether?: [string, string][];
  timeline?: string[];
  quoteGroups?: { speaker: string; articles: number }[];
  keyFigures?: { measure: string; value: number; status?: string; trail?: number[] }[];
  subjectsArePhrases?: boolean;
}

const dir = join(ROOT, "test/fixtures/stories");
for (const name of readdirSync(dir)) {
  const exp = JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8")) as Expected;
  const input = exp.input ? join(ROOT, exp.input) : join(dir, name, readdirSync(join(dir, name)).find((f) => f.startsWith("input"))!);
  test(`story fixture: ${name}`, async () => {
    assert.ok(existsSync(input), input);
    const r = await runCli(["analyze", input, "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertValidReport(report);
    assert.equal(report.stories.length, exp.stories, "stories");
    const claims = report.stories.flatMap((s) => s.claims);
    const has = (c: (typeof claims)[number], t: string) => c.values.some((v) => v.text.toLowerCase().includes(t.toLowerCase()));
    const figures = report.stories.flatMap((s) => s.keyFigures);
    for (const want of exp.keyFigures ?? []) {
      const k = figures.find((x) => x.measure === want.measure);
      assert.ok(k, `no key figure for ${want.measure}: ${JSON.stringify(figures.map((x) => [x.measure, x.value]))}`);
      assert.equal(k.value, want.value, `${want.measure}: ${k.explanation}`);
      if (want.status) assert.equal(k.status, want.status, `${want.measure}: ${k.explanation}`);
      if (want.trail) assert.deepEqual(k.trail.map((t) => t.value), want.trail);
    }
    // a subject is a phrase, not a list of words ("date of: Peruvian, President, José, Jerí")
    if (exp.subjectsArePhrases) for (const c of claims) assert.doesNotMatch(c.subject, /([^,]+,){3,}/, c.subject);
    for (const want of exp.claims ?? []) {
      const c = claims.find((x) => want.texts.every((t) => has(x, t)));
      assert.ok(c, `no claim holds ${want.texts.join(" + ")}: ${JSON.stringify(claims.map((x) => [x.status, x.values.map((v) => v.text)]))}`);
      assert.equal(c.status, want.status, `${want.texts.join(" + ")}: ${c.explanation}`);
      if (want.explanationIncludes) assert.ok(c.explanation.includes(want.explanationIncludes), c.explanation);
      if (want.minArticles) assert.ok(new Set(c.values.map((v) => v.articleId)).size >= want.minArticles, `${want.texts}: ${c.values.length} values`);
    }
    if (exp.noConflicts) assert.deepEqual(claims.filter((c) => c.status === "conflict").map((c) => c.subject), []);
    for (const [a, b] of exp.notTogether ?? []) assert.ok(!claims.some((c) => has(c, a) && has(c, b)), `${a} and ${b} aligned`);
    const days = report.stories.flatMap((s) => s.timeline.map((e) => e.date));
    for (const d of exp.timeline ?? []) assert.ok(days.includes(d), `timeline lacks ${d}: ${days.join(", ")}`);
    for (const g of exp.quoteGroups ?? []) {
      const grp = report.stories.flatMap((s) => s.quoteGroups).find((x) => x.speaker === g.speaker && new Set(x.quotes.map((q) => q.articleId)).size >= g.articles);
      assert.ok(grp, `no quotation group of ${g.speaker} across ${g.articles} articles`);
    }
  });
}
