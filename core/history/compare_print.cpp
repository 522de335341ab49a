// 新旧对照 as a printable A4 page (see compare_print.h).
#include "core/history/compare_print.h"

#include <utility>
#include <vector>

#include "core/base/chinese_numerals.h"
#include "core/base/print_page.h"

namespace dutyatlas {
namespace {

// One side of a row: the clause's label and text, the changed characters of this side marked.
// `side` is the span kind shown on this side besides the equal runs (kDelete old, kInsert new).
std::string clause_cell(const std::optional<ComparedClause>& clause,
                        const std::vector<DiffSpan>& spans, DiffKind side) {
  if (!clause) return "<span class=\"none\">—</span>";
  std::string out = "<span class=\"no\">" + html_escape(clause_label(clause->number)) + "</span>";
  if (spans.empty()) return out + html_escape(clause->text);
  const char* tag = side == DiffKind::kDelete ? "del" : "ins";
  for (const DiffSpan& span : spans) {
    if (span.kind == DiffKind::kEqual) {
      out += html_escape(span.text);
    } else if (span.kind == side) {
      out += std::string("<") + tag + ">" + html_escape(span.text) + "</" + tag + ">";
    }
  }
  return out;
}

std::string change_cell(const ComparisonRow& row) {
  std::string out = "<b>" + html_escape(compare_kind_label(row.kind)) + "</b>";
  if (!row.other_body_id.empty()) {
    const std::string& other = row.other_body_name.empty() ? row.other_body_id : row.other_body_name;
    out += row.kind == CompareKind::kTransferredIn ? "<br>自 " : "<br>至 ";
    out += html_escape(other);
  }
  if (row.group) out += "<br>第 " + std::to_string(row.group) + " 组";
  std::string doc_no = row.document ? row.document->doc_no : row.doc_no;
  if (!doc_no.empty()) out += "<br>" + html_escape(doc_no);
  return out;
}

std::string sanding_line(const char* label, const std::string& date,
                         const std::optional<DocumentSummary>& sanding) {
  std::string out = std::string(label) + "：" + html_escape(date);
  if (sanding) {
    out += "（三定：" + html_escape(sanding->title) + " " + html_escape(sanding->doc_no) + "）";
  }
  return out;
}

}  // namespace

std::string comparison_summary_text(const ComparisonSummary& s) {
  const std::pair<const char*, int> parts[] = {
      {"未变", s.unchanged},       {"新增", s.added},          {"删除", s.removed},
      {"修改", s.reworded},        {"划入", s.transferred_in}, {"划出", s.transferred_out},
      {"拆分", s.split},           {"合并", s.merged},
  };
  std::string out;
  for (const auto& [label, count] : parts) {
    if (count == 0) continue;
    if (!out.empty()) out += "、";
    out += std::string(label) + " " + std::to_string(count) + " 项";
  }
  return out.empty() ? "无变化" : out;
}

std::string comparison_print_html(const DutyComparison& c, const ComparePrintInfo& info) {
  std::string title = c.body_name + "主要职责新旧对照";
  std::string h = print_page_start(
      title, /*landscape=*/false,
      "table { table-layout: fixed; }\n"
      "col.n { width: 10mm; } col.k { width: 28mm; }\n"
      "span.no { color: #333; } span.none { color: #777; }\n"
      "del { background: #fde0e0; text-decoration: line-through; }\n"
      "ins { background: #dff3e2; text-decoration: underline; }\n");
  h += "<p class=\"meta\">" + sanding_line("原", c.from_date, c.from_sanding) + "</p>\n";
  h += "<p class=\"meta\">" + sanding_line("现", c.to_date, c.to_sanding) + "</p>\n";
  h += "<p class=\"meta\">" + html_escape(comparison_summary_text(c.summary));
  h += "（原 " + std::to_string(c.old_count) + " 项，现 " + std::to_string(c.new_count) + " 项）";
  if (info.changes_only) h += "；本表仅列出有变化的条款";
  h += "</p>\n<p class=\"meta\">" + print_source_line({info.district, info.data_date, info.sample});
  h += "</p>\n<table>\n<colgroup><col class=\"n\"><col><col><col class=\"k\"></colgroup>\n";
  h += "<thead>\n<tr><th>序号</th><th>原条款</th><th>现条款</th><th>变化</th></tr>\n</thead>\n<tbody>\n";
  int index = 0;
  for (const ComparisonRow& row : c.rows) {
    h += "<tr><td class=\"n\">" + std::to_string(++index) + "</td><td>";
    h += clause_cell(row.old_clause, row.spans, DiffKind::kDelete);
    h += "</td><td>";
    h += clause_cell(row.new_clause, row.spans, DiffKind::kInsert);
    h += "</td><td>" + change_cell(row) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n";
  h += kPrintPageEnd;
  return h;
}

}  // namespace dutyatlas
