// The source reader on broken publisher folders: each problem is reported with the file, line,
// column (counted in characters, as an editor shows them) and JSON field it concerns, all
// problems of a folder come out of one run, and warnings do not block a build. The demo folder
// has no errors. (Documents, 三定 details and the CSV lists: documents_reader_test.cpp and
// lists_reader_test.cpp.)
#include <doctest/doctest.h>

#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using builder::Diagnostic;
using builder::Diagnostics;
using Severity = builder::Diagnostic::Severity;

namespace {


// Reads the tree and expects exactly one diagnostic of `severity`; returns it.
Diagnostic only(const SourceTree& tree, Severity severity = Severity::kError) {
  Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  int count = severity == Severity::kError ? diagnostics.error_count()
                                           : diagnostics.warning_count();
  REQUIRE(count == 1);
  for (const auto& d : diagnostics.all()) {
    if (d.severity == severity) return d;
  }
  return {};
}

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& file,
                       const std::string& field, Severity severity = Severity::kError) {
  for (const auto& d : diagnostics.all()) {
    if (d.severity == severity && d.file == file && d.field == field) return &d;
  }
  return nullptr;
}

// bodies.json holding sthjj (so the default sanding file stays valid) and one more body,
// written one field per line, with `field_line` as its line 8.
std::string bodies_with(const std::string& field_line) {
  return R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902"},
    {
      "id": "jcz",
      "name": "测试区环境监测站",
      "category": "institution",
)" + field_line + R"(
      "uscc": "12999902404190015M",
      "division_code": "999902"
    }
  ]
}
)";
}

}  // namespace

TEST_CASE("source reader: a valid tree reads without diagnostics") {
  SourceTree tree;
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  const Dataset& dataset = source.dataset;
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(dataset.name == "测试区");
  CHECK(dataset.title == "测试区机构职责");
  CHECK(dataset.data_date == "2026-01-01");
  CHECK(dataset.division_code == "999902");
  CHECK(dataset.sample);
  REQUIRE(dataset.bodies.size() == 4);
  CHECK(dataset.bodies[0].short_name == "区开发区管委会");
  CHECK(dataset.bodies[1].short_name == "测试区生态环境局");  // defaults to the full name
  CHECK(dataset.bodies[2].parent_id == "sthjj");
  CHECK(dataset.bodies[3].host_id == "kfq");
  CHECK(dataset.bodies[3].rank.empty());  // null
  REQUIRE(dataset.documents.size() == 1);
  CHECK(dataset.documents[0].doc_no == "测编〔2020〕1号");
  CHECK(dataset.documents[0].title == "关于印发测试区生态环境局三定规定的通知");
  CHECK(dataset.documents[0].issuer == "中共测试区委机构编制委员会");
  CHECK(dataset.documents[0].kind == "sanding");
  CHECK(dataset.documents[0].issued == "2019-12-20");
  CHECK(dataset.documents[0].effective == "2020-01-01");
  CHECK(dataset.documents[0].changes.empty());
  REQUIRE(dataset.sandings.size() == 1);
  CHECK(dataset.sandings[0].body_id == "sthjj");
  CHECK(dataset.sandings[0].doc_no == "测编〔2020〕1号");
  CHECK(dataset.sandings[0].setup == "区生态环境局是区政府工作部门，为正科级。");
  REQUIRE(dataset.sandings[0].duties.size() == 3);
  CHECK(dataset.sandings[0].duties[2] == "承担区委、区政府交办的其他任务。");
  CHECK(dataset.sandings[0].staffing.administrative == -1);  // not stated
  // The 三定's clauses are in the history under the keys "1", "2", "3", in force since its date.
  CHECK(source.history.problems.empty());
  REQUIRE(source.history.versions.size() == 3);
  for (int i = 0; i < 3; ++i) {
    const ClauseVersion& v = source.history.versions[std::size_t(i)];
    CAPTURE(i);
    CHECK(v.body_id == "sthjj");
    CHECK(v.key == std::to_string(i + 1));
    CHECK(v.position == i + 1);
    CHECK(v.valid_from == "2020-01-01");
    CHECK(v.valid_to.empty());
    CHECK(v.opened_by == "测编〔2020〕1号");
    CHECK(v.opened_how == OpenedHow::kSanding);
  }
  CHECK(source.history.versions[2].text == "承担区委、区政府交办的其他任务。");
}

