#!/usr/bin/python3
"""Writes a source tree's CSV lists as Excel workbooks, the way district staff make them.

For tests and for publishers trying the .xlsx path (docs/source-format.md, "Lists as Excel
workbooks"): copies SRC to OUT and replaces each list CSV (lists/*.csv, keywords.csv,
synonyms.csv) by an .xlsx holding the same rows, with what real workbooks have:
  - a merged title row and a 数据日期 row above the header;
  - 序号 stored as numbers, not text;
  - in responsibilities, the 事项编码 of a power merged over the rows of its stages;
  - the power list split over two sheets (the rows in order);
  - an empty sheet left at the end;
  - the header bold and frozen, columns widened.
The builder must read OUT to the same bundle as SRC. Not for the builder's own export
(`dutyatlas query … --xlsx`), and not a source of test data with errors (tests/broken has those).

Usage: lists_to_xlsx.py SRC OUT   (OUT must not exist)
"""
import csv
import json
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

TITLES = {
    "powers": "权力清单",
    "responsibilities": "责任清单",
    "division": "职责分工清单",
    "keywords": "关键词",
    "synonyms": "同义词",
}


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def cell_value(column, text):
    # Staff type 序号 as numbers; Excel stores them as numbers.
    if column == "序号" and text.isdigit():
        return int(text)
    return text


def write_sheet(ws, title, data_date, header, rows, merge_column=None):
    width = len(header)
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["数据日期：" + data_date])
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A4"
    first_data_row = 4
    for row in rows:
        ws.append([cell_value(header[i], row[i] if i < len(row) else "") for i in range(width)])
    for i, name in enumerate(header):
        ws.column_dimensions[ws.cell(row=3, column=i + 1).column_letter].width = 40 if i > 1 else 16
    if merge_column is not None:
        # Merge the column over each run of equal values, as staff do for an item's sub-rows;
        # the cells under a merge are emptied (Excel keeps only the top-left value).
        col = header.index(merge_column) + 1
        start = first_data_row
        last = first_data_row + len(rows) - 1
        for r in range(first_data_row + 1, last + 2):
            if r <= last and ws.cell(row=r, column=col).value == ws.cell(row=start, column=col).value:
                continue
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
            start = r


def convert(src_csv, out_xlsx, title, data_date, split=False, merge_column=None):
    rows = read_rows(src_csv)
    header, rows = rows[0], rows[1:]
    wb = Workbook()
    ws = wb.active
    if split:
        half = len(rows) // 2
        ws.title = title + "（一）"
        write_sheet(ws, title, data_date, header, rows[:half], merge_column)
        write_sheet(wb.create_sheet(title + "（二）"), title, data_date, header, rows[half:], merge_column)
    else:
        ws.title = title
        write_sheet(ws, title, data_date, header, rows, merge_column)
    wb.create_sheet("Sheet3")  # the empty sheet a new workbook leaves behind
    wb.save(out_xlsx)
    src_csv.unlink()


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    src, out = Path(argv[1]), Path(argv[2])
    if out.exists():
        sys.exit(f"{out} exists")
    shutil.copytree(src, out)
    data_date = json.loads((out / "dataset.json").read_text(encoding="utf-8")).get("data_date", "")
    lists = out / "lists"
    for stem, title in TITLES.items():
        path = (lists if (lists / f"{stem}.csv").exists() else out) / f"{stem}.csv"
        if path.exists():
            convert(path, path.with_suffix(".xlsx"), title, data_date, split=stem == "powers",
                    merge_column="事项编码" if stem == "responsibilities" else None)
    tasks_path = lists / "tasks.json"
    if tasks_path.exists():
        tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
        for task_list in tasks:
            csv_path = lists / task_list["file"]
            convert(csv_path, csv_path.with_suffix(".xlsx"), task_list["name"], data_date)
            task_list["file"] = csv_path.with_suffix(".xlsx").name
        tasks_path.write_text(json.dumps(tasks, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
