// Debris removal on scraped text: what must go (with its kind), and body text that must stay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPlainText, isHeadlineLike } from "../src/clean/plaintext.js";

const BODY = "Peru declared a state of emergency along its border with Chile on Friday, officials said.\nAt least 100 foreigners, mostly Venezuelans, gathered at the crossing.";

test("debris lines are removed with their kind", () => {
  const cases: [string, string, string][] = [
    ["Skip to main content", "navigation", "top"],
    ["Advertisement", "navigation", "top"],
    ["Already a subscriber? Make sure to log into your account before viewing this content. Still unable to see the content after signing in?", "paywall", "top"],
    ["Subscribe to continue reading.", "paywall", "top"],
    ["JOIN THE MOVEMENT", "call-to-action", "bottom"],
    ["Keep up to date with our latest videos, news and content", "call-to-action", "bottom"],
    ["Sign up for our daily newsletter", "call-to-action", "bottom"],
    ["Ya eres suscriptor? Inicia sesión para seguir leyendo.", "paywall", "top"],
  ];
  for (const [line, kind, where] of cases) {
    const raw = where === "top" ? `${line}\n\n${BODY}` : `${BODY}\n\n${line}`;
    const c = cleanPlainText(raw, "en", { findTitle: false });
    assert.ok(!c.text.includes(line), `${line} kept`);
    assert.deepEqual(c.removed.map((r) => r.kind), [kind], line);
    assert.ok(c.text.includes("At least 100 foreigners"), "body kept");
  }
});

test("credit lines give outlet, byline and date", () => {
  const c = cleanPlainText(`${BODY}\nSource: Al Jazeera\nWritten By Rodney Mbua`, "en");
  assert.equal(c.outlet, "Al Jazeera");
  assert.equal(c.byline, "Rodney Mbua");
  assert.deepEqual(c.removed.map((r) => r.kind), ["credit-line", "credit-line"]);
  const top = cleanPlainText(`By Marta Pérez and John Smith\nPublished November 29, 2025\n${BODY}`, "en");
  assert.equal(top.byline, "Marta Pérez and John Smith");
  assert.equal(top.published, "2025-11-29");
  const es = cleanPlainText(`${BODY}\nFuente: EFE\nPor María López`, "es");
  assert.equal(es.outlet, "EFE");
  assert.equal(es.byline, "María López");
});

test("a wire dateline gives outlet and place and leaves the sentence", () => {
  const c = cleanPlainText("LIMA (Reuters) - Peru's president declared a state of emergency on Friday.\nMore follows here.", "en");
  assert.equal(c.outlet, "Reuters");
  assert.equal(c.dateline, "Lima");
  assert.ok(c.text.startsWith("Peru's president declared"));
  const ap = cleanPlainText("SANTIAGO, Chile (AP) — Chile's security minister warned on Thursday.\nSecond paragraph.", "en");
  assert.equal(ap.outlet, "Associated Press");
  assert.equal(ap.dateline, "Santiago");
  // with the day of writing, in English and Spanish wire styles
  const dated = cleanPlainText("DHAKA, June 3 (Reuters) - A fire at a garment factory killed at least 12 workers.\nMore.", "en");
  assert.equal(dated.outlet, "Reuters");
  assert.equal(dated.dateline, "Dhaka");
  assert.ok(dated.text.startsWith("A fire at a garment factory"));
  assert.equal(dated.datelineDay, "06-03");
  assert.equal(c.datelineDay, null, "no day in 'LIMA (Reuters) -'");
  const efe = cleanPlainText("Lima, 14 mar (EFE).- Un sismo de magnitud 6,1 sacudió este jueves la región de Arequipa.\nMás.", "es");
  assert.equal(efe.outlet, "EFE");
  assert.equal(efe.dateline, "Lima");
  assert.ok(efe.text.startsWith("Un sismo"));
  assert.equal(efe.datelineDay, "03-14");
  const rio = cleanPlainText("RIO DE JANEIRO (Reuters) - Brazil's central bank held rates.\nMore.", "en");
  assert.equal(rio.dateline, "Rio De Janeiro");
  // without a wire, a place and a day make a dateline too; a place alone does not
  const local = cleanPlainText("Gazipur, June 4 — Police detained two owners of the factory.\nMore.", "en");
  assert.deepEqual([local.dateline, local.datelineDay, local.outlet], ["Gazipur", "06-04", null]);
  assert.ok(local.text.startsWith("Police detained"));
  const noDay = cleanPlainText("Gazipur — Police detained two owners of the factory.\nMore.", "en");
  assert.equal(noDay.dateline, null);
  // a sentence that merely mentions a wire is not a dateline
  const prose = cleanPlainText("Officials in Lima said (Reuters) - that is all.\nMore.", "en");
  assert.equal(prose.dateline, null);
  assert.ok(prose.text.startsWith("Officials in Lima said"));
});

