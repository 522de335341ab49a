// `dutyatlas query DIR --list …` (the CLI form of the list queries): its CSV and HTML are the
// API's byte for byte; --json, the list of lists, a table, an item; bad arguments' exit codes.
#include <doctest/doctest.h>

#include "cli_runner.h"
#include "lists/lists_fixture.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::lists;

TEST_CASE("lists: `query --list` writes the API's CSV byte for byte") {
  REQUIRE(fs::exists(DUTYATLAS_CLI));
  SourceTree tree;
  write_awkward_lists(tree);
  TempDir work;
  fs::path out = work / "out";
  auto db = build_publication(tree.path(), out);

  struct Case {
    std::vector<std::string> args;
    json request;
  };
  std::vector<Case> cases = {
      {{"--list", "powers", "--csv"}, {{"query", "list"}, {"kind", "powers"}, {"format", "csv"}}},
      {{"--list", "powers", "--filter", "type=行政处罚", "--filter", "type=行政许可", "--filter", "body=sthjj",
        "--sort", "name:desc", "--columns", "code,name,basis,extra:备注", "--csv"},
       {{"query", "list"}, {"kind", "powers"}, {"format", "csv"},
        {"filters", {{"type", json::array({"行政处罚", "行政许可"})}, {"body", json::array({"sthjj"})}}},
        {"sort", "name"}, {"desc", true}, {"columns", json::array({"code", "name", "basis", "extra:备注"})}}},
      {{"--list", "powers", "--text", "油烟", "--csv"},
       {{"query", "list"}, {"kind", "powers"}, {"format", "csv"}, {"text", "油烟"}}},
      {{"--list", "tasks:safety", "--sort", "number:desc", "--csv"},
       {{"query", "list"}, {"kind", "tasks:safety"}, {"format", "csv"}, {"sort", "number"}, {"desc", true}}},
      {{"--list", "division", "--filter", "lead=kfq", "--html"},
       {{"query", "list"}, {"kind", "division"}, {"format", "html"}, {"filters", {{"lead", json::array({"kfq"})}}}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.request.dump());
    std::vector<std::string> args = {"query", out.string()};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CliRun cli = run_cli(args, work.path());
    INFO(cli.err);
    REQUIRE(cli.code == 0);
    json api = ok_result(*db, c.request);
    REQUIRE(api.is_string());
    CHECK(cli.out == api.get<std::string>());
  }
  // The CSV of the second case holds only the chosen rows.
  CliRun filtered = run_cli({"query", out.string(), "--list", "powers", "--filter", "type=行政处罚", "--csv"}, work.path());
  auto records = parse_rfc4180(std::string_view(filtered.out).substr(3));
  CHECK(records.size() == 1 + 3);

  // --json is the API's answer; a bad column is an error on stderr with exit code 1.
  CliRun as_json = run_cli({"query", out.string(), "--list", "division", "--json", "--limit", "1"}, work.path());
  REQUIRE(as_json.code == 0);
  json parsed = json::parse(as_json.out);
  CHECK(parsed["result"]["rows"].size() == 1);
  CHECK(parsed == ask(*db, {{"query", "list"}, {"kind", "division"}, {"limit", 1}}));
  CliRun bad = run_cli({"query", out.string(), "--list", "powers", "--sort", "nope"}, work.path());
  CHECK(bad.code == 1);
  CHECK(has(bad.err, "nope"));
  CliRun usage = run_cli({"query", out.string(), "--list", "powers", "--filter", "novalue"}, work.path());
  CHECK(usage.code == 2);
  CliRun lists = run_cli({"query", out.string(), "--list"}, work.path());
  CHECK(lists.code == 0);
  CHECK(has(lists.out, "tasks:safety\t安全生产职责任务清单\t4"));
  CliRun table = run_cli({"query", out.string(), "--list", "powers", "--filter", "category=devzone"}, work.path());
  CHECK(table.code == 0);
  CHECK(has(table.out, "权力清单：机构类别：产业发展机构，共 3 项"));
  CliRun item = run_cli({"query", out.string(), "--list", "powers", "--item", "XK-001"}, work.path());
  CHECK(item.code == 0);
  CHECK(has(item.out, "排污许可（重点管理）"));
  CHECK(has(item.out, "受理"));
}
