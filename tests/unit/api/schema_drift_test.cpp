// A publication that passes the manifest checks but whose database is not what the builder
// wrote is an error wherever an answer leaves the program, never an empty answer. A schema
// drift (a column dropped) is refused at open, naming the table; a table whose pages are
// corrupt opens, and then query_json answers {"ok": false, "error": …} naming SQLite's message
// and the CLI exits non-zero with a message, while what the corruption does not touch keeps
// answering.
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

std::vector<std::uint8_t> demo_image() {
  builder::Diagnostics diagnostics;
  builder::Source source = read_demo(&diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return builder::write_database_image(source.dataset, source.history).bytes;
}

// The first demo's database with clause_versions unreadable: every body's 三定 clauses read it.
std::vector<std::uint8_t> corrupted_demo_image() { return corrupt_table(demo_image(), "clause_versions"); }

json ask(const DutyDatabase& db, const std::string& request) {
  json answer = json::parse(answer_query_json(db, request), nullptr, false);
  REQUIRE(answer.is_object());
  return answer;
}

}  // namespace

TEST_CASE("schema drift: a database whose schema drifted is refused at open, naming the table") {
  std::vector<std::uint8_t> image = drift_image(demo_image(), "ALTER TABLE clause_versions DROP COLUMN text");
  std::string error;
  CHECK_FALSE(DutyDatabase::open_image(image.data(), image.size(), &error));
  CHECK(has(error, "table clause_versions"));
}

TEST_CASE("schema drift: query_json answers an error naming SQLite's message, not an empty answer") {
  std::vector<std::uint8_t> image = corrupted_demo_image();
  std::string error;
  auto db = DutyDatabase::open_image(image.data(), image.size(), &error);
  REQUIRE_MESSAGE(db, error);

  for (const char* request : {R"({"query": "body", "id": "sthjj"})",
                              R"({"query": "changes"})",
                              R"({"query": "compare", "body": "sthjj"})"}) {
    INFO(request);
    json answer = ask(*db, request);
    CHECK(answer["ok"] == false);
    CHECK_FALSE(answer.contains("result"));
    std::string message = answer.value("error", "");
    INFO(answer.dump());
    CHECK(has(message, "数据库查询失败"));
    CHECK(has(message, "malformed"));
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
  publish_image(corrupted_demo_image(), manifest, bytes_of("not a font, but 12 bytes or more"), {}, (work / "site").string());
  std::string site = (work / "site").string();

  CliRun as_json = run_cli({"query", site, R"({"query": "body", "id": "sthjj"})"}, work.path());
  CHECK(as_json.code == 1);
  json answer = json::parse(as_json.out, nullptr, false);
  REQUIRE(answer.is_object());
  CHECK(answer["ok"] == false);
  CHECK(has(answer.value("error", ""), "malformed"));

  CliRun compare = run_cli({"query", site, "--compare", "sthjj"}, work.path());
  CHECK(compare.code == 1);
  CHECK(has(compare.err, "malformed"));
  CHECK(compare.out.empty());

  CliRun diff = run_cli({"diff", site, site}, work.path());  // core/diff reads clause texts
  CHECK(diff.code == 1);
  CHECK(has(diff.err, "database error"));
  CHECK(has(diff.err, "malformed"));

  // What the drift does not touch still answers, with a zero exit.
  CliRun categories = run_cli({"query", site, R"({"query": "categories"})"}, work.path());
  CHECK(categories.code == 0);
}
