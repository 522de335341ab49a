#!/usr/bin/env bash
# Builds and runs the search index build benchmark (search_index_bench.cpp) against the native build.
#   bench/search_index/run.sh [BUNDLE_DIR [RUNS]]   BUNDLE_DIR: a built publication (default
#   out/site/data), e.g. from
#                                       dutyatlas build assets/demo -o /tmp/demo-out
# BUILD_DIR overrides the build folder (default build/).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"${CXX:-c++}" -O2 -std=c++17 -DNDEBUG -DDUTYATLAS_SOURCE_DIR="\"$ROOT\"" -I"$ROOT" \
  "$ROOT/bench/search_index/search_index_bench.cpp" -o "$OUT/search_index_bench" \
  "$BUILD/core/libdutyatlas_core.a" "$BUILD/libda_sqlite3.a" "$BUILD/libda_zstd.a" -lpthread -ldl
"$OUT/search_index_bench" "$@"
