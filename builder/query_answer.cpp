// Opening a built publication for `dutyatlas query` and printing its answers (see query_answer.h).
#include "builder/query_answer.h"

#include <iostream>

#include "core/bundle/duty_database.h"
#include "core/api/query_json.h"

namespace dutyatlas::builder {

namespace {

// The publication in `dir`, or null with the reason on stderr.
std::unique_ptr<DutyDatabase> open_publication(const std::string& dir) {
  Manifest manifest;
  std::string error;
  auto db = open_bundle_dir(dir, &manifest, &error);
  if (!db) std::cerr << dir << ": " << error << "\n";
  return db;
}

}  // namespace

std::optional<std::string> answer_from_publication(const std::string& dir, const std::string& request) {
  auto db = open_publication(dir);
  if (!db) return std::nullopt;
  return answer_query_json(*db, request);
}

int print_each_answer(const std::string& dir, std::istream& requests) {
  auto db = open_publication(dir);
  if (!db) return 1;
  int code = 0;
  std::string line;
  while (std::getline(requests, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string answer = answer_query_json(*db, line);
    const nlohmann::json parsed = nlohmann::json::parse(answer, nullptr, false);
    if (!parsed.is_object() || !parsed.value("ok", false)) code = 1;
    std::cout << answer << "\n";
  }
  return code;
}

int print_answer(const std::string& dir, const std::string& request, bool as_json,
                 const std::function<void(const nlohmann::json& result)>& print_text) {
  using nlohmann::json;
  std::optional<std::string> answer = answer_from_publication(dir, request);
  if (!answer) return 1;
  json parsed = json::parse(*answer, nullptr, false);
  if (as_json) {
    // The API's answer as it is; a refusal or a database failure also fails the exit code, as
    // in the readable forms, so a script cannot take {"ok": false} for an answer.
    std::cout << *answer << "\n";
    return parsed.is_object() && parsed.value("ok", false) ? 0 : 1;
  }
  if (parsed.is_discarded() || !parsed.value("ok", false)) {
    // An answer that is not the API's {ok, error} (it always is) is shown as it came.
    bool has_error = parsed.is_object() && parsed.contains("error") && parsed["error"].is_string();
    std::cerr << (has_error ? parsed["error"].get<std::string>() : *answer) << "\n";
    return 1;
  }
  const json& result = parsed["result"];
  if (result.is_string()) {
    const std::string& bytes = result.get_ref<const std::string&>();
    std::cout.write(bytes.data(), std::streamsize(bytes.size()));
    std::cout.flush();
    return 0;
  }
  print_text(result);
  return 0;
}

}  // namespace dutyatlas::builder
