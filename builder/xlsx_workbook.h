// Opening an Excel workbook (.xlsx, as Excel, WPS and LibreOffice save it): the zip through
// libzip, its XML parts through pugixml. Gives each sheet's cells as the text the publisher sees
// (shared strings, inline strings, numbers and dates through their number format, TRUE/FALSE)
// and its merged ranges. Not for finding the header or mapping columns (xlsx_reader.h), and not
// for .xls (Excel 97–2003), which is another format altogether.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas::builder {

struct XlsxRange {  // a merged range, 1-based and inclusive
  int first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct XlsxErrorCell {  // a cell showing an Excel error (#N/A, #REF! …) instead of a value
  int row = 0, column = 0;
  std::string error;
};

struct XlsxSheet {
  std::string name;  // as on the sheet's tab
  // row → column → text, both 1-based; only cells with text (untrimmed, line breaks as "\n").
  std::map<int, std::map<int, std::string>> cells;
  std::vector<XlsxRange> merged;
  std::vector<XlsxErrorCell> errors;
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;  // in tab order
};

// The workbook in `bytes`, or nullopt with *problem saying what is wrong (not a zip, no
// workbook part, a part that is not well-formed XML, a part larger than the source-file limit).
std::optional<XlsxWorkbook> read_xlsx_workbook(std::string_view bytes, std::string* problem);

}  // namespace dutyatlas::builder
