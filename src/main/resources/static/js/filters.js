// Enhancement only: on a phone the filters start folded so the results are in sight; without JavaScript they stay open.
if (window.matchMedia('(max-width: 48rem)').matches) {
  document.querySelectorAll('details.filters').forEach(function (d) { d.open = false; });
}
// Enhancement only: the search form works without JavaScript (the Apply button submits it). Ticking a filter submits
// at once; the new page puts the keyboard focus back on that filter, so a keyboard user is not sent to the top.
var FOCUS = 'crossroads.filter-focus';
document.querySelectorAll('#search .facets input[type=checkbox]').forEach(function (box) {
  box.addEventListener('change', function () {
    try { sessionStorage.setItem(FOCUS, JSON.stringify({ name: box.name, value: box.value })); } catch (e) { /* private mode */ }
    box.form.submit();
  });
});
(function () {
  var stored;
  try { stored = JSON.parse(sessionStorage.getItem(FOCUS) || 'null'); sessionStorage.removeItem(FOCUS); } catch (e) { stored = null; }
  if (!stored) return;
  var boxes = document.querySelectorAll('#search .facets input[type=checkbox]');
  for (var i = 0; i < boxes.length; i++) {
    if (boxes[i].name === stored.name && boxes[i].value === stored.value) {
      var details = boxes[i].closest('details');
      if (details) details.open = true;
      boxes[i].focus();
      break;
    }
  }
})();
