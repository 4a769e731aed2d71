// Draws every <div data-map> with Leaflet: the bundled Natural Earth country shapes as base layer
// (works offline), an optional tile server from <meta name="crossroads-tiles">, the points of the
// GeoJSON named by data-points, and the points of each GeoJSON named in data-layers (space-separated;
// drawn as small rings, the map zooms to them). Popups show a feature's name (linked to its href),
// detail, lines and url. The page already lists the same places as text without JavaScript.
(function () {
  if (!window.L || !document.querySelector('[data-map]')) return;
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/webjars/leaflet/1.9.4/dist/leaflet.css';
  document.head.appendChild(css);
  var tiles = document.querySelector('meta[name=crossroads-tiles]');
  var countries = null;
  function loadCountries() {
    if (!countries) countries = fetch('/map/countries.geojson').then(function (r) { return r.json(); });
    return countries;
  }
  function escapeText(s) {
    var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML;
  }
  document.querySelectorAll('[data-map]').forEach(function (el) {
    var center = (el.getAttribute('data-center') || '33,10').split(',').map(Number);
    // on right-to-left pages the controls sit on the other side, as the page mirrors
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var map = L.map(el, { zoomSnap: 0.5, worldCopyJump: true, zoomControl: false, attributionControl: false })
      .setView(center, Number(el.getAttribute('data-zoom') || 4));
    L.control.zoom({ position: rtl ? 'topright' : 'topleft' }).addTo(map);
    map.attributionControl = L.control.attribution({ position: rtl ? 'bottomleft' : 'bottomright', prefix: false }).addTo(map);
    el.style.background = '#cfe0ec';
    if (tiles) {
      L.tileLayer(tiles.getAttribute('content'), { attribution: tiles.getAttribute('data-attribution') || '' }).addTo(map);
    } else {
      loadCountries().then(function (shapes) {
        L.geoJSON(shapes, { style: { color: '#8a9aa6', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false })
          .addTo(map).bringToBack();
      });
      map.attributionControl.addAttribution('Natural Earth · GeoNames');
    }
    var source = el.getAttribute('data-points');
    if (source) {
      fetch(source).then(function (r) { return r.json(); }).then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            var n = feature.properties.count || 1;
            return L.circleMarker(latlng, { radius: Math.min(4 + Math.sqrt(n) * 2, 18), color: '#0b6e4f', weight: 1,
              fillColor: feature.properties.intermediary ? '#e07a1f' : '#0b6e4f', fillOpacity: 0.75 });
          },
          onEachFeature: bindPopup
        }).addTo(map);
        if (layer.getLayers().length && !el.hasAttribute('data-center')) {
          // every point in view; one point alone is shown with its region around it (the outline is coarse)
          map.fitBounds(layer.getBounds(), { maxZoom: 6, padding: [20, 20] });
        }
        el.setAttribute('data-loaded', String(layer.getLayers().length));
      });
    }
    (el.getAttribute('data-layers') || '').split(/\s+/).filter(Boolean).forEach(function (url) {
      fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        var layer = L.geoJSON(data, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 6, color: '#5b2a86', weight: 2, fillColor: '#ffffff', fillOpacity: 1 });
          },
          onEachFeature: bindPopup
        }).addTo(map);
        if (layer.getLayers().length) {
          map.fitBounds(layer.getBounds().extend(map.getCenter()), { maxZoom: 13, padding: [24, 24] });
        }
        el.setAttribute('data-layers-loaded', String(Number(el.getAttribute('data-layers-loaded') || 0) + layer.getLayers().length));
      });
    });
  });
  function bindPopup(feature, marker) {
    var p = feature.properties || {};
    var html = p.href ? '<a href="' + encodeURI(p.href) + '">' + escapeText(p.name) + '</a>' : '<strong>' + escapeText(p.name) + '</strong>';
    if (p.detail) html += '<br>' + escapeText(p.detail);
    (Array.isArray(p.lines) ? p.lines : []).forEach(function (line) { if (line) html += '<br>' + escapeText(line); });
    if (typeof p.url === 'string' && /^https?:\/\//i.test(p.url)) {
      html += '<br><a href="' + escapeText(p.url).replace(/"/g, '&quot;') + '" rel="noopener noreferrer">' + escapeText(p.url) + '</a>';
    }
    marker.bindPopup(html);
  }
})();
