// The automation API (answer_query_json) on the demo database: info, categories, bodies and
// body answer with what the data says; anything else — an unknown query, a request that is not
// a JSON object, bad parameters, invalid UTF-8 — gets {"ok": false, "error": …}, never a crash.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/api/query_json.h"
#include "core/base/utf8.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

// Asks the demo database and parses the answer (which must always be valid JSON).
json ask(std::string_view request) {
  std::string answer = answer_query_json(demo_database(), request);
  INFO(answer);
  REQUIRE(is_valid_utf8(answer));
  json parsed = json::parse(answer, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  REQUIRE(parsed.is_object());
  REQUIRE(parsed.contains("ok"));
  return parsed;
}

json ok_result(std::string_view request) {
  json answer = ask(request);
  INFO(answer.dump());
  REQUIRE(answer["ok"] == true);
  CHECK_FALSE(answer.contains("error"));
  return answer["result"];
}

std::string refusal(std::string_view request) {
  json answer = ask(request);
  INFO(answer.dump());
  CHECK(answer["ok"] == false);
  CHECK_FALSE(answer.contains("result"));
  REQUIRE(answer["error"].is_string());
  std::string error = answer["error"].get<std::string>();
  CHECK_FALSE(error.empty());
  return error;
}


}  // namespace

TEST_CASE("query json: info") {
  json info = ok_result(R"({"query": "info"})");
  CHECK(info["name"] == "示例区");
  CHECK(info["title"] == "示例区机构职责");
  CHECK(info["data_date"] == "2026-11-01");
  CHECK(info["division_code"] == "999901");
  CHECK(info["sample"] == true);
}

TEST_CASE("query json: categories in display order with body counts") {
  json categories = ok_result(R"({"query": "categories"})");
  REQUIRE(categories.is_array());
  REQUIRE(categories.size() == 11);
  CHECK(categories[0] == json{{"code", "party"}, {"name", "党委工作机关"}, {"body_count", 4}});
  CHECK(categories[1] == json{{"code", "government"}, {"name", "政府工作部门"}, {"body_count", 8}});
  CHECK(categories[7]["code"] == "street");
  CHECK(categories[7]["body_count"] == 3);
  CHECK(categories[10]["code"] == "coordination");
  int total = 0;
  for (const auto& c : categories) total += c["body_count"].get<int>();
  CHECK(total == 25);
}

TEST_CASE("query json: bodies, all or per category") {
  json all = ok_result(R"({"query": "bodies"})");
  REQUIRE(all.size() == 25);
  CHECK(all[0]["id"] == "qwb");
  CHECK(all[24]["id"] == "saw");

  json institutions = ok_result(R"({"query": "bodies", "category": "institution"})");
  REQUIRE(institutions.size() == 2);
  CHECK(institutions[0]["id"] == "hjjcz");
  CHECK(institutions[0]["name"] == "示例区生态环境监测站");
  CHECK(institutions[0]["category"] == "institution");
  CHECK(institutions[0]["category_name"] == "事业单位");
  CHECK(institutions[0]["parent_id"] == "sthjj");
  CHECK(institutions[0]["rank"] == "副科级");
  CHECK(institutions[0]["uscc"] == "12999901404190015M");
  CHECK(institutions[0]["host_id"] == "");
  CHECK(institutions[1]["id"] == "jyjczx");

  CHECK(ok_result(R"({"query": "bodies", "category": "no-such"})") == json::array());
  // A category of the wrong type is an error that names it (not every body, as if absent);
  // null stays absent.
  CHECK(refusal(R"({"query": "bodies", "category": 3})") == "参数 \"category\" 必须是字符串。");
  CHECK(ok_result(R"({"query": "bodies", "category": null})").size() == 25);
}

