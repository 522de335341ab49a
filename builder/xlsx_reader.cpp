// Lists from Excel workbooks (see xlsx_reader.h).
#include "builder/xlsx_reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "builder/source_file.h"
#include "builder/xlsx_workbook.h"
#include "core/base/text.h"

namespace dutyatlas::builder {
namespace {

constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

class Reader {
 public:
  Reader(const std::string& name, Diagnostics* diagnostics) : diagnostics_(diagnostics) { table_.file = name; }

  void error(const std::string& sheet, int row, int column, std::string field, std::string message,
             std::string hint = {}) {
    diagnostics_->error({{}, table_.file, row, column, std::move(field), std::move(message), std::move(hint), sheet});
  }

  // Moves the sheet's merged text down its merged ranges below `header_row`.
  static void fill_merged(XlsxSheet* sheet, int header_row) {
    for (const XlsxRange& range : sheet->merged) {
      if (range.first_row <= header_row || range.last_row == range.first_row) continue;
      auto row = sheet->cells.find(range.first_row);
      if (row == sheet->cells.end()) continue;
      auto cell = row->second.find(range.first_column);
      if (cell == row->second.end()) continue;
      for (int r = range.first_row + 1; r <= range.last_row; ++r) {
        sheet->cells[r].emplace(range.first_column, cell->second);  // a value under the merge stays
      }
    }
  }

  // The header row of `sheet`: the first of its first rows naming every required column.
  int find_header(const XlsxSheet& sheet, const std::vector<std::string>& required) {
    int looked = 0;
    for (const auto& [row, cells] : sheet.cells) {
      if (++looked > kXlsxHeaderSearchRows) break;
      std::vector<std::string> names;
      for (const auto& [column, text] : cells) names.emplace_back(trim(text));
      bool all = true;
      for (const std::string& column : required) {
        all = all && std::find(names.begin(), names.end(), column) != names.end();
      }
      bool any_text = std::any_of(names.begin(), names.end(), [](const std::string& n) { return !n.empty(); });
      if (all && any_text) return row;
    }
    std::string list;
    for (const std::string& column : required) list += (list.empty() ? "" : ", ") + column;
    error(sheet.name, 0, 0, "",
          "no row of the sheet's first " + std::to_string(kXlsxHeaderSearchRows) +
              " names the required columns " + list,
          "the header row must name the columns as docs/source-format.md does; if this sheet holds "
          "no list rows, name the sheets that do in dataset.json's \"sheets\"");
    return 0;
  }

  // Reads the sheet's header and rows into the table.
  void add_sheet(XlsxSheet& sheet, const std::vector<std::string>& required) {
    int header_row = find_header(sheet, required);
    if (header_row == 0) {
      failed_ = true;
      return;
    }
    fill_merged(&sheet, header_row);
    // Column number → index in the table's header.
    std::map<int, std::size_t> index_of;
    const auto& header_cells = sheet.cells[header_row];
    int last_named = 0;
    for (const auto& [column, text] : header_cells) {
      if (!trim(text).empty()) last_named = column;
    }
    std::vector<std::string> seen;
    for (int column = 1; column <= last_named; ++column) {
      auto it = header_cells.find(column);
      std::string name = it == header_cells.end() ? "" : std::string(trim(it->second));
      if (name.empty()) {
        diagnostics_->warning({{}, table_.file, header_row, column, "",
                               "column " + column_letters(column) + " has no name; its cells are ignored",
                               "write the column's name in the header row, or delete the column", sheet.name});
        continue;
      }
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(sheet.name, header_row, column, name, "duplicate column name \"" + name + "\"",
              "rename or delete one of the two columns");
        continue;
      }
      seen.push_back(name);
      int existing = table_.column_of(name);
      if (existing < 0) {
        existing = int(table_.header.size());
        table_.header.push_back(name);
      }
      index_of[column] = std::size_t(existing);
    }
    if (table_.header_sheet.empty()) {
      table_.header_sheet = sheet.name;
      table_.header_line = header_row;
    }