TEST_CASE("source reader: the demo folder has no errors; its only warnings are bodies without 三定") {
  Diagnostics diagnostics;
  builder::Source source = read_demo(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.error_count() == 0);
  for (const auto& d : diagnostics.all()) {
    CAPTURE(builder::format_diagnostic(d));
    CHECK(d.severity == Severity::kWarning);
    CHECK(d.file == "bodies.json");
    CHECK(d.line > 0);
    CHECK(has(d.message, "has no 三定"));
  }
  CHECK(source.dataset.bodies.size() == 25);
  CHECK(source.dataset.sandings.size() == 5);
  CHECK(source.dataset.documents.size() == 5);
  CHECK(source.history.problems.empty());
  CHECK(source.history.versions.size() == 96);
}

TEST_CASE("source reader: malformed JSON is located at the offending character") {
  SourceTree tree;
  SUBCASE("double comma") {
    tree.write("bodies.json", "{\n  \"bodies\": [\n    {\"id\": \"sthjj\",, \"name\": \"x\"}\n  ]\n}\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.line == 3);
    CHECK(d.column == 20);
    CHECK(has(d.message, "malformed JSON"));
  }
  SUBCASE("column counted in characters after Chinese text") {
    tree.write("dataset.json", "{\n  \"name\": \"测试区\",,\n  \"title\": \"t\"\n}\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.line == 2);
    CHECK(d.column == 17);
  }
  SUBCASE("missing comma between members: the line of the next member") {
    tree.write("dataset.json",
               "{\n  \"name\": \"测试区\",\n  \"title\": \"测试区机构职责\"\n  \"data_date\": "
               "\"2026-01-01\"\n}\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.line == 4);
    CHECK(d.column > 0);
  }
  SUBCASE("trailing comma before the closing brace") {
    tree.write("sanding/sthjj.json", "{\n  \"body\": \"sthjj\",\n}\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.line == 3);
    CHECK(d.column == 1);
  }
  SUBCASE("file cut off") {
    tree.write("bodies.json", "{\n  \"bodies\": [\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.line >= 2);
    CHECK(has(d.message, "malformed JSON"));
  }
  SUBCASE("empty file") {
    tree.write("dataset.json", "");
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.line == 1);
  }
}

TEST_CASE("source reader: a missing required field points at its object") {
  SourceTree tree;
  SUBCASE("body without a name") {
    tree.write("bodies.json", R"({
  "bodies": [
    {
      "id": "sthjj",
      "category": "government",
      "uscc": "119999020047900979",
      "division_code": "999902"
    }
  ]
}
)");
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.field == "/bodies/0/name");
    CHECK(d.line == 3);
    CHECK(d.column == 5);
    CHECK(has(d.message, "missing"));
  }
  SUBCASE("dataset without a title") {
    tree.write("dataset.json", R"({
  "name": "测试区",
  "data_date": "2026-01-01",
  "division_code": "999902"
})");
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.field == "/title");
    CHECK(d.line == 1);
    CHECK(d.column == 1);
  }
  SUBCASE("null counts as missing, \"\" as empty") {
    Diagnostics diagnostics;
    tree.write("bodies.json", R"({
  "bodies": [
    {"id": "sthjj", "name": null, "category": "government", "uscc": "119999020047900979", "division_code": "999902"},
    {"id": "jcz", "name": "", "category": "institution", "uscc": "12999902404190015M", "division_code": "999902"}
  ]
}
)");
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 2);
    const Diagnostic* missing = find(diagnostics, "bodies.json", "/bodies/0/name");
    REQUIRE(missing);
    CHECK(has(missing->message, "missing"));
    CHECK(missing->line == 3);
    const Diagnostic* empty = find(diagnostics, "bodies.json", "/bodies/1/name");
    REQUIRE(empty);
    CHECK(has(empty->message, "empty"));
    CHECK(empty->line == 4);
    CHECK(empty->column == 27);
  }
  SUBCASE("sanding file without document") {
    tree.write("sanding/sthjj.json", R"({
  "body": "sthjj",
  "setup": "区生态环境局是区政府工作部门。",
  "duties": ["负责生态环境监督管理。"]
}
)");
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == "/document");
    CHECK(d.line == 1);
    CHECK(d.column == 1);
    CHECK(has(d.message, "missing"));
  }
  SUBCASE("document without an issuer") {
    std::string text = kTreeSandingDocument;
    text.erase(text.find("  \"issuer\""), text.find("  \"kind\"") - text.find("  \"issuer\""));
    tree.write(kTreeSandingDocumentFile, text);
    Diagnostic d = only(tree);
    CHECK(d.file == "documents/sanding-sthjj.json");
    CHECK(d.field == "/issuer");
    CHECK(d.line == 1);
    CHECK(d.column == 1);
  }
}

