// Opening a built publication for `dutyatlas query` (see query_answer.h).
#include "builder/query_answer.h"

#include <iostream>

#include "core/bundle/duty_database.h"
#include "core/api/query_json.h"

namespace dutyatlas::builder {

std::optional<std::string> answer_from_publication(const std::string& dir, const std::string& request) {
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(dir, &manifest, &error);
  if (!db) {
    std::cerr << dir << ": " << error << "\n";
    return std::nullopt;
  }
  return answer_query_json(*db, request);
}

}  // namespace dutyatlas::builder
