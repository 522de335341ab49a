#!/usr/bin/env bash
# Runs every test from this checkout: installs what is missing, builds, runs the native unit
# tests (CTest) and the browser tests (headless Chromium). Screenshots land in out/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-site.sh"

echo "test: unit tests (ctest)"
ctest --test-dir "$ROOT/build" --output-on-failure

echo "test: browser tests (headless Chromium)"
cd "$ROOT/tests/browser"
node --test --test-concurrency=1 ./*.test.mjs
