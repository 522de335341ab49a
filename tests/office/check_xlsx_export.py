#!/usr/bin/python3
"""CTest `xlsx_export_opens`: the workbooks `dutyatlas query … --xlsx` writes open in other
programs as a publisher would see them.

Builds tests/broken/_valid, exports its power list and sthjj's 新旧对照 as .xlsx, and checks
with openpyxl (another reader than the builder's own): the title row with the data date
merged over the columns, the bold header frozen under it with filters on, widths fitted, every
cell as the CSV export has it. Then LibreOffice headless (`soffice`, package
libreoffice-calc-nogui, installed by scripts/setup.sh) converts each workbook back to CSV, compared
with the CSV export cell for cell.

Usage: check_xlsx_export.py CLI SOURCE_DIR WORK_DIR
"""
import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

cli, source, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
site = work / "site"
subprocess.run([cli, "build", str(source / "tests/broken/_valid"), "-o", str(site), "--ui-text",
                str(source / "web/ui_text")], check=True, capture_output=True)
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)


def csv_rows(text):
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    # The CSV export marks a formula-looking cell with a leading ' (core/base/csv_writer.h); the
    # workbook holds the text itself.
    return [[c[1:] if c[:2] in ("'=", "'+", "'-", "'@") else c for c in row] for row in rows]


exports = {
    "powers": ["--list", "powers", "--filter", "type=行政许可"],
    "compare": ["--compare", "sthjj"],
}
for name, args in exports.items():
    xlsx = work / f"{name}.xlsx"
    subprocess.run([cli, "query", str(site), *args, "--xlsx", str(xlsx)], check=True)
    expected = csv_rows(subprocess.run([cli, "query", str(site), *args, "--csv"], check=True,
                                       capture_output=True, text=True).stdout)
    ws = load_workbook(xlsx).active
    width = len(expected[0])
    check("数据日期：2026-01-01" in ws["A1"].value, f"{name}: title row {ws['A1'].value!r}")
    check(f"A1:{get_column_letter(width)}1" in [str(r) for r in ws.merged_cells.ranges],
          f"{name}: title not merged over the columns: {ws.merged_cells.ranges}")
    check(ws.freeze_panes == "A3", f"{name}: frozen at {ws.freeze_panes}")
    check(ws.auto_filter.ref and ws.auto_filter.ref.startswith("A2:"), f"{name}: filters {ws.auto_filter.ref}")
    check(all(ws.cell(row=2, column=c).font.b for c in range(1, width + 1)), f"{name}: header not bold")
    for c in range(1, width + 1):
        letter = get_column_letter(c)
        check(ws.column_dimensions[letter].width >= 6, f"{name}: column {letter} has no width")
    got = [["" if v is None else str(v) for v in row]
           for row in ws.iter_rows(min_row=2, max_col=width, values_only=True)]
    check(got == expected, f"{name}: cells differ from the CSV export:\n{got}\n{expected}")

    soffice = shutil.which("soffice")
    if soffice:
        out = work / f"lo-{name}"
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/lo-profile",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(out),
                        str(xlsx)], check=True, capture_output=True)
        lo = csv_rows((out / f"{name}.csv").read_text(encoding="utf-8"))
        check(lo[1:] == expected, f"{name}: LibreOffice's CSV differs:\n{lo[1:]}\n{expected}")
        print(f"{name}: LibreOffice reads the workbook as the CSV export")
    else:
        check(False, f"{name}: soffice not found: install libreoffice-calc-nogui (scripts/setup.sh does)")

for f in failures:
    print("FAILED:", f)
print(f"{checks - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
