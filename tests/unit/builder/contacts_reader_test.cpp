// A body's "contact" in bodies.json (builder/read_contacts.cpp): a good one is read whole, in
// order; every bad value — a telephone number of no Chinese form, a label or address too long
// or on two lines, a website of another scheme (javascript:, data:) or with credentials, an
// unknown field — is an error naming bodies.json, its line and JSON pointer; and `build` writes
// nothing while one is left.
#include <doctest/doctest.h>

#include "cli_runner.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using builder::Diagnostic;
using builder::Diagnostics;

namespace {

// sthjj with a contact, one value a line: phones on lines 6 and 7, address 9, hours 10,
// website 11, service_hall 12.
const char* const kContactBodies = R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902",
     "contact": {
       "phones": [
         {"label": "办公室", "number": "0300-5550101"},
         {"label": "投诉举报", "number": "12369"}
       ],
       "address": "测试区示例路 1 号",
       "hours": "工作日 9:00—17:00",
       "website": "https://shiliqu.example/sthjj/",
       "service_hall": "测试区政务服务中心 3 号窗口"
     }}
  ]
}
)";

// kContactBodies with `from` replaced by `to` (once; the test fails if `from` is not there).
std::string contact_bodies_with(const std::string& from, const std::string& to) {
  std::string text = kContactBodies;
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Reads the tree; expects exactly one error and returns it.
Diagnostic only_error(const SourceTree& tree) {
  Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  for (const auto& d : diagnostics.all()) {
    if (d.severity == Diagnostic::Severity::kError) return d;
  }
  return {};
}

Diagnostic error_for(const std::string& from, const std::string& to) {
  SourceTree tree;
  tree.write("bodies.json", contact_bodies_with(from, to));
  return only_error(tree);
}

}  // namespace

TEST_CASE("contacts reader: a good contact is read whole, phones in order") {
  SourceTree tree;
  tree.write("bodies.json", kContactBodies);
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  REQUIRE(source.dataset.contacts.size() == 1);
  const Contact& c = source.dataset.contacts[0];
  CHECK(c.body_id == "sthjj");
  REQUIRE(c.phones.size() == 2);
  CHECK(c.phones[0].label == "办公室");
  CHECK(c.phones[0].number == "0300-5550101");
  CHECK(c.phones[1].label == "投诉举报");
  CHECK(c.phones[1].number == "12369");
  CHECK(c.address == "测试区示例路 1 号");
  CHECK(c.hours == "工作日 9:00—17:00");
  CHECK(c.website == "https://shiliqu.example/sthjj/");
  CHECK(c.service_hall == "测试区政务服务中心 3 号窗口");
}

TEST_CASE("contacts reader: a body without a contact, or with an empty one, has none") {
  SourceTree tree;  // its bodies have no contact
  Diagnostics diagnostics;
  CHECK(tree.read(&diagnostics).dataset.contacts.empty());
  tree.write("bodies.json", R"({"bodies": [{"id": "sthjj", "name": "测试区生态环境局",
    "category": "government", "uscc": "119999020047900979", "division_code": "999902",
    "contact": {"phones": [], "address": ""}}]})");
  Diagnostics again;
  CHECK(tree.read(&again).dataset.contacts.empty());
}

TEST_CASE("contacts reader: telephone numbers of no Chinese form are errors at their line") {
  struct Case {
    const char* number;
    const char* why;
  };
  const Case cases[] = {
      {"5550101", "no area code"},
      {"0300 5550101", "a space instead of '-'"},
      {"(0300)5550101", "brackets"},
      {"12800138000", "no mobile starts 12"},
      {"138001380001", "a mobile of 12 digits"},
      {"500-123-4567", "neither 400 nor 800"},
      {"1234", "no hotline of 4 digits"},
      {"tel:03005550101", "a link, not a number"},
      {"javascript:alert(1)", "hostile"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.why);
    Diagnostic d = error_for("\"0300-5550101\"", std::string("\"") + c.number + "\"");
    CHECK(d.file == "bodies.json");
    CHECK(d.line == 6);
    CHECK(d.field == "/bodies/0/contact/phones/0/number");
    CHECK(has(d.message, "is not a Chinese telephone number"));
    CHECK(has(d.hint, "area code"));
  }
}

