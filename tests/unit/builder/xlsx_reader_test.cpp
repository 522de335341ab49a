// Lists read from Excel workbooks as staff make them (tests/data/xlsx, written by
// tools/office-files/make_test_workbooks.py): the header found below title rows, an item merged
// over its sub-items' rows given to each, numbers, dates and percents as Excel shows them, notes
// and empty sheets, one list over two sheets; and what a publisher is told, by sheet and cell,
// when a workbook cannot be read.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "builder/diagnostics.h"
#include "builder/xlsx_cell_text.h"
#include "builder/xlsx_reader.h"
#include "core/base/xlsx_writer.h"
#include "test_support.h"

using namespace dutyatlas::builder;
using dutyatlas::test::source_root;
using dutyatlas::test::TempDir;
using dutyatlas::test::write_file;

namespace {

struct Result {
  std::optional<ListTable> table;
  Diagnostics diagnostics;
  std::string log;
};

Result read(const std::string& file, XlsxListOptions options = {}) {
  Result r;
  r.table = read_xlsx(source_root() / "tests/data/xlsx", file, options, &r.diagnostics);
  for (const auto& d : r.diagnostics.all()) r.log += format_diagnostic(d) + "\n";
  return r;
}

std::string cell(const ListTable& t, std::size_t row, const std::string& column) {
  int i = t.column_of(column);
  REQUIRE(i >= 0);
  return t.rows.at(row).cells.at(std::size_t(i)).text;
}

const std::vector<std::string> kPowerColumns = {"事项编码", "事项名称", "事项类型"};

}  // namespace

TEST_CASE("xlsx reader: the header below title rows, merged items, numbers and dates as shown") {
  Result r = read("messy.xlsx", {{"权力清单"}, kPowerColumns});
  INFO(r.log);
  REQUIRE(r.table);
  CHECK(r.log.empty());
  const ListTable& t = *r.table;
  CHECK(t.header == std::vector<std::string>{"事项编码", "事项名称", "子项名称", "事项类型", "办理时限",
                                             "收费标准", "公布日期", "比例"});
  CHECK(t.header_sheet == "权力清单");
  CHECK(t.header_line == 4);  // the title, the 填报单位 line and a blank row above it
  REQUIRE(t.rows.size() == 4);  // the blank row 8 is skipped
  // A5:A7 and B5:B7 are merged: each sub-item row gets the item.
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(cell(t, i, "事项编码") == "XK-001");
    CHECK(cell(t, i, "事项名称") == "排污许可");
  }
  CHECK(cell(t, 1, "子项名称") == "变更");
  CHECK(cell(t, 0, "办理时限") == "20");  // a number, shown without ".0"
  CHECK(cell(t, 0, "收费标准") == "12.50");
  CHECK(cell(t, 1, "收费标准") == "0");
  CHECK(cell(t, 2, "收费标准") == "1,234,567.89");
  CHECK(cell(t, 0, "公布日期") == "2024-03-01");
  CHECK(cell(t, 1, "公布日期") == "2024-03-01 08:30");
  CHECK(cell(t, 0, "比例") == "25%");
  CHECK(cell(t, 1, "比例") == "100.00%");
  CHECK(cell(t, 3, "事项编码") == "CF-001");  // trimmed
  CHECK(cell(t, 3, "收费标准") == "不收费\n（依法免收）");
  // Every cell knows its place: row 9, column F.
  const ListRow& last = t.rows[3];
  CHECK(last.line == 9);
  CHECK(last.sheet == "权力清单");
  Diagnostic d = t.at(last, last.cells[std::size_t(t.column_of("收费标准"))], "收费标准", "bad", "");
  CHECK(format_diagnostic(d) == "messy.xlsx:权力清单!F9: error: 收费标准: bad");
}

TEST_CASE("xlsx reader: without declared sheets every sheet with text is read, empty ones skipped") {
  // The notes sheet 说明 has text but no header: the publisher is told to declare the sheets.
  Result r = read("messy.xlsx", {{}, kPowerColumns});
  CHECK(!r.table);
  CHECK(r.log.find("messy.xlsx:说明: error: no row of the sheet's first 20 names the required columns "
                   "事项编码, 事项名称, 事项类型") != std::string::npos);
  CHECK(r.log.find("Sheet3") == std::string::npos);  // the empty last sheet is no problem
}

