// Writing a table as a real Excel workbook (.xlsx) for `dutyatlas query … --xlsx FILE`, with
// libxlsxwriter: the same layout as the client's 导出 Excel (core/base/xlsx_writer.h, whose
// table, widths and rules it shares) — a title row (the list, its filters, the data date), a
// bold header frozen under it with filters on, widths fitted to Chinese text, long columns
// wrapped, every cell text (a numeric column's whole numbers as numbers), so "=1+1" or "0012"
// stays what it says. Not for reading workbooks (xlsx_reader.h).
#pragma once

#include <string>

#include "core/base/xlsx_writer.h"

namespace dutyatlas::builder {

using ExportTable = SpreadsheetTable;

// Writes `table` to `path`; false with *error set if the file cannot be written.
bool write_xlsx_table(const std::string& path, const ExportTable& table, std::string* error);

}  // namespace dutyatlas::builder
