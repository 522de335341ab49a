// A publisher's list as the list loaders see it, whatever file it came from: CSV (csv_reader.h)
// or an Excel workbook (xlsx_reader.h). Each cell keeps where it is, so a message can point the
// publisher at it: line and column in a CSV file, sheet and cell (权力清单!B17) in a workbook.
// Not for reading files: see the two readers and list_source.h, which picks one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "builder/diagnostics.h"

namespace dutyatlas::builder {

struct ListCell {
  std::string text;  // UTF-8, trimmed; a line break inside a cell is "\n"
  int line = 0;      // CSV: the line where the cell starts; workbook: the row number (1-based)
  int column = 0;    // CSV: 1-based in code points of the decoded text; workbook: 1 = A, 2 = B …
};

struct ListRow {
  int line = 0;                // CSV: where the row starts; workbook: the row number
  std::vector<ListCell> cells;  // exactly one per header column
  std::string sheet = {};      // the workbook sheet the row is on; "" for CSV
};

struct ListTable {
  std::string file;                 // name for messages, relative to the source folder
  std::vector<std::string> header;  // the column names, trimmed
  std::vector<ListRow> rows;        // data rows; blank rows and rows with errors are left out
  std::string header_sheet;         // where the header row is: sheet ("" for CSV) …
  int header_line = 1;              // … and line / row number
  // Index of the first column named `name`, or -1.
  int column_of(std::string_view name) const;

  // A Diagnostic pointing at `cell` of `row` (or at the row when the cell has no position).
  Diagnostic at(const ListRow& row, const ListCell& cell, std::string field, std::string message,
                std::string hint) const {
    return {{}, file, cell.line ? cell.line : row.line, cell.column, std::move(field), std::move(message),
            std::move(hint), row.sheet};
  }
  // A Diagnostic pointing at the header row (column 0: the whole row).
  Diagnostic at_header(int column, std::string field, std::string message, std::string hint) const {
    return {{}, file, header_line, column, std::move(field), std::move(message), std::move(hint),
            header_sheet};
  }
};

}  // namespace dutyatlas::builder
