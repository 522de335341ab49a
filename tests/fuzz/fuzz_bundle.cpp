// The bundle reader (core/bundle/duty_database.h) on any bytes as a database image — what a
// tampered or truncated publication hands the client once its checksum is forged — then a fixed
// set of queries: an image is refused with a message, or opened and every query answers one JSON
// object, ok or not. Never a crash, a hang (the progress handler ends a runaway statement) or a
// schema the builder does not write (views, triggers: refused at open).
#include <nlohmann/json.hpp>

#include "core/api/query_json.h"
#include "core/bundle/duty_database.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  std::string error;
  auto db = dutyatlas::DutyDatabase::open_image(data, size, &error);
  if (!db) {
    FUZZ_CHECK(!error.empty());
    return 0;
  }
  static const char* const kRequests[] = {
      R"({"query":"info"})",
      R"({"query":"search","text":"生态环境","limit":5})",
      R"({"query":"who","text":"楼下烧烤店油烟太大","top":3})",
      R"({"query":"body","id":"sthjj"})",
      R"({"query":"list","kind":"powers","sort":"code"})",
      R"({"query":"compare","body":"sthjj","from":"2019-01-01","to":"2024-01-01"})",
      R"({"query":"documents"})",
  };
  for (const char* request : kRequests) {
    auto reply = nlohmann::json::parse(dutyatlas::answer_query_json(*db, request), nullptr, false);
    FUZZ_CHECK(!reply.is_discarded() && reply.is_object() && reply.contains("ok"));
  }
  return 0;
}
