// 新旧对照 as a printable A4 document (打印): a pure function of a DutyComparison, no I/O — the
// client hands the text to the browser's print dialog.
//
// A complete HTML document in the style of list_print_html (core/lists/list_export.h): title (the body
// and 新旧对照), the two dates and the 三定 in force on each, the data date, the summary counts,
// then one table — 序号 | 原条款 | 现条款 | 变化 — whose header repeats on every printed page.
// Inside a reworded (split, merged) clause the deleted characters are <del> in the old column
// and the inserted ones <ins> in the new column, printed with strike-through / underline and a
// light background, so the page reads right in black and white too. @page A4 portrait with
// "第 N 页 / 共 M 页" in the bottom margin. Every text from the data is HTML-escaped.
#pragma once

#include <string>

#include "core/history/duty_compare.h"

namespace dutyatlas {

struct ComparePrintInfo {
  std::string district;   // dataset name, e.g. 示例区
  std::string data_date;  // YYYY-MM-DD
  bool sample = false;    // fictional data: the page says 示例数据
  bool changes_only = false;  // the unchanged rows were dropped: the page says so
};

std::string comparison_print_html(const DutyComparison& comparison, const ComparePrintInfo& info);

// The summary in words, e.g. "未变 15 项、修改 3 项、划出 1 项" (kinds with zero left out;
// "无变化" when nothing changed and nothing stayed). Shared by the page and the print.
std::string comparison_summary_text(const ComparisonSummary& summary);

}  // namespace dutyatlas
