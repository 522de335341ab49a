// JsonLocations: the line and column a publisher's editor shows for a JSON pointer (nested
// objects and arrays, RFC 6901 escaping of '/' and '~' in keys), with columns counted in
// characters so Chinese text before a value does not shift it. (Byte offsets: base/text_test.)
#include <doctest/doctest.h>

#include <string>

#include "builder/json_locations.h"
#include "test_support.h"

using dutyatlas::TextPosition;
using dutyatlas::builder::JsonLocations;

namespace {

// "line:column", so a failing check shows both.
std::string at(const JsonLocations& locations, const std::string& pointer) {
  TextPosition p = locations.find(pointer);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

TEST_CASE("json locations: nested objects and arrays") {
  JsonLocations locations(R"({
  "a": {
    "b": [1, {"c": true}],
    "d": "x"
  },
  "e": []
}
)");
  CHECK(at(locations, "") == "1:1");
  CHECK(at(locations, "/a") == "2:8");
  CHECK(at(locations, "/a/b") == "3:10");
  CHECK(at(locations, "/a/b/0") == "3:11");
  CHECK(at(locations, "/a/b/1") == "3:14");
  CHECK(at(locations, "/a/b/1/c") == "3:20");
  CHECK(at(locations, "/a/d") == "4:10");
  CHECK(at(locations, "/e") == "6:8");
}

TEST_CASE("json locations: a missing member gives the nearest enclosing value") {
  JsonLocations locations("{\n  \"a\": {\n    \"b\": [1, 2]\n  }\n}\n");
  CHECK(at(locations, "/a/missing") == "2:8");
  CHECK(at(locations, "/a/b/7") == "3:10");
  CHECK(at(locations, "/a/b/7/deeper") == "3:10");
  CHECK(at(locations, "/nope") == "1:1");
}

TEST_CASE("json locations: arrays of arrays and top-level arrays") {
  JsonLocations locations("[[1,2],[3]]");
  CHECK(at(locations, "/0") == "1:2");
  CHECK(at(locations, "/0/1") == "1:5");
  CHECK(at(locations, "/1") == "1:8");
  CHECK(at(locations, "/1/0") == "1:9");
}

TEST_CASE("json locations: keys holding '/' and '~' are escaped as ~1 and ~0") {
  JsonLocations locations(R"({"a/b": 1, "m~n": 2, "~1": 3, "/": 4})");
  CHECK(at(locations, "/a~1b") == "1:9");
  CHECK(at(locations, "/m~0n") == "1:19");
  CHECK(at(locations, "/~01") == "1:28");  // the key "~1", not "/"
  CHECK(at(locations, "/~1") == "1:36");   // the key "/"
  // The unescaped spelling is a different (missing) pointer: it falls back to the root.
  CHECK(at(locations, "/a/b") == "1:1");
}

TEST_CASE("json locations: columns count characters, not bytes") {
  SUBCASE("Chinese keys and values before the value") {
    JsonLocations locations(R"({"名称": "示例区", "简称": "区"})");
    CHECK(at(locations, "/名称") == "1:8");
    CHECK(at(locations, "/简称") == "1:21");
  }
  SUBCASE("a 4-byte emoji is one column") {
    JsonLocations locations(R"({"e": "😀", "f": 1})");
    CHECK(at(locations, "/f") == "1:17");
  }
  SUBCASE("Chinese on an earlier line does not affect the next line") {
    JsonLocations locations("{\"名称\": \"示例区生态环境局\",\n \"x\": 1}");
    CHECK(at(locations, "/x") == "2:7");
  }
}

TEST_CASE("json locations: strings with escapes and brackets do not confuse the scanner") {
  JsonLocations locations(R"({"a": "x\"}]", "b": 2, "c": "\\", "d": [",", "]"], "e": 3})");
  CHECK(at(locations, "/b") == "1:21");
  CHECK(at(locations, "/c") == "1:29");
  CHECK(at(locations, "/d/1") == "1:46");
  CHECK(at(locations, "/e") == "1:57");
}

TEST_CASE("json locations: numbers, literals, tabs and CRLF line ends") {
  JsonLocations numbers(R"({"n": -1.5e3, "m": 2, "t": true, "z": null})");
  CHECK(at(numbers, "/m") == "1:20");
  CHECK(at(numbers, "/t") == "1:28");
  CHECK(at(numbers, "/z") == "1:39");
  JsonLocations crlf("{\r\n  \"a\": 1,\r\n\t\"b\": 2\r\n}\r\n");
  CHECK(at(crlf, "/a") == "2:8");
  CHECK(at(crlf, "/b") == "3:7");
}

TEST_CASE("json locations: a body of the demo bodies.json is found on its line") {
  std::string text = dutyatlas::test::read_file(dutyatlas::test::demo_dir() / "bodies.json");
  // Independent answer: the line holding "id": "sthjj" (bodies[8]) and the column of its value.
  std::size_t at_id = text.find("\"id\": \"sthjj\"");
  REQUIRE(at_id != std::string::npos);
  int line = 1;
  for (std::size_t i = 0; i < at_id; ++i) line += text[i] == '\n';
  std::size_t line_start = text.rfind('\n', at_id) + 1;
  int value_column = int(at_id - line_start) + 7;  // ASCII line: bytes are columns
  JsonLocations locations(text);
  TextPosition p = locations.find("/bodies/8/id");
  CHECK(p.line == line);
  CHECK(p.column == value_column);
  CHECK(locations.find("/bodies/8").line == line - 1);  // the object's '{'
}
