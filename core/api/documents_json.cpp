// JSON front of document_queries.h (see documents_json.h).
#include "core/api/documents_json.h"

#include "core/api/history_json.h"
#include "core/documents/document_print.h"
#include "core/documents/document_queries.h"
#include "core/duties/duty_queries.h"
#include "core/api/query_reply.h"

namespace dutyatlas {
namespace {

using nlohmann::json;
using query_reply::fail;
using query_reply::string_param;
using query_reply::succeed;

json summary_json(const DocumentSummary& d) {
  return {{"doc_no", d.doc_no},
          {"title", d.title},
          {"issuer", d.issuer},
          {"kind", d.kind},
          {"kind_label", document_kind_label(d.kind)},
          {"issued", d.issued},
          {"effective", d.effective}};
}

// A kind code, or its label; false if it is neither.
bool parse_document_kind(const std::string& text, std::string* code) {
  for (std::string_view k : document_kinds()) {
    if (k == text || document_kind_label(k) == text) {
      *code = std::string(k);
      return true;
    }
  }
  return false;
}

json answer_documents(const DutyDatabase& db, const json& request) {
  DocumentFilter filter;
  filter.body_id = string_param(request, "body");
  filter.year = string_param(request, "year");
  filter.text = string_param(request, "text");
  std::string kind = string_param(request, "kind");
  if (!kind.empty() && !parse_document_kind(kind, &filter.kind)) {
    return fail("未知的文件类型：" + kind + "（可用：sanding, adjustment, list, other）");
  }
  if (!filter.year.empty() &&
      (filter.year.size() != 4 || filter.year.find_first_not_of("0123456789") != std::string::npos)) {
    return fail("年份 " + filter.year + " 无效：请写四位数字，例如 2021。");
  }
  if (!filter.body_id.empty() && !find_body(db, filter.body_id)) {
    return fail("没有编号为 " + filter.body_id + " 的机构。");
  }
  DocumentListing listing = list_documents(db, filter);
  json documents = json::array();
  for (const auto& d : listing.documents) documents.push_back(summary_json(d));
  json years = json::array();
  for (const auto& y : listing.years) years.push_back({{"year", y.value}, {"count", y.count}});
  json kinds = json::array();
  for (const auto& k : listing.kinds) {
    kinds.push_back({{"kind", k.value}, {"label", document_kind_label(k.value)}, {"count", k.count}});
  }
  return succeed({{"total", listing.total},
                  {"count", listing.documents.size()},
                  {"documents", documents},
                  {"years", years},
                  {"kinds", kinds}});
}

json answer_document(const DutyDatabase& db, const json& request) {
  std::string doc_no = string_param(request, "doc_no");
  auto detail = document_detail(db, doc_no);
  if (!detail) return fail("没有文号为 " + doc_no + " 的文件。");
  std::string format = string_param(request, "format");
  if (!format.empty() && format != "json" && format != "html") {
    return fail("\"format\" 只能是 json 或 html。");
  }
  if (format == "html") {  // 打印: the document on A4
    DatasetInfo info = dataset_info(db);
    return succeed(document_print_html(*detail, {info.name, info.data_date, info.sample}));
  }
  json out = summary_json(detail->summary);
  out["paragraphs"] = detail->paragraphs;
  json bodies = json::array();
  for (const auto& b : detail->bodies) {
    json changes = json::array();
    for (const auto& r : b.changes) changes.push_back(change_record_json(r));
    bodies.push_back({{"id", b.body_id},
                      {"name", b.body_name},
                      {"sanding", b.sanding},
                      {"sanding_clauses", b.sanding_clauses},
                      {"compare_from", b.compare_from},
                      {"compare_to", b.compare_to},
                      {"changes", changes}});
  }
  out["bodies"] = bodies;
  return succeed(out);
}

}  // namespace

json answer_documents_query(const DutyDatabase& db, const std::string& query, const json& request) {
  if (query == "documents") return answer_documents(db, request);
  if (query == "document") return answer_document(db, request);
  return fail("未知的查询：" + query);
}

}  // namespace dutyatlas
