// JSON front of list_query.h and list_export.h for the automation API (see lists_json.h). Reads
// requests without exceptions (wasm has none): every value's type is checked before use.
#include "core/api/lists_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/duties/duty_queries.h"
#include "core/lists/list_export.h"
#include "core/lists/list_query.h"
#include "core/api/query_reply.h"

namespace dutyatlas {
namespace {

using nlohmann::json;
using query_reply::fail;
using query_reply::string_param;
using query_reply::succeed;

constexpr long long kMaxLimit = 1000000;

// A string or an array of strings; false if it is something else.
bool strings_of(const json& value, std::vector<std::string>* out) {
  if (value.is_string()) {
    out->push_back(value.get<std::string>());
    return true;
  }
  if (!value.is_array()) return false;
  for (const auto& item : value) {
    if (!item.is_string()) return false;
    out->push_back(item.get<std::string>());
  }
  return true;
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

// The request's ListQuery; false with *error on a parameter of the wrong type.
bool parse_list_query(const json& request, ListQuery* q, std::string* error) {
  q->kind = string_param(request, "kind");
  if (q->kind.empty()) {
    *error = "请用 \"kind\" 指明清单，例如 \"powers\"（可用的清单见 {\"query\": \"lists\"}）。";
    return false;
  }
  auto filters = request.find("filters");
  if (filters != request.end() && !filters->is_null()) {
    if (!filters->is_object()) {
      *error = "\"filters\" 必须是对象，例如 {\"type\": [\"行政处罚\"]}。";
      return false;
    }
    for (auto it = filters->begin(); it != filters->end(); ++it) {
      std::vector<std::string> values;
      if (!strings_of(it.value(), &values)) {
        *error = "筛选“" + it.key() + "”的值必须是字符串或字符串数组。";
        return false;
      }
      q->filters[it.key()] = std::move(values);
    }
  }
  q->text = string_param(request, "text");
  q->sort = string_param(request, "sort");
  auto desc = request.find("desc");
  q->descending = desc != request.end() && desc->is_boolean() && desc->get<bool>();
  auto integer = [&](const char* key, long long fallback, long long high) {
    auto it = request.find(key);
    if (it == request.end() || !it->is_number_integer()) return fallback;
    return std::clamp<long long>(it->get<long long>(), 0, high);
  };
  q->offset = std::size_t(integer("offset", 0, kMaxLimit * 100));
  q->limit = std::size_t(integer("limit", 100, kMaxLimit));
  auto columns = request.find("columns");
  if (columns != request.end() && !columns->is_null()) {
    if (columns->is_string()) {
      q->columns = split_commas(columns->get<std::string>());
    } else if (!strings_of(*columns, &q->columns)) {
      *error = "\"columns\" 必须是列编号的数组，例如 [\"code\", \"name\"]。";
      return false;
    }
  }
  return true;
}

json columns_json(const std::vector<ListColumn>& columns, bool full) {
  json out = json::array();
  for (const auto& c : columns) {
    json item = {{"id", c.id}, {"label", c.label}, {"numeric", c.numeric}};
    if (full) {
      item["facet"] = c.facet;
      item["default"] = c.in_default;
    }
    out.push_back(std::move(item));
  }
  return out;
}

json rows_json(const std::vector<ListRow>& rows) {
  json out = json::array();
  for (const auto& r : rows) out.push_back({{"key", r.key}, {"cells", r.cells}});
  return out;
}

json result_json(const ListResult& r, std::size_t limit) {
  json facets = json::object();
  json facet_columns = json::array();
  for (const auto& f : r.facets) {
    json values = json::array();
    for (const auto& v : f.values) {
      values.push_back({{"value", v.value}, {"label", v.label}, {"count", v.count},
                        {"selected", v.selected}});
    }
    facets[f.column] = std::move(values);
    facet_columns.push_back({{"id", f.column}, {"label", f.label}});
  }
  json filters = json::array();
  for (const auto& f : r.filters) {
    json values = json::array();
    for (const auto& v : f.values) {
      values.push_back({{"value", v.value}, {"label", v.label}, {"count", v.count}});
    }
    filters.push_back({{"column", f.column}, {"label", f.label}, {"values", std::move(values)}});
  }
  return {{"kind", r.kind},
          {"name", r.name},
          {"total", r.total},
          {"offset", r.offset},
          {"limit", limit},
          {"text", r.text},
          {"sort", r.sort},
          {"desc", r.descending},
          {"description", describe_list_view(r)},
          {"columns", columns_json(r.columns, false)},
          {"all_columns", columns_json(r.all_columns, true)},
          {"rows", rows_json(r.rows)},
          {"facet_columns", std::move(facet_columns)},
          {"facets", std::move(facets)},
          {"filters", std::move(filters)}};
}

json item_json(const ListItem& item) {
  json fields = json::array();
  for (const auto& f : item.fields) fields.push_back({{"id", f.id}, {"label", f.label}, {"value", f.value}});
  json bodies = json::array();
  for (const auto& b : item.bodies) bodies.push_back({{"id", b.id}, {"name", b.name}, {"role", b.role}});
  json responsibilities = json::array();
  for (const auto& r : item.responsibilities) {
    responsibilities.push_back({{"key", r.key}, {"seq", r.seq}, {"stage", r.stage},
                                {"duty", r.duty}, {"accountability", r.accountability},
                                {"body_id", r.body_id}, {"body_name", r.body_name}});
  }
  return {{"kind", item.kind},
          {"key", item.key},
          {"title", item.title},
          {"fields", std::move(fields)},
          {"basis", item.basis},
          {"body", item.body.id.empty() ? json(nullptr)
                                        : json{{"id", item.body.id}, {"name", item.body.name}}},
          {"bodies", std::move(bodies)},
          {"responsibilities", std::move(responsibilities)},
          {"stage_columns", columns_json(item.stage_columns, false)},
          {"stages", rows_json(item.stages)}};
}

}  // namespace

bool is_list_query(std::string_view query) {
  return query == "lists" || query == "list" || query == "list_item";
}

json answer_list_query(const DutyDatabase& db, const json& request) {
  std::string query = string_param(request, "query");
  if (query == "lists") {
    json out = json::array();
    for (const auto& k : list_kinds(db)) {
      out.push_back({{"kind", k.kind}, {"name", k.name}, {"count", k.count}});
    }
    return succeed(out);
  }
  std::string error;
  if (query == "list_item") {
    std::string kind = string_param(request, "kind");
    std::string key = string_param(request, "key");
    if (kind.empty() || key.empty()) return fail("list_item 需要 \"kind\" 和 \"key\"。");
    ListItem item;
    if (!list_item(db, kind, key, &item, &error)) return fail(error);
    return succeed(item_json(item));
  }
  if (query != "list") return fail("未知的清单查询：" + query + "（可用：lists, list, list_item）");

  ListQuery q;
  if (!parse_list_query(request, &q, &error)) return fail(error);
  std::string format = string_param(request, "format");
  if (format.empty()) format = "json";
  if (format != "json" && format != "csv" && format != "html") {
    return fail("\"format\" 只能是 json、csv 或 html。");
  }
  if (format != "json") {  // an export is the whole view
    q.offset = 0;
    q.limit = kListNoLimit;
  }
  ListResult result;
  if (!run_list_query(db, q, &result, &error)) return fail(error);
  if (format == "csv") return succeed(list_csv(result));
  if (format == "html") {
    DatasetInfo info = dataset_info(db);
    return succeed(list_print_html(result, {info.name, info.data_date, info.sample}));
  }
  return succeed(result_json(result, q.limit));
}

}  // namespace dutyatlas
