// Exports of a list view (list_query.h): CSV for Excel and a printable A4 HTML document. Pure
// functions of a ListResult — run the query with limit kListNoLimit to export the whole view.
// No I/O: the caller writes or downloads the bytes.
//
// CSV (list_csv): UTF-8 with a byte-order mark (so Excel on a Chinese Windows reads UTF-8, not
// GBK), CRLF after every record, a header row of the columns' Chinese labels, RFC 4180 quoting
// (a field holding a comma, a double quote, CR or LF is quoted; quotes inside are doubled).
// Formula injection is neutralised: a cell (header included) starting with = + - @, a tab or a
// CR gets a leading apostrophe, so Excel shows it as text instead of evaluating it.
//
// HTML (list_print_html): a complete document — title, the filters in words, the data date and
// the number of items, then the table, its header repeated on every printed page (thead as
// table-header-group), @page A4 (landscape when there are more than four columns) with
// "第 N 页 / 共 M 页" in the bottom margin where the browser supports margin boxes and
// counter(page). Every text from the data or the query is HTML-escaped (& < > " ').
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/xlsx_writer.h"
#include "core/lists/list_query.h"

namespace dutyatlas {

// The view's rows (result.rows, all of them) in result.columns order.
std::string list_csv(const ListResult& result);

// The same view as a workbook's table (core/base/xlsx_writer.h): the CSV's header and rows,
// under a title naming the list, its count, the filters in words and the data date.
SpreadsheetTable list_spreadsheet(const ListResult& result, const std::string& data_date);


struct ListPrintInfo {
  std::string district;   // dataset name, e.g. 示例区
  std::string data_date;  // YYYY-MM-DD
  bool sample = false;    // fictional data: the page says 示例数据
};

// The filters, text and sort of a view in words, e.g. "事项类型：行政处罚、行政许可；
// 关键词：油烟；按事项名称降序" — or "全部事项" when nothing is chosen. Not escaped.
std::string describe_list_view(const ListResult& result);

std::string list_print_html(const ListResult& result, const ListPrintInfo& info);

}  // namespace dutyatlas
