// The 派单单 as a printable A4 page (see dispatch_print.h).
#include "core/api/dispatch_print.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

std::string field(const json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// One basis row: a clause by its words, a list entry by its name; then where it is written.
std::string basis_html(const json& basis) {
  const std::string kind = field(basis, "kind");
  std::string what = kind == "duty" ? field(basis, "text") : field(basis, "title");
  if (what.empty()) what = field(basis, "text");
  std::string where;
  if (!field(basis, "doc_no").empty()) {
    where = field(basis, "doc_title") + "（" + field(basis, "doc_no") + "）";
  } else if (!field(basis, "item_code").empty()) {
    where = "事项编码 " + field(basis, "item_code");
  }
  std::string h = "<li>" + html_escape(what);
  if (!where.empty()) h += "<span class=\"where\">" + html_escape(where) + "</span>";
  return h + "</li>";
}

std::string body_row(const json& body, const char* role) {
  std::string h = "<tr><td class=\"role\">" + std::string(role) + "</td><td>" +
                  html_escape(field(body, "name")) + "</td><td class=\"code\">" +
                  html_escape(field(body, "uscc")) + "</td><td>";
  const json& basis = body.contains("basis") && body["basis"].is_array() ? body["basis"] : json::array();
  if (basis.empty()) {
    h += "（操作员添加，无自动依据）";
  } else {
    h += "<ul>";
    for (const json& b : basis) h += basis_html(b);
    h += "</ul>";
  }
  return h + "</td></tr>\n";
}

constexpr const char* kCss =
    "td.role { white-space: nowrap; font-weight: bold; }\n"
    "td.code { white-space: nowrap; font-family: monospace; }\n"
    "td ul { margin: 0; padding-left: 12pt; }\n"
    "span.where { display: block; color: #444; }\n"
    "p.typed { margin: 4pt 0 8pt 0; padding: 4pt 8pt; border-left: 2pt solid #888; background: #f4f4f4; }\n"
    "p.sign { margin-top: 24pt; }\n";

}  // namespace

std::string dispatch_print_html(const json& payload, const PrintSource& source) {
  const bool joint = payload.value("joint", false);
  std::string h = print_page_start(joint ? "联合派单单" : "派单单", /*landscape=*/false,
                                   std::string(kPrintProseCss) + kCss);
  std::string facts = "数据日期 " + html_escape(field(payload, "data_date"));
  if (!field(payload, "version").empty()) facts += " · 数据版本 " + html_escape(field(payload, "version"));
  h += "<p class=\"meta\">" + facts + "</p>\n";
  h += "<p class=\"meta\">" + print_source_line(source) + "</p>\n";
  h += "<h2>诉求内容</h2>\n<p class=\"typed\">" + html_escape_lines(field(payload, "complaint")) + "</p>\n";
  h += "<h2>承办与协办单位</h2>\n<table><thead><tr><th>角色</th><th>单位</th>"
       "<th>统一社会信用代码</th><th>依据</th></tr></thead><tbody>\n";
  if (payload.contains("lead") && payload["lead"].is_object()) h += body_row(payload["lead"], "承办");
  if (payload.contains("cooperating") && payload["cooperating"].is_array()) {
    for (const json& body : payload["cooperating"]) h += body_row(body, "协办");
  }
  h += "</tbody></table>\n";
  h += "<p class=\"sign\">派单人：＿＿＿＿＿＿　　派单时间：＿＿＿＿＿＿　　签收单位（盖章）：＿＿＿＿＿＿</p>\n";
  h += kPrintPageEnd;
  return h;
}

}  // namespace dutyatlas
