#!/usr/bin/env bash
# Installs what is missing, builds the demo site and serves it on http://127.0.0.1:PORT/
# (PORT defaults to 8080). Ctrl+C stops the server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-site.sh"
exec node "$ROOT/scripts/serve.mjs" "$ROOT/out/site" --port "${PORT:-8080}"
