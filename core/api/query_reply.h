// What every JSON query front (query_json, compare_json, list_json, document_json) shares: the
// shape of an answer — {"ok": true, "result": …} or {"ok": false, "error": "…"} — and reading a
// request's string parameters.
#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace dutyatlas::query_reply {

nlohmann::json fail(const std::string& message);
nlohmann::json succeed(nlohmann::json result);
// A parameter of the wrong type ({"text": 123}): answer_query_json answers it with
// fail(what()), naming the parameter, rather than as if the parameter were absent.
struct BadParameter : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The parameter's string value; "" when it is absent or null; BadParameter when it is another type.
std::string string_param(const nlohmann::json& request, const char* key);

}  // namespace dutyatlas::query_reply
