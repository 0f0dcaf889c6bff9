// The outlet of an article known only by its address (issue 8: metadata, credit line, a known
// outlet list, then the host).
import { test } from "node:test";
import assert from "node:assert/strict";
import { outletOfAddress } from "../src/clean/outlet-hosts.js";
import { cleanDoc } from "../src/clean/article.js";
import type { RawDoc } from "../src/model.js";

test("a known host names its outlet; a subdomain its parent's; a path prefix its own; else the bare host", () => {
  assert.equal(outletOfAddress("https://www.aljazeera.com/news/2026/8/14/x"), "Al Jazeera");
  assert.equal(outletOfAddress("https://edition.cnn.com/2026/01/01/world/x"), "CNN");
  assert.equal(outletOfAddress("https://cnnespanol.cnn.com/2026/x"), "CNN en Español");
  assert.equal(outletOfAddress("https://www.bbc.com/mundo/articles/x"), "BBC Mundo");
  assert.equal(outletOfAddress("https://www.bbc.com/news/world-1"), "BBC");
  assert.equal(outletOfAddress("https://www.milenio.com/policia/x"), "Milenio");
  assert.equal(outletOfAddress("https://news.example-town.org/a"), "news.example-town.org");
  assert.equal(outletOfAddress("not a url"), null);
  assert.equal(outletOfAddress(null), null);
});

test("a JSON record with only a url gets the listed outlet; its own outlet field and a credit line come first", () => {
  const text = "Floods killed at least 12 people in northeastern Bangladesh, officials said on Friday. Rescuers searched villages.";
  const doc = (meta: Record<string, string>, body = text): RawDoc => ({ source: "t.jsonl#1", format: "text", body, meta: meta as RawDoc["meta"] });
  const byUrl = cleanDoc(doc({ url: "https://www.thedailystar.net/news/x" }));
  assert.equal(byUrl.article?.outlet, "The Daily Star");
  const named = cleanDoc(doc({ url: "https://www.thedailystar.net/news/x", outlet: "Daily Star Bangladesh" }));
  assert.equal(named.article?.outlet, "Daily Star Bangladesh");
  const credit = cleanDoc(doc({ url: "https://www.thedailystar.net/news/x" }, "DHAKA, Aug 14 (Reuters) - " + text));
  assert.equal(credit.article?.outlet, "Reuters");
});
