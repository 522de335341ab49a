// `dutyatlas query DIR --documents … | --document 文号`: the same answers as the automation API
// (--json byte for byte), readable text otherwise, and exit codes that say what went wrong.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/api/query_json.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

TEST_CASE("documents: `query --documents` and `--document` on a built first demo") {
  QueriedPublication published(demo_dir());
  auto query = [&](std::vector<std::string> args) { return published.query(std::move(args)); };

  CliRun listed = query({"--documents", "--body", "sthjj", "--year", "2019", "--json"});
  REQUIRE(listed.code == 0);
  CHECK(listed.out == answer_query_json(*published.db, R"({"query":"documents","body":"sthjj","year":"2019"})") + "\n");
  CliRun one = query({"--document", "示编〔2019〕18号", "--json"});
  REQUIRE(one.code == 0);
  CHECK(one.out == answer_query_json(*published.db, R"({"query":"document","doc_no":"示编〔2019〕18号"})") + "\n");

  CliRun text = query({"--documents", "--kind", "三定规定"});
  REQUIRE(text.code == 0);
  CHECK(has(text.out, "共 5 件（全部 5 件）"));
  CHECK(text.out.find("示编〔2019〕42号") < text.out.find("示编〔2019〕15号"));  // newest first
  CHECK(has(text.out, "年份： 2019 5"));
  CliRun document = query({"--document", "示编〔2019〕18号"});
  REQUIRE(document.code == 0);
  CHECK(has(document.out, "示例区应急管理局职能配置"));
  CHECK(has(document.out, "- 示例区应急管理局 (yjglj)  新旧对照 2019-02-28 → 2019-03-01"));
  CHECK(has(document.out, "三定规定，设定主要职责 19 项"));

  CliRun unknown = query({"--document", "示编〔2099〕1号"});
  CHECK(unknown.code == 1);
  CHECK(has(unknown.err, "示编〔2099〕1号"));
  CliRun bad = query({"--documents", "--year"});
  CHECK(bad.code == 2);
  CHECK(has(bad.err, "usage"));
}
