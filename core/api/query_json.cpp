// JSON front of duty_queries.h for the automation API and the CLI (see query_json.h).
#include "core/api/query_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/chinese_numerals.h"
#include "core/base/database_error.h"
#include "core/api/audit_json.h"
#include "core/api/history_json.h"
#include "core/api/documents_json.h"
#include "core/duties/body_print.h"
#include "core/duties/contact_formats.h"
#include "core/duties/contacts.h"
#include "core/duties/duty_queries.h"
#include "core/base/iso_date.h"
#include "core/api/lists_json.h"
#include "core/api/query_reply.h"
#include "core/search/forgiving_search.h"
#include "core/search/search.h"
#include "core/search/who.h"
#include "core/api/dispatch_json.h"
#include "core/api/dispatch_print.h"

namespace dutyatlas {
namespace {

using nlohmann::json;
using query_reply::fail;
using query_reply::string_param;
using query_reply::succeed;

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
          {"host_id", b.host_id},
          {"institution_class", b.institution_class}};
}

// 联系方式, or null: every answer that names a body as the one to turn to carries it.
json contact_json(const std::optional<Contact>& c) {
  if (!c) return nullptr;
  json phones = json::array();
  for (const auto& p : c->phones) {
    phones.push_back({{"label", p.label}, {"number", p.number}, {"tel", phone_tel_uri(p.number)}});
  }
  return {{"phones", phones},       {"address", c->address},
          {"hours", c->hours},      {"website", c->website},
          {"service_hall", c->service_hall}};
}

json document_json(const DocumentSummary& d) {
  return {{"doc_no", d.doc_no}, {"title", d.title}, {"issuer", d.issuer},
          {"kind", d.kind},     {"issued", d.issued}, {"effective", d.effective}};
}

json profile_json(const BodyProfile& p) {
  json clauses = json::array();
  for (const auto& c : p.clauses) {
    clauses.push_back({{"number", c.number}, {"label", clause_label(c.number)}, {"key", c.key},
                       {"text", c.text}, {"since", c.since}, {"source_doc_no", c.source_doc_no}});
  }
  json divisions = json::array();
  for (const auto& d : p.divisions) divisions.push_back({{"name", d.name}, {"duties", d.duties}});
  json leaders = json::array();
  for (const auto& l : p.staffing.leaders) leaders.push_back({{"title", l.title}, {"count", l.count}});
  auto figure = [](int value) { return value < 0 ? json(nullptr) : json(value); };
  json boundaries = json::array();
  for (const auto& b : p.boundaries) boundaries.push_back({{"with", b.with_body_ids}, {"text", b.text}});
  return {{"date", p.date},
          {"sanding", p.sanding ? document_json(*p.sanding) : json(nullptr)},
          {"last_document", p.last_document ? document_json(*p.last_document) : json(nullptr)},
          {"setup", p.setup},
          {"transformation", p.transformation},
          {"divisions", divisions},
          {"staffing", {{"administrative", figure(p.staffing.administrative)},
                        {"career", figure(p.staffing.career)},
                        {"service", figure(p.staffing.service)},
                        {"leaders", leaders}}},
          {"boundaries", boundaries},
          {"clauses", clauses}};
}

json hit_json(const SearchHit& h) {
  return {{"kind", h.kind}, {"ref", h.ref}, {"body_id", h.body_id}, {"body_name", h.body_name},
          {"title", h.title}, {"snippet", h.snippet}, {"score", h.score}};
}

