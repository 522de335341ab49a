#!/usr/bin/env bash
# Builds everything from this checkout: the native tools (build/), the wasm client (build-wasm/)
# and the demo site in out/site/ — the page shell, the client, and the demo publication in
# out/site/data/, then the app files (web app manifest, icons) and the precompressed .gz / .br
# copies. Used by scripts/demo.sh and scripts/test.sh after scripts/setup.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_TYPE="${BUILD_TYPE:-Release}"
SITE="$ROOT/out/site"
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten finds acorn there

# Only the tools the site and the browser tests run: the builder, and the writer of drifted
# publications (tests/browser/failures, hostile). The unit tests build and run in the checking
# build (scripts/test.sh); `ninja -C build` builds them here too.
echo "build: native ($BUILD_TYPE) → build/"
cmake -S "$ROOT" -B "$ROOT/build" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
ninja -C "$ROOT/build" dutyatlas drift_publication >/dev/null

echo "build: wasm client ($BUILD_TYPE) → $SITE"
emcmake cmake -S "$ROOT" -B "$ROOT/build-wasm" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
  -DDUTYATLAS_SITE_DIR="$SITE" >/dev/null
ninja -C "$ROOT/build-wasm" >/dev/null

echo "build: demo publication → $SITE/data"
"$ROOT/build/builder/dutyatlas" build "$ROOT/assets/demo" -o "$SITE/data" \
  --ui-text "$ROOT/web/ui_text"

echo "build: app manifest, icons and precompressed copies → $SITE"
node "$ROOT/scripts/app_files.mjs" "$SITE"
node "$ROOT/scripts/precompress.mjs" "$SITE"