TEST_CASE("query json: body with its profile on the data date") {
  json body = ok_result(R"({"query": "body", "id": "sthjj"})");
  CHECK(body["id"] == "sthjj");
  CHECK(body["name"] == "示例区生态环境局");
  CHECK(body["short_name"] == "区生态环境局");
  CHECK(body["category_name"] == "政府工作部门");
  json profile = body["profile"];
  REQUIRE(profile.is_object());
  CHECK(profile["date"] == "2026-11-01");
  CHECK(profile["sanding"]["doc_no"] == "示编〔2019〕15号");
  CHECK(profile["sanding"]["kind"] == "sanding");
  CHECK(profile["sanding"]["effective"] == "2019-03-01");
  CHECK(profile["last_document"]["doc_no"] == "示编〔2019〕15号");
  CHECK(profile["setup"] == "区生态环境局是区政府工作部门，为正科级。");
  CHECK(profile["transformation"].is_array());
  CHECK(profile["divisions"].is_array());
  CHECK(profile["boundaries"].is_array());
  CHECK(profile["staffing"].is_object());
  REQUIRE(profile["clauses"].size() == 20);
  CHECK(profile["clauses"][0]["number"] == 1);
  CHECK(profile["clauses"][0]["label"] == "（一）");
  CHECK(profile["clauses"][0]["key"] == "1");
  CHECK(profile["clauses"][0]["since"] == "2019-03-01");
  CHECK(profile["clauses"][0]["source_doc_no"] == "示编〔2019〕15号");
  CHECK(has(profile["clauses"][0]["text"].get<std::string>(), "负责建立健全全区生态环境基本制度"));
  CHECK(profile["clauses"][10]["label"] == "（十一）");
  CHECK(profile["clauses"][19]["label"] == "（二十）");
  CHECK(profile["clauses"][19]["text"] == "承担区委、区政府交办的其他任务。");
  REQUIRE(body["documents"].size() == 1);
  CHECK(body["documents"][0]["doc_no"] == "示编〔2019〕15号");
  REQUIRE(body["affiliated"].size() == 1);
  CHECK(body["affiliated"][0] == json{{"id", "hjjcz"}, {"name", "示例区生态环境监测站"}});
}

TEST_CASE("query json: body on another date") {
  // Before the 三定 took effect: no 三定, no clauses.
  json before = ok_result(R"({"query": "body", "id": "sthjj", "date": "2019-02-28"})");
  CHECK(before["profile"]["date"] == "2019-02-28");
  CHECK(before["profile"]["sanding"].is_null());
  CHECK(before["profile"]["last_document"].is_null());
  CHECK(before["profile"]["clauses"] == json::array());
  // On the day it took effect.
  json on = ok_result(R"({"query": "body", "id": "sthjj", "date": "2019-03-01"})");
  CHECK(on["profile"]["sanding"]["doc_no"] == "示编〔2019〕15号");
  CHECK(on["profile"]["clauses"].size() == 20);
  // A date of the wrong type is an error, not the data date.
  CHECK(refusal(R"({"query": "body", "id": "sthjj", "date": 2020})") == "参数 \"date\" 必须是字符串。");
  // The same for the text of 谁来管 and a count of the wrong type.
  CHECK(refusal(R"({"query": "who", "text": 123})") == "参数 \"text\" 必须是字符串。");
  CHECK(refusal(R"({"query": "who", "text": "油烟", "top": "3"})") == "参数 \"top\" 必须是整数。");
}

TEST_CASE("query json: a body without a 三定 has an empty profile; a coordination body its host") {
  json station = ok_result(R"({"query": "body", "id": "hjjcz"})");
  REQUIRE(station["profile"].is_object());
  CHECK(station["profile"]["sanding"].is_null());
  CHECK(station["profile"]["last_document"].is_null());
  CHECK(station["profile"]["clauses"] == json::array());
  CHECK(station["profile"]["staffing"]["administrative"].is_null());
  CHECK(station["documents"] == json::array());
  CHECK(station["parent_id"] == "sthjj");
  json committee = ok_result(R"({"query": "body", "id": "aqw"})");
  CHECK(committee["host_id"] == "yjglj");
  CHECK(committee["category_name"] == "议事协调机构");
}

TEST_CASE("query json: an unknown body is refused, naming the id") {
  CHECK(has(refusal(R"({"query": "body", "id": "nope"})"), "nope"));
  refusal(R"({"query": "body"})");
  refusal(R"({"query": "body", "id": 42})");
  // Not SQL: a quote in the id is just a character of an unknown id.
  CHECK(has(refusal(R"({"query": "body", "id": "x' OR '1'='1"})"), "x' OR '1'='1"));
}

TEST_CASE("query json: unknown queries and requests that are not JSON objects") {
  std::string unknown = refusal(R"({"query": "delete"})");
  CHECK(has(unknown, "delete"));
  CHECK(has(unknown, "categories"));  // lists what is available
  refusal(R"({"query": "INFO"})");
  refusal(R"({"query": 1})");
  refusal(R"({})");
  for (const char* bad : {"", "categories", "{query: categories}", "[\"info\"]", "null", "42",
                          "{\"query\": \"info\"", "{\"query\": \"info\"} trailing"}) {
    std::string request = bad;
    CAPTURE(request);
    CHECK(has(refusal(request), "JSON"));
  }
}