std::vector<std::string> string_list_param(const json& request, const char* key) {
  std::vector<std::string> out;
  auto it = request.find(key);
  if (it == request.end() || !it->is_array()) return out;
  for (const auto& item : *it) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

int int_param(const json& request, const char* key, int fallback, int low, int high) {
  auto it = request.find(key);
  if (it == request.end() || it->is_null()) return fallback;
  if (!it->is_number_integer()) throw query_reply::BadParameter(std::string("参数 \"") + key + "\" 必须是整数。");
  return int(std::clamp<long long>(it->get<long long>(), low, high));
}

json answer(const DutyDatabase& db, const json& request) {
  std::string query = string_param(request, "query");
  if (is_list_query(query)) return answer_list_query(db, request);  // lists, list, list_item
  if (query == "compare" || query == "timeline" || query == "changes") {
    return answer_history_query(db, query, request);
  }
  if (query == "documents" || query == "document") return answer_documents_query(db, query, request);
  if (query == "audit") return answer_audit_query(db, request);
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
    std::map<std::string, Contact> contacts = all_contacts(db);
    for (const auto& b : list_bodies(db, string_param(request, "category"))) {
      auto contact = contacts.find(b.id);
      out.push_back(body_json(b));
      out.back()["contact"] = contact_json(contact == contacts.end() ? std::nullopt
                                                                     : std::optional(contact->second));
    }
    return succeed(out);
  }
  if (query == "body") {
    std::string id = string_param(request, "id");
    auto body = find_body(db, id);
    if (!body) return fail("没有编号为 " + id + " 的机构。");
    std::string date = string_param(request, "date");
    if (!date.empty() && !is_valid_date(date)) {
      return fail("日期 " + date + " 无效：请写成 YYYY-MM-DD，例如 2021-07-01。");
    }
    std::string format = string_param(request, "format");
    if (!format.empty() && format != "json" && format != "html") {
      return fail("\"format\" 只能是 json 或 html。");
    }
    if (format == "html") return succeed(*body_print_html(db, id, date));  // 打印: the 三定 on A4
    json out = body_json(*body);
    out["contact"] = contact_json(find_contact(db, id));
    out["profile"] = profile_json(*body_profile(db, id, date));
    json affiliated = json::array();
    for (const auto& b : affiliated_bodies(db, id)) affiliated.push_back({{"id", b.id}, {"name", b.name}});
    out["affiliated"] = affiliated;
    json documents = json::array();
    for (const auto& d : body_documents(db, id)) documents.push_back(document_json(d));
    out["documents"] = documents;
    return succeed(out);
  }
  if (query == "search") {
    SearchOptions options;
    options.kinds = string_list_param(request, "kinds");
    options.category = string_param(request, "category");
    options.limit = int_param(request, "limit", 50, 1, 500);
    SearchAnswer found = forgiving_search(db, string_param(request, "text"), options);
    json hits = json::array();
    for (const auto& hit : found.hits) {
      hits.push_back(hit_json(hit));
      // A body found by name: how to reach it, as the results page shows it.
      if (hit.kind == "body") hits.back()["contact"] = contact_json(find_contact(db, hit.body_id));
    }
    return succeed({{"hits", hits}, {"partial", found.partial}, {"strict_hits", found.strict_hits},
                    {"terms", found.terms}, {"suggestion", found.suggestion}});
  }
  if (query == "who") {
    json out = json::array();
    WhoAnswer answer = who_answer(db, string_param(request, "text"), int_param(request, "top", 5, 1, 20));
    for (const auto& c : answer.candidates) {
      json evidence = json::array();
      for (const auto& e : c.evidence) {
        json item = hit_json(e.hit);
        item["role"] = e.role;
        item["doc_no"] = e.doc_no;
        item["doc_title"] = e.doc_title;
        evidence.push_back(item);
      }
      out.push_back({{"body_id", c.body_id}, {"name", c.name}, {"score", c.score},
                     {"role", c.role}, {"group", c.group},
                     {"contact", contact_json(find_contact(db, c.body_id))}, {"evidence", evidence}});
    }
    // Beside `result`, which stays the list of candidates it always was.
    json reply = succeed(out);
    const WhoConfidence& judged = answer.confidence;
    reply["confidence"] = {{"value", judged.value}, {"sure", judged.sure}, {"matched", judged.matched},
                           {"best_row_weight", judged.best_row_weight},
                           {"keyword_weight", judged.keyword_weight},
                           {"terms_in_one_row", judged.terms_in_one_row}};
    return reply;
  }
  if (query == "dispatch") {
    DispatchChoice choice{string_param(request, "text"), string_param(request, "lead"),
                          string_list_param(request, "cooperating")};
    auto candidates = who_handles(db, choice.complaint, int_param(request, "top", 5, 1, 20));
    std::string error;
    auto payload = dispatch_json(db, candidates, choice, &error);
    if (!payload) return fail(error);
    std::string format = string_param(request, "format");
    if (!format.empty() && format != "json" && format != "html") {
      return fail("\"format\" 只能是 json 或 html。");
    }
    if (format == "html") {  // 打印派单单
      DatasetInfo info = dataset_info(db);
      return succeed(dispatch_print_html(*payload, {info.name, info.data_date, info.sample}));
    }
    return succeed(*payload);
  }
  return fail("未知的查询：" + query +
              "（可用：info, categories, bodies, body, search, who, dispatch, compare, timeline, changes, "
              "lists, list, list_item, documents, document, audit）");
}

}  // namespace

std::string answer_query_json(const DutyDatabase& db, std::string_view request_json) {
  json request = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  if (request.is_discarded() || !request.is_object()) {
    return fail("查询必须是 JSON 对象，例如 {\"query\": \"categories\"}。").dump();
  }
  json reply;
  try {
    reply = answer(db, request);
  } catch (const query_reply::BadParameter& e) {
    reply = fail(e.what());
  } catch (const SearchUnavailable& e) {
    // The client's first seconds: the index is being built after the first frame. A caller
    // waits for dutyatlas.searchReady (docs/automation-api.md) and asks again.
    reply = fail(e.what());
    if (!db.search_ready() && std::string(e.what()) == kSearchPreparing) reply["not_ready"] = true;
  } catch (const DatabaseError& e) {
    // The data cannot answer (an SQL error, a schema that drifted): say so, never answer empty.
    reply = fail(std::string("数据库查询失败：") + e.what());
  }
  // Invalid UTF-8 from the caller is replaced rather than thrown on.
  return reply.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dutyatlas
