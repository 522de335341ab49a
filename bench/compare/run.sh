#!/usr/bin/env bash
# Builds and runs the 新旧对照 micro-benchmark (compare_bench.cpp) against the native build.
#   bench/compare/run.sh [BUNDLE_DIR]   BUNDLE_DIR: a built publication, e.g. from
#                                       dutyatlas build assets/demo -o /tmp/demo-out
# BUILD_DIR overrides the build folder (default build/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"${CXX:-c++}" -O2 -std=c++17 -DNDEBUG -DDUTYATLAS_SOURCE_DIR="\"$ROOT\"" -I"$ROOT" \
  "$ROOT/bench/compare/compare_bench.cpp" -o "$OUT/compare_bench" \
  "$BUILD/core/libdutyatlas_core.a" "$BUILD/libda_sqlite3.a" "$BUILD/libda_zstd.a" -lpthread -ldl
"$OUT/compare_bench" "$@"
