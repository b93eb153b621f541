// "New since your last visit" on a story page, kept in this browser only (localStorage): the ids of the articles
// shown at the last visit are remembered per story; articles not among them are marked, with the claims inside
// them. Nothing is sent anywhere. A separate file, not inline, so the page's Content-Security-Policy ('self') allows
// it; it only reads element ids and writes class names and text, never HTML.
(function () {
  "use strict";
  var key = "newsledger:seen:" + location.pathname;
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.article[id]"));
  if (!articles.length) { return; }
  var ids = articles.map(function (a) { return a.id; });
  var before = null;
  try { before = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { before = null; }
  try { localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), ids: ids })); } catch (e) { return; }
  if (!before || !Array.isArray(before.ids)) { return; }  // a first visit: nothing to compare with
  var known = {};
  before.ids.forEach(function (id) { known[id] = true; });
  var fresh = articles.filter(function (a) { return !known[a.id]; });
  fresh.forEach(function (a) {
    a.classList.add("nl-new");
    var head = a.querySelector("h3");
    if (head) {
      var badge = document.createElement("span");
      badge.className = "nl-new-badge";
      badge.textContent = "new since your last visit";
      head.appendChild(badge);
    }
  });
  var claims = 0;
  Array.prototype.forEach.call(document.querySelectorAll("a.claim[href^='#']"), function (link) {
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target && target.closest && target.closest("article.nl-new")) {
      (link.closest("li, tr") || link).classList.add("nl-new");
      claims += 1;
    }
  });
  var note = document.createElement("p");
  note.className = "nl-seen-note";
  note.setAttribute("role", "status");
  note.textContent = fresh.length
    ? fresh.length + " article" + (fresh.length === 1 ? "" : "s") + " and " + claims + " claim" + (claims === 1 ? "" : "s") +
      " new since your last visit (" + String(before.at).slice(0, 16).replace("T", " ") + " UTC)."
    : "Nothing new since your last visit (" + String(before.at).slice(0, 16).replace("T", " ") + " UTC).";
  var main = document.getElementById("main") || document.body;
  main.insertBefore(note, main.firstChild);
})();
