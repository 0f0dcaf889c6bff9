// The page's one script, inlined and hashed for the Content-Security-Policy. It does three things:
// opens an article in a reader panel with the value's sentence highlighted (click or keyboard),
// and marks what is new since the reader's last visit (localStorage, when the browser allows it).
// Article text is read from the JSON data island and only ever set as text, never as markup.
export const CLIENT_JS = String.raw`
(function () {
  "use strict";
  var dataEl = document.getElementById("sitrep-data");
  var data = { articles: {} };
  try { data = JSON.parse(dataEl ? dataEl.textContent : "{}") || data; } catch (e) { /* no data: values stay inert */ }
  var dialog = document.getElementById("reader");
  var opener = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function isHttp(u) { return typeof u === "string" && /^https?:\/\//i.test(u); }

  function open(btn) {
    var a = data.articles[btn.getAttribute("data-a")];
    if (!a || !dialog) return;
    var r = (btn.getAttribute("data-r") || "0,0,0,0").split(",").map(Number);
    var t = a.text, ss = r[0], se = r[1], ms = r[2], me = r[3];
    if (!(ss >= 0 && se >= ss && se <= t.length)) { ss = se = 0; }
    if (!(ms >= ss && me >= ms && me <= se)) { ms = ss; me = se; }
    dialog.querySelector(".reader-title").textContent = a.title || "Untitled article";
    var meta = dialog.querySelector(".reader-meta");
    meta.textContent = [a.outlet, a.byline, a.date].filter(Boolean).join(" · ");
    if (isHttp(a.url)) {
      meta.appendChild(document.createTextNode(" · "));
      var link = el("a", "ext", "original");
      link.href = a.url; link.rel = "noopener noreferrer nofollow"; link.target = "_blank";
      meta.appendChild(link);
    }
    var body = dialog.querySelector(".reader-body");
    body.textContent = "";
    var target = null;
    if (se > ss) {
      body.appendChild(document.createTextNode(t.slice(0, ss)));
      var sent = el("mark", "sent");
      sent.appendChild(document.createTextNode(t.slice(ss, ms)));
      var hit = el("mark", "hit", t.slice(ms, me));
      sent.appendChild(hit);
      sent.appendChild(document.createTextNode(t.slice(me, se)));
      body.appendChild(sent);
      body.appendChild(document.createTextNode(t.slice(se)));
      target = sent;
    } else body.textContent = t;
    opener = btn;
    if (typeof dialog.showModal === "function") { if (!dialog.open) dialog.showModal(); } else dialog.setAttribute("open", "");
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (target) target.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    else body.scrollTop = 0;
    dialog.querySelector(".close").focus();
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var btn = t && t.closest ? t.closest("button[data-a]") : null;
    if (btn) { ev.preventDefault(); open(btn); }
  });
  if (dialog) {
    dialog.querySelector(".close").addEventListener("click", function () { dialog.close ? dialog.close() : dialog.removeAttribute("open"); });
    dialog.addEventListener("click", function (ev) { if (ev.target === dialog) dialog.close(); });
    dialog.addEventListener("close", function () {
      if (opener && document.contains(opener)) opener.focus();
      opener = null;
    });
  }

  // What is new since the last visit: per story, the keys of the values seen then.
  var store = null;
  try { store = window.localStorage; store.getItem("sitrep:probe"); } catch (e) { store = null; }
  var stories = document.querySelectorAll(".story[data-story]");
  for (var i = 0; i < stories.length; i++) {
    var story = stories[i];
    var id = "sitrep:seen:" + story.getAttribute("data-story");
    var keyed = story.querySelectorAll("[data-k]");
    var keys = [];
    for (var j = 0; j < keyed.length; j++) keys.push(keyed[j].getAttribute("data-k"));
    var before = null;
    if (store) { try { before = JSON.parse(store.getItem(id) || "null"); } catch (e) { before = null; } }
    if (before && before.keys) {
      var seen = {};
      for (j = 0; j < before.keys.length; j++) seen[before.keys[j]] = true;
      var isNew = [];
      for (j = 0; j < keyed.length; j++) if (!seen[keys[j]]) isNew.push(keyed[j]);
      var fresh = 0;
      for (j = 0; j < isNew.length; j++) {
        var k = isNew[j];
        var up = k.parentElement ? k.parentElement.closest("[data-k]") : null;
        if (up && isNew.indexOf(up) >= 0) continue; // its container is new already
        fresh++;
        var b = el("span", "badge new", "new");
        if (k.matches("button, .nolink")) k.insertAdjacentElement("afterend", b);
        else (k.querySelector("h3, .summary, th") || k).appendChild(b);
      }
      var note = story.querySelector(".visit");
      if (note) {
        note.textContent = (fresh ? fresh + (fresh === 1 ? " item is" : " items are") + " new" : "Nothing new") + " since your last visit (" + new Date(before.t).toLocaleString() + ").";
        note.hidden = false;
      }
    }
    if (store) { try { store.setItem(id, JSON.stringify({ t: Date.now(), keys: keys })); } catch (e) { /* full or refused */ } }
  }
})();
`.trim();
