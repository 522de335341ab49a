#!/usr/bin/env bash
# Runs every test from this checkout: installs what is missing, builds, runs the native unit
# tests (CTest; again in a Debug build with sanitizers), each fuzz target briefly, and the
# browser tests (headless Chromium). Screenshots land in out/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-site.sh"

echo "test: unit tests (ctest)"
ctest --test-dir "$ROOT/build" --output-on-failure

# The same unit tests built natively in Debug: asserts on, AddressSanitizer and UBSan stopping
# at the first report, libstdc++'s bounds checks (CMakeLists.txt: DUTYATLAS_SANITIZE).
echo "test: unit tests, Debug + sanitizers (build-debug/)"
cmake -S "$ROOT" -B "$ROOT/build-debug" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DDUTYATLAS_SANITIZE=ON >/dev/null
ninja -C "$ROOT/build-debug" unit_tests >/dev/null
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$ROOT/build-debug" -R '^unit_tests$' \
  --output-on-failure

# Every libFuzzer target for a few seconds on top of its seeds (scripts/fuzz.sh; longer runs:
# docs/fuzzing.md): an invariant broken or a sanitizer report fails the run.
echo "test: fuzz targets, 15 s each (build-fuzz/)"
"$ROOT/scripts/fuzz.sh" all 15

echo "test: browser tests (headless Chromium)"
cd "$ROOT/tests/browser"
node --test --test-concurrency=1 ./*.test.mjs
