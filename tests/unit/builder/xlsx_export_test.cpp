// Excel out: `dutyatlas query … --list KIND --xlsx FILE` writes the view a publisher filtered as
// a workbook whose title row says what was filtered and the data date, whose header and rows are
// the API's, read back through the builder's own workbook reader; and write_xlsx_table keeps
// formula-looking and zero-led cells as the text they are.
#include <doctest/doctest.h>

#include "builder/xlsx_export.h"
#include "builder/xlsx_workbook.h"
#include "cli_runner.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::builder;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

namespace {

XlsxSheet read_back(const fs::path& path) {
  std::string why;
  auto workbook = read_xlsx_workbook(read_file(path), &why);
  INFO(why);
  REQUIRE(workbook);
  REQUIRE(workbook->sheets.size() == 1);
  return workbook->sheets[0];
}

}  // namespace

TEST_CASE("xlsx export: `query --list --xlsx` writes the filtered view with its title row") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  SourceTree tree;
  write_awkward_lists(tree);
  TempDir work;
  fs::path out = work / "out";
  auto db = build_publication(tree.path(), out);
  fs::path file = work / "powers.xlsx";
  CliRun cli = run_cli({"query", out.string(), "--list", "powers", "--filter", "type=行政处罚", "--xlsx", file.string()},
                       work.path());
  INFO(cli.err);
  REQUIRE(cli.code == 0);
  json api = ok_result(*db, {{"query", "list"}, {"kind", "powers"}, {"filters", {{"type", {"行政处罚"}}}},
                             {"limit", 1000000}});
  XlsxSheet sheet = read_back(file);
  CHECK(sheet.name == api["name"].get<std::string>());
  const std::string& title = sheet.cells[1][1];
  CHECK(title.find("事项类型：行政处罚") != std::string::npos);
  CHECK(title.find("数据日期：") != std::string::npos);
  CHECK(title.find("共 " + std::to_string(api["total"].get<int>()) + " 项") != std::string::npos);
  REQUIRE(sheet.cells[2].size() == api["columns"].size());
  for (std::size_t c = 0; c < api["columns"].size(); ++c) {
    CHECK(sheet.cells[2][int(c) + 1] == api["columns"][c]["label"].get<std::string>());
  }
  REQUIRE(api["rows"].size() > 0);
  CHECK(int(sheet.cells.size()) == 2 + int(api["rows"].size()));
  for (std::size_t r = 0; r < api["rows"].size(); ++r) {
    const json& cells = api["rows"][r]["cells"];
    for (std::size_t c = 0; c < cells.size(); ++c) {
      auto row = sheet.cells.find(int(r) + 3);
      REQUIRE(row != sheet.cells.end());
      auto cell = row->second.find(int(c) + 1);
      CHECK((cell == row->second.end() ? std::string() : cell->second) == cells[c].get<std::string>());
    }
  }
  CHECK(sheet.merged.size() == 1);  // the title over every column

  // Only a list's view can be written.
  CliRun item = run_cli({"query", out.string(), "--list", "powers", "--item", "X", "--xlsx", file.string()}, work.path());
  CHECK(item.code != 0);
}

TEST_CASE("xlsx export: formula-looking and zero-led cells stay text, numbers stay numbers") {
  TempDir work;
  ExportTable table;
  table.sheet_name = "清单/导出:1";  // characters Excel forbids in a tab's name
  table.title = "测试";
  table.header = {"编码", "内容", "数量"};
  table.numeric = {false, false, true};
  table.rows = {{"0012", "=HYPERLINK(\"http://x\")", "12"}, {"+1", "@SUM(A1)", "007"}, {"-1", "负号", "-0"},
                {"", "", "-12"}};
  std::string error;
  REQUIRE(write_xlsx_table((work / "t.xlsx").string(), table, &error));
  XlsxSheet sheet = read_back(work / "t.xlsx");
  CHECK(sheet.name == "清单 导出 1");
  CHECK(sheet.errors.empty());  // no formula without a value: nothing was written as a formula
  CHECK(sheet.cells[3][1] == "0012");
  CHECK(sheet.cells[3][2] == "=HYPERLINK(\"http://x\")");
  CHECK(sheet.cells[3][3] == "12");
  CHECK(sheet.cells[4][1] == "+1");
  CHECK(sheet.cells[4][2] == "@SUM(A1)");
  CHECK(sheet.cells[4][3] == "007");  // zero-led: a code, kept as text
  CHECK(sheet.cells[5][3] == "-0");   // as a number Excel would show 0 (found by the xlsx fuzz target)
  CHECK(sheet.cells[6][3] == "-12");
}

TEST_CASE("xlsx export: the client's writer (core, stored zip) gives the same cells") {
  TempDir work;
  SpreadsheetTable table;
  table.sheet_name = "新旧对照";
  table.title = "示例区水利局职责新旧对照　数据日期：2026-11-01";
  table.header = {"序号", "变化", "现条款"};
  table.numeric = {true, false, false};
  table.rows = {{"1", "修改", std::string(80, 'x') + "\n第二行 & <b>"}, {"2", "新增", "=1+1"}};
  write_file(work / "c.xlsx", xlsx_bytes(table));
  XlsxSheet sheet = read_back(work / "c.xlsx");
  CHECK(sheet.name == "新旧对照");
  CHECK(sheet.cells[1][1] == table.title);
  CHECK(sheet.cells[2][3] == "现条款");
  CHECK(sheet.cells[3][1] == "1");
  CHECK(sheet.cells[3][3] == table.rows[0][2]);
  CHECK(sheet.cells[4][3] == "=1+1");
  CHECK(sheet.errors.empty());
  REQUIRE(sheet.merged.size() == 1);
  CHECK(sheet.merged[0].last_column == 3);
  // The same table twice gives the same bytes (a download is reproducible).
  CHECK(xlsx_bytes(table) == xlsx_bytes(table));
  CHECK(text_width("事项a") == 5);
  CHECK(text_width("短\n较长的一行") == 10);
  CHECK(column_widths(table)[2] == kSpreadsheetMaxColumnWidth);  // long: wrapped at the cap
}