test("a trailing list of unrelated headlines is removed, with or without a cue line", () => {
  const heads = ["New Orleans Immigration Crackdown Sparks Fear as Federal Arrests Intensify", "Trump and Lula Discuss Trade, Sanctions, and Security in “Productive” Phone Call", "Australia Progresses AUKUS Review as U.S. Affirms Strong Support"];
  const c = cleanPlainText(`${BODY}\n\n\n${heads.join("\n")}\n`, "en");
  assert.equal(c.removed.filter((r) => r.kind === "related-headlines").length, 3);
  assert.ok(c.text.endsWith("gathered at the crossing."));
  const cue = cleanPlainText(`${BODY}\nRead more\nPeru's new president sworn in after impeachment`, "en");
  assert.equal(cue.removed.length, 2);
  assert.ok(cue.text.endsWith("gathered at the crossing."));
});

test("a title line at the top becomes the title", () => {
  const c = cleanPlainText(`Peru Declares Border State of Emergency as Migrants Gather\n${BODY}`, "en");
  assert.equal(c.title, "Peru Declares Border State of Emergency as Migrants Gather");
  assert.ok(c.text.startsWith("Peru declared"));
  const known = cleanPlainText(`Peru declares emergency\n${BODY}`, "en", { knownTitle: "Peru Declares Emergency", findTitle: false });
  assert.ok(known.text.startsWith("Peru declared"), "a repeated known title is dropped");
  // a long first line is not the title because the title is long too: its words must be the title's
  const longTitle = "DeSoto police: 10-year-old son of slain shooting victim identified Erbie Lee Bowser as gunman";
  const lede = "A 10-year-old injured during the Wednesday-night shooting spree that left four dead told officers who the gunman was.";
  const kept = cleanPlainText(`${lede}\n${BODY}`, "en", { knownTitle: longTitle, findTitle: false });
  assert.ok(kept.text.startsWith(lede), "a long lede under a long title stays");
  const repeated = cleanPlainText(`${longTitle}\n${BODY}`, "en", { knownTitle: longTitle, findTitle: false });
  assert.ok(repeated.text.startsWith("Peru declared"), "a long title repeated as the first line is dropped");
});

test("body text is never removed (negative cases)", () => {
  const keep = [
    "Peruvian officials say subscribers to the state's alert service were warned, and that the newsletter of the ministry said migrants should follow the signs.",
    "By Friday, the number of migrants at the border had risen to at least 100, police said.",
    "Source documents seen by Reuters show the decree was signed on Saturday.",
    "He said the measure was meant to “generate tranquility”.",
    "Chile, meanwhile, argues that the surge is closely tied to domestic politics.",
    "Home Office officials declined to comment.",
  ];
  for (const line of keep) {
    const c = cleanPlainText(`${BODY}\n${line}\n${BODY}`, "en", { findTitle: false });
    assert.ok(c.text.includes(line), line);
    assert.equal(c.removed.length, 0, line);
  }
  // two title-case lines at the end are not a headline list; a sentence never is
  assert.equal(cleanPlainText(`${BODY}\nChile Votes on December 14\nKast Leads the Polls`, "en").removed.length, 0);
  assert.equal(isHeadlineLike("Officials said the measure would generate tranquility."), false);
});
