// A publisher's JSON file and its typed fields (builder/json_file.h): load_json_file reports a
// missing file, bytes that are not UTF-8 and malformed JSON with the file, line and column (in
// characters) where the publisher must look, and accepts a BOM; JsonFields reports each missing,
// mistyped, empty or impossible field at its JSON pointer and the line and column of the value
// (or, for a missing one, of the object that lacks it) and carries on. Not for what each source
// file must hold: source_reader_test, documents_reader_test, the broken corpus.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "builder/json_file.h"
#include "source_tree.h"
#include "test_support.h"

using namespace dutyatlas::builder;
using dutyatlas::test::TempDir;
using dutyatlas::test::column_of;
using dutyatlas::test::describe;
using dutyatlas::test::has;
using dutyatlas::test::write_file;

namespace {

// Writes `text` as `name` in a fresh folder and loads it.
struct Loaded {
  TempDir dir;
  Diagnostics diagnostics;
  std::optional<JsonFile> file;
  Loaded(const std::string& name, const std::string& text) {
    write_file(dir / name, text);
    file = load_json_file(dir.str(), name, &diagnostics);
  }
  // The one diagnostic the load gave.
  Diagnostic only() const {
    INFO(describe(diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    return diagnostics.all()[0];
  }
};

// An error in `file` at line:column (0:0 for the whole file) whose message holds `words`.
void check_error(const Diagnostic& d, const std::string& file, int line, int column,
                 const std::string& words) {
  CHECK(d.severity == Diagnostic::Severity::kError);
  CHECK(d.file == file);
  CHECK(d.line == line);
  CHECK(d.column == column);
  CHECK(has(d.message, words));
}

// A document with one field of each kind, one per line, and the fields of it.
const char* const kDocument =
    "{\n"                                          // 1
    "  \"doc_no\": \"示编〔2021〕12号\",\n"          // 2
    "  \"title\": 42,\n"                           // 3
    "  \"issuer\": \"\",\n"                        // 4
    "  \"issued\": \"2021-02-29\",\n"              // 5
    "  \"effective\": \"2021-03-01\",\n"           // 6
    "  \"staff\": 12,\n"                           // 7
    "  \"leaders\": -1,\n"                         // 8
    "  \"posts\": 1.5,\n"                          // 9
    "  \"bodies\": [\"sthjj\", \"\", 7, \"yjglj\"],\n"  // 10
    "  \"note\": null,\n"                          // 11
    "  \"changes\": {\"a\": 1}\n"                  // 12
    "}\n";

std::string line_of_text(int line) {
  std::string text = kDocument;
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
  return text.substr(start, text.find('\n', start) - start);
}

struct Fields {
  Loaded loaded{"documents/doc.json", kDocument};
  Diagnostics diagnostics;
  JsonFields fields{*loaded.file, &diagnostics};
  const nlohmann::json& root() const { return loaded.file->root; }
  Diagnostic only() const {
    INFO(describe(diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    return diagnostics.all()[0];
  }
};

}  // namespace

TEST_CASE("json file: parsed, named as given, with its text") {
  Loaded loaded("bodies.json", "{\"bodies\": [{\"id\": \"sthjj\"}]}\n");
  REQUIRE(loaded.file);
  CHECK(loaded.diagnostics.all().empty());
  CHECK(loaded.file->name == "bodies.json");
  CHECK(loaded.file->root["bodies"][0]["id"] == "sthjj");
  CHECK(loaded.file->text == "{\"bodies\": [{\"id\": \"sthjj\"}]}\n");
}

TEST_CASE("json file: a missing file is an error of the file, not of a line") {
  TempDir dir;
  Diagnostics diagnostics;
  CHECK_FALSE(load_json_file(dir.str(), "dataset.json", &diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  check_error(diagnostics.all()[0], "dataset.json", 0, 0, "missing");
  CHECK(has(diagnostics.all()[0].hint, "docs/source-format.md"));
}

TEST_CASE("json file: a UTF-8 BOM is accepted and left out, so positions stay right") {
  Loaded loaded("dataset.json", "\xEF\xBB\xBF{\n  \"name\": 5\n}\n");
  REQUIRE(loaded.file);
  CHECK(loaded.diagnostics.all().empty());
  CHECK(loaded.file->text.rfind("{", 0) == 0);
  Diagnostics diagnostics;
  JsonFields fields(*loaded.file, &diagnostics);
  fields.text(loaded.file->root, "", "name", true);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].line == 2);
  CHECK(diagnostics.all()[0].column == 11);
}

TEST_CASE("json file: bytes that are not UTF-8 are reported at the first bad byte, in characters") {
  SUBCASE("a GBK byte pair after Chinese text") {
    // 示例 then 区 written in GBK (0xC7 0xF8): column 14 of line 2, counted in characters.
    Loaded loaded("bodies.json", "{\n  \"name\": \"示例\xC7\xF8\"\n}\n");
    CHECK_FALSE(loaded.file);
    Diagnostic d = loaded.only();
    check_error(d, "bodies.json", 2, 14, "not valid UTF-8");
    CHECK(has(d.hint, "GBK"));
  }
  SUBCASE("a character cut short at the end of the file") {
    Loaded loaded("bodies.json", "{}\n\xE7\xA4");
    CHECK_FALSE(loaded.file);
    check_error(loaded.only(), "bodies.json", 2, 1, "not valid UTF-8");
  }
  SUBCASE("a real U+FFFD is a character like any other") {
    Loaded loaded("bodies.json", "{\"name\": \"\xEF\xBF\xBD\"}");
    REQUIRE(loaded.file);
    CHECK(loaded.diagnostics.all().empty());
  }
}

TEST_CASE("json file: malformed JSON is reported where the parser stopped") {
  // nlohmann/json stops on the last character of the token it cannot take: a message points
  // there, on the line the publisher must fix.
  SUBCASE("a missing comma between members: at the next member") {
    const std::string line = "  \"name\": \"示例区生态环境局\"";
    Loaded loaded("bodies.json", "{\n  \"id\": \"sthjj\"\n" + line + "\n}\n");
    CHECK_FALSE(loaded.file);
    Diagnostic d = loaded.only();
    check_error(d, "bodies.json", 3, column_of(line, "\": "), "malformed JSON");  // at the closing quote of "name"
    CHECK(has(d.hint, "commas"));
  }
  SUBCASE("after Chinese text the column counts characters, not bytes") {
    const std::string line = "{\"name\": \"示例区\" \"short_name\": \"区\"}";
    Loaded loaded("bodies.json", line + "\n");
    // At the closing quote of "short_name".
    check_error(loaded.only(), "bodies.json", 1, column_of(line, "\": \"区"), "malformed JSON");
  }
  SUBCASE("a comma before a closing bracket") {
    Loaded loaded("bodies.json", "{\n  \"bodies\": [\n    \"a\",\n  ]\n}\n");
    check_error(loaded.only(), "bodies.json", 4, 3, "malformed JSON");
  }
  SUBCASE("a string left open runs to the end") {
    Loaded loaded("bodies.json", "{\"name\": \"示例\n}\n");
    Diagnostic d = loaded.only();
    CHECK(d.line == 1);
    CHECK(has(d.message, "malformed JSON"));
  }
  SUBCASE("an empty file") {
    Loaded loaded("bodies.json", "");
    check_error(loaded.only(), "bodies.json", 1, 1, "malformed JSON");
  }
  SUBCASE("a number too large for a double: an error at the number, not an exception") {
    // The source_json fuzz target's input (tests/fuzz/regressions/source_json-number-overflow).
    const std::string line = "  \"note\": \"1e999\", \"staffing\": 6666E6666";
    Loaded loaded("bodies.json", "{\n" + line + "\n}\n");
    CHECK_FALSE(loaded.file);
    check_error(loaded.only(), "bodies.json", 2, column_of(line, "6666E"), "a number too large to read");
  }
}

TEST_CASE("json fields: a string field, required or not") {
  Fields f;
  CHECK(f.fields.text(f.root(), "", "doc_no", true) == "示编〔2021〕12号");
  CHECK(f.diagnostics.all().empty());

  SUBCASE("missing when required: reported at the object that lacks it") {
    CHECK(f.fields.text(f.root(), "", "kind", true) == "");
    Diagnostic d = f.only();
    check_error(d, "documents/doc.json", 1, 1, "required field is missing");
    CHECK(d.field == "/kind");
  }
  SUBCASE("missing or null when optional: no message") {
    CHECK(f.fields.text(f.root(), "", "kind", false) == "");
    CHECK(f.fields.text(f.root(), "", "note", false) == "");
    CHECK(f.diagnostics.all().empty());
  }
  SUBCASE("null when required counts as missing") {
    f.fields.text(f.root(), "", "note", true);
    CHECK(has(f.only().message, "required field is missing"));
  }
  SUBCASE("not a string: at the value") {
    CHECK(f.fields.text(f.root(), "", "title", true) == "");
    Diagnostic d = f.only();
    check_error(d, "documents/doc.json", 3, column_of(line_of_text(3), "42"), "must be a string");
    CHECK(d.field == "/title");
  }
  SUBCASE("empty when required") {
    CHECK(f.fields.text(f.root(), "", "issuer", true) == "");
    Diagnostic d = f.only();
    CHECK(d.field == "/issuer");
    CHECK(d.line == 4);
    CHECK(has(d.message, "must not be empty"));
  }
  SUBCASE("empty when optional is simply empty") {
    CHECK(f.fields.text(f.root(), "", "issuer", false) == "");
    CHECK(f.diagnostics.all().empty());
  }
}

TEST_CASE("json fields: a date must be a day that exists") {
  Fields f;
  CHECK(f.fields.date(f.root(), "", "effective") == "2021-03-01");
  CHECK(f.diagnostics.all().empty());
  CHECK(f.fields.date(f.root(), "", "issued") == "");
  Diagnostic d = f.only();
  check_error(d, "documents/doc.json", 5, column_of(line_of_text(5), "\"2021-02-29\""),
              "\"2021-02-29\" is not a date");
  CHECK(d.field == "/issued");
  CHECK(has(d.hint, "YYYY-MM-DD"));
  // A date field that is missing is reported as missing, once; an optional one not at all.
  Fields g;
  g.fields.date(g.root(), "", "abolished");
  CHECK(has(g.only().message, "required field is missing"));
  Fields h;
  CHECK(h.fields.date(h.root(), "", "abolished", false) == "");
  CHECK(h.diagnostics.all().empty());
}

TEST_CASE("json fields: a count is a whole number from 0 to 1,000,000, or absent") {
  Fields f;
  CHECK(f.fields.count(f.root(), "", "staff") == 12);
  CHECK(f.fields.count(f.root(), "", "absent") == -1);
  CHECK(f.fields.count(f.root(), "", "note") == -1);  // null is absent
  CHECK(f.diagnostics.all().empty());
  CHECK(f.fields.count(f.root(), "", "leaders") == -1);
  CHECK(f.fields.count(f.root(), "", "posts") == -1);
  CHECK(f.fields.count(f.root(), "", "doc_no") == -1);
  REQUIRE(f.diagnostics.all().size() == 3);
  const int lines[] = {8, 9, 2};
  const char* const pointers[] = {"/leaders", "/posts", "/doc_no"};
  for (int i = 0; i < 3; ++i) {
    const Diagnostic& d = f.diagnostics.all()[std::size_t(i)];
    CAPTURE(pointers[i]);
    CHECK(d.field == pointers[i]);
    CHECK(d.line == lines[i]);
    CHECK(has(d.message, "whole number"));
  }
  // The bounds.
  Loaded bounds("dataset.json", R"({"zero": 0, "most": 1000000, "more": 1000001})");
  Diagnostics diagnostics;
  JsonFields fields(*bounds.file, &diagnostics);
  CHECK(fields.count(bounds.file->root, "", "zero") == 0);
  CHECK(fields.count(bounds.file->root, "", "most") == 1000000);
  CHECK(diagnostics.all().empty());
  CHECK(fields.count(bounds.file->root, "", "more") == -1);
  CHECK(diagnostics.all().size() == 1);
}

TEST_CASE("json fields: a list of texts keeps the good ones and reports each bad one at its item") {
  Fields f;
  CHECK(f.fields.texts(f.root(), "", "bodies", true) == std::vector<std::string>{"sthjj", "yjglj"});
  REQUIRE(f.diagnostics.all().size() == 2);
  const std::string line = line_of_text(10);
  CHECK(f.diagnostics.all()[0].field == "/bodies/1");
  CHECK(f.diagnostics.all()[0].line == 10);
  CHECK(f.diagnostics.all()[0].column == column_of(line, "\"\""));
  CHECK(f.diagnostics.all()[1].field == "/bodies/2");
  CHECK(f.diagnostics.all()[1].column == column_of(line, "7"));
  for (const Diagnostic& d : f.diagnostics.all()) CHECK(has(d.message, "non-empty string"));
}

TEST_CASE("json fields: a list field must be a list") {
  Fields f;
  REQUIRE(f.fields.array(f.root(), "", "bodies", true) != nullptr);
  CHECK(f.fields.array(f.root(), "", "bodies", true)->size() == 4);
  CHECK(f.fields.array(f.root(), "", "absent", false) == nullptr);
  CHECK(f.diagnostics.all().empty());

  CHECK(f.fields.array(f.root(), "", "changes", true) == nullptr);
  Diagnostic d = f.only();
  CHECK(d.field == "/changes");
  CHECK(d.line == 12);
  CHECK(has(d.message, "must be a list"));

  Fields g;
  CHECK(g.fields.array(g.root(), "", "absent", true) == nullptr);
  CHECK(has(g.only().message, "required list is missing"));
  Fields h;
  CHECK(h.fields.texts(h.root(), "", "absent", true).empty());
  CHECK(has(h.only().message, "required list is missing"));
}

TEST_CASE("json fields: nested pointers, warnings, and line_of") {
  Loaded loaded("bodies.json",
                "{\n  \"bodies\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"name\": 3}\n  ]\n}\n");
  Diagnostics diagnostics;
  JsonFields fields(*loaded.file, &diagnostics);
  const nlohmann::json& second = loaded.file->root["bodies"][1];
  fields.text(second, "/bodies/1", "name", true);
  fields.text(second, "/bodies/1", "category", true);
  fields.warning("/bodies/0/id", "short id", "use the body's pinyin initials");
  REQUIRE(diagnostics.all().size() == 3);
  CHECK(diagnostics.all()[0].field == "/bodies/1/name");
  CHECK(diagnostics.all()[0].line == 4);
  CHECK(diagnostics.all()[0].column == column_of("    {\"id\": \"b\", \"name\": 3}", "3"));
  CHECK(diagnostics.all()[1].field == "/bodies/1/category");
  CHECK(diagnostics.all()[1].line == 4);  // the object that lacks it
  CHECK(diagnostics.all()[1].column == 5);
  const Diagnostic& w = diagnostics.all()[2];
  CHECK(w.severity == Diagnostic::Severity::kWarning);
  CHECK(w.line == 3);
  CHECK(w.hint == "use the body's pinyin initials");
  CHECK(diagnostics.error_count() == 2);
  CHECK(diagnostics.warning_count() == 1);
  CHECK(fields.line_of("/bodies/1/id") == 4);
  CHECK(fields.line_of("/bodies") == 2);
}

TEST_CASE("is_slug: lower-case letters, digits and '-', 1 to 64 of them") {
  for (const char* id : {"sthjj", "a", "0", "jd-01", "a-b-c", "--"}) {
    CAPTURE(id);
    CHECK(is_slug(id));
  }
  CHECK(is_slug(std::string(64, 'a')));
  CHECK_FALSE(is_slug(std::string(65, 'a')));
  for (const char* id : {"", "Sthjj", "a_b", "a b", "a/b", "a.b", "示例", "a%20", "ａ"}) {
    CAPTURE(id);
    CHECK_FALSE(is_slug(id));
  }
}
