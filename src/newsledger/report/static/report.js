/* newsledger story report: a link to a claim highlights every piece of it (and a figure's sentence) where it
   stands in its article. Without this script the :target CSS still marks the claim. */
(function () {
  "use strict";
  var lit = [];

  function clear() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = [];
  }

  function show(id, scroll) {
    clear();
    var target = id ? document.getElementById(id) : null;
    if (!target || !target.matches("mark, .k-sentence, .group")) {
      return;
    }
    var found = document.querySelectorAll('[data-s~="' + CSS.escape(id) + '"]');
    lit = Array.prototype.slice.call(found);
    if (lit.indexOf(target) < 0) {
      lit.push(target);
    }
    lit.forEach(function (el) { el.classList.add("hl"); });
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: true });
    if (scroll) {
      target.scrollIntoView({ block: "center" });
    }
  }

  function fromHash() {
    var id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      id = "";
    }
    show(id, true);
  }

  /* A second click on the link already in the address bar fires no hashchange: highlight again by hand. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
    if (link && link.getAttribute("href") === window.location.hash) {
      event.preventDefault();
      fromHash();
    }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();

  /* The language filter: versions, figure rows and articles in an unticked language are hidden; a group or a source
     left with nothing to show is hidden with them. */
  var filter = document.querySelector(".lang-filter");
  if (filter) {
    var applyLanguages = function () {
      var shown = {};
      filter.querySelectorAll("input[name='nl-lang']").forEach(function (box) { shown[box.value] = box.checked; });
      document.querySelectorAll(".nl-report [data-lang]").forEach(function (el) {
        el.hidden = shown[el.getAttribute("data-lang")] === false;
      });
      document.querySelectorAll(".nl-report .group, .nl-report .source").forEach(function (el) {
        var items = el.querySelectorAll("[data-lang]");
        var visible = Array.prototype.some.call(items, function (item) { return !item.hidden; });
        el.hidden = items.length > 0 && !visible;
      });
    };
    filter.hidden = false;
    filter.addEventListener("change", applyLanguages);
    applyLanguages();
  }
})();
