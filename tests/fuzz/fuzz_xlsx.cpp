// Excel workbooks both ways. Read (builder/xlsx_reader.h, the publishers' lists): any bytes as
// lists/powers.xlsx never crash; every header name, kept cell, sheet name and message is valid
// UTF-8 (it goes into the bundle and into JSON), and each row has one cell per header column.
// Written (core/base/xlsx_writer.h, the client's 导出 Excel): a table made from the input, when
// it is UTF-8, reads back through the builder's reader cell for cell — what the viewer exports is
// what Excel shows — except the control characters XML 1.0 cannot hold, which the writer drops.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "builder/diagnostics.h"
#include "builder/xlsx_reader.h"
#include "builder/xlsx_workbook.h"
#include "core/base/xlsx_writer.h"
#include "fuzz_support.h"

namespace {

using namespace dutyatlas::builder;

void read_as_list(const unsigned char* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("dutyatlas-fuzz-xlsx-" + std::to_string(getpid()));
    fs::create_directories(d);
    return d;
  }();
  {
    std::ofstream out(dir / "powers.xlsx", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  Diagnostics diagnostics;
  auto table = read_xlsx(dir, "powers.xlsx", {}, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) {
    FUZZ_CHECK(dutyatlas::is_valid_utf8(d.message) && dutyatlas::is_valid_utf8(d.hint));
    FUZZ_CHECK(dutyatlas::is_valid_utf8(d.sheet) && dutyatlas::is_valid_utf8(d.field));
  }
  if (!table) {
    FUZZ_CHECK(diagnostics.has_errors());
    return;
  }
  for (const auto& name : table->header) FUZZ_CHECK(dutyatlas::is_valid_utf8(name));
  for (const auto& row : table->rows) {
    FUZZ_CHECK(row.cells.size() == table->header.size());
    for (const auto& cell : row.cells) FUZZ_CHECK(dutyatlas::is_valid_utf8(cell.text));
  }
}

// What the writer keeps of a cell's text (XML 1.0 holds no other control characters).
std::string kept(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
  }
  return out;
}

// The input split at NUL bytes: the title, three header names, then rows of three cells; the
// middle column is numeric (whole numbers are written as numbers).
void write_and_read_back(std::string_view input) {
  std::vector<std::string> parts;
  for (std::size_t from = 0; from <= input.size();) {
    std::size_t end = input.find('\0', from);
    if (end == std::string_view::npos) end = input.size();
    parts.emplace_back(input.substr(from, end - from));
    from = end + 1;
  }
  dutyatlas::SpreadsheetTable table;
  table.sheet_name = "权力清单";
  table.title = parts[0];
  table.numeric = {false, true, false};
  for (std::size_t i = 1; i < 4; ++i) table.header.push_back(i < parts.size() ? parts[i] : "列" + std::to_string(i));
  for (std::size_t i = 4; i < parts.size(); i += 3) {
    std::vector<std::string> row;
    for (std::size_t c = 0; c < 3; ++c) row.push_back(i + c < parts.size() ? parts[i + c] : "");
    table.rows.push_back(std::move(row));
  }

  std::string problem;
  auto workbook = read_xlsx_workbook(dutyatlas::xlsx_bytes(table), &problem);
  FUZZ_CHECK(workbook.has_value());
  FUZZ_CHECK(workbook->sheets.size() == 1);
  const XlsxSheet& sheet = workbook->sheets[0];
  FUZZ_CHECK(sheet.name == dutyatlas::spreadsheet_sheet_name(table.sheet_name));
  auto cell_at = [&](int row, int column) -> std::string {
    auto r = sheet.cells.find(row);
    if (r == sheet.cells.end()) return "";
    auto c = r->second.find(column);
    return c == r->second.end() ? "" : c->second;
  };
  FUZZ_CHECK(cell_at(1, 1) == kept(table.title));
  for (int c = 0; c < 3; ++c) FUZZ_CHECK(cell_at(2, c + 1) == kept(table.header[c]));
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (int c = 0; c < 3; ++c) FUZZ_CHECK(cell_at(int(r) + 3, c + 1) == kept(table.rows[r][c]));
  }
  FUZZ_CHECK(sheet.errors.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  read_as_list(data, size);
  std::string_view text = fuzz_text(data, size);
  if (dutyatlas::is_valid_utf8(text)) write_and_read_back(text);
  return 0;
}
