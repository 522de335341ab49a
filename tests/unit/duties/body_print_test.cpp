// A body's 三定 printed (core/duties/body_print.h), on the tree of adjusted_tree.h: the document
// holds the body's name, every clause in force numbered as the page numbers them, the 三定's
// other sections, the data date and the 文号 of the 三定 and of the adjustment its clauses come
// from; an earlier date prints the 三定 as written; a body without 三定 says so; the query API
// and the CLI return the same bytes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "adjusted_tree.h"
#include "cli_runner.h"
#include "core/api/query_json.h"
#include "core/duties/body_print.h"
#include "core/duties/duty_queries.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using namespace dutyatlas::test::adjusted_tree;
using nlohmann::json;

namespace {

// Checks that every part is in `html`, each after the one before.
void check_in_order(const std::string& html, const std::vector<std::string>& parts) {
  std::size_t after = 0;
  for (const std::string& part : parts) {
    std::size_t at = html.find(part, after);
    CAPTURE(part);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) after = at + part.size();
  }
}

}  // namespace

TEST_CASE("body print: the 三定 in force on the data date, with its 文号 and the data date") {
  const DutyDatabase& db = *built().db;
  std::optional<std::string> html = body_print_html(db, "sthjj");
  REQUIRE(html);
  const std::string& h = *html;

  // An A4 page in the shared frame (print_page_test), titled with the body's name.
  CHECK(has(h, "size: A4 portrait"));
  CHECK(has(h, "<title>测试区生态环境局</title>"));
  CHECK(has(h, "<h1>测试区生态环境局</h1>"));
  CHECK(has(h, "统一社会信用代码 119999020047900979"));

  // Where the duties come from, and the date they are in force.
  CHECK(has(h, "三定规定：《关于印发测试区生态环境局三定规定的通知》（测编〔2020〕1号），2020-01-01 施行"));
  CHECK(has(h, "最近调整：《关于调整区生态环境局和区开发区管委会有关职责的通知》（测编〔2021〕12号），2021-07-01 施行"));
  CHECK(has(h, "测试区 · 数据日期：2026-01-01 · 示例数据"));

  // The sections in a 三定's order, numbered as a 三定 numbers them; in 主要职责 every clause in
  // force, in order — the reworded and the added one name the adjustment, the transferred one
  // is gone — and in the table the 三定 before the adjustment.
  check_in_order(h, {
      "<h2>一、机构设置</h2>",
      "<h2>二、主要职责</h2>",
      "<p class=\"text\">（一）负责建立健全全区生态环境基本制度。</p>",
      "（二）负责全区生态环境监测和信息发布工作。<span class=\"src\">（测编〔2021〕12号）</span>",
      "<p class=\"text\">（三）承担区委、区政府交办的其他任务。</p>",
      "（四）负责全区碳排放监督管理工作。<span class=\"src\">（测编〔2021〕12号）</span>",
      "<h2>三、职能转变</h2>",
      "<h2>四、内设机构</h2>",
      "<h2>五、人员编制</h2>",
      "<h2>六、职责分工</h2>",
      "<h2>附：职责依据文件</h2>",
      "<tr><td class=\"nw\">测编〔2020〕1号</td>",
      "<tr><td class=\"nw\">测编〔2021〕12号</td>",
  });
  CHECK_FALSE(has(h, "噪声污染防治"));
  CHECK(has(h, "其余条款出自测编〔2020〕1号"));

  // The other sections, as the 三定 gives them.
  CHECK(has(h, "<p class=\"text\">区生态环境局是区政府工作部门，为正科级。</p>"));
  CHECK(has(h, "（一）深化“放管服”改革。"));
  CHECK(has(h, "<h3>办公室</h3>\n<p class=\"text\">（一）负责机关日常运转。</p>"));
  CHECK(has(h, "<h3>执法大队</h3>"));
  CHECK(has(h, "行政编制 12 名、工勤编制 1 名。"));  // no 事业编制: the 三定 gives none
  CHECK_FALSE(has(h, "事业编制"));
  CHECK(has(h, "领导职数：局长 1 名、副局长 2 名。"));
  CHECK(has(h, "与测试区经济开发区管理委员会的职责分工：与区开发区管委会的有关职责分工：……"));

  // The documents the duties rest on; the notice changed no duty.
  CHECK(has(h, "<td class=\"nw\">三定规定</td>"));
  CHECK(has(h, "<td class=\"nw\">职责调整</td>"));
  CHECK_FALSE(has(h, "测办〔2022〕5号"));
}

