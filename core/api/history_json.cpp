// JSON front of duty_compare.h and history_queries.h (see history_json.h).
#include "core/api/history_json.h"

#include "core/base/chinese_numerals.h"
#include "core/duties/duty_queries.h"
#include "core/base/iso_date.h"
#include "core/base/text.h"
#include "core/api/query_reply.h"

namespace dutyatlas {
namespace {

using nlohmann::json;
using query_reply::fail;
using query_reply::string_param;
using query_reply::succeed;

bool bool_param(const json& request, const char* key) {
  auto it = request.find(key);
  return it != request.end() && it->is_boolean() && it->get<bool>();
}

json document_json(const DocumentSummary& d) {
  return {{"doc_no", d.doc_no}, {"title", d.title}, {"issuer", d.issuer},
          {"kind", d.kind},     {"issued", d.issued}, {"effective", d.effective}};
}

json optional_document(const std::optional<DocumentSummary>& d) {
  return d ? document_json(*d) : json(nullptr);
}

json clause_json(const std::optional<ComparedClause>& c) {
  if (!c) return nullptr;
  return {{"number", c->number}, {"label", clause_label(c->number)}, {"key", c->key},
          {"text", c->text}};
}

json body_ref(const std::string& id, const std::string& name) {
  if (id.empty()) return nullptr;
  return {{"id", id}, {"name", name.empty() ? id : name}};
}

// "from" / "to" parameters: empty or a valid date; *error set otherwise.
bool date_params(const json& request, std::string* from, std::string* to, std::string* error) {
  *from = string_param(request, "from");
  *to = string_param(request, "to");
  for (const std::string* d : {from, to}) {
    if (!d->empty() && !is_valid_date(*d)) {
      *error = "日期 " + *d + " 无效：请写成 YYYY-MM-DD，例如 2021-07-01。";
      return false;
    }
  }
  if (!from->empty() && !to->empty() && *from > *to) {
    *error = "起始日期 " + *from + " 晚于截止日期 " + *to + "。";
    return false;
  }
  return true;
}

json answer_compare(const DutyDatabase& db, const json& request) {
  std::string id = string_param(request, "body");
  if (id.empty()) id = string_param(request, "id");
  if (id.empty()) return fail("新旧对照需要 body：机构编号，例如 {\"query\": \"compare\", \"body\": \"slj\"}。");
  std::string from, to, error;
  if (!date_params(request, &from, &to, &error)) return fail(error);
  std::string format = string_param(request, "format");
  if (!format.empty() && format != "json" && format != "csv") {
    return fail("未知的格式：" + format + "（可用：json, csv）");
  }
  auto comparison = compare_duties(db, id, from, to);
  if (!comparison) return fail("没有编号为 " + id + " 的机构。");
  if (bool_param(request, "changes_only")) drop_unchanged(&*comparison);
  if (format == "csv") return succeed(comparison_csv(*comparison));
  return succeed(comparison_json(*comparison));
}

json answer_timeline(const DutyDatabase& db, const json& request) {
  std::string id = string_param(request, "body");
  if (id.empty()) id = string_param(request, "id");
  if (id.empty()) return fail("历史沿革需要 body：机构编号，例如 {\"query\": \"timeline\", \"body\": \"slj\"}。");
  auto timeline = body_timeline(db, id);
  if (!timeline) return fail("没有编号为 " + id + " 的机构。");
  return succeed(timeline_json(*timeline));
}

json answer_changes(const DutyDatabase& db, const json& request) {
  std::string from, to, error;
  if (!date_params(request, &from, &to, &error)) return fail(error);
  std::string body = string_param(request, "body");
  if (!body.empty() && !find_body(db, body)) return fail("没有编号为 " + body + " 的机构。");
  std::string kind_text = string_param(request, "kind");
  std::optional<ChangeKind> kind;
  if (!kind_text.empty()) {
    ChangeKind parsed;
    if (!parse_change_kind(kind_text, &parsed)) {
      std::vector<std::string> known;  // "sanding 三定", "added 新增", …
      for (ChangeKind k : kChangeKinds) {
        known.push_back(std::string(change_kind_code(k)) + " " + std::string(change_kind_label(k)));
      }
      return fail("未知的变化类型：" + kind_text + "（可用：" + join(known, ", ") + "）");
    }
    kind = parsed;
  }
  json rows = json::array();
  json summary = json::object();
  for (ChangeKind k : kChangeKinds) summary[std::string(change_kind_code(k))] = 0;
  for (const auto& r : district_changes(db, from, to, body, kind)) {
    std::string code(change_kind_code(r.kind));
    summary[code] = summary[code].get<int>() + 1;
    rows.push_back(change_record_json(r));
  }
  return succeed({{"from", from}, {"to", to}, {"body", body},
                  {"kind", kind ? change_kind_code(*kind) : std::string_view()},
                  {"summary", summary}, {"rows", rows}});
}

}  // namespace

json diff_spans_json(const std::vector<DiffSpan>& spans) {
  json out = json::array();
  for (const auto& s : spans) out.push_back({{"kind", diff_kind_code(s.kind)}, {"text", s.text}});
  return out;
}

namespace {

// 疑似划转 (suspected_transfer.h): the other body, its clause, the similarity and shared terms.
json suspected_transfer_json(const std::optional<SuspectedTransfer>& t) {
  if (!t) return nullptr;
  return {{"body", body_ref(t->body_id, t->body_name)},
          {"clause", clause_json(t->clause)},
          {"similarity", t->similarity},
          {"shared_terms", t->shared_terms}};
}

}  // namespace

json comparison_json(const DutyComparison& c) {
  const ComparisonSummary& s = c.summary;
  json rows = json::array();
  for (const auto& r : c.rows) {
    rows.push_back({{"kind", compare_kind_code(r.kind)},
                    {"label", compare_kind_label(r.kind)},
                    {"old", clause_json(r.old_clause)},
                    {"new", clause_json(r.new_clause)},
                    {"spans", diff_spans_json(r.spans)},
                    {"similarity", r.similarity},
                    {"document", optional_document(r.document)},
                    {"other_body", body_ref(r.other_body_id, r.other_body_name)},
                    {"group", r.group ? json(r.group) : json(nullptr)},
                    {"matched_by", matched_by_code(r.matched_by)},
                    {"shared_terms", r.shared_terms},
                    {"suspected_transfer", suspected_transfer_json(r.suspected_transfer)}});
  }
  return {{"body", body_ref(c.body_id, c.body_name)},
          {"from", c.from_date},
          {"to", c.to_date},
          {"from_sanding", optional_document(c.from_sanding)},
          {"to_sanding", optional_document(c.to_sanding)},
          {"old_count", c.old_count},
          {"new_count", c.new_count},
          {"summary", {{"unchanged", s.unchanged}, {"added", s.added}, {"removed", s.removed},
                       {"reworded", s.reworded}, {"transferred_in", s.transferred_in},
                       {"transferred_out", s.transferred_out}, {"split", s.split},
                       {"merged", s.merged}}},
          {"rows", rows}};
}

json change_record_json(const DutyChangeRecord& r) {
  return {{"date", r.date},
          {"document", document_json(r.document)},
          {"kind", change_kind_code(r.kind)},
          {"label", change_kind_label(r.kind)},
          {"body", body_ref(r.body_id, r.body_name)},
          {"key", r.key},
          {"text", r.text},
          {"old_text", r.old_text},
          {"spans", diff_spans_json(r.spans)},
          {"other_body", body_ref(r.other_body_id, r.other_body_name)},
          {"other_key", r.other_key},
          {"clause_count", r.clause_count}};
}

json timeline_json(const BodyTimeline& t) {
  json entries = json::array();
  for (const auto& e : t.entries) {
    const TimelineCounts& c = e.counts;
    json changes = json::array();
    for (const auto& r : e.changes) changes.push_back(change_record_json(r));
    entries.push_back({{"document", document_json(e.document)},
                       {"sanding", e.sanding},
                       {"counts", {{"established", c.established}, {"superseded", c.superseded},
                                   {"added", c.added}, {"removed", c.removed},
                                   {"reworded", c.reworded}, {"transferred_in", c.transferred_in},
                                   {"transferred_out", c.transferred_out}}},
                       {"clauses_after", e.clauses_after},
                       {"changes", changes}});
  }
  return {{"body", body_ref(t.body_id, t.body_name)}, {"entries", entries}};
}

json answer_history_query(const DutyDatabase& db, const std::string& query, const json& request) {
  if (query == "compare") return answer_compare(db, request);
  if (query == "timeline") return answer_timeline(db, request);
  if (query == "changes") return answer_changes(db, request);
  return fail("未知的查询：" + query);
}

}  // namespace dutyatlas
