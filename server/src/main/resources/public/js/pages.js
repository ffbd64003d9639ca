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
});
