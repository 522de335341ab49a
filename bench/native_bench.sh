#!/usr/bin/env bash
# Builds bench/NAME/NAME_bench.cpp against the native build's libraries and runs it with ARGS:
# the one way the C++ micro-benchmarks (bench/*/run.sh) are compiled.
#   bench/native_bench.sh NAME [ARGS...]
# BUILD_DIR overrides the build folder (default build/).
set -euo pipefail
NAME="${1:?usage: bench/native_bench.sh NAME [ARGS...]}"
shift
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
DEPS="$ROOT/.deps/src"  # the pinned third-party headers (scripts/setup.sh), as CMake uses them
"${CXX:-c++}" -O2 -std=c++17 -DNDEBUG -DDUTYATLAS_SOURCE_DIR="\"$ROOT\"" -I"$ROOT" \
  -isystem "$DEPS/json/include" -isystem "$DEPS/sqlite" -isystem "$DEPS/zstd/lib" \
  "$ROOT/bench/$NAME/${NAME}_bench.cpp" -o "$OUT/${NAME}_bench" \
  "$BUILD/core/libdutyatlas_core.a" "$BUILD/libda_sqlite3.a" "$BUILD/libda_zstd.a" -lpthread -ldl
"$OUT/${NAME}_bench" "$@"