TEST_CASE("xlsx reader: one list over two sheets, columns matched by name") {
  Result r = read("two-sheets.xlsx", {{}, kPowerColumns});
  INFO(r.log);
  REQUIRE(r.table);
  const ListTable& t = *r.table;
  REQUIRE(t.rows.size() == 2);
  CHECK(cell(t, 0, "事项编码") == "XK-001");
  CHECK(cell(t, 1, "事项编码") == "CF-001");
  CHECK(cell(t, 1, "事项名称") == "对超标排放的处罚");
  CHECK(cell(t, 1, "备注") == "按日连续处罚");
  CHECK(cell(t, 0, "备注") == "");
  CHECK(t.rows[1].sheet == "处罚");
  CHECK(t.rows[1].cells[std::size_t(t.column_of("事项编码"))].column == 2);  // B on 处罚
}

TEST_CASE("xlsx reader: files that are not workbooks are named for what they are") {
  TempDir dir;
  write_file(dir / "a.xlsx", "事项编码,事项名称\nXK-001,排污许可\n");
  write_file(dir / "b.xlsx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(500, '\0'));
  Diagnostics diagnostics;
  CHECK(!read_xlsx(dir.path(), "a.xlsx", {}, &diagnostics));
  CHECK(!read_xlsx(dir.path(), "b.xlsx", {}, &diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(format_diagnostic(diagnostics.all()[0]).find("a.xlsx: error: the file is not a readable Excel workbook: "
                                                     "it is not a readable zip archive") == 0);
  CHECK(format_diagnostic(diagnostics.all()[1]).find("b.xlsx: error: the file is an Excel 97–2003 workbook") == 0);
}

TEST_CASE("xlsx reader: a cell whose bytes are not UTF-8 is refused at its place, not published") {
  // pugixml passes a damaged part's bytes through (found by the xlsx fuzz target): the row is
  // left out with a message naming the cell, the other rows are read. The sheet is written by
  // the client's own exporter, which writes a cell's bytes as they are.
  dutyatlas::SpreadsheetTable sheet{"权力清单", "示例区权力清单", kPowerColumns, {}, {
      {"XK-001", "排污许可", "行政许可"},
      {"CF-002", "对违法\xff\xfe排污的处罚", "行政处罚"},
      {"CF-003", "对噪声扰民的处罚", "行政处罚"}}};
  TempDir dir;
  write_file(dir / "powers.xlsx", dutyatlas::xlsx_bytes(sheet));
  Diagnostics diagnostics;
  auto table = read_xlsx(dir.path(), "powers.xlsx", {{}, kPowerColumns}, &diagnostics);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 2);
  CHECK(cell(*table, 1, "事项名称") == "对噪声扰民的处罚");
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]).find(
            "powers.xlsx:权力清单!B4: error: 事项名称: the cell holds bytes that are not UTF-8 text") == 0);
}

TEST_CASE("xlsx cell text: numbers as Excel shows them") {
  CHECK(number_text(15, {}, false) == "15");
  CHECK(number_text(0.1 + 0.2, {}, false) == "0.3");
  CHECK(number_text(330100000000.0, {}, false) == "330100000000");  // a code typed as a number
  CHECK(number_text(-0.0, {2, ""}, false) == "0.00");
  CHECK(number_text(0.125, {10, ""}, false) == "12.50%");
  CHECK(number_text(1234.5, {164, "#,##0.0_);[Red](#,##0.0)"}, false) == "1,234.5");
  CHECK(number_text(7, {164, "0\"天\""}, false) == "7");  // quoted text is not shown
}

TEST_CASE("xlsx cell text: dates in both date systems, Excel's 1900 leap day included") {
  CHECK(is_date_format({14, ""}));
  CHECK(is_date_format({31, ""}));  // yyyy"年"m"月"d"日" in a Chinese Excel
  CHECK(is_date_format({176, "[$-804]yyyy年m月d日"}));
  CHECK(!is_date_format({177, "0.00\"d\""}));  // a quoted d is text
  CHECK(number_text(45352, {14, ""}, false) == "2024-03-01");
  CHECK(number_text(1, {14, ""}, false) == "1900-01-01");
  CHECK(number_text(59, {14, ""}, false) == "1900-02-28");
  CHECK(number_text(60, {14, ""}, false) == "1900-02-29");
  CHECK(number_text(61, {14, ""}, false) == "1900-03-01");
  CHECK(number_text(0, {14, ""}, true) == "1904-01-01");
  CHECK(number_text(45352.75, {22, ""}, false) == "2024-03-01 18:00");
  CHECK(number_text(0.5, {20, ""}, false) == "12:00");
}
