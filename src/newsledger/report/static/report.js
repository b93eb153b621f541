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
})();
