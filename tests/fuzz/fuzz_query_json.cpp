// The JSON query front (core/api/query_json.h) on the first demo district's database, any
// request: never crashes, always answers one JSON object {ok, result | error}. The same front
// answers the automation API, the portal protocol and `dutyatlas query`.
#include <nlohmann/json.hpp>

#include "core/api/query_json.h"
#include "fuzz_support.h"
#include "test_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size > 8000) return 0;  // the client's and the CLI's request ceiling
  static const dutyatlas::DutyDatabase& db = dutyatlas::test::demo_database();
  std::string answer = dutyatlas::answer_query_json(db, fuzz_text(data, size));
  auto reply = nlohmann::json::parse(answer, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!reply.is_discarded() && reply.is_object() && reply.contains("ok"));
  FUZZ_CHECK(reply["ok"] == true ? reply.contains("result") : reply.contains("error"));
  return 0;
}
