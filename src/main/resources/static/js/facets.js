// Folds the filters away on windows narrower than Bootstrap's lg breakpoint, where they would push the
// results a screen or two down, and shows them on wider ones. The page sends them open, so that without
// scripts they are all there; htmx puts new ones in after each filter, which are folded the same way.
(function () {
  'use strict';
  var narrow = window.matchMedia('(max-width: 991.98px)');

  function fit(root) {
    root.querySelectorAll('details.facets-fold').forEach(function (facets) {
      facets.open = !narrow.matches;
    });
  }

  fit(document);
  document.addEventListener('htmx:load', function (event) {
    fit(event.detail.elt);
  });
  narrow.addEventListener('change', function () {
    fit(document);
  });
})();
