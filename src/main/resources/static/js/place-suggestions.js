// Enhancement only: suggests gazetteer places (/api/cities) for a places field. The inventory form's
// "cities" field and every input marked data-place-suggestions ("one" place, or "many" separated by ";")
// get suggestions in the datalist the input names; for "many", only the last entry is completed.
(function () {
  if (!window.fetch) return;
  var inputs = Array.prototype.slice.call(document.querySelectorAll('input[data-place-suggestions]'));
  var cities = document.getElementById('cities');
  if (cities && inputs.indexOf(cities) < 0) inputs.push(cities);
  inputs.forEach(function (input) {
    var list = input.list || document.getElementById('city-suggestions');
    if (!list) return;
    var many = input.getAttribute('data-place-suggestions') !== 'one';
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var parts = many ? input.value.split(';') : [input.value];
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
  });
})();
