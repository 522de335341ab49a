#!/usr/bin/env bash
# Runs every test from this checkout: installs what is missing, builds, runs the native unit
# tests (CTest; again in a clang build with sanitizers), each fuzz target briefly, and the
# browser tests (headless Chromium). Screenshots land in out/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-site.sh"

echo "test: unit tests (ctest)"
ctest --test-dir "$ROOT/build" --output-on-failure

# One checking build with clang (build-fuzz/, scripts/fuzz.sh): AddressSanitizer and UBSan
# stopping at the first report, libstdc++'s bounds checks, asserts on. The unit tests run in it
# again, then every libFuzzer target for a few seconds on top of its seeds (longer runs:
# docs/fuzzing.md): a sanitizer report or a broken invariant fails the run.
echo "test: unit tests again and fuzz targets, clang + ASan + UBSan (build-fuzz/)"
"$ROOT/scripts/fuzz.sh" build
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$ROOT/build-fuzz" -R '^unit_tests$' \
  --output-on-failure
"$ROOT/scripts/fuzz.sh" all 8

echo "test: browser tests (headless Chromium)"
cd "$ROOT/tests/browser"
node --test --test-concurrency=1 ./*.test.mjs
