#!/usr/bin/env bash
# How long `dutyatlas check` takes on the demo's lists kept as Excel workbooks against the same
# lists as CSV (3,478 powers, 14,567 responsibility items, three task lists, the division list,
# keywords, synonyms): wall and CPU seconds and peak memory, RUNS runs each; and how long
# `dutyatlas import sanding` takes for the demo's 55 bodies' 三定 (56 files) written as .docx by
# tools/office-files/sanding_to_docx.py. Not a test: the figures go to docs/benchmarks.md.
#
#   bench/office.sh [RUNS]        (after ninja -C build dutyatlas; needs python3-openpyxl, python3-docx)
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

/usr/bin/python3 "$ROOT/tools/office-files/sanding_to_docx.py" "$ROOT/assets/demo" "$WORK/docx"
count=$(ls "$WORK"/docx/*.docx | wc -l)
# name, body, 文号 of each, read once (a python start per file would be most of the time)
/usr/bin/python3 -c 'import json,sys; [print(s["docx"][:-5], s["body"], s["document"]) for s in json.load(open(sys.argv[1]))["sandings"]]' \
  "$WORK/docx/index.json" > "$WORK/sandings.txt"
import_all() {  # every 三定 of the demo, one process each, as a publisher would run them
  while read -r name body document; do
    "$CLI" import sanding "$WORK/docx/$name.docx" --body "$body" --document "$document" \
      --source "$ROOT/assets/demo" -o "$WORK/$name.json" 2>/dev/null
  done < "$WORK/sandings.txt"
}
import_all  # warm the page cache
TIMEFORMAT="import sanding, $count .docx 三定 (one process each): %R s wall, %U+%S s CPU"
for i in $(seq "$RUNS"); do
  time import_all
done
one="$WORK/docx/sthjj.docx"
/usr/bin/time -f "import sanding, sthjj.docx alone: %e s wall, %M KB peak" "$CLI" import sanding "$one" --body sthjj \
  --document "示编〔2019〕15号" --source "$ROOT/assets/demo" -o "$WORK/one.json" 2>&1 | tail -1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