TEST_CASE("query json: invalid UTF-8 in a request does not crash") {
  // Raw invalid bytes inside the id string.
  refusal("{\"query\": \"body\", \"id\": \"\xFF\xFE\"}");
  refusal("{\"query\": \"body\", \"id\": \"\xE7\xA4\"}");  // 示 cut off
  refusal("{\"query\": \"\xC0\xAF\"}");
  // A lone surrogate written as an escape.
  refusal(R"({"query": "body", "id": "\ud800"})");
  // A valid \u escape works like the literal character.
  json body = ok_result(R"({"query": "bodies", "category": "\u0069nstitution"})");
  CHECK(body.size() == 2);
}

// What a reader opening #/body/dsjd sees, and sees again after other pages — the same body on
// another date among them — were asked for: an answer depends on its request alone.
TEST_CASE("query json: a street's page: its name, category and 三定 clauses, whatever was asked before") {
  const std::string request = R"({"query": "body", "id": "dsjd"})";
  const std::string first = answer_query_json(demo_database(), request);
  json body = ok_result(request);
  CHECK(body["name"] == "示例区东示街道办事处");
  CHECK(body["short_name"] == "东示街道");
  CHECK(body["category_name"] == "街道/镇");
  json profile = body["profile"];
  CHECK(profile["setup"] == "东示街道办事处是区政府的派出机关，为正科级。");
  CHECK(profile["sanding"]["doc_no"] == "示编〔2019〕42号");
  REQUIRE(profile["clauses"].size() == 18);
  CHECK(has(profile["clauses"][0]["text"].get<std::string>(), "加强党的建设"));
  CHECK(profile["clauses"][17]["label"] == "（十八）");
  CHECK(profile["clauses"][17]["text"] == "承担区委、区政府交办的其他任务。");

  json before = ok_result(R"({"query": "body", "id": "dsjd", "date": "2019-06-01"})");
  CHECK(before["profile"]["clauses"] == json::array());  // before its 三定 took effect
  ok_result(R"({"query": "body", "id": "sthjj"})");
  ok_result(R"({"query": "documents", "kind": "sanding"})");
  refusal(R"({"query": "body", "id": "nope"})");
  CHECK(answer_query_json(demo_database(), request) == first);
}

// A "date" that is not YYYY-MM-DD is refused, not compared as text against the history.
TEST_CASE("query json: a date that is not YYYY-MM-DD is refused") {
  for (const char* date : {"2021/07/01", "someday", "2021-7-1", "20210701"}) {
    std::string request = std::string(R"({"query": "body", "id": "sthjj", "date": ")") + date + "\"}";
    CAPTURE(request);
    CHECK(has(refusal(request), "YYYY-MM-DD"));
  }
}

TEST_CASE("query json: documents of the first demo, filtered, and one in full") {
  json all = ok_result(R"({"query": "documents"})");
  CHECK(all["total"] == 5);
  REQUIRE(all["documents"].size() == 5);
  CHECK(all["documents"][0]["doc_no"] == "示编〔2019〕42号");
  CHECK(all["years"] == json::array({json{{"year", "2019"}, {"count", 5}}}));
  json of_body = ok_result(R"({"query": "documents", "body": "yjglj", "year": "2019"})");
  REQUIRE(of_body["documents"].size() == 1);
  CHECK(of_body["documents"][0]["doc_no"] == "示编〔2019〕18号");
  CHECK(ok_result(R"({"query": "documents", "kind": "adjustment"})")["count"] == 0);

  json doc = ok_result(R"({"query": "document", "doc_no": "示编〔2019〕18号"})");
  CHECK(doc["kind_label"] == "三定规定");
  REQUIRE(doc["bodies"].size() == 1);
  CHECK(doc["bodies"][0]["id"] == "yjglj");
  CHECK(doc["bodies"][0]["sanding"] == true);
  CHECK(doc["bodies"][0]["sanding_clauses"] == 19);
  CHECK(has(refusal(R"({"query": "document", "doc_no": "无此文号"})"), "无此文号"));
  CHECK(has(refusal(R"({"query": "documents", "kind": "x"})"), "x"));
}
