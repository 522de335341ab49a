#!/usr/bin/env bash
# How long `dutyatlas check` takes on the demo's lists kept as Excel workbooks against the same
# lists as CSV (3,478 powers, 14,567 responsibility items, three task lists, the division list,
# keywords, synonyms): wall and CPU seconds and peak memory, RUNS runs each. Not a test: the
# figures go to docs/benchmarks.md.
#
#   bench/office.sh [RUNS]        (after ninja -C build dutyatlas; needs python3-openpyxl)
set -euo pipefail
RUNS="${1:-3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="$ROOT/build/builder/dutyatlas"
start=$(date +%s.%N)
/usr/bin/python3 "$ROOT/tools/office-files/lists_to_xlsx.py" "$ROOT/assets/demo" "$WORK/demo-xlsx"
echo "lists_to_xlsx.py (openpyxl) wrote the workbooks in $(echo "$(date +%s.%N) - $start" | bc) s:" \
  "$(du -sh "$ROOT/assets/demo/lists" | cut -f1) of CSV lists → $(du -sh "$WORK/demo-xlsx/lists" | cut -f1) of .xlsx"
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "check, CSV lists:  %e s wall, %U+%S s CPU, %M KB peak" "$CLI" check "$ROOT/assets/demo" >/dev/null
  /usr/bin/time -f "check, .xlsx lists: %e s wall, %U+%S s CPU, %M KB peak" "$CLI" check "$WORK/demo-xlsx" >/dev/null
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
