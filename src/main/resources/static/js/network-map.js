// Draws the network map (<div data-network-map data-graph="{cities, links}">) with Leaflet: the bundled
// Natural Earth countries as base layer (works offline; a tile server from <meta name="crossroads-tiles">
// if one is set), a line per pair of tied cities (colour of its kind, width by weight) and a circle per
// city (larger for more cities tied). The JSON's numbers are written with a dot whatever the language,
// and only finite coordinates are drawn. The page lists the same ties and cities as tables.
(function () {
  var el = document.querySelector('[data-network-map]');
  if (!window.L || !el) return;
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/webjars/leaflet/1.9.4/dist/leaflet.css';
  document.head.appendChild(css);
  var data = JSON.parse(el.getAttribute('data-graph') || '{"cities":[],"links":[]}');
  function escapeText(s) {
    var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML;
  }
  function finite(c) { return isFinite(c.lat) && isFinite(c.lon) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180; }
  var map = L.map(el, { zoomSnap: 0.5, worldCopyJump: true, preferCanvas: true }).setView([25, 10], 3);
  var tiles = document.querySelector('meta[name=crossroads-tiles]');
  if (tiles) {
    L.tileLayer(tiles.getAttribute('content'), { attribution: tiles.getAttribute('data-attribution') || '' }).addTo(map);
  } else {
    fetch('/map/countries.geojson').then(function (r) { return r.json(); }).then(function (shapes) {
      L.geoJSON(shapes, { style: { color: '#8a9aa6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false })
        .addTo(map).bringToBack();
    });
  }
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  var byId = {};
  data.cities.filter(finite).forEach(function (c) { byId[c.id] = c; });
  var ties = L.layerGroup().addTo(map);
  var drawn = 0;
  data.links.forEach(function (l) {
    var a = byId[l.a], b = byId[l.b];
    if (!a || !b) return;
    L.polyline([[a.lat, a.lon], [b.lat, b.lon]], { color: l.colour, weight: Math.min(1 + l.weight * 1.5, 6), opacity: 0.4 })
      .bindTooltip(escapeText(a.name) + ' – ' + escapeText(b.name))
      .addTo(ties);
    drawn++;
  });
  var cities = L.featureGroup().addTo(map);
  Object.keys(byId).forEach(function (id) {
    var c = byId[id];
    L.circleMarker([c.lat, c.lon], { radius: Math.min(2.5 + Math.sqrt(c.degree), 9), color: '#26323a', weight: 1,
      fillColor: c.colour || "#ffffff", fillOpacity: 0.9 })
      .bindPopup('<a href="' + encodeURI(c.href) + '">' + escapeText(c.name) + '</a>')
      .addTo(cities);
  });
  if (cities.getLayers().length) map.fitBounds(cities.getBounds(), { maxZoom: 7, padding: [20, 20] });
  el.setAttribute('data-ties-drawn', String(drawn));
  el.setAttribute('data-loaded', String(cities.getLayers().length));
})();
