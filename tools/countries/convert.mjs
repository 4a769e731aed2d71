// Converts world-atlas countries-110m.json (TopoJSON, Natural Earth 1:110m,
// public domain) into a small, minified GeoJSON FeatureCollection for the
// offline base map.
//
// Usage: node convert.mjs <npm prefix dir holding node_modules> <output .geojson>
//   (needs world-atlas@2, topojson-client@3 and i18n-iso-countries installed there)
//
// Output: {"type":"FeatureCollection","features":[{"type":"Feature",
//   "properties":{"name":...,"iso2":...},"geometry":Polygon|MultiPolygon}, ...]}
// - name: Natural Earth short name as in world-atlas ("Dem. Rep. Congo").
// - iso2: ISO 3166-1 alpha-2, mapped from the ISO 3166-1 numeric feature id
//   with i18n-iso-countries; null when there is none (see OVERRIDES).
// - coordinates rounded to 2 decimals; consecutive duplicate points removed,
//   rings left with fewer than 4 positions dropped; rings wound as RFC 7946
//   asks (exterior counterclockwise, holes clockwise, in planar lon/lat).
// - planar-safe: world-atlas is meant for spherical rendering (d3-geo), so a
//   few rings cross the antimeridian (Fiji, Russia/Chukotka) or go round the
//   South Pole (Antarctica). Drawn as-is on a flat lon/lat or Web Mercator map
//   (Leaflet) they smear across the whole world. Crossing rings are split at
//   +/-180 into separate polygons; the polar ring is closed along the map's
//   bottom edge (latitude -90, which Leaflet clamps to its Mercator limit).

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [prefix, outFile] = process.argv.slice(2);
if (!prefix || !outFile) {
  console.error('usage: node convert.mjs <npm prefix dir> <output .geojson>');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(prefix), 'package.json'));
const topojson = require('topojson-client');
const isoCountries = require('i18n-iso-countries');
const topology = JSON.parse(
  fs.readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

// Features that have no ISO 3166-1 numeric id in world-atlas, by Natural Earth
// name. Kosovo gets XK (user-assigned code, also used by GeoNames and so by the
// gazetteer). N. Cyprus and Somaliland are deliberately left without a code
// (the gazetteer files their towns under CY and SO respectively).
const OVERRIDES = {
  'Kosovo': 'XK',
  'N. Cyprus': null,
  'Somaliland': null,
};

const round = (x) => Math.round(x * 100) / 100 + 0; // "+ 0" turns -0 into 0

function signedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

function cleanRing(ring, exterior) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // keep the ring closed
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4) return null;
  const area = signedArea(out);
  if (area === 0) return null;
  if ((area > 0) !== exterior) out.reverse(); // exterior CCW (area > 0), holes CW
  return out;
}

// --- antimeridian handling (on unrounded coordinates) ----------------------

const jumps = (ring) => {
  let n = 0;
  for (let i = 0; i < ring.length - 1; i++) if (Math.abs(ring[i + 1][0] - ring[i][0]) > 180) n++;
  return n;
};

// Sutherland-Hodgman clip of a closed ring against the half-plane
// keep(x) where keep is x <= edge (side = -1) or x >= edge (side = +1).
function clipX(ring, edge, side) {
  const inside = (p) => side * (p[0] - edge) >= 0;
  const cut = (a, b) => [edge, a[1] + (b[1] - a[1]) * (edge - a[0]) / (b[0] - a[0])];
  const pts = ring.slice(0, -1); // open ring
  const out = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % pts.length];
    if (inside(a)) {
      out.push(a);
      if (!inside(b)) out.push(cut(a, b));
    } else if (inside(b)) {
      out.push(cut(a, b));
    }
  }
  if (out.length) out.push(out[0]);
  return out;
}

