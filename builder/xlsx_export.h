// Writing a table as a real Excel workbook (.xlsx) for `dutyatlas query … --xlsx FILE`, with
// libxlsxwriter: a title row (the list, its filters, the data date), a bold header frozen under
// it with filters on, column widths fitted to Chinese text, long cells wrapped. Every cell is
// written as text (numeric columns as numbers), so a cell reading "=1+1" or "0012" stays what
// it says. Not for the browser (the client cannot link libxlsxwriter), nor for reading
// workbooks (xlsx_reader.h).
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

struct ExportTable {
  std::string sheet_name;                  // the tab's name; cut to Excel's 31 characters
  std::string title;                       // row 1, merged over the columns
  std::vector<std::string> header;         // row 2
  std::vector<bool> numeric;               // per column: write whole numbers as numbers
  std::vector<std::vector<std::string>> rows;
};

// Excel's width for a column holding `text`: a CJK character counts two, others one; of a
// multi-line text the longest line.
double text_width(const std::string& text);

// Writes `table` to `path`; false with *error set if the file cannot be written.
bool write_xlsx_table(const std::string& path, const ExportTable& table, std::string* error);

}  // namespace dutyatlas::builder