TEST_CASE("source reader: a value of the wrong type is reported at the value") {
  SourceTree tree;
  SUBCASE("name is a number") {
    tree.write("bodies.json", R"({
  "bodies": [
    {
      "id": "sthjj",
      "name": 5,
      "category": "government",
      "uscc": "119999020047900979",
      "division_code": "999902"
    }
  ]
}
)");
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.field == "/bodies/0/name");
    CHECK(d.line == 5);
    CHECK(d.column == 15);
    CHECK(has(d.message, "string"));
  }
  SUBCASE("sample is a string") {
    std::string text = kTreeDataset;
    text.replace(text.find("true"), 4, "\"yes\"");
    tree.write("dataset.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.field == "/sample");
    CHECK(d.line == 4);
    CHECK(d.column == 13);
  }
  SUBCASE("bodies is not an array") {
    tree.remove("sanding");
    tree.write("bodies.json", "{\"bodies\": {}}\n");
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(has(d.message, "bodies"));
  }
  SUBCASE("a clause is not a string") {
    std::string text = kTreeSanding;
    text.replace(text.find("\"负责全区生态环境监测工作。\""),
                 std::string("\"负责全区生态环境监测工作。\"").size(), "{\"text\": \"x\"}");
    tree.write("sanding/sthjj.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == "/duties/1");
    CHECK(d.line == 7);
    CHECK(d.column == 5);
  }
}

TEST_CASE("source reader: unknown category") {
  SourceTree tree;
  tree.write("bodies.json", R"({
  "bodies": [
    {
      "id": "sthjj",
      "name": "测试区生态环境局",
      "category": "gov",
      "uscc": "119999020047900979",
      "division_code": "999902"
    }
  ]
}
)");
  Diagnostic d = only(tree);
  CHECK(d.file == "bodies.json");
  CHECK(d.field == "/bodies/0/category");
  CHECK(d.line == 6);
  CHECK(d.column == 19);
  CHECK(has(d.message, "\"gov\""));
  CHECK(has(d.hint, "government"));
  CHECK(has(d.hint, "政府工作部门"));
}

TEST_CASE("source reader: body ids are URL-safe slugs") {
  SourceTree tree;
  // ("sthjj " is no slug either, but outer spaces are trimmed first, with a warning.)
  for (const char* bad : {"Sthjj", "生态环境局", "a/b", "a_b"}) {
    std::string id = bad;
    CAPTURE(id);
    std::string text = bodies_with("      \"rank\": \"副科级\",");
    text.replace(text.find("\"jcz\""), 5, "\"" + id + "\"");
    tree.write("bodies.json", text);
    Diagnostic d = only(tree);
    CHECK(d.field == "/bodies/1/id");
    CHECK(d.line == 5);
    CHECK(d.column == 13);
    CHECK(has(d.message, id));
  }
}

TEST_CASE("source reader: duplicate body id") {
  SourceTree tree;
  tree.write("bodies.json", R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局二", "category": "government", "uscc": "11999902007990051A", "division_code": "999902"}
  ]
}
)");
  Diagnostic d = only(tree);
  CHECK(d.file == "bodies.json");
  CHECK(d.field == "/bodies/1/id");
  CHECK(d.line == 4);
  CHECK(d.column == 12);
  CHECK(has(d.message, "duplicate"));
  CHECK(has(d.message, "sthjj"));
  CHECK(has(d.hint, "/bodies/0"));  // where the first one is
}

