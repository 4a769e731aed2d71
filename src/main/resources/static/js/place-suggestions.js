// Enhancement only: suggests gazetteer places for the last entry of a ";"-separated places field.
(function () {
  var input = document.getElementById('cities');
  var list = document.getElementById('city-suggestions');
  if (!input || !list || !window.fetch) return;
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var parts = input.value.split(';');
      var last = parts[parts.length - 1].trim();
      if (last.length < 2 || last.indexOf(',') >= 0) return;
      var prefix = parts.slice(0, -1).map(function (p) { return p.trim(); }).filter(Boolean);
      fetch('/api/cities?size=8&q=' + encodeURIComponent(last)).then(function (r) { return r.json(); }).then(function (page) {
        list.textContent = '';
        (page.items || []).forEach(function (c) {
          var option = document.createElement('option');
          option.value = prefix.concat([c.name + ', ' + c.countryCode]).join('; ');
          option.label = c.name + ' (' + c.countryCode + (c.population ? ', ' + c.population.toLocaleString() : '') + ')';
          list.appendChild(option);
        });
      }).catch(function () {});
    }, 250);
  });
})();
