// A schema drift — a publication whose database lacks a column the queries read, yet passes
// the manifest checks — is an error wherever an answer leaves the program: query_json answers
// {"ok": false, "error": …} naming SQLite's message, the CLI exits non-zero with a message. It
// is never an empty answer. What the drift does not touch keeps answering.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "builder/bundle_writer.h"
#include "cli_runner.h"
#include "core/api/query_json.h"
#include "core/bundle/bundle_schema.h"
#include "schema_drift.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

// The first demo's database without clause_versions.text: every body's 三定 clauses read it.
constexpr const char* kDrift = "ALTER TABLE clause_versions DROP COLUMN text";

std::vector<std::uint8_t> drifted_demo_image() {
  builder::Diagnostics diagnostics;
  builder::Source source = read_demo(&diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  builder::DatabaseImage image = builder::write_database_image(source.dataset, source.history);
  return drift_image(image.bytes, kDrift);
}

json ask(const DutyDatabase& db, const std::string& request) {
  json answer = json::parse(answer_query_json(db, request), nullptr, false);
  REQUIRE(answer.is_object());
  return answer;
}

}  // namespace

TEST_CASE("schema drift: query_json answers an error naming SQLite's message, not an empty answer") {
  std::vector<std::uint8_t> image = drifted_demo_image();
  std::string error;
  auto db = DutyDatabase::open_image(image.data(), image.size(), &error);
  REQUIRE_MESSAGE(db, error);

  for (const char* request : {R"({"query": "body", "id": "qwb"})",
                              R"({"query": "changes"})",
                              R"({"query": "compare", "body": "qwb"})"}) {
    INFO(request);
    json answer = ask(*db, request);
    CHECK(answer["ok"] == false);
    CHECK_FALSE(answer.contains("result"));
    std::string message = answer.value("error", "");
    CHECK(has(message, "数据库查询失败"));
    CHECK(has(message, "no such column"));
  }
  // The rest of the data still answers.
  json categories = ask(*db, R"({"query": "categories"})");
  CHECK(categories["ok"] == true);
  CHECK_FALSE(categories["result"].empty());
}

TEST_CASE("schema drift: the CLI says so and exits non-zero") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  TempDir work;
  Manifest manifest;
  manifest.schema_version = kBundleSchemaVersion;
  manifest.dataset = "示例区";
  manifest.title = "漂移";
  publish_image(drifted_demo_image(), manifest, bytes_of("font"), {}, (work / "site").string());
  std::string site = (work / "site").string();

  CliRun as_json = run_cli({"query", site, R"({"query": "body", "id": "qwb"})"}, work.path());
  CHECK(as_json.code == 1);
  json answer = json::parse(as_json.out, nullptr, false);
  REQUIRE(answer.is_object());
  CHECK(answer["ok"] == false);
  CHECK(has(answer.value("error", ""), "no such column"));

  CliRun compare = run_cli({"query", site, "--compare", "qwb"}, work.path());
  CHECK(compare.code == 1);
  CHECK(has(compare.err, "no such column"));
  CHECK(compare.out.empty());

  CliRun diff = run_cli({"diff", site, site}, work.path());  // core/diff reads clause texts
  CHECK(diff.code == 1);
  CHECK(has(diff.err, "database error"));
  CHECK(has(diff.err, "no such column"));

  // What the drift does not touch still answers, with a zero exit.
  CliRun categories = run_cli({"query", site, R"({"query": "categories"})"}, work.path());
  CHECK(categories.code == 0);
}