// Regression (builder/source_reader.cpp, read_bodies, duplicate id): the error carries the line of the
// second id only; the first is named by JSON pointer ("already used by /bodies/0"), which a
// publisher must count by hand in a long file.g. "already used by /bodies/0 (line 3)" using JsonLocations on BodyOrigin::pointer.
TEST_CASE("source reader: duplicate body id names the line of the first one") {
  SourceTree tree;
  tree.write("bodies.json", R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902"},
    {"id": "zfb", "name": "测试区人民政府办公室", "category": "government", "uscc": "11999902007990051A", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局二", "category": "government", "uscc": "11999902003190110B", "division_code": "999902"}
  ]
}
)");
  Diagnostic d = only(tree);
  CHECK(d.line == 5);
  CHECK((has(d.hint, "line 3") || has(d.message, "line 3") || has(d.hint, "bodies.json:3")));
}

TEST_CASE("source reader: parent and host must name bodies of bodies.json") {
  SourceTree tree;
  SUBCASE("parent refers to a missing body") {
    tree.write("bodies.json", bodies_with(R"(      "parent": "nope",)"));
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.field == "/bodies/1/parent");
    CHECK(d.line == 8);
    CHECK(d.column == 17);
    CHECK(has(d.message, "\"nope\""));
  }
  SUBCASE("host refers to a missing body") {
    tree.write("bodies.json", bodies_with(R"(      "host": "nope",)"));
    Diagnostic d = only(tree);
    CHECK(d.field == "/bodies/1/host");
    CHECK(d.line == 8);
    CHECK(d.column == 15);
    CHECK(has(d.message, "\"nope\""));
  }
  SUBCASE("a body cannot be its own parent") {
    tree.write("bodies.json", bodies_with(R"(      "parent": "jcz",)"));
    Diagnostic d = only(tree);
    CHECK(d.field == "/bodies/1/parent");
    CHECK(d.line == 8);
    CHECK(has(d.message, "itself"));
  }
  SUBCASE("a parent listed later in the file is fine") {
    tree.write("bodies.json", R"({
  "bodies": [
    {"id": "jcz", "name": "测试区环境监测站", "category": "institution", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902"}
  ]
}
)");
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.all().empty());
  }
}

