// Small behaviours of the pages that work without it too: the print button, and facets that stay open on wide
// screens but fold behind their summary on a phone.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  var wide = window.matchMedia("(min-width: 40em)");
  function unfold() {
    document.querySelectorAll("details.facets-fold").forEach(function (d) { d.open = wide.matches; });
  }
  unfold();
  wide.addEventListener("change", unfold);
  // an item found inside a long line (a registry XML export is one line) is brought into view, not the line's start
  var found = document.getElementById("found");
  if (found && found.closest(".line").offsetHeight > window.innerHeight / 2) {
    // after the browser's own scroll to the line's anchor, which comes with the load
    window.addEventListener("load", function () {
      setTimeout(function () { found.scrollIntoView({block: "center"}); }, 0);
    });
  }
});
