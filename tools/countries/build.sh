#!/usr/bin/env bash
# Rebuilds src/main/resources/static/map/countries.geojson (offline base map)
# from Natural Earth 1:110m countries as packaged in world-atlas (public domain).
# See README.md.
set -euo pipefail

PKGS=(world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0)

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/../.." && pwd)"
OUT="$REPO_ROOT/src/main/resources/static/map/countries.geojson"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/crossroads-countries.XXXXXX")"
trap 'rm -rf -- "$WORK"' EXIT

echo "Installing ${PKGS[*]} into $WORK ..." >&2
npm install --prefix "$WORK" --no-save --no-package-lock --no-audit --no-fund \
  --ignore-scripts --loglevel=error "${PKGS[@]}" >&2

mkdir -p "$(dirname -- "$OUT")"
# Write to a temp file first so a failed run never leaves a truncated output.
node "$SCRIPT_DIR/convert.mjs" "$WORK" "$WORK/countries.geojson"
mv -f -- "$WORK/countries.geojson" "$OUT"

echo "Wrote $OUT ($(wc -c < "$OUT") bytes, $(gzip -9c < "$OUT" | wc -c) gzipped)" >&2
