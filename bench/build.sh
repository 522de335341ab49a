#!/usr/bin/env bash
# Benchmark: how long the builder takes and how much memory it needs, on the demo district and
# on a synthetic tree 20 times its size; bundle sizes and bytes per list item; the HTML edition's
# pages, bytes and time (each tree is built with and without it, --no-edition).
#
#   bench/build.sh [SCALE]        (default SCALE 20; needs a native build in build/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${1:-20}"
CLI="$ROOT/build/builder/dutyatlas"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }

measure() {  # name source-dir [build options]
  local name="$1" src="$2" out="$WORK/out-$1"
  shift 2
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$CLI" build "$src" -o "$out" \
    --ui-text "$ROOT/web/ui_text" "$@" >"$WORK/stdout" 2>"$WORK/stderr" || { cat "$WORK/stderr"; exit 1; }
  read -r seconds kib < "$WORK/time"
  node -e '
    const m = require(process.argv[1]);
    const c = m.counts;
    const items = (c.powers || 0) + (c.responsibilities || 0) + (c.tasks || 0) + (c.division_stages || 0);
    const kib = (n) => (n / 1024).toFixed(0) + " KiB";
    console.log(`${process.argv[2].padEnd(10)} build ${process.argv[3]} s, peak RSS ${(process.argv[4] / 1024).toFixed(0)} MiB; ` +
      `bundle ${kib(m.bundle.compressed_bytes)} compressed / ${kib(m.bundle.raw_bytes)} raw; ` +
      `${c.bodies} bodies, ${items} list items: ${(m.bundle.compressed_bytes / items).toFixed(1)} B/item compressed, ` +
      `${(m.bundle.raw_bytes / items).toFixed(0)} B/item raw; font ${kib(m.font.bytes)}`);
  ' "$out/manifest.json" "$name" "$seconds" "$kib"
  grep -o 'HTML edition: [^)]*' "$WORK/stdout" | sed "s/^/$(printf '%-10s' '') /" || true
  rm -rf "$out"
}

measure demo "$ROOT/assets/demo"
measure demo-bare "$ROOT/assets/demo" --no-edition
/usr/bin/time -f "%e" -o "$WORK/synth-time" "$CLI" synth --scale "$SCALE" -o "$WORK/synth" \
  --from "$ROOT/assets/demo" >/dev/null
echo "synth x$SCALE  written in $(cat "$WORK/synth-time") s"
measure "x$SCALE" "$WORK/synth"
measure "x$SCALE-bare" "$WORK/synth" --no-edition
