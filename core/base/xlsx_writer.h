// A table as an Excel workbook (.xlsx), written without any library, for the browser client's
// 导出 Excel (the builder's `query … --xlsx` uses libxlsxwriter, builder/xlsx_export.h; core
// must not depend on it, and the client must stay small). The workbook is what Excel, WPS and
// LibreOffice open: one sheet, a title row merged over the columns, a bold header frozen under
// it with filters on, column widths fitted to Chinese text (a CJK character counts two), long
// columns wrapped; every cell an inline string (numeric columns' whole numbers as numbers), so
// "=1+1" or "0012" stays what it says. The zip holds stored (uncompressed) entries: the export
// is a few hundred KB at most and a deflater would cost the client more than it saves.
// Not for reading workbooks (builder/xlsx_workbook.h).
#pragma once

#include <string>
#include <vector>

namespace dutyatlas {

struct SpreadsheetTable {
  std::string sheet_name;                   // the tab's name; cut to Excel's 31 characters
  std::string title;                        // row 1, merged over the columns
  std::vector<std::string> header;          // row 2
  std::vector<bool> numeric;                // per column: write whole numbers as numbers
  std::vector<std::vector<std::string>> rows;
};

// Wider than this (in Excel's character units) a column wraps its text instead of growing.
inline constexpr double kSpreadsheetMaxColumnWidth = 60;
inline constexpr double kSpreadsheetMinColumnWidth = 6;

// Excel's width for a column holding `text`: a CJK character counts two, others one; of a
// multi-line text the longest line.
double text_width(const std::string& text);

// The widths Excel should give the table's columns (header and cells, plus a margin, clamped).
std::vector<double> column_widths(const SpreadsheetTable& table);

// The sheet name Excel accepts: []:*?/\ replaced by spaces, at most 31 characters.
std::string spreadsheet_sheet_name(const std::string& name);

// True for a cell of a numeric column to be written as a number: a whole number of at most 15
// characters, written as Excel would show it back (no leading zero: 0012 is a code; not -0).
bool spreadsheet_whole_number(const std::string& text, double* value);

// The .xlsx file's bytes.
std::string xlsx_bytes(const SpreadsheetTable& table);

}  // namespace dutyatlas
