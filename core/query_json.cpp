// JSON front of duty_queries.h for the automation API and the CLI (see query_json.h).
#include "query_json.h"

#include <nlohmann/json.hpp>

#include "chinese_numerals.h"
#include "duty_queries.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

json body_json(const Body& b) {
  const BodyCategory* category = find_body_category(b.category);
  return {{"id", b.id},
          {"name", b.name},
          {"short_name", b.short_name},
          {"category", b.category},
          {"category_name", category ? std::string(category->name) : std::string()},
          {"rank", b.rank},
          {"parent_id", b.parent_id},
          {"uscc", b.uscc},
          {"division_code", b.division_code},
          {"host_id", b.host_id}};
}

json duties_json(const BodyDuties& d) {
  json clauses = json::array();
  for (const auto& clause : d.clauses) {
    clauses.push_back(
        {{"number", clause.number}, {"label", clause_label(clause.number)}, {"text", clause.text}});
  }
  return {{"source",
           {{"doc_no", d.source.doc_no}, {"title", d.source.title},
            {"effective", d.source.effective}}},
          {"setup", d.setup},
          {"clauses", clauses}};
}

json fail(const std::string& message) { return {{"ok", false}, {"error", message}}; }
json succeed(json result) { return {{"ok", true}, {"result", std::move(result)}}; }

std::string string_param(const json& request, const char* key) {
  auto it = request.find(key);
  return it != request.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json answer(const DutyDatabase& db, const json& request) {
  std::string query = string_param(request, "query");
  if (query == "info") {
    DatasetInfo info = dataset_info(db);
    return succeed({{"name", info.name}, {"title", info.title}, {"data_date", info.data_date},
                    {"division_code", info.division_code}, {"sample", info.sample}});
  }
  if (query == "categories") {
    json out = json::array();
    for (const auto& c : category_summaries(db)) {
      out.push_back({{"code", c.code}, {"name", c.name}, {"body_count", c.body_count}});
    }
    return succeed(out);
  }
  if (query == "bodies") {
    json out = json::array();
    for (const auto& b : list_bodies(db, string_param(request, "category"))) {
      out.push_back(body_json(b));
    }
    return succeed(out);
  }
  if (query == "body") {
    std::string id = string_param(request, "id");
    auto body = find_body(db, id);
    if (!body) return fail("没有编号为 " + id + " 的机构。");
    json out = body_json(*body);
    auto duties = find_body_duties(db, id);
    out["duties"] = duties ? duties_json(*duties) : json(nullptr);
    return succeed(out);
  }
  return fail("未知的查询：" + query + "（可用：info, categories, bodies, body）");
}

}  // namespace

std::string answer_query_json(const DutyDatabase& db, std::string_view request_json) {
  json request = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  if (request.is_discarded() || !request.is_object()) {
    return fail("查询必须是 JSON 对象，例如 {\"query\": \"categories\"}。").dump();
  }
  // Invalid UTF-8 from the caller is replaced rather than thrown on (no exceptions in wasm).
  return answer(db, request).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dutyatlas
