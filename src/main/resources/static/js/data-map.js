// Draws the data map (<div data-analytics-map data-source=... data-palette=...>) with Leaflet: the bundled
// Natural Earth countries (property iso2) shaded by the band of their figure, and a circle per city sized
// by the radius the server computed; hidden figures ("<5", "x") are hollow circles. The page shows the
// same figures as tables without JavaScript.
(function () {
  var el = document.querySelector('[data-analytics-map]');
  if (!window.L || !el) return;
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/webjars/leaflet/1.9.4/dist/leaflet.css';
  document.head.appendChild(css);
  var palette = (el.getAttribute('data-palette') || '').split(' ');
  function escapeText(s) {
    var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML;
  }
  var map = L.map(el, { zoomSnap: 0.5, worldCopyJump: true }).setView([33, 10], 3);
  var tiles = document.querySelector('meta[name=crossroads-tiles]');
  if (tiles) {
    L.tileLayer(tiles.getAttribute('content'), { attribution: tiles.getAttribute('data-attribution') || '' }).addTo(map);
  }
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  Promise.all([fetch('/map/countries.geojson').then(function (r) { return r.json(); }),
               fetch(el.getAttribute('data-source')).then(function (r) { return r.json(); })])
    .then(function (loaded) {
      var shapes = loaded[0], data = loaded[1], byCode = {};
      (data.countries || []).forEach(function (c) { byCode[c.code] = c; });
      L.geoJSON(shapes, {
        style: function (f) {
          var c = byCode[f.properties.iso2];
          var fill = c && c.band != null ? palette[c.band] : '#f4f1ea';
          return { color: '#8a9aa6', weight: 0.6, fillColor: fill, fillOpacity: tiles ? 0.7 : 1 };
        },
        onEachFeature: function (f, layer) {
          var c = byCode[f.properties.iso2];
          if (c) layer.bindTooltip(escapeText(f.properties.name) + ': ' + escapeText(c.text));
        }
      }).addTo(map).bringToBack();
      var cities = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          var p = feature.properties;
          return L.circleMarker(latlng, { radius: p.radius, color: '#7a3a0a', weight: 1, dashArray: p.suppressed ? '2 2' : null,
            fillColor: '#e07a1f', fillOpacity: p.suppressed ? 0 : 0.7 });
        },
        onEachFeature: function (feature, marker) {
          var p = feature.properties;
          marker.bindPopup('<a href="' + encodeURI(p.href) + '">' + escapeText(p.name) + '</a><br>' + escapeText(p.text));
        }
      }).addTo(map);
      if (cities.getLayers().length) map.fitBounds(cities.getBounds(), { maxZoom: 6, padding: [20, 20] });
      el.setAttribute('data-loaded', String(cities.getLayers().length));
    });
})();
