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
// The sort control (shared/lists :: sort) is not submitted when its choice changes, since arrow keys move through the
// choices; its button reloads the list, and the new page puts the focus back on the control.
document.querySelectorAll('.list-sort-apply').forEach(function (button) {
  button.addEventListener('click', function () {
    try { sessionStorage.setItem(FOCUS, JSON.stringify({ sort: true })); } catch (e) { /* private mode */ }
  });
});
(function () {
  var stored;
  try { stored = JSON.parse(sessionStorage.getItem(FOCUS) || 'null'); sessionStorage.removeItem(FOCUS); } catch (e) { stored = null; }
  if (!stored) return;
  if (stored.sort) {
    var sort = document.getElementById('list-sort');
    if (sort) {
      var folded = sort.closest('details');
      if (folded) folded.open = true;
      sort.focus();
    }
    return;
  }
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