// Returns a list of polygons (arrays of rings) drawable on a flat map.
function planarize(rings) {
  const outer = rings[0];
  const n = jumps(outer);
  if (n === 0) return [rings];
  if (rings.length > 1) throw new Error('antimeridian-crossing polygon with holes: not handled');
  if (n % 2 === 1) {
    // Ring around a pole: one edge jumps from +/-180 to -/+180. Close it
    // along the map edge at the pole instead (pole = sign of mean latitude).
    const pole = outer.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    const out = [];
    for (let i = 0; i < outer.length - 1; i++) {
      const a = outer[i];
      const b = outer[i + 1];
      out.push(a);
      if (Math.abs(b[0] - a[0]) > 180) {
        const ax = Math.sign(a[0]) * 180;
        out.push([ax, a[1]], [ax, pole], [-ax, pole], [-ax, b[1]]);
      }
    }
    out.push(out[0]);
    return [[out]];
  }
  // Crossing ring: unwrap longitudes so the ring is continuous, then cut it
  // into the 360-degree windows it spans and shift each piece back.
  let shift = 0;
  const unwrapped = [[outer[0][0], outer[0][1]]];
  for (let i = 1; i < outer.length; i++) {
    const dx = outer[i][0] - outer[i - 1][0];
    if (dx > 180) shift -= 360;
    else if (dx < -180) shift += 360;
    unwrapped.push([outer[i][0] + shift, outer[i][1]]);
  }
  if (shift !== 0) throw new Error('unexpected net longitude shift in crossing ring');
  const xs = unwrapped.map((p) => p[0]);
  const pieces = [];
  for (let m = Math.floor((Math.min(...xs) + 180) / 360); -180 + 360 * m < Math.max(...xs); m++) {
    const lo = -180 + 360 * m;
    const hi = 180 + 360 * m;
    const piece = clipX(clipX(unwrapped, lo, +1), hi, -1);
    if (piece.length >= 4) pieces.push([piece.map(([x, y]) => [x - 360 * m, y])]);
  }
  return pieces;
}

// ---------------------------------------------------------------------------

function cleanPolygon(rings) {
  const outer = cleanRing(rings[0], true);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => cleanRing(r, false)).filter(Boolean);
  return [outer, ...holes];
}

function cleanGeometry(geom) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates]
    : geom.type === 'MultiPolygon' ? geom.coordinates
    : null;
  if (!polys) throw new Error(`unexpected geometry type ${geom.type}`);
  const cleaned = polys.flatMap(planarize).map(cleanPolygon).filter(Boolean);
  if (cleaned.length === 0) return null;
  return cleaned.length === 1
    ? { type: 'Polygon', coordinates: cleaned[0] }
    : { type: 'MultiPolygon', coordinates: cleaned };
}

const collection = topojson.feature(topology, topology.objects.countries);
const features = [];
const withoutCode = [];
const dropped = [];

for (const f of collection.features) {
  const name = f.properties.name;
  let iso2;
  if (Object.prototype.hasOwnProperty.call(OVERRIDES, name)) iso2 = OVERRIDES[name];
  else if (f.id != null) iso2 = isoCountries.numericToAlpha2(f.id) ?? null;
  else iso2 = null;
  if (!iso2) withoutCode.push(`${name} (id ${f.id ?? 'none'})`);

  const geometry = f.geometry && cleanGeometry(f.geometry);
  if (!geometry) { dropped.push(name); continue; }
  features.push({ type: 'Feature', properties: { name, iso2 }, geometry });
}

const codes = features.map((f) => f.properties.iso2).filter(Boolean);
const dupes = codes.filter((c, i) => codes.indexOf(c) !== i);
if (dupes.length) throw new Error(`duplicate iso2 codes: ${dupes.join(', ')}`);

fs.writeFileSync(outFile, JSON.stringify({ type: 'FeatureCollection', features }));

console.error(`convert.mjs: ${features.length} features`);
if (withoutCode.length) console.error(`  without iso2: ${withoutCode.join('; ')}`);
if (dropped.length) console.error(`  dropped (degenerate after rounding): ${dropped.join('; ')}`);
