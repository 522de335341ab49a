// Reading a publisher's list from an Excel workbook (.xlsx) into the same ListTable the CSV
// reader gives (list_table.h), so the list loaders do not care which it was. Handles workbooks
// as staff make them: title rows above the header, an item's cell merged over the rows of its
// sub-items, the list split over several sheets, empty sheets left at the end.
// Not for opening the zip and XML (xlsx_workbook.h) or choosing between CSV and xlsx
// (read_lists.cpp does: lists/powers.xlsx is read where lists/powers.csv would be).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "builder/diagnostics.h"
#include "builder/list_table.h"

namespace dutyatlas::builder {

struct XlsxListOptions {
  // The sheets that hold the list, by name (dataset.json's "sheets"); empty: every sheet that
  // has a cell with text, in tab order.
  std::vector<std::string> sheets;
  // The columns the list must have: the header is the first row of a sheet that names them all
  // (rows above it — a title, a date, a note — are skipped). Empty: the first row with text.
  std::vector<std::string> required_columns;
};

// How many rows of a sheet are searched for the header before giving up.
inline constexpr int kXlsxHeaderSearchRows = 20;

// Reads the workbook at `dir/name` (builder/source_file.h: no links, no devices) into one table.
//
// Cells are the text Excel shows (xlsx_workbook.h), trimmed as CSV cells are. A merged range
// below the header gives its text to every row it spans in its first column (the cell of an
// item spanning its sub-items' rows); its other columns stay empty. Each sheet's header names
// its columns (a later sheet may order them differently; columns only a later sheet has are
// added). Blank rows are skipped. Messages name the sheet and cell: "lists/powers.xlsx:
// 权力清单!B17". Errors: not a workbook (a .xls, a renamed file), a declared sheet missing, no
// sheet with data, a sheet without a row naming the required columns, duplicate column names,
// a cell showing an Excel error (#N/A: the row is left out), text in a column the header does
// not name (the row is left out).
// Returns nullopt (after reporting why) when nothing can be read; otherwise the table.
std::optional<ListTable> read_xlsx(const std::filesystem::path& dir, const std::string& name,
                                   const XlsxListOptions& options, Diagnostics* diagnostics);

}  // namespace dutyatlas::builder
