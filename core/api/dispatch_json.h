// 派单 / 联合派单: the payload a hotline or duty-desk portal receives when the operator hands a
// complaint to the bodies chosen in 谁来管 (docs/embedding.md, message "dispatch"). Built here,
// in core, so the viewer (web/app.cpp), the CLI (`{"query": "dispatch", …}`) and the unit tests
// give the same JSON. Not the 谁来管 ranking itself (core/search/who.h), nor the message
// envelope or origin checks (site/embed-host.js).
//
//   {"complaint": "…", "joint": true, "data_date": "YYYY-MM-DD",
//    "lead":        {"id", "name", "uscc", "role": "lead", "basis": [BASIS…]},
//    "cooperating": [{"id", "name", "uscc", "role": "cooperate", "basis": [BASIS…]}, …]}
//   BASIS: {"kind", "ref", "title", "text", "role", "doc_no", "doc_title", "item_code"}
//
// A body's basis is the evidence 谁来管 found for it (at most 5 rows, best first); a body the
// operator added by name outside the answer has none. "text" is the snippet without its match
// marks; "role" is a matter's 牵头/配合 ("lead"/"cooperate", else ""); "doc_no"/"doc_title" the
// document that set a duty's wording; "item_code" the 事项编码 of a power-list entry or the
// 编号 of a 职责分工 matter ("" for other kinds).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/search/who.h"

namespace dutyatlas {

struct DispatchChoice {
  std::string complaint;                     // as analysed
  std::string lead_id;                       // 承办单位
  std::vector<std::string> cooperating_ids;  // 协办单位, in the operator's order; may be empty
};

// The payload for `choice`, the basis taken from `candidates` (the answer the operator saw).
// Returns nullopt and sets *error (Chinese, for the portal's operator) when a chosen id names
// no body, the lead is missing, or a body is chosen twice.
std::optional<nlohmann::json> dispatch_json(const DutyDatabase& db,
                                            const std::vector<WhoCandidate>& candidates,
                                            const DispatchChoice& choice, std::string* error);

}  // namespace dutyatlas
