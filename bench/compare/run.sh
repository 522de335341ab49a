#!/usr/bin/env bash
# Builds and runs the 新旧对照 micro-benchmark (compare_bench.cpp) against the native build.
#   bench/compare/run.sh [BUNDLE_DIR]   BUNDLE_DIR: a built publication, e.g. from
#                                       dutyatlas build assets/demo -o /tmp/demo-out
# BUILD_DIR overrides the build folder (default build/).
exec "$(dirname "${BASH_SOURCE[0]}")/../native_bench.sh" compare "$@"