TEST_CASE("contacts reader: phones must be labelled objects, unique, at most ten") {
  SUBCASE("a label missing") {
    Diagnostic d = error_for(R"({"label": "投诉举报", "number": "12369"})", R"({"number": "12369"})");
    CHECK(d.line == 7);
    CHECK(d.field == "/bodies/0/contact/phones/1/label");
    CHECK(has(d.message, "missing"));
  }
  SUBCASE("a label too long") {
    Diagnostic d = error_for("\"投诉举报\"", "\"投诉举报投诉举报投诉举报投诉举报投诉举报投\"");  // 21
    CHECK(d.line == 7);
    CHECK(d.field == "/bodies/0/contact/phones/1/label");
    CHECK(has(d.message, "21 characters"));
    CHECK(has(d.hint, "at most 20"));
  }
  SUBCASE("a phone that is a bare string") {
    Diagnostic d = error_for(R"({"label": "投诉举报", "number": "12369"})", R"("12369")");
    CHECK(d.line == 7);
    CHECK(d.field == "/bodies/0/contact/phones/1");
    CHECK(has(d.message, "must be an object"));
  }
  SUBCASE("the same number twice") {
    Diagnostic d = error_for("\"12369\"", "\"0300-5550101\"");
    CHECK(d.line == 7);
    CHECK(d.field == "/bodies/0/contact/phones/1/number");
    CHECK(has(d.message, "listed twice"));
  }
  SUBCASE("eleven numbers") {
    std::string phones;
    for (int i = 0; i < 11; ++i) {
      phones += std::string(i ? "," : "") + R"({"label": "窗口", "number": "0300-555010)" +
                std::to_string(i < 10 ? i : 9) + (i == 10 ? "1" : "") + "\"}";
    }
    Diagnostic d = error_for(R"({"label": "办公室", "number": "0300-5550101"},
         {"label": "投诉举报", "number": "12369"})", phones);
    CHECK(d.field == "/bodies/0/contact/phones");
    CHECK(has(d.message, "11 numbers"));
    CHECK(has(d.hint, "at most 10"));
  }
}

TEST_CASE("contacts reader: a website must be an http(s) address safe in a link") {
  for (const char* url : {"javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                          "www.example.gov.cn", "https://user@example.gov.cn/",
                          "https://example.gov.cn/\\\"onclick=alert(1)", "ftp://example.gov.cn/"}) {
    CAPTURE(url);
    Diagnostic d = error_for("\"https://shiliqu.example/sthjj/\"", std::string("\"") + url + "\"");
    CHECK(d.file == "bodies.json");
    CHECK(d.line == 11);
    CHECK(d.field == "/bodies/0/contact/website");
    CHECK(has(d.message, "is not an http(s) web address"));
  }
}

TEST_CASE("contacts reader: texts are one line and of bounded length; fields are known") {
  SUBCASE("an address on two lines") {
    Diagnostic d = error_for("\"测试区示例路 1 号\"", "\"测试区示例路\\n1 号\"");
    CHECK(d.line == 9);
    CHECK(d.field == "/bodies/0/contact/address");
    CHECK(has(d.message, "must be one line"));
  }
  SUBCASE("an address of 101 characters") {
    std::string address;
    for (int i = 0; i < 101; ++i) address += "路";
    Diagnostic d = error_for("\"测试区示例路 1 号\"", "\"" + address + "\"");
    CHECK(d.line == 9);
    CHECK(has(d.message, "101 characters"));
    CHECK(has(d.hint, "at most 100"));
  }
  SUBCASE("hours that are not text") {
    Diagnostic d = error_for("\"工作日 9:00—17:00\"", "9");
    CHECK(d.line == 10);
    CHECK(d.field == "/bodies/0/contact/hours");
    CHECK(has(d.message, "must be a string"));
  }
  SUBCASE("a service hall with a tab") {
    Diagnostic d = error_for("\"测试区政务服务中心 3 号窗口\"", "\"测试区政务服务中心\\t3 号窗口\"");
    CHECK(d.line == 12);
    CHECK(d.field == "/bodies/0/contact/service_hall");
  }
  SUBCASE("an unknown field (a typo of phones)") {
    Diagnostic d = error_for("\"phones\"", "\"phone\"");
    CHECK(d.line == 5);
    CHECK(d.field == "/bodies/0/contact/phone");
    CHECK(has(d.message, "unknown field \"phone\": did you mean \"phones\"?"));
    CHECK(has(d.hint, "phones"));
  }
  SUBCASE("a contact that is not an object") {
    SourceTree tree;
    tree.write("bodies.json", R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "uscc": "119999020047900979", "division_code": "999902",
     "contact": "0300-5550101"}
  ]
}
)");
    Diagnostic d = only_error(tree);
    CHECK(d.line == 4);
    CHECK(d.field == "/bodies/0/contact");
    CHECK(has(d.message, "must be an object"));
  }
}

TEST_CASE("contacts reader: build writes nothing while a contact is bad, and says where") {
  SourceTree tree;
  tree.write("bodies.json", contact_bodies_with("\"https://shiliqu.example/sthjj/\"", "\"javascript:alert(1)\""));
  TempDir scratch;
  fs::path out = scratch.path() / "out";
  CliRun run = run_cli({"build", tree.path(), "-o", out.string(), "--font", DUTYATLAS_TEST_FONT,
                        "--no-edition"},
                       scratch.path());
  INFO(run.err);
  CHECK(run.code != 0);
  CHECK(has(run.err, "bodies.json:11:"));
  CHECK(has(run.err, "/bodies/0/contact/website"));
  CHECK_FALSE(fs::exists(out / "manifest.json"));
}
