// Developments of stories nobody tuned to (an earthquake's toll, riots, a ship seized, a camp
// bombed), in English and Spanish: each rule with sentences of its own and one that must not match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../src/extract/article.js";
import type { Lang } from "../src/model.js";
import { developmentsOf } from "./helpers.js";

const events = (text: string, language: Lang) => extractArticle({ id: "a", text, language }, "2026-11-03").events;

test("developments: a passive with its own subject is said as written, the subject first ('A warship was dispatched', not 'Navy dispatched')", async () => {
  const devs = await developmentsOf([
    ["w1", "Sea Wire", "2026-09-21", "Warship sent\n\nAn Indian Navy warship was dispatched to shadow the hijacked vessel, a navy spokesman said."],
    ["w2", "Port Daily", "2026-09-21", "Navy moves\n\nAn Indian Navy warship was dispatched to shadow the hijacked vessel on Sunday."],
  ]);
  const sent = devs.find((d) => d.type === "deployment");
  assert.ok(sent, JSON.stringify(devs));
  assert.match(sent.summary, /^(?:An Indian )?Navy warship was dispatched to shadow the hijacked vessel/);
  // (an active verb keeps its actor first: no passive read into it)
  const active = await developmentsOf([
    ["w3", "Sea Wire", "2026-09-21", "Warship sent\n\nThe navy dispatched a warship to shadow the hijacked vessel."],
    ["w4", "Port Daily", "2026-09-21", "Navy moves\n\nThe navy dispatched a warship to shadow the hijacked vessel on Sunday."],
  ]);
  assert.ok(active.some((d) => /^The navy dispatched a warship/i.test(d.summary)), JSON.stringify(active.map((d) => d.summary)));
});
