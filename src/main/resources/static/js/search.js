// Enhancement only: the search form works without JavaScript (the Apply button submits it).
document.querySelectorAll('#search .facets input[type=checkbox]').forEach(function (box) {
  box.addEventListener('change', function () { box.form.submit(); });
});
