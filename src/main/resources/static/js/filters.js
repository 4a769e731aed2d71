// Enhancement only: on a phone the filters start folded so the results are in sight; without JavaScript they stay open.
if (window.matchMedia('(max-width: 48rem)').matches) {
  document.querySelectorAll('details.filters').forEach(function (d) { d.open = false; });
}
