// The answer shape and parameters every JSON query front shares (core/api/query_reply.h): a
// failure is {"ok": false, "error": message} and nothing else, a success {"ok": true, "result": …}
// with the result as given; string_param reads a string parameter and gives "" for one that is
// absent, null or of another type — and for a request that is not an object at all. Not for the
// queries themselves: query_json_test and the other fronts' tests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "core/api/query_reply.h"

using nlohmann::json;
namespace query_reply = dutyatlas::query_reply;

TEST_CASE("query reply: a failure carries its message and no result") {
  json answer = query_reply::fail("未知的查询：nonsense");
  CHECK(answer == json{{"ok", false}, {"error", "未知的查询：nonsense"}});
  CHECK(answer.size() == 2);
  CHECK_FALSE(answer.contains("result"));
  // Quotes, backslashes and line breaks in a message survive the trip through text.
  const std::string message = "缺少参数 \"id\"\\\n第二行";
  json parsed = json::parse(query_reply::fail(message).dump());
  CHECK(parsed["error"] == message);
  CHECK(parsed["ok"] == false);
}

TEST_CASE("query reply: a success carries its result as given and no error") {
  json list = json::array({json{{"id", "sthjj"}, {"name", "示例区生态环境局"}}, 3, "x"});
  json answer = query_reply::succeed(list);
  CHECK(answer == json{{"ok", true}, {"result", list}});
  CHECK_FALSE(answer.contains("error"));
  // Empty and null results are results: a list that matches nothing is still an answer.
  CHECK(query_reply::succeed(json::array()) == json{{"ok", true}, {"result", json::array()}});
  CHECK(query_reply::succeed(json::object())["result"] == json::object());
  json nothing = query_reply::succeed(nullptr);
  CHECK(nothing.contains("result"));
  CHECK(nothing["result"].is_null());
  // A text result (a CSV export) stays text, byte for byte.
  const std::string csv = "\xEF\xBB\xBF事项编码,事项名称\r\nCF-001,\"对…的处罚\"\r\n";
  CHECK(query_reply::succeed(csv)["result"] == csv);
}

TEST_CASE("query reply: string_param gives the string, \"\" when absent, and refuses other types") {
  json request = json::parse(R"({
    "query": "body", "id": "sthjj", "text": "楼下烧烤店油烟", "empty": "",
    "number": 42, "real": 1.5, "flag": true, "nothing": null,
    "list": ["sthjj"], "object": {"id": "sthjj"}
  })");
  CHECK(query_reply::string_param(request, "query") == "body");
  CHECK(query_reply::string_param(request, "id") == "sthjj");
  CHECK(query_reply::string_param(request, "text") == "楼下烧烤店油烟");
  CHECK(query_reply::string_param(request, "empty") == "");
  CHECK(query_reply::string_param(request, "nothing") == "");
  CHECK(query_reply::string_param(request, "absent") == "");
  // {"text": 123} is a caller's mistake: said, naming the parameter, not answered as if absent.
  for (const char* key : {"number", "real", "flag", "list", "object"}) {
    CAPTURE(key);
    CHECK_THROWS_WITH_AS(query_reply::string_param(request, key),
                         (std::string("参数 \"") + key + "\" 必须是字符串。").c_str(), query_reply::BadParameter);
  }
  // Keys are matched exactly: no case folding, no nested look-up.
  CHECK(query_reply::string_param(request, "ID") == "");
  CHECK(query_reply::string_param(request, "object/id") == "");
}

TEST_CASE("query reply: string_param keeps the value's bytes, escapes decoded") {
  json request = json::parse(R"({"id": "x' OR '1'='1", "nul": "a\u0000b", "escaped": "\u793a\u4f8b"})");
  CHECK(query_reply::string_param(request, "id") == "x' OR '1'='1");
  CHECK(query_reply::string_param(request, "nul") == std::string("a\0b", 3));
  CHECK(query_reply::string_param(request, "escaped") == "示例");
}

TEST_CASE("query reply: string_param on a request that is not an object gives \"\"") {
  for (const char* text : {R"(["query", "body"])", R"("query")", "42", "null", "true"}) {
    CAPTURE(text);
    CHECK(query_reply::string_param(json::parse(text), "query") == "");
  }
}
