// The 派单 payload (dispatch_json.h).
#include "core/api/dispatch_json.h"

#include <set>

#include "core/duties/duty_queries.h"
#include "core/search/snippet.h"

namespace dutyatlas {
namespace {

using nlohmann::json;

// The 事项编码 of a power or the 编号 of a matter: both are the row's ref (search_index.h).
std::string item_code(const SearchHit& hit) {
  return hit.kind == "power" || hit.kind == "matter" ? hit.ref : std::string();
}

json basis_json(const std::vector<WhoCandidate>& candidates, const std::string& body_id) {
  json basis = json::array();
  for (const auto& c : candidates) {
    if (c.body_id != body_id) continue;
    for (const auto& e : c.evidence) {
      basis.push_back({{"kind", e.hit.kind}, {"ref", e.hit.ref}, {"title", e.hit.title},
                       {"text", strip_marks(e.hit.snippet)}, {"role", e.role},
                       {"doc_no", e.doc_no}, {"doc_title", e.doc_title},
                       {"item_code", item_code(e.hit)}});
    }
  }
  return basis;
}

}  // namespace

std::optional<json> dispatch_json(const DutyDatabase& db, const std::vector<WhoCandidate>& candidates,
                                  const DispatchChoice& choice, std::string* error) {
  if (choice.lead_id.empty()) {
    *error = "派单须指定承办单位。";
    return std::nullopt;
  }
  std::set<std::string> chosen;
  auto body_entry = [&](const std::string& id, const char* role) -> std::optional<json> {
    if (!chosen.insert(id).second) {
      *error = "机构 " + id + " 被选了两次。";
      return std::nullopt;
    }
    auto body = find_body(db, id);
    if (!body) {
      *error = "没有编号为 " + id + " 的机构。";
      return std::nullopt;
    }
    return json{{"id", body->id}, {"name", body->name}, {"uscc", body->uscc}, {"role", role},
                {"basis", basis_json(candidates, id)}};
  };
  auto lead = body_entry(choice.lead_id, "lead");
  if (!lead) return std::nullopt;
  json cooperating = json::array();
  for (const auto& id : choice.cooperating_ids) {
    auto entry = body_entry(id, "cooperate");
    if (!entry) return std::nullopt;
    cooperating.push_back(std::move(*entry));
  }
  return json{{"complaint", choice.complaint},
              {"joint", !choice.cooperating_ids.empty()},
              {"data_date", dataset_info(db).data_date},
              {"lead", std::move(*lead)},
              {"cooperating", std::move(cooperating)}};
}

}  // namespace dutyatlas
