#!/usr/bin/env bash
# Builds and runs the search index build benchmark (search_index_bench.cpp) against the native build.
#   bench/search_index/run.sh [BUNDLE_DIR [RUNS]]   BUNDLE_DIR: a built publication (default
#   out/site/data), e.g. from dutyatlas build assets/demo -o /tmp/demo-out
# BUILD_DIR overrides the build folder (default build/).
exec "$(dirname "${BASH_SOURCE[0]}")/../native_bench.sh" search_index "$@"
