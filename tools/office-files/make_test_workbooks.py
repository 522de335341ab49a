#!/usr/bin/python3
"""Writes the small Excel workbooks the builder's tests read, as staff make them (openpyxl).

  tests/data/xlsx/messy.xlsx       title rows, a blank row, an item merged over its sub-items'
                                   rows, numbers, a date, a percent, a line break,
                                   a notes sheet, an empty last sheet
  tests/data/xlsx/two-sheets.xlsx  one list on two sheets, columns in another order on the second
  tests/broken/xlsx-*/             copies of tests/broken/_valid whose lists/powers.xlsx is
                                   broken in one way (each case's expected.txt is written by hand)

Run it from the repository root after changing it, and commit what it writes: the files are
small, and the tests must not depend on openpyxl. Not for the demo's workbooks (lists_to_xlsx.py).
"""
import csv
import datetime
import json
import shutil
import sys
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
DATA = ROOT / "tests" / "data" / "xlsx"
BROKEN = ROOT / "tests" / "broken"
POWER_HEADER = ["事项编码", "事项名称", "子项名称", "事项类型", "实施主体", "实施依据", "责任主体"]


def messy():
    wb = Workbook()
    ws = wb.active
    ws.title = "权力清单"
    ws.append(["示例区权力清单"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：区生态环境局", None, None, None, None, "数据日期：2026年11月1日"])
    ws.append([])
    ws.append(["事项编码", "事项名称", "子项名称", "事项类型", "办理时限", "收费标准", "公布日期", "比例"])
    ws.append(["XK-001", "排污许可", "首次申请", "行政许可", 20, 12.5, datetime.date(2024, 3, 1), 0.25])
    ws.append([None, None, "变更", "行政许可", 10, 0, datetime.datetime(2024, 3, 1, 8, 30), 1])
    ws.append([None, None, "延续", "行政许可", 15, 1234567.891, None, None])
    ws.merge_cells("A5:A7")
    ws.merge_cells("B5:B7")
    ws.append([])
    ws.append(["CF-001", "对超标排放的处罚", None, "行政处罚", "90日", None, None, None])
    ws["A9"].value = "  CF-001 "  # spaces typed around a code
    ws["E5"].number_format = "0"
    ws["F5"].number_format = "0.00"
    ws["F7"].number_format = "#,##0.00"
    ws["G5"].number_format = "yyyy-mm-dd"
    ws["G6"].number_format = 'yyyy"年"m"月"d"日" hh:mm'
    ws["H5"].number_format = "0%"
    ws["H6"].number_format = "0.00%"
    ws["C9"].value = "超标排放"
    ws["F9"].value = "不收费\n（依法免收）"
    notes = wb.create_sheet("说明")
    notes.append(["本表由区生态环境局填报，每年更新。"])
    wb.create_sheet("Sheet3")
    wb.save(DATA / "messy.xlsx")


def two_sheets():
    wb = Workbook()
    ws = wb.active
    ws.title = "许可"
    ws.append(["行政许可事项"])
    ws.append(["事项编码", "事项名称", "事项类型", "实施主体"])
    ws.append(["XK-001", "排污许可", "行政许可", "区生态环境局"])
    ws2 = wb.create_sheet("处罚")
    ws2.append(["事项名称", "事项编码", "实施主体", "事项类型", "备注"])
    ws2.append(["对超标排放的处罚", "CF-001", "区生态环境局", "行政处罚", "按日连续处罚"])
    wb.save(DATA / "two-sheets.xlsx")


def valid_powers():
    with open(BROKEN / "_valid" / "lists" / "powers.csv", encoding="utf-8") as f:
        return list(csv.reader(f))


def broken_tree(name, edit_rows=None, dataset=None, keep_csv=False, bytes_=None, extra=None):
    """A copy of _valid whose lists/powers.csv becomes lists/powers.xlsx, edited."""
    tree = BROKEN / name
    if tree.exists():
        expected = (tree / "expected.txt").read_bytes() if (tree / "expected.txt").exists() else None
        shutil.rmtree(tree)
    else:
        expected = None
    shutil.copytree(BROKEN / "_valid", tree)
    if expected is not None:
        (tree / "expected.txt").write_bytes(expected)
    rows = valid_powers()
    if edit_rows:
        rows = edit_rows(rows)
    target = tree / "lists" / "powers.xlsx"
    if bytes_ is not None:
        target.write_bytes(bytes_)
    else:
        wb = Workbook()
        ws = wb.active
        ws.title = "权力清单"
        ws.append(["测试区权力清单"])
        for row in rows:
            ws.append(row)
        if extra:
            extra(ws)
        wb.save(target)
    if not keep_csv:
        (tree / "lists" / "powers.csv").unlink()
    if dataset:
        path = tree / "dataset.json"
        d = json.loads(path.read_text(encoding="utf-8"))
        d.update(dataset)
        path.write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def set_cell(row, column, value):
    def edit(rows):
        rows[row][column] = value
        return rows
    return edit


def main():
    DATA.mkdir(parents=True, exist_ok=True)
    messy()
    two_sheets()
    broken_tree("xlsx-fullwidth-code", set_cell(2, 0, "CF-００1"))
    broken_tree("xlsx-error-cell", extra=lambda ws: ws.cell(row=4, column=5, value="#N/A"))
    broken_tree("xlsx-is-xls", bytes_=b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    broken_tree("xlsx-no-header", set_cell(0, 0, "编码"))
    broken_tree("xlsx-sheet-missing", dataset={"sheets": {"lists/powers.xlsx": ["权力清单", "处罚"]}})
    broken_tree("xlsx-and-csv", keep_csv=True)
    broken_tree("xlsx-text-outside-header", extra=lambda ws: ws.cell(row=5, column=9, value="待核实"))


if __name__ == "__main__":
    main()