TEST_CASE("source reader: unified social credit code") {
  SourceTree tree;
  for (const char* bad : {"12999902404190015I",    // I is not used
                          "12999902404190015",     // 17 characters
                          "12999902404190015m",    // lower case
                          "129999024041900150Z"}) {  // 19 characters
    std::string code = bad;
    CAPTURE(code);
    std::string text = bodies_with("      \"rank\": \"副科级\",");
    text.replace(text.find("12999902404190015M"), 18, code);
    tree.write("bodies.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "bodies.json");
    CHECK(d.field == "/bodies/1/uscc");
    CHECK(d.line == 9);
    CHECK(d.column == 15);
    CHECK(has(d.message, code));
  }
}

TEST_CASE("source reader: division codes have 6 digits") {
  SourceTree tree;
  SUBCASE("dataset.json") {
    for (const char* bad : {"99990", "9999021", "99990A", "示例"}) {
      std::string code = bad;
      CAPTURE(code);
      std::string text = kTreeDataset;
      text.replace(text.find("\"999902\""), 8, "\"" + code + "\"");
      tree.write("dataset.json", text);
      Diagnostic d = only(tree);
      CHECK(d.file == "dataset.json");
      CHECK(d.field == "/division_code");
      CHECK(d.line == 6);
      CHECK(d.column == 20);
    }
  }
  SUBCASE("a body") {
    std::string text = bodies_with("      \"rank\": \"副科级\",");
    text.replace(text.rfind("\"999902\""), 8, "\"9999O2\"");  // letter O, not zero
    tree.write("bodies.json", text);
    Diagnostic d = only(tree);
    CHECK(d.field == "/bodies/1/division_code");
    CHECK(d.line == 10);
    CHECK(d.column == 24);
    CHECK(has(d.message, "9999O2"));
  }
}

TEST_CASE("source reader: dates must be YYYY-MM-DD") {
  SourceTree tree;
  SUBCASE("effective date of a document") {
    for (const char* bad : {"2020-13-01", "2020/01/01", "20200101", "2020-1-1", "2020-01-32",
                            "2020-00-10", "二〇二〇年一月一日"}) {
      std::string date = bad;
      CAPTURE(date);
      std::string text = kTreeSandingDocument;
      text.replace(text.find("2020-01-01"), 10, date);
      tree.write(kTreeSandingDocumentFile, text);
      Diagnostic d = only(tree);
      CHECK(d.file == "documents/sanding-sthjj.json");
      CHECK(d.field == "/effective");
      CHECK(d.line == 7);
      CHECK(d.column == 16);
      CHECK(has(d.message, date));
      CHECK(has(d.hint, "YYYY-MM-DD"));
    }
  }
  SUBCASE("issue date of a document") {
    std::string text = kTreeSandingDocument;
    text.replace(text.find("2019-12-20"), 10, "2019-12");
    tree.write(kTreeSandingDocumentFile, text);
    Diagnostic d = only(tree);
    CHECK(d.field == "/issued");
    CHECK(d.line == 6);
    CHECK(d.column == 13);
  }
  SUBCASE("data_date in dataset.json") {
    std::string text = kTreeDataset;
    text.replace(text.find("2026-01-01"), 10, "2026.01.01");
    tree.write("dataset.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(d.field == "/data_date");
    CHECK(d.line == 5);
    CHECK(d.column == 16);
  }
}

// Regression (v1 builder/source_reader.cpp, is_date): only checked month 1..12 and day 1..31, so
// dates that do not exist (2月30日, 4月31日, 2月29日 in a common year) passed into the published
// data. v2: builder/json_file.cpp, is_valid_date.
TEST_CASE("source reader: dates that do not exist are refused") {
  SourceTree tree;
  for (const char* bad : {"2020-02-30", "2021-02-29", "2020-04-31"}) {
    std::string date = bad;
    CAPTURE(date);
    std::string text = kTreeSandingDocument;
    text.replace(text.find("2020-01-01"), 10, date);
    tree.write(kTreeSandingDocumentFile, text);
    Diagnostic d = only(tree);
    CHECK(d.field == "/effective");
  }
  // Leap days that exist are accepted.
  std::string text = kTreeSandingDocument;
  text.replace(text.find("2020-01-01"), 10, "2020-02-29");
  tree.write(kTreeSandingDocumentFile, text);
  Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("source reader: sanding files and the bodies they describe") {
  SourceTree tree;
  SUBCASE("sanding file for an unknown body") {
    std::string text = kTreeSanding;
    text.replace(text.find("\"sthjj\""), 7, "\"nope\"");
    tree.remove("sanding/sthjj.json");
    tree.write("sanding/nope.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/nope.json");
    CHECK(d.field == "/body");
    CHECK(d.line == 2);
    CHECK(d.column == 11);
    CHECK(has(d.message, "\"nope\""));
  }
  SUBCASE("two sanding files for one body and one document: the second (in name order) is reported") {
    tree.write("sanding/a-sthjj.json", kTreeSanding);
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == "/document");
    CHECK(d.line == 3);
    CHECK(d.column == 15);
    CHECK(has(d.message, "sthjj"));
  }
  SUBCASE("no sanding folder at all: only the warning that sthjj has no 三定") {
    tree.remove("sanding");
    Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 0);
    REQUIRE(diagnostics.warning_count() == 1);
    const Diagnostic& d = diagnostics.all()[0];
    CHECK(d.file == "bodies.json");
    CHECK(d.field == "/bodies/1");
    CHECK(d.line == 4);
    CHECK(d.column == 5);
    CHECK(has(d.message, "测试区生态环境局"));
    CHECK(has(d.message, "三定"));
    CHECK(has(d.hint, "sanding/sthjj.json"));
    CHECK(source.dataset.sandings.empty());
    CHECK(source.history.versions.empty());
    CHECK(source.dataset.documents.size() == 1);  // the document alone is fine
    CHECK(source.dataset.bodies.size() == 4);
  }
}

TEST_CASE("source reader: encodings") {
  SourceTree tree;
  SUBCASE("a file in GBK is refused as not UTF-8") {
    // {"name": "示例区"...} with 示例区 in GBK (CA BE C0 FD C7 F8).
    std::string text = kTreeDataset;
    text.replace(text.find("测试区"), std::string("测试区").size(), "\xCA\xBE\xC0\xFD\xC7\xF8");
    tree.write("dataset.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    // At the first byte that is not UTF-8: CA BE happens to be a valid UTF-8 sequence (U+02BE),
    // so the error is at C0, the second character of the name.
    CHECK(d.line == 2);
    CHECK(d.column == 13);
    CHECK(has(d.message, "UTF-8"));
    CHECK(has(d.hint, "GBK"));
  }
  SUBCASE("one invalid byte in a sanding file") {
    std::string text = kTreeSanding;
    text.insert(text.find("承担"), "\xFF");
    tree.write("sanding/sthjj.json", text);
    Diagnostic d = only(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.line == 8);
    CHECK(d.column == 6);
    CHECK(has(d.message, "UTF-8"));
  }
  SUBCASE("a UTF-8 byte order mark is accepted") {
    tree.write("dataset.json", std::string("\xEF\xBB\xBF") + kTreeDataset);
    tree.write("bodies.json", std::string("\xEF\xBB\xBF") + kTreeBodies);
    tree.write(kTreeSandingDocumentFile, std::string("\xEF\xBB\xBF") + kTreeSandingDocument);
    Diagnostics diagnostics;
    Dataset dataset = tree.read(&diagnostics).dataset;
    INFO(describe(diagnostics));
    CHECK(diagnostics.all().empty());
    CHECK(dataset.name == "测试区");
    CHECK(dataset.bodies.size() == 4);
    REQUIRE(dataset.documents.size() == 1);
    CHECK(dataset.documents[0].doc_no == "测编〔2020〕1号");
  }
  SUBCASE("positions after a byte order mark are those an editor shows") {
    std::string text = kTreeDataset;
    text.replace(text.find("\"999902\""), 8, "\"99990\"");
    tree.write("dataset.json", "\xEF\xBB\xBF" + text);
    Diagnostic d = only(tree);
    CHECK(d.field == "/division_code");
    CHECK(d.line == 6);
    CHECK(d.column == 20);
  }
}

TEST_CASE("source reader: missing files and folders") {
  SUBCASE("bodies.json missing") {
    SourceTree tree;
    tree.remove("bodies.json");
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    const Diagnostic* d = find(diagnostics, "bodies.json", "");
    REQUIRE(d);
    CHECK(has(d->message, "missing"));
    CHECK(d->line == 0);
  }
  SUBCASE("dataset.json missing") {
    SourceTree tree;
    tree.remove("dataset.json");
    Diagnostic d = only(tree);
    CHECK(d.file == "dataset.json");
    CHECK(has(d.message, "missing"));
  }
  SUBCASE("source folder missing") {
    TempDir parent;
    std::string missing = (parent / "no-such-folder").string();
    Diagnostics diagnostics;
    builder::Source source = builder::read_source_folder(missing, &diagnostics);
    INFO(describe(diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].file == missing);
    CHECK(has(diagnostics.all()[0].message, "does not exist"));
    CHECK(source.dataset.bodies.empty());
    CHECK(source.history.versions.empty());
  }
  SUBCASE("source path is a file") {
    TempDir parent;
    write_file(parent / "dataset.json", kTreeDataset);
    Diagnostics diagnostics;
    builder::read_source_folder((parent / "dataset.json").string(), &diagnostics);
    CHECK(diagnostics.error_count() == 1);
  }
}

TEST_CASE("source reader: every problem of a folder is reported in one run") {
  SUBCASE("one error in each of three files") {
    SourceTree tree;
    std::string dataset = kTreeDataset;
    dataset.replace(dataset.find("2026-01-01"), 10, "2026-1-01");
    tree.write("dataset.json", dataset);
    std::string bodies = kTreeBodies;
    bodies.replace(bodies.find("\"institution\""), 13, "\"institute\"");
    tree.write("bodies.json", bodies);
    std::string sanding = kTreeSanding;
    sanding.replace(sanding.find("\"sthjj\""), 7, "\"ghost\"");
    tree.write("sanding/sthjj.json", sanding);

    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 3);
    CHECK(find(diagnostics, "dataset.json", "/data_date"));
    const Diagnostic* category = find(diagnostics, "bodies.json", "/bodies/2/category");
    REQUIRE(category);
    CHECK(category->line == 5);
    CHECK(find(diagnostics, "sanding/sthjj.json", "/body"));
  }
  SUBCASE("three errors in one file, and a malformed file next to them") {
    SourceTree tree;
    std::string bodies = kTreeBodies;
    bodies.replace(bodies.find("11999902007990051A"), 18, "bad-uscc");        // line 3
    bodies.replace(bodies.find("\"government\""), 12, "\"govt\"");            // line 4
    bodies.replace(bodies.find("\"host\": \"kfq\""), 13, "\"host\": \"xyz\"");  // line 6
    tree.write("bodies.json", bodies);
    tree.write("sanding/zz-broken.json", "{\"body\": ");

    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 4);
    const Diagnostic* uscc = find(diagnostics, "bodies.json", "/bodies/0/uscc");
    const Diagnostic* category = find(diagnostics, "bodies.json", "/bodies/1/category");
    const Diagnostic* host = find(diagnostics, "bodies.json", "/bodies/3/host");
    REQUIRE(category);
    REQUIRE(uscc);
    REQUIRE(host);
    CHECK(uscc->line == 3);
    CHECK(category->line == 4);
    CHECK(host->line == 6);
    CHECK(find(diagnostics, "sanding/zz-broken.json", ""));
  }
}

