// CSV and printable HTML of a list view (see list_export.h). Not the query itself (list_query.cpp).
#include "core/lists/list_export.h"

#include <string_view>

#include "core/base/csv_writer.h"
#include "core/base/print_page.h"

namespace dutyatlas {

std::string list_csv(const ListResult& result) {
  std::string out(kCsvByteOrderMark);
  auto record = [&](const std::vector<std::string>& cells) { append_csv_record(&out, cells); };
  std::vector<std::string> header;
  for (const auto& c : result.columns) header.push_back(c.label);
  record(header);
  for (const auto& row : result.rows) record(row.cells);
  return out;
}

SpreadsheetTable list_spreadsheet(const ListResult& result, const std::string& data_date) {
  SpreadsheetTable table;
  table.sheet_name = result.name;
  table.title = result.name + "（共 " + std::to_string(result.total) + " 项；" + describe_list_view(result) +
                "）　数据日期：" + data_date;
  for (const auto& c : result.columns) {
    table.header.push_back(c.label);
    table.numeric.push_back(c.numeric);
  }
  for (const auto& row : result.rows) table.rows.push_back(row.cells);
  return table;
}

std::string describe_list_view(const ListResult& result) {
  std::string out;
  auto part = [&](const std::string& text) {
    if (!out.empty()) out += "；";
    out += text;
  };
  for (const auto& f : result.filters) {
    std::string values;
    for (const auto& v : f.values) {
      if (!values.empty()) values += "、";
      values += v.label;
    }
    part(f.label + "：" + values);
  }
  if (!result.text.empty()) part("关键词：" + result.text);
  std::string scope = out.empty() ? "全部事项" : out;
  if (!result.sort.empty()) {
    scope += "；按" + result.sort_label + (result.descending ? "降序" : "升序");
  }
  return scope;
}

namespace {

// A cell's text with line breaks kept.
std::string cell_html(const std::string& text) {
  std::string escaped = html_escape(text);
  std::string out;
  out.reserve(escaped.size());
  for (std::size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\r') {
      if (i + 1 < escaped.size() && escaped[i + 1] == '\n') ++i;
      out += "<br>";
    } else if (escaped[i] == '\n') {
      out += "<br>";
    } else {
      out += escaped[i];
    }
  }
  return out;
}

}  // namespace

std::string list_print_html(const ListResult& result, const ListPrintInfo& info) {
  const bool landscape = result.columns.size() > 4;
  std::string title = info.district.empty() ? result.name : info.district + result.name;
  std::string h = print_page_start(title, landscape, "td.n { white-space: nowrap; }\n");
  h += "<p class=\"view\">筛选条件：" + html_escape(describe_list_view(result)) + "</p>\n";
  h += "<p class=\"meta\">数据日期：" + html_escape(info.data_date) + " · 共 " +
       std::to_string(result.total) + " 项";
  if (result.rows.size() != result.total) {
    h += "（本表列出 " + std::to_string(result.rows.size()) + " 项）";
  }
  if (info.sample) h += " · 示例数据";
  h += "</p>\n<table>\n<thead>\n<tr>";
  for (const auto& c : result.columns) h += "<th>" + html_escape(c.label) + "</th>";
  h += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : result.rows) {
    h += "<tr>";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      bool numeric = i < result.columns.size() && result.columns[i].numeric;
      h += numeric ? "<td class=\"n\">" : "<td>";
      h += cell_html(row.cells[i]);
      h += "</td>";
    }
    h += "</tr>\n";
  }
  h += "</tbody>\n</table>\n";
  h += kPrintPageEnd;
  return h;
}

}  // namespace dutyatlas
