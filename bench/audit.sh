#!/usr/bin/env bash
# Benchmark: how long the 职责体检 (dutyatlas audit, core/audit/) takes natively — on the demo
# district and on a synthetic tree SCALE times its size. Each tree is built once (--no-edition);
# the figure is the audit's own time on the open publication (--timing), best of three, plus the
# whole command's wall time (opening the bundle included). Not the client's time (#/audit).
#
#   bench/audit.sh [SCALE]        (default SCALE 20; needs a native build in build/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${1:-20}"
CLI="$ROOT/build/builder/dutyatlas"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

measure() {  # name source-dir
  local name="$1" out="$WORK/out-$1" best="" line
  "$CLI" build "$2" -o "$out" --no-edition >/dev/null
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N)
    line=$("$CLI" audit "$out" --json --timing 2>&1 >/dev/null | grep '^audit:')
    end=$(date +%s%N)
    local ms=${line#*in }; ms=${ms%% ms*}
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    wall=$(( (end - start) / 1000000 ))
  done
  local cpu=${line##*; }; cpu=${cpu%% ms CPU*}
  echo "$name: audit ${best} ms (best of 3; CPU ${cpu} ms in the last), whole command ${wall} ms; ${line#audit: }" | sed 's/ in [0-9]* ms (the publication already open.*)//'
}

measure demo "$ROOT/assets/demo"
"$CLI" synth --scale "$SCALE" -o "$WORK/synth" --from "$ROOT/assets/demo" >/dev/null
measure "x$SCALE" "$WORK/synth"