TEST_CASE("source reader: warnings that do not block a build") {
  SourceTree tree;
  SUBCASE("empty duties list") {
    std::string text = kTreeSanding;
    std::size_t open = text.find('[');
    text.replace(open, text.find(']') - open + 1, "[]");
    tree.write("sanding/sthjj.json", text);
    Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 0);
    REQUIRE(diagnostics.warning_count() == 1);
    const Diagnostic* d = find(diagnostics, "sanding/sthjj.json", "/duties", Severity::kWarning);
    REQUIRE(d);
    CHECK(d->line == 5);
    CHECK(d->column == 13);
    REQUIRE(source.dataset.sandings.size() == 1);
    CHECK(source.dataset.sandings[0].duties.empty());
    CHECK(source.history.versions.empty());
  }
  SUBCASE("the same clause text twice") {
    std::string text = kTreeSanding;
    text.replace(text.find("负责全区生态环境监测工作。"),
                 std::string("负责全区生态环境监测工作。").size(), "负责建立健全全区生态环境基本制度。");
    tree.write("sanding/sthjj.json", text);
    Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 0);
    REQUIRE(diagnostics.warning_count() == 1);
    const Diagnostic* d = find(diagnostics, "sanding/sthjj.json", "/duties/1", Severity::kWarning);
    REQUIRE(d);
    CHECK(d->line == 7);
    CHECK(d->column == 5);
    CHECK(has(d->message, "clause 1"));
    REQUIRE(source.dataset.sandings.size() == 1);
    CHECK(source.dataset.sandings[0].duties.size() == 3);  // kept: the publisher decides
    CHECK(source.history.versions.size() == 3);
  }
}

