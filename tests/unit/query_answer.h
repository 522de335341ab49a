// The automation API's answer to a request (answer_query_json) parsed, for the tests of the JSON
// fronts: it must always be JSON with "ok". Not for checking what the answer holds (each test).
#pragma once

#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/api/query_json.h"

namespace dutyatlas::test {

inline nlohmann::json ask(const DutyDatabase& db, const std::string& request) {
  nlohmann::json answer = nlohmann::json::parse(answer_query_json(db, request));
  INFO(answer.dump());
  REQUIRE(answer.contains("ok"));
  return answer;
}

}  // namespace dutyatlas::test
