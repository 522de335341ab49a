#!/usr/bin/env bash
# Which lines of our code each fuzz target's corpus reaches (docs/fuzzing.md): the targets built
# again into build-cov/ with clang's source-based coverage (no sanitizers), each run once over
# what scripts/fuzz.sh left in build-fuzz/corpus/TARGET and build-fuzz/seeds/TARGET, then
# llvm-cov. Not a fuzzer itself: run scripts/fuzz.sh first (the longer, the more it reaches).
#
#   scripts/fuzz-coverage.sh            every target
#   scripts/fuzz-coverage.sh csv xlsx   some
#
# Prints per target the lines reached of the files it reached, and of all our code linked into
# it; build-cov/coverage/TARGET.txt has the per-file report.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-cov"
FUZZ="$ROOT/build-fuzz"
# The target list is scripts/fuzz.sh's: one copy.
mapfile -t ALL < <(sed -n 's/^TARGETS=(\(.*\))$/\1/p' "$ROOT/scripts/fuzz.sh" | tr ' ' '\n')
TARGETS=("${@:-${ALL[@]}}")

if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DDUTYATLAS_FUZZ=ON -DDUTYATLAS_FUZZ_COVERAGE=ON \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_C_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
fi
if ! ninja -C "$BUILD" "${TARGETS[@]/#/fuzz_}" >"$BUILD/build.log" 2>&1; then
  grep -E -A8 'error|FAILED' "$BUILD/build.log" | head -60
  echo "fuzz-coverage: the targets did not build (build-cov/build.log)"
  exit 1
fi

# Our code only: not the third-party sources, the system's headers or the targets themselves.
IGNORE='(/\.deps/|^/usr/|/tests/)'
mkdir -p "$BUILD/profiles" "$BUILD/coverage"
printf '%-18s %8s %22s %22s\n' target inputs "lines (files reached)" "lines (all linked)"
for t in "${TARGETS[@]}"; do
  inputs=()
  for d in "$FUZZ/corpus/$t" "$FUZZ/seeds/$t"; do [ -d "$d" ] && inputs+=("$d"); done
  if [ ${#inputs[@]} -eq 0 ]; then echo "$t: no corpus (run scripts/fuzz.sh $t SECONDS first)"; continue; fi
  count=$(find "${inputs[@]}" -type f | wc -l)
  rm -f "$BUILD/profiles/$t".*
  # -runs=0: each input once, no mutation. The corpus was found by the sanitizer build; an input
  # that crashes there is a finding of scripts/fuzz.sh, not of this report.
  (cd "$BUILD" && LLVM_PROFILE_FILE="$BUILD/profiles/$t.profraw" "./tests/fuzz/fuzz_$t" -runs=0 \
     -timeout=30 "${inputs[@]}" >"$BUILD/coverage/$t.log" 2>&1) || true
  llvm-profdata merge -sparse "$BUILD/profiles/$t.profraw" -o "$BUILD/profiles/$t.profdata"
  llvm-cov report "$BUILD/tests/fuzz/fuzz_$t" -instr-profile="$BUILD/profiles/$t.profdata" \
    -ignore-filename-regex="$IGNORE" >"$BUILD/coverage/$t.txt"
  # Columns of llvm-cov report: Filename Regions Missed Cover Functions Missed Cover Lines Missed Cover …
  awk -v t="$t" -v n="$count" '
    NR > 2 && $1 != "TOTAL" && $1 !~ /^-/ && $8 > 0 { lines += $8; missed += $9; if ($8 > $9) { rl += $8; rm += $9 } }
    END { printf "%-18s %8d %13d / %6d %13d / %6d\n", t, n, rl - rm, rl, lines - missed, lines }' \
    "$BUILD/coverage/$t.txt"
done