TEST_CASE("body print: on a date before the adjustment, the 三定 as written") {
  const DutyDatabase& db = *built().db;
  std::optional<std::string> html = body_print_html(db, "sthjj", "2021-06-30");
  REQUIRE(html);
  CHECK(has(*html, "<p class=\"text\">（三）负责全区噪声污染防治的监督管理。</p>"));
  CHECK(has(*html, "职责为 2021-06-30 施行的职责"));
  CHECK_FALSE(has(*html, "测编〔2021〕12号"));  // not yet issued: cited nowhere
  CHECK_FALSE(has(*html, "<span class=\"src\">"));
  CHECK_FALSE(has(*html, "最近调整"));
}

TEST_CASE("body print: a body without 三定 says so; an unknown body has no document") {
  const DutyDatabase& db = *built().db;
  std::optional<std::string> aqw = body_print_html(db, "aqw");
  REQUIRE(aqw);
  CHECK(has(*aqw, "<h1>测试区安全生产委员会</h1>"));
  CHECK(has(*aqw, "暂无该机构的三定职责信息。"));
  CHECK(has(*aqw, "数据日期：2026-01-01"));
  CHECK_FALSE(has(*aqw, "<h2>"));
  CHECK_FALSE(body_print_html(db, "no-such-body"));
}

TEST_CASE("body print: the query API answers with the same document, and refuses other formats") {
  const DutyDatabase& db = *built().db;
  json html = json::parse(answer_query_json(db, R"({"query": "body", "id": "sthjj", "format": "html"})"));
  REQUIRE(html["ok"].get<bool>());
  CHECK(html["result"].get<std::string>() == *body_print_html(db, "sthjj"));
  json dated = json::parse(
      answer_query_json(db, R"({"query": "body", "id": "sthjj", "date": "2021-06-30", "format": "html"})"));
  CHECK(dated["result"].get<std::string>() == *body_print_html(db, "sthjj", "2021-06-30"));
  json as_json = json::parse(answer_query_json(db, R"({"query": "body", "id": "sthjj", "format": "json"})"));
  CHECK(as_json["result"]["id"] == "sthjj");
  json csv = json::parse(answer_query_json(db, R"({"query": "body", "id": "sthjj", "format": "csv"})"));
  CHECK_FALSE(csv["ok"].get<bool>());
  CHECK(csv["error"] == "\"format\" 只能是 json 或 html。");
  json unknown = json::parse(answer_query_json(db, R"({"query": "body", "id": "nope", "format": "html"})"));
  CHECK_FALSE(unknown["ok"].get<bool>());
}

TEST_CASE("body print: the CLI prints the same document with --body ID --html") {
  QueriedPublication published(demo_dir());
  json answer = json::parse(answer_query_json(*published.db, R"({"query": "body", "id": "sthjj", "format": "html"})"));
  REQUIRE(answer["ok"].get<bool>());
  CliRun printed = published.query({"--body", "sthjj", "--html"});
  CHECK(printed.code == 0);
  CHECK(printed.out == answer["result"].get<std::string>());
  CHECK(has(printed.out, "<h1>示例区生态环境局</h1>"));
  CliRun as_json = published.query({"--body", "sthjj", "--json"});
  CHECK(as_json.code == 0);
  CHECK(as_json.out == answer_query_json(*published.db, R"({"query": "body", "id": "sthjj"})") + "\n");
  CliRun no_format = published.query({"--body", "sthjj"});
  CHECK(no_format.code == 2);
  CHECK(has(no_format.err, "--html"));
  CliRun unknown = published.query({"--body", "nope", "--html"});
  CHECK(unknown.code == 1);
  CHECK(has(unknown.err, "没有编号为 nope 的机构"));
}
