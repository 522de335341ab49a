// {"query": "audit"} (core/api/audit_json.h): the client's 职责体检 answers with the very JSON
// `dutyatlas audit --json` prints; "body" keeps the findings that concern that body; "csv" is
// 导出's file; bad parameters are refused with a message.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "audit/audit_tree.h"
#include "cli_runner.h"
#include "query_answer.h"
#include "core/api/query_json.h"
#include "core/audit/audit_print.h"
#include "core/audit/audit_scope.h"
#include "core/base/csv_writer.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

TEST_CASE("query json: audit is the CLI's --json, byte for byte once parsed") {
  SourceTree tree;
  audit_tree::write(tree, true);
  auto db = audit_tree::load(tree);
  json answer = ask(*db, R"({"query": "audit"})");
  REQUIRE(answer["ok"] == true);
  TempDir scratch;
  CliRun cli = run_cli({"audit", tree.path(), "--json"}, scratch.path());
  INFO(cli.err);
  REQUIRE(cli.code == 0);
  CHECK(answer["result"] == json::parse(cli.out));
  CHECK(answer["result"]["counts"]["overlap"]["findings"] == 3);
}

TEST_CASE("query json: audit of one body keeps only the findings naming it, with their counts") {
  SourceTree tree;
  audit_tree::write(tree, true);
  auto db = audit_tree::load(tree);
  json all = ask(*db, R"({"query": "audit"})")["result"];
  json mine = ask(*db, R"({"query": "audit", "body": "zjj"})")["result"];
  std::size_t expected = 0;
  for (const auto& f : all["findings"]) {
    bool names = false;
    for (const auto& r : f["refs"]) names |= r["body_id"] == "zjj";
    expected += names ? 1 : 0;
  }
  REQUIRE(expected > 0);
  REQUIRE(expected < all["findings"].size());  // the filter leaves something out
  CHECK(mine["findings"].size() == expected);
  int counted = 0;
  for (const auto& [kind, count] : mine["counts"].items()) counted += count["findings"].get<int>();
  CHECK(counted == int(expected));
  for (const auto& f : mine["findings"]) {
    bool names = false;
    for (const auto& r : f["refs"]) names |= r["body_id"] == "zjj";
    CHECK(names);
  }
}

TEST_CASE("query json: audit as CSV is 导出's file; bad parameters are refused") {
  SourceTree tree;
  audit_tree::write(tree, true);
  auto db = audit_tree::load(tree);
  json csv = ask(*db, R"({"query": "audit", "format": "csv"})");
  REQUIRE(csv["ok"] == true);
  std::string text = csv["result"].get<std::string>();
  CHECK(text.rfind(std::string(kCsvByteOrderMark), 0) == 0);
  CHECK(text == audit_to_csv(audit_publication(*db)));
  json unknown = ask(*db, R"({"query": "audit", "body": "nobody"})");
  CHECK(unknown["ok"] == false);
  CHECK(unknown["error"].get<std::string>().find("nobody") != std::string::npos);
  json format = ask(*db, R"({"query": "audit", "format": "pdf"})");
  CHECK(format["ok"] == false);
  CHECK(format["error"].get<std::string>().find("format") != std::string::npos);
}

TEST_CASE("audit scope: a finding concerns each body it references, and only those") {
  AuditFinding f;
  f.refs = {{"a", "甲", "1", "", ""}, {"b", "乙", "2", "", ""}};
  CHECK(finding_concerns(f, "a"));
  CHECK(finding_concerns(f, "b"));
  CHECK_FALSE(finding_concerns(f, "c"));
  AuditReport report;
  report.data_date = "2026-01-01";
  report.findings = {f};
  report.findings.push_back(f);
  report.findings.back().refs = {{"c", "丙", "", "", ""}};
  AuditReport of_c = findings_concerning(report, "c");
  CHECK(of_c.data_date == "2026-01-01");
  REQUIRE(of_c.findings.size() == 1);
  CHECK(of_c.findings[0].refs[0].body_id == "c");
  CHECK(findings_concerning(report, "x").findings.empty());
}
