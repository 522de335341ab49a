// What every JSON query front (query_json, compare_json, list_json, document_json) shares: the
// shape of an answer — {"ok": true, "result": …} or {"ok": false, "error": "…"} — and reading a
// request's string parameters.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace dutyatlas::query_reply {

nlohmann::json fail(const std::string& message);
nlohmann::json succeed(nlohmann::json result);
// The parameter's string value; "" when it is absent or not a string.
std::string string_param(const nlohmann::json& request, const char* key);

}  // namespace dutyatlas::query_reply
