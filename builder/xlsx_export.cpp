// Tables out as .xlsx through libxlsxwriter (see xlsx_export.h).
#include "builder/xlsx_export.h"

#include <algorithm>

#include <xlsxwriter.h>

namespace dutyatlas::builder {

bool write_xlsx_table(const std::string& path, const ExportTable& table, std::string* error) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    *error = "cannot create " + path;
    return false;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, spreadsheet_sheet_name(table.sheet_name).c_str());
  lxw_format* title = workbook_add_format(workbook);
  format_set_bold(title);
  format_set_font_size(title, 14);
  format_set_text_wrap(title);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xE8EEF4);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* cell = workbook_add_format(workbook);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

  const lxw_col_t columns = lxw_col_t(std::max<std::size_t>(table.header.size(), 1));
  const lxw_row_t last_row = lxw_row_t(1 + table.rows.size());
  if (columns > 1) {
    worksheet_merge_range(sheet, 0, 0, 0, columns - 1, table.title.c_str(), title);
  } else {
    worksheet_write_string(sheet, 0, 0, table.title.c_str(), title);
  }
  worksheet_set_row(sheet, 0, 28, nullptr);
  const std::vector<double> widths = column_widths(table);
  for (lxw_col_t c = 0; c < table.header.size(); ++c) {
    const bool wrap = widths[c] >= kSpreadsheetMaxColumnWidth;
    worksheet_set_column(sheet, c, c, widths[c], wrap ? wrapped : cell);
    worksheet_write_string(sheet, 1, c, table.header[c].c_str(), header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (c >= table.rows[r].size() || table.rows[r][c].empty()) continue;
      const std::string& text = table.rows[r][c];
      double number = 0;
      lxw_format* format = wrap ? wrapped : cell;
      if (c < table.numeric.size() && table.numeric[c] && spreadsheet_whole_number(text, &number)) {
        worksheet_write_number(sheet, lxw_row_t(r + 2), c, number, format);
      } else {
        worksheet_write_string(sheet, lxw_row_t(r + 2), c, text.c_str(), format);  // never a formula
      }
    }
  }
  worksheet_freeze_panes(sheet, 2, 0);
  if (!table.header.empty()) worksheet_autofilter(sheet, 1, 0, std::max<lxw_row_t>(last_row, 1), columns - 1);
  lxw_error result = workbook_close(workbook);
  if (result != LXW_NO_ERROR) {
    *error = "cannot write " + path + ": " + lxw_strerror(result);
    return false;
  }
  return true;
}

}  // namespace dutyatlas::builder