TEST_CASE("source reader: format_diagnostic prints file:line:column: severity: field: message") {
  SourceTree tree;
  std::string text = kTreeSandingDocument;
  text.replace(text.find("2020-01-01"), 10, "2020-13-01");
  tree.write(kTreeSandingDocumentFile, text);
  Diagnostic d = only(tree);
  std::string line = builder::format_diagnostic(d);
  CHECK(line.rfind("documents/sanding-sthjj.json:7:16: error: /effective: ", 0) == 0);
  CHECK(has(line, "\"2020-13-01\""));
  CHECK(has(line, "(hint: write YYYY-MM-DD"));
  CHECK(line.back() == ')');
}

TEST_CASE("source reader: normalisation warns, and what is published is the cleaned text") {
  SUBCASE("a duty typed with its own （二）: warned, the numbering removed") {
    SourceTree tree;
    std::string text = kTreeSanding;
    text.replace(text.find("负责全区生态环境监测工作"), 0, "（二）");
    tree.write(kTreeSandingFile, text);
    Diagnostic d = only(tree, Severity::kWarning);
    CHECK(d.file == kTreeSandingFile);
    CHECK(d.field == "/duties/1");
    CHECK(d.line == 7);
    CHECK(has(d.message, "（二）"));
    Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    REQUIRE(source.dataset.sandings.size() == 1);
    CHECK(source.dataset.sandings[0].duties[1] == "负责全区生态环境监测工作。");
  }
  SUBCASE("a setup with a trailing space: warned, trimmed") {
    SourceTree tree;
    std::string text = kTreeSanding;
    text.replace(text.find("为正科级。") + std::string("为正科级。").size(), 0, "  ");
    tree.write(kTreeSandingFile, text);
    Diagnostic d = only(tree, Severity::kWarning);
    CHECK(d.field == "/setup");
    CHECK(has(d.message, "removed"));
    Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    REQUIRE(source.dataset.sandings.size() == 1);
    CHECK(source.dataset.sandings[0].setup == "区生态环境局是区政府工作部门，为正科级。");
  }
}
