// `dutyatlas query DIR …`: every form prints through one path (builder/query_answer.h) — --json
// is the automation API's answer and a newline, a CSV result its bytes as they are, an error
// answer its message on stderr with exit code 1, a command line it cannot run the usage with 2.
// The forms' own texts are tested beside them (documents_output_test, lists' list_query_test).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/api/query_json.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

TEST_CASE("query: --search, --who and --compare answer as the automation API does") {
  QueriedPublication published(demo_dir());
  auto api = [&](const json& request) { return answer_query_json(*published.db, request.dump()); };

  // JSON: the API's answer and a newline, for a request and for each form's --json.
  {
    CliRun raw = published.query({R"({"query": "body", "id": "sthjj"})"});
    REQUIRE(raw.code == 0);
    CHECK(raw.out == api({{"query", "body"}, {"id", "sthjj"}}) + "\n");
    CliRun search = published.query({"--search", "环境", "--json"});
    REQUIRE(search.code == 0);
    CHECK(search.out == api({{"query", "search"}, {"text", "环境"}}) + "\n");
    CliRun who = published.query({"--who", "河道里有人倒垃圾", "--json"});
    REQUIRE(who.code == 0);
    CHECK(who.out == api({{"query", "who"}, {"text", "河道里有人倒垃圾"}}) + "\n");
    CliRun compare = published.query({"--compare", "sthjj", "--json"});
    REQUIRE(compare.code == 0);
    CHECK(compare.out == api({{"query", "compare"}, {"body", "sthjj"}}) + "\n");
  }

  // text: one line per result, ranked.
  {
    CliRun search = published.query({"--search", "环境"});
    REQUIRE(search.code == 0);
    CHECK(search.out.rfind("1. [", 0) == 0);
    CHECK(search.err.empty());
    CliRun nothing = published.query({"--search", "qqqzzzxxx"});
    REQUIRE(nothing.code == 0);
    CHECK(nothing.out == "（无结果）\n");
    // Search that forgives says what it did: the suggestion first, then the partial matches.
    CliRun typo = published.query({"--search", "示例区生态环竟局"});
    REQUIRE(typo.code == 0);
    CHECK(typo.out.rfind("您是不是要找：示例区生态环境局\n没有同时包含全部词语的结果，以下为部分匹配\n1. [", 0) == 0);
    CliRun compare = published.query({"--compare", "sthjj"});
    REQUIRE(compare.code == 0);
    CHECK(has(compare.out, "（sthjj）新旧对照："));
  }

  // CSV: the API's result, byte for byte, nothing added.
  {
    json answer = json::parse(api({{"query", "compare"}, {"body", "sthjj"}, {"format", "csv"}}));
    REQUIRE(answer["ok"].get<bool>());
    CliRun csv = published.query({"--compare", "sthjj", "--csv"});
    REQUIRE(csv.code == 0);
    CHECK(csv.out == answer["result"].get<std::string>());
  }

  // an error answer: its message on stderr, exit code 1; --json prints the answer as it is,
  // and fails the exit code too, so a script cannot take {"ok": false} for an answer.
  {
    CliRun unknown = published.query({"--compare", "no-such-body"});
    CHECK(unknown.code == 1);
    CHECK(unknown.out.empty());
    std::string answer = api({{"query", "compare"}, {"body", "no-such-body"}});
    json parsed = json::parse(answer);
    REQUIRE_FALSE(parsed["ok"].get<bool>());
    CHECK(unknown.err == parsed["error"].get<std::string>() + "\n");
    CliRun as_json = published.query({"--compare", "no-such-body", "--json"});
    CHECK(as_json.code == 1);
    CHECK(as_json.out == answer + "\n");
  }

  // --each FILE: a request per line, an answer per line in order, blank lines skipped; an
  // error answer is printed like the others and fails the exit code.
  {
    const json who = {{"query", "who"}, {"text", "楼下烧烤店油烟很大"}};
    const json info = {{"query", "info"}};
    const json unknown = {{"query", "compare"}, {"body", "no-such-body"}};
    const fs::path requests = published.work / "requests.jsonl";
    write_file(requests, who.dump() + "\n\n" + info.dump() + "\r\n");
    CliRun each = published.query({"--each", requests.string()});
    CHECK(each.code == 0);
    CHECK(each.out == api(who) + "\n" + api(info) + "\n");
    write_file(requests, unknown.dump() + "\n" + info.dump() + "\n");
    CliRun failed = published.query({"--each", requests.string()});
    CHECK(failed.code == 1);
    CHECK(failed.out == api(unknown) + "\n" + api(info) + "\n");
    CHECK(published.query({"--each", requests.string(), "--json"}).code == 2);
    CHECK(published.query({"--each", (published.work / "none.jsonl").string()}).code == 1);
  }

  // no publication: exit code 1, the folder named.
  {
    CliRun missing = run_cli({"query", (published.work / "nowhere").string(), "--search", "环境"}, published.work.path());
    CHECK(missing.code == 1);
    CHECK(has(missing.err, "nowhere"));
  }

  // a command line that cannot run: the reason and the form's usage, exit code 2.
  {
    CliRun bare = published.query({});
    CHECK(bare.code == 2);
    CHECK(has(bare.err, "dutyatlas: query takes BUNDLE_DIR and a request\nusage:\n"));
    CliRun compare = published.query({"--compare"});
    CHECK(compare.code == 2);
    CHECK(compare.err ==
          "dutyatlas: --compare needs a value\n"
          "usage: dutyatlas query BUNDLE_DIR --compare BODY [--from DATE] [--to DATE] "
          "[--changes-only] [--json | --csv | --xlsx FILE]\n");
  }
}