    std::set<int> bad_rows;
    for (const XlsxErrorCell& e : sheet.errors) {
      if (e.row <= header_row) continue;
      std::string field;
      if (auto it = index_of.find(e.column); it != index_of.end()) field = table_.header[it->second];
      error(sheet.name, e.row, e.column, field,
            e.error[0] == '#' ? "the cell shows Excel's error " + e.error + "; this row is left out"
                              : "the cell holds " + e.error + "; this row is left out",
            "type the value the cell should show (a formula's error is not a value)");
      bad_rows.insert(e.row);
    }
    for (auto& [row, cells] : sheet.cells) {
      if (row <= header_row || bad_rows.count(row)) continue;
      ListRow out;
      out.line = row;
      out.sheet = sheet.name;
      bool blank = true, bad = false;
      std::map<std::size_t, ListCell> by_index;
      for (auto& [column, text] : cells) {
        std::string value(trim(text));
        if (value.empty()) continue;
        auto it = index_of.find(column);
        if (it == index_of.end()) {
          error(sheet.name, row, column, "",
                "this cell is in a column the header row (row " + std::to_string(header_row) + ") does not name",
                "name the column in the header row, or move the text into a named column");
          bad = true;
          break;
        }
        blank = false;
        by_index[it->second] = {std::move(value), row, column};
      }
      if (bad || blank) continue;
      out.cells.resize(table_.header.size());
      for (std::size_t i = 0; i < out.cells.size(); ++i) out.cells[i] = {"", row, 0};
      for (auto& [index, cell] : by_index) out.cells[index] = std::move(cell);
      table_.rows.push_back(std::move(out));
    }
  }

  std::optional<ListTable> finish() {
    if (failed_) return std::nullopt;
    for (ListRow& row : table_.rows) {  // columns a later sheet added
      while (row.cells.size() < table_.header.size()) row.cells.push_back({"", row.line, 0});
    }
    return std::move(table_);
  }

 private:
  Diagnostics* diagnostics_;
  ListTable table_;
  bool failed_ = false;
};

bool has_text(const XlsxSheet& sheet) {
  for (const auto& [row, cells] : sheet.cells) {
    for (const auto& [column, text] : cells) {
      if (!trim(text).empty()) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<ListTable> read_xlsx(const std::filesystem::path& dir, const std::string& name,
                                   const XlsxListOptions& options, Diagnostics* diagnostics) {
  auto file_error = [&](std::string message, std::string hint) {
    diagnostics->error({{}, name, 0, 0, "", std::move(message), std::move(hint)});
  };
  SourceFileProblem problem;
  std::optional<std::string> bytes = read_source_file(dir, name, &problem);
  if (!bytes) {
    file_error(problem.message, problem.hint);
    return std::nullopt;
  }
  const std::string save_as = "open it in Excel or WPS and save it as \"Excel 工作簿 (*.xlsx)\"";
  if (std::string_view(*bytes).substr(0, kOleMagic.size()) == kOleMagic) {
    file_error("the file is an Excel 97–2003 workbook (.xls) or a password-protected workbook, not .xlsx",
               save_as + ", without a password");
    return std::nullopt;
  }
  std::string why;
  std::optional<XlsxWorkbook> workbook = read_xlsx_workbook(*bytes, &why);
  if (!workbook) {
    file_error("the file is not a readable Excel workbook: " + why, save_as);
    return std::nullopt;
  }

  std::vector<XlsxSheet*> chosen;
  std::string all_names;
  for (auto& sheet : workbook->sheets) all_names += (all_names.empty() ? "" : "、") + sheet.name;
  if (!options.sheets.empty()) {
    for (const std::string& wanted : options.sheets) {
      auto it = std::find_if(workbook->sheets.begin(), workbook->sheets.end(),
                             [&](const XlsxSheet& s) { return s.name == wanted; });
      if (it == workbook->sheets.end()) {
        file_error("dataset.json names the sheet \"" + wanted + "\", which the workbook does not have",
                   "its sheets are " + all_names);
        return std::nullopt;
      }
      chosen.push_back(&*it);
    }
  } else {
    for (auto& sheet : workbook->sheets) {
      if (has_text(sheet)) chosen.push_back(&sheet);
    }
  }
  if (chosen.empty()) {
    file_error("the workbook has no sheet with data", "put the list on the first sheet, header row first");
    return std::nullopt;
  }
  Reader reader(name, diagnostics);
  for (XlsxSheet* sheet : chosen) reader.add_sheet(*sheet, options.required_columns);
  return reader.finish();
}

}  // namespace dutyatlas::builder
