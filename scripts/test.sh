#!/usr/bin/env bash
# Runs every test from this checkout: installs what is missing, builds, runs the native tests
# (CTest) in a clang build with sanitizers, each fuzz target briefly, and the browser tests
# (headless Chromium). Screenshots land in out/screenshots/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Where the run's time goes (CI must stay under 30 minutes on 2 cores): each phase says when it
# ended, in seconds from the start.
took() { echo "test: $1 done at $SECONDS s"; }
"$ROOT/scripts/setup.sh"
took setup
"$ROOT/scripts/build-site.sh"
took "site build"

# The native tests run in one checking build with clang (build-fuzz/, scripts/fuzz.sh):
# AddressSanitizer, LeakSanitizer and UBSan stopping at the first report, libstdc++'s bounds
# checks, asserts on — the unit tests, and the CTests that run the builder on whole districts
# (谁来管 accuracy, the Excel round trips). Then every libFuzzer target for a few seconds on top of
# its seeds (longer runs: docs/fuzzing.md): a sanitizer report or a broken invariant fails the run.
# The Release build (build/) compiles only what the site needs: one compile of the tests, not two.
echo "test: native tests, clang + ASan + UBSan (build-fuzz/)"
"$ROOT/scripts/fuzz.sh" build
took "checking build"
# Two at a time: the CTests are single-threaded, and the longest (the whole-district unit tests)
# runs beside the rest.
UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$ROOT/build-fuzz" --output-on-failure -j "$(nproc)"
took "native tests"
echo "test: fuzz targets (build-fuzz/)"
"$ROOT/scripts/fuzz.sh" all 8
took "fuzz targets"

echo "test: browser tests (headless Chromium)"
cd "$ROOT/tests/browser"
# Two test files at a time: much of a browser test is waiting (a throttled link, the loader's
# watchdog, a background update), and each file has its own server and Chromium. The whole suite
# passed this way on a 2-core machine at load 5–7 (137/137 in 7.4 min; one at a time took 10 min
# on a quiet machine).
node --test --test-concurrency=2 ./*.test.mjs
took "browser tests"
