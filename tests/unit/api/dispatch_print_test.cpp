// 派单单 (core/api/dispatch_print.h): the printed slip says what the portal received — the
// complaint, each body with its role and 统一社会信用代码, each one's basis with 文号 or 事项编码,
// the data date — and no markup from the data reaches the page unescaped.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/api/dispatch_print.h"
#include "core/api/query_json.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

json result_of(const json& request) {
  json answer = json::parse(answer_query_json(demo_database(), request.dump()));
  INFO(answer.dump());
  REQUIRE(answer["ok"] == true);
  return answer["result"];
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("dispatch slip: 联合派单单 with both bodies, roles, USCC and each one's basis") {
  const char* complaint = "楼下烧烤店油烟太大，晚上还很吵";
  json who = result_of({{"query", "who"}, {"text", complaint}});
  REQUIRE(who.size() >= 2);
  json request = {{"query", "dispatch"}, {"text", complaint}, {"lead", who[0]["body_id"]},
                  {"cooperating", {who[1]["body_id"]}}};
  json payload = result_of(request);
  request["format"] = "html";
  std::string html = result_of(request).get<std::string>();

  CHECK(contains(html, "<h1>联合派单单</h1>"));
  CHECK(contains(html, complaint));
  CHECK(contains(html, "数据日期 " + payload["data_date"].get<std::string>()));
  CHECK(contains(html, "<td class=\"role\">承办</td><td>" + payload["lead"]["name"].get<std::string>()));
  CHECK(contains(html, "<td class=\"role\">协办</td><td>" + payload["cooperating"][0]["name"].get<std::string>()));
  CHECK(contains(html, payload["lead"]["uscc"].get<std::string>()));
  CHECK(contains(html, payload["cooperating"][0]["uscc"].get<std::string>()));
  // Every basis row is there with where it is written.
  for (const json* body : {&payload["lead"], &payload["cooperating"][0]}) {
    for (const json& b : (*body)["basis"]) {
      if (!b["doc_no"].get<std::string>().empty()) CHECK(contains(html, b["doc_no"].get<std::string>()));
      if (!b["item_code"].get<std::string>().empty()) CHECK(contains(html, "事项编码 " + b["item_code"].get<std::string>()));
    }
  }
  CHECK(contains(html, "派单人"));
}

TEST_CASE("dispatch slip: one lead is a 派单单; data text is escaped; an added body without basis says so") {
  json payload = {{"complaint", "<script>alert(1)</script>\n第二行"}, {"joint", false},
                  {"data_date", "2026-11-01"}, {"version", "0123456789abcdef"},
                  {"lead", {{"id", "x"}, {"name", "示例<局>"}, {"uscc", "11999901102162289G"},
                            {"role", "lead"}, {"basis", json::array()}}},
                  {"cooperating", json::array()}};
  std::string html = dispatch_print_html(payload, {"示例区", "2026-11-01", true});
  CHECK(contains(html, "<h1>派单单</h1>"));
  CHECK_FALSE(contains(html, "<script>"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;<br>第二行"));
  CHECK(contains(html, "示例&lt;局&gt;"));
  CHECK(contains(html, "数据版本 0123456789abcdef"));
  CHECK(contains(html, "无自动依据"));
  CHECK(contains(html, "示例数据"));
}
