// Tables out as .xlsx through libxlsxwriter (see xlsx_export.h).
#include "builder/xlsx_export.h"

#include <algorithm>
#include <charconv>

#include <xlsxwriter.h>

#include "core/base/utf8.h"

namespace dutyatlas::builder {
namespace {

// Wider than this (in Excel's character units) a column wraps its text instead of growing: a
// 责任事项 of 200 characters on one line would make a sheet nobody can read on screen.
constexpr double kMaxColumnWidth = 60;
constexpr double kMinColumnWidth = 6;

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

// The sheet name Excel accepts: no []:*?/\ and at most 31 characters.
std::string sheet_name(const std::string& name) {
  std::string out;
  std::size_t pos = 0, count = 0;
  while (pos < name.size() && count < 31) {
    std::size_t start = pos;
    char32_t cp = next_code_point(name, &pos);
    if (cp == '[' || cp == ']' || cp == ':' || cp == '*' || cp == '?' || cp == '/' || cp == '\\') {
      out += ' ';
    } else {
      out.append(name, start, pos - start);
    }
    ++count;
  }
  return out.empty() ? "Sheet1" : out;
}

bool whole_number(const std::string& text, double* value) {
  long long n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || text.size() > 15) return false;
  if (text.size() > 1 && text[0] == '0') return false;  // 0012 is a code, not twelve
  *value = double(n);
  return true;
}

}  // namespace

double text_width(const std::string& text) {
  double widest = 0, line = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = next_code_point(text, &pos);
    if (cp == '\n') {
      widest = std::max(widest, line);
      line = 0;
      continue;
    }
    line += is_wide(cp) ? 2 : 1;
  }
  return std::max(widest, line);
}

bool write_xlsx_table(const std::string& path, const ExportTable& table, std::string* error) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) {
    *error = "cannot create " + path;
    return false;
  }
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name(table.sheet_name).c_str());
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
  for (lxw_col_t c = 0; c < table.header.size(); ++c) {
    double width = text_width(table.header[c]);
    for (const auto& row : table.rows) {
      if (c < row.size()) width = std::max(width, text_width(row[c]));
    }
    const bool wrap = width > kMaxColumnWidth;
    worksheet_set_column(sheet, c, c, std::clamp(width + 2, kMinColumnWidth, kMaxColumnWidth),
                         wrap ? wrapped : cell);
    worksheet_write_string(sheet, 1, c, table.header[c].c_str(), header);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (c >= table.rows[r].size() || table.rows[r][c].empty()) continue;
      const std::string& text = table.rows[r][c];
      double number = 0;
      lxw_format* format = wrap ? wrapped : cell;
      if (c < table.numeric.size() && table.numeric[c] && whole_number(text, &number)) {
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
