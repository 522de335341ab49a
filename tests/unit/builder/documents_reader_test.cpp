// The source reader on documents/*.json and sanding/*.json (format v2): each problem is reported
// with file, line, column and JSON field; a change to a clause that is not in force is reported
// at the change's line in its document.
#include <doctest/doctest.h>

#include "core/base/utf8.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using builder::Diagnostic;
using builder::Diagnostics;
using Severity = builder::Diagnostic::Severity;

namespace {

const Diagnostic* find(const Diagnostics& diagnostics, const std::string& file,
                       const std::string& field, Severity severity = Severity::kError) {
  for (const auto& d : diagnostics.all()) {
    if (d.severity == severity && d.file == file && d.field == field) return &d;
  }
  return nullptr;
}

// Reads the tree and expects exactly one error (warnings allowed); returns it.
Diagnostic only_error(const SourceTree& tree) {
  Diagnostics diagnostics;
  tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  for (const auto& d : diagnostics.all()) {
    if (d.severity == Severity::kError) return d;
  }
  return {};
}

const char* const kAdjustmentFile = "documents/adjust-2021.json";

// An adjustment document whose change k (0-based) is on line 9 + k.
std::string adjustment(const std::vector<std::string>& changes,
                       const std::string& doc_no = "测编〔2021〕12号") {
  std::string text = R"({
  "doc_no": ")" + doc_no + R"(",
  "title": "关于调整区生态环境局有关职责的通知",
  "issuer": "中共测试区委机构编制委员会",
  "kind": "adjustment",
  "issued": "2021-06-10",
  "effective": "2021-07-01",
  "changes": [
)";
  for (std::size_t i = 0; i < changes.size(); ++i) {
    text += "    " + changes[i] + (i + 1 < changes.size() ? ",\n" : "\n");
  }
  return text + "  ]\n}\n";
}

// The tree's sanding file with `extra` members after the duties, the first on line 10.
std::string sanding_with(const std::string& extra) {
  std::string text = kTreeSanding;
  std::size_t end = text.rfind("\n  ]\n}");
  REQUIRE(end != std::string::npos);
  return text.substr(0, end) + "\n  ],\n" + extra + "\n}\n";
}

}  // namespace

TEST_CASE("documents: an adjustment document is read with its changes and replayed") {
  SourceTree tree;
  tree.write(kAdjustmentFile, adjustment({
      R"({"action": "reword", "body": "sthjj", "clause": "2", "text": "负责全区生态环境监测和信息发布工作。"})",
      R"({"action": "add", "body": "sthjj", "clause": "a2021-1", "text": "负责碳排放监督管理。"})",
      R"({"action": "transfer", "body": "sthjj", "clause": "3", "to": "kfq", "as": "t2021-1"})",
      R"({"action": "remove", "body": "sthjj", "clause": "1"})",
  }));
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  REQUIRE(source.dataset.documents.size() == 2);
  const Document& d = source.dataset.documents[0];  // documents/ in file name order
  CHECK(d.doc_no == "测编〔2021〕12号");
  CHECK(d.kind == "adjustment");
  CHECK(d.issued == "2021-06-10");
  CHECK(d.effective == "2021-07-01");
  REQUIRE(d.changes.size() == 4);
  CHECK(d.changes[0].action == ChangeAction::kReword);
  CHECK(d.changes[0].body_id == "sthjj");
  CHECK(d.changes[0].clause_key == "2");
  CHECK(d.changes[0].text == "负责全区生态环境监测和信息发布工作。");
  CHECK(d.changes[1].action == ChangeAction::kAdd);
  CHECK(d.changes[1].clause_key == "a2021-1");
  CHECK(d.changes[2].action == ChangeAction::kTransfer);
  CHECK(d.changes[2].to_body_id == "kfq");
  CHECK(d.changes[2].as_key == "t2021-1");
  CHECK(d.changes[2].text.empty());
  CHECK(d.changes[3].action == ChangeAction::kRemove);
  CHECK(source.dataset.documents[1].doc_no == "测编〔2020〕1号");

  CHECK(source.history.problems.empty());
  std::vector<std::string> sthjj, kfq;
  for (const auto& v : source.history.versions) {
    if (!v.in_force_on(source.dataset.data_date)) continue;
    (v.body_id == "sthjj" ? sthjj : kfq).push_back(v.key);
  }
  CHECK(sthjj == std::vector<std::string>{"2", "a2021-1"});
  CHECK(kfq == std::vector<std::string>{"t2021-1"});
}

TEST_CASE("documents: a missing required field points at the document") {
  for (const char* field : {"doc_no", "title", "issuer", "kind", "issued", "effective"}) {
    std::string name = field;
    CAPTURE(name);
    SourceTree tree;
    std::string text = adjustment({});
    std::size_t line = text.find("  \"" + name + "\"");
    text.erase(line, text.find('\n', line) + 1 - line);
    tree.write(kAdjustmentFile, text);
    Diagnostic d = only_error(tree);
    CHECK(d.file == kAdjustmentFile);
    CHECK(d.field == "/" + name);
    CHECK(d.line == 1);
    CHECK(d.column == 1);
    CHECK(has(d.message, "missing"));
  }
}

TEST_CASE("documents: a field of the wrong type is reported at the value") {
  SourceTree tree;
  std::string text = adjustment({});
  text.replace(text.find("\"2021-06-10\""), 12, "20210610");
  tree.write(kAdjustmentFile, text);
  Diagnostic d = only_error(tree);
  CHECK(d.file == kAdjustmentFile);
  CHECK(d.field == "/issued");
  CHECK(d.line == 6);
  CHECK(d.column == 13);
  CHECK(has(d.message, "string"));
}

TEST_CASE("documents: unknown kind") {
  SourceTree tree;
  std::string text = adjustment({});
  text.replace(text.find("\"adjustment\""), 12, "\"notice\"");
  tree.write(kAdjustmentFile, text);
  Diagnostic d = only_error(tree);
  CHECK(d.file == kAdjustmentFile);
  CHECK(d.field == "/kind");
  CHECK(d.line == 5);
  CHECK(d.column == 11);
  CHECK(has(d.message, "\"notice\""));
  CHECK(has(d.hint, "sanding, adjustment, list or other"));
}

TEST_CASE("documents: effective before issued") {
  SourceTree tree;
  std::string text = adjustment({});
  text.replace(text.find("2021-07-01"), 10, "2021-06-09");
  tree.write(kAdjustmentFile, text);
  Diagnostic d = only_error(tree);
  CHECK(d.file == kAdjustmentFile);
  CHECK(d.field == "/effective");
  CHECK(d.line == 7);
  CHECK(d.column == 16);
  CHECK(has(d.message, "2021-06-09"));
  CHECK(has(d.message, "2021-06-10"));

  SUBCASE("the same day is fine") {
    std::string same = adjustment({});
    same.replace(same.find("2021-07-01"), 10, "2021-06-10");
    tree.write(kAdjustmentFile, same);
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.all().empty());
  }
}

TEST_CASE("documents: a 文号 used by two files is reported in the second, naming the first") {
  SourceTree tree;
  std::string text = adjustment({});
  text.replace(text.find("测编〔2021〕12号"), std::string("测编〔2021〕12号").size(), "测编〔2020〕1号");
  tree.write("documents/zz-copy.json", text);
  Diagnostic d = only_error(tree);
  CHECK(d.file == "documents/zz-copy.json");
  CHECK(d.field == "/doc_no");
  CHECK(d.line == 2);
  CHECK(d.column == 13);
  CHECK(has(d.message, "测编〔2020〕1号"));
  CHECK(has(d.message, "documents/sanding-sthjj.json"));
}

TEST_CASE("documents: the documents folder is read in file name order, *.json only") {
  SourceTree tree;
  tree.write("documents/b.json", adjustment({}, "测编〔2021〕2号"));
  tree.write("documents/a.json", adjustment({}, "测编〔2021〕3号"));
  tree.write("documents/notes.txt", "not a document");
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  REQUIRE(source.dataset.documents.size() == 3);
  CHECK(source.dataset.documents[0].doc_no == "测编〔2021〕3号");
  CHECK(source.dataset.documents[1].doc_no == "测编〔2021〕2号");
  CHECK(source.dataset.documents[2].doc_no == "测编〔2020〕1号");
}

TEST_CASE("documents: changes that cannot be read") {
  SourceTree tree;
  SUBCASE("changes is not a list") {
    std::string text = adjustment({});
    text.replace(text.find("[\n  ]"), 5, "{}");
    tree.write(kAdjustmentFile, text);
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes");
    CHECK(d.line == 8);
    CHECK(d.column == 14);
    CHECK(has(d.message, "list"));
  }
  SUBCASE("a change is not an object") {
    tree.write(kAdjustmentFile, adjustment({R"("remove sthjj 1")"}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0");
    CHECK(d.line == 9);
    CHECK(d.column == 5);
  }
  SUBCASE("unknown action") {
    std::string change = R"({"action": "delete", "body": "sthjj", "clause": "9"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    const Diagnostic* d = find(diagnostics, kAdjustmentFile, "/changes/0/action");
    REQUIRE(d);
    CHECK(d->line == 9);
    CHECK(d->column == 4 + column_of(change, "\"delete\""));
    CHECK(has(d->message, "\"delete\""));
    CHECK(has(d->hint, "add, remove, reword or transfer"));
  }
  SUBCASE("add without text") {
    std::string change = R"({"action": "add", "body": "sthjj", "clause": "a1"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0/text");
    CHECK(d.line == 9);
    CHECK(d.column == 5);
  }
  SUBCASE("transfer without as") {
    std::string change = R"({"action": "transfer", "body": "sthjj", "clause": "1", "to": "kfq"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    const Diagnostic* d = find(diagnostics, kAdjustmentFile, "/changes/0/as");
    REQUIRE(d);
    CHECK(d->line == 9);
    CHECK(has(d->message, "missing"));
  }
  SUBCASE("a change without clause") {
    std::string change = R"({"action": "remove", "body": "sthjj"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    const Diagnostic* d = find(diagnostics, kAdjustmentFile, "/changes/0/clause");
    REQUIRE(d);
    CHECK(d->line == 9);
    CHECK(d->column == 5);
  }
}

// An unknown action is reported once and the change left out: nothing else about it (a
// missing "text", a clause "already in force") can be true, so nothing else is reported.
TEST_CASE("documents: an unknown action is the only error its change gives") {
  SourceTree tree;
  tree.write(kAdjustmentFile,
             adjustment({R"({"action": "delete", "body": "sthjj", "clause": "1"})"}));
  Diagnostic d = only_error(tree);
  CHECK(d.field == "/changes/0/action");
}

TEST_CASE("documents: changes must name bodies of bodies.json") {
  SourceTree tree;
  SUBCASE("unknown body") {
    std::string change = R"({"action": "remove", "body": "nope", "clause": "1"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostic d = only_error(tree);  // and not also "clause 1 of nope is not in force"
    CHECK(d.file == kAdjustmentFile);
    CHECK(d.field == "/changes/0/body");
    CHECK(d.line == 9);
    CHECK(d.column == 4 + column_of(change, "\"nope\""));
    CHECK(has(d.message, "\"nope\""));
  }
  SUBCASE("transfer to an unknown body") {
    std::string change =
        R"({"action": "transfer", "body": "sthjj", "clause": "1", "to": "nope", "as": "t1"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0/to");
    CHECK(d.line == 9);
    CHECK(d.column == 4 + column_of(change, "\"nope\""));
    CHECK(has(d.message, "\"nope\""));
  }
  SUBCASE("transfer to the body it is in") {
    std::string change =
        R"({"action": "transfer", "body": "sthjj", "clause": "1", "to": "sthjj", "as": "t1"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0/to");
    CHECK(d.line == 9);
    CHECK(d.column == 4 + column_of(change, "\"to\": \"sthjj\"") + 6);
    CHECK(has(d.message, "body it is in"));
  }
}

TEST_CASE("documents: a change to a clause not in force is reported at its line") {
  SourceTree tree;
  SUBCASE("never existed") {
    std::string change = R"({"action": "reword", "body": "sthjj", "clause": "7", "text": "改"})";
    tree.write(kAdjustmentFile, adjustment({
        R"({"action": "add", "body": "sthjj", "clause": "a1", "text": "新增"})", change}));
    Diagnostic d = only_error(tree);
    CHECK(d.file == kAdjustmentFile);
    CHECK(d.field == "/changes/1/clause");
    CHECK(d.line == 10);
    CHECK(d.column == 4 + column_of(change, "\"7\""));
    CHECK(d.message == "clause \"7\" of sthjj is not in force on 2021-07-01");
    CHECK(has(d.hint, "1, 2, 3, a1"));
  }
  SUBCASE("already removed by an earlier document") {
    std::string earlier =
        adjustment({R"({"action": "remove", "body": "sthjj", "clause": "3"})"}, "测编〔2020〕9号");
    earlier.replace(earlier.find("2021-07-01"), 10, "2020-07-01");
    earlier.replace(earlier.find("2021-06-10"), 10, "2020-06-10");
    tree.write("documents/adjust-2020.json", earlier);
    tree.write(kAdjustmentFile,
               adjustment({R"({"action": "remove", "body": "sthjj", "clause": "3"})"}));
    Diagnostic d = only_error(tree);
    CHECK(d.file == kAdjustmentFile);
    CHECK(d.field == "/changes/0/clause");
    CHECK(d.line == 9);
    CHECK(d.message == "clause \"3\" of sthjj is not in force on 2021-07-01");
    CHECK(d.hint == "it ended on 2020-07-01 by 测编〔2020〕9号");
  }
  SUBCASE("before the 三定 took effect") {
    std::string text = adjustment({R"({"action": "remove", "body": "sthjj", "clause": "1"})"});
    text.replace(text.find("2021-07-01"), 10, "2019-12-31");
    text.replace(text.find("2021-06-10"), 10, "2019-12-01");
    tree.write(kAdjustmentFile, text);
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0/clause");
    CHECK(d.line == 9);
    CHECK(d.message == "clause \"1\" of sthjj is not in force on 2019-12-31");
    CHECK(has(d.hint, "三定"));
  }
  SUBCASE("add of a key in force") {
    std::string change = R"({"action": "add", "body": "sthjj", "clause": "2", "text": "新增"})";
    tree.write(kAdjustmentFile, adjustment({change}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/0/clause");
    CHECK(d.line == 9);
    CHECK(d.column == 4 + column_of(change, "\"2\""));
    CHECK(d.message == "clause \"2\" of sthjj is already in force on 2021-07-01");
  }
  SUBCASE("transfer under a key the receiving body has") {
    tree.write(kAdjustmentFile, adjustment({
        R"({"action": "add", "body": "kfq", "clause": "k1", "text": "新增"})",
        R"({"action": "transfer", "body": "sthjj", "clause": "1", "to": "kfq", "as": "k1"})"}));
    Diagnostic d = only_error(tree);
    CHECK(d.field == "/changes/1/as");
    CHECK(d.line == 10);
    CHECK(d.message == "clause \"k1\" of kfq is already in force on 2021-07-01");
  }
}

TEST_CASE("sanding: the 三定 document must exist in documents/ and be a 三定") {
  SourceTree tree;
  SUBCASE("no document has the 文号") {
    tree.remove(kTreeSandingDocumentFile);
    Diagnostic d = only_error(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == "/document");
    CHECK(d.line == 3);
    CHECK(d.column == 15);
    CHECK(has(d.message, "测编〔2020〕1号"));
    CHECK(has(d.hint, "documents/"));
  }
  SUBCASE("the document is not of kind sanding") {
    std::string text = kTreeSandingDocument;
    text.replace(text.find("\"sanding\""), 9, "\"adjustment\"");
    tree.write(kTreeSandingDocumentFile, text);
    Diagnostic d = only_error(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == "/document");
    CHECK(d.line == 3);
    CHECK(d.column == 15);
    CHECK(has(d.message, "not a 三定"));
  }
  SUBCASE("document is not a string") {
    std::string text = kTreeSanding;
    text.replace(text.find("\"测编〔2020〕1号\""), std::string("\"测编〔2020〕1号\"").size(),
                 R"({"doc_no": "测编〔2020〕1号"})");
    tree.write(kTreeSandingFile, text);
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    const Diagnostic* d = find(diagnostics, "sanding/sthjj.json", "/document");
    REQUIRE(d);
    CHECK(d->line == 3);
    CHECK(d->column == 15);
    CHECK(has(d->message, "string"));
  }
}

TEST_CASE("sanding: every part is read") {
  SourceTree tree;
  tree.write(kTreeSandingFile, sanding_with(R"(  "transformation": ["深化“放管服”改革。", "加强事中事后监管。"],
  "divisions": [
    {"name": "办公室", "duties": ["负责机关日常运转。", "负责财务工作。"]},
    {"name": "执法大队"}
  ],
  "staffing": {"administrative": 12, "career": 0, "service": 1,
               "leaders": [{"title": "局长", "count": 1}, {"title": "副局长", "count": 3}]},
  "boundaries": [{"with": ["kfq", "jcz"], "text": "与区开发区管委会的有关职责分工：……"}])"));
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  REQUIRE(source.dataset.sandings.size() == 1);
  const Sanding& s = source.dataset.sandings[0];
  CHECK(s.transformation == std::vector<std::string>{"深化“放管服”改革。", "加强事中事后监管。"});
  REQUIRE(s.divisions.size() == 2);
  CHECK(s.divisions[0].name == "办公室");
  CHECK(s.divisions[0].duties == std::vector<std::string>{"负责机关日常运转。", "负责财务工作。"});
  CHECK(s.divisions[1].name == "执法大队");
  CHECK(s.divisions[1].duties.empty());
  CHECK(s.staffing.administrative == 12);
  CHECK(s.staffing.career == 0);
  CHECK(s.staffing.service == 1);
  REQUIRE(s.staffing.leaders.size() == 2);
  CHECK(s.staffing.leaders[1].title == "副局长");
  CHECK(s.staffing.leaders[1].count == 3);
  REQUIRE(s.boundaries.size() == 1);
  CHECK(s.boundaries[0].with_body_ids == std::vector<std::string>{"kfq", "jcz"});
  CHECK(has(s.boundaries[0].text, "职责分工"));
}

TEST_CASE("sanding: parts of the wrong type") {
  SourceTree tree;
  struct Case {
    const char* extra;
    const char* field;
    int column;
    const char* message;
  };
  // Each on line 10.
  for (const Case& c : std::initializer_list<Case>{
           {R"(  "transformation": "深化改革。")", "/transformation", 21, "list"},
           {R"(  "transformation": ["", "x"])", "/transformation/0", 22, "non-empty"},
           {R"(  "divisions": {"name": "办公室"})", "/divisions", 16, "list"},
           {R"(  "divisions": ["办公室"])", "/divisions/0", 17, "object"},
           {R"(  "divisions": [{"duties": ["x"]}])", "/divisions/0/name", 17, "missing"},
           {R"(  "divisions": [{"name": "办公室", "duties": "x"}])", "/divisions/0/duties", 43, "list"},
           {R"(  "staffing": 12)", "/staffing", 15, "object"},
           {R"(  "staffing": {"administrative": "12"})", "/staffing/administrative", 34, "whole number"},
           {R"(  "staffing": {"career": -1})", "/staffing/career", 26, "whole number"},
           {R"(  "staffing": {"service": 1.5})", "/staffing/service", 27, "whole number"},
           {R"(  "staffing": {"leaders": {"局长": 1}})", "/staffing/leaders", 27, "list"},
           {R"(  "staffing": {"leaders": ["局长"]})", "/staffing/leaders/0", 28, "title"},
           {R"(  "staffing": {"leaders": [{"count": 1}]})", "/staffing/leaders/0/title", 28, "missing"},
           {R"(  "staffing": {"leaders": [{"title": "局长", "count": "一"}]})", "/staffing/leaders/0/count", 53, "whole number"},
           {R"(  "boundaries": {"with": ["kfq"]})", "/boundaries", 17, "list"},
           {R"(  "boundaries": ["与区开发区管委会"])", "/boundaries/0", 18, "with"},
           {R"(  "boundaries": [{"with": "kfq", "text": "分工"}])", "/boundaries/0/with", 27, "list"},
           {R"(  "boundaries": [{"text": "分工"}])", "/boundaries/0/with", 18, "missing"},
           {R"(  "boundaries": [{"with": ["kfq"]}])", "/boundaries/0/text", 18, "missing"},
       }) {
    std::string extra = c.extra;
    CAPTURE(extra);
    tree.write(kTreeSandingFile, sanding_with(extra));
    Diagnostic d = only_error(tree);
    CHECK(d.file == "sanding/sthjj.json");
    CHECK(d.field == c.field);
    CHECK(d.line == 10);
    CHECK(d.column == c.column);
    CHECK(has(d.message, c.message));
  }
}

TEST_CASE("sanding: a boundary naming a missing body") {
  SourceTree tree;
  std::string extra = R"(  "boundaries": [{"with": ["kfq", "nope"], "text": "分工"}])";
  tree.write(kTreeSandingFile, sanding_with(extra));
  Diagnostic d = only_error(tree);
  CHECK(d.file == "sanding/sthjj.json");
  CHECK(d.field == "/boundaries/0/with/1");
  CHECK(d.line == 10);
  CHECK(d.column == column_of(extra, "\"nope\""));
  CHECK(has(d.message, "\"nope\""));
}

TEST_CASE("sanding: a body may have several 三定 over the years; the later supersedes") {
  SourceTree tree;
  std::string document = kTreeSandingDocument;
  document.replace(document.find("测编〔2020〕1号"), std::string("测编〔2020〕1号").size(),
                   "测编〔2024〕3号");
  document.replace(document.find("2019-12-20"), 10, "2024-02-01");
  document.replace(document.find("2020-01-01"), 10, "2024-03-01");
  tree.write("documents/sanding-sthjj-2024.json", document);
  tree.write("sanding/sthjj-2024.json", R"({
  "body": "sthjj",
  "document": "测编〔2024〕3号",
  "setup": "区生态环境局是区政府工作部门，为正科级。",
  "duties": ["负责生态环境监督管理。", "完成区委、区政府交办的其他任务。"]
}
)");
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  CHECK(source.dataset.sandings.size() == 2);
  std::vector<std::string> now, before;
  for (const auto& v : source.history.versions) {
    if (v.in_force_on("2026-01-01")) now.push_back(v.opened_by + "#" + v.key);
    if (v.in_force_on("2024-02-29")) before.push_back(v.opened_by + "#" + v.key);
    if (v.opened_by == "测编〔2020〕1号") {
      CHECK(v.closed_by == "测编〔2024〕3号");
      CHECK(v.closed_how == ClosedHow::kSuperseded);
    }
  }
  CHECK(now == std::vector<std::string>{"测编〔2024〕3号#1", "测编〔2024〕3号#2"});
  CHECK(before ==
        std::vector<std::string>{"测编〔2020〕1号#1", "测编〔2020〕1号#2", "测编〔2020〕1号#3"});
}

TEST_CASE("sanding: an administrative body without 三定 is a warning at its line in bodies.json") {
  SourceTree tree;
  // kfq becomes a government department (line 3) without a 三定; sthjj keeps its own.
  std::string bodies = kTreeBodies;
  bodies.replace(bodies.find("\"devzone\""), 9, "\"government\"");
  tree.write("bodies.json", bodies);
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.error_count() == 0);
  REQUIRE(diagnostics.warning_count() == 1);
  const Diagnostic& d = diagnostics.all()[0];
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.file == "bodies.json");
  CHECK(d.field == "/bodies/0");
  CHECK(d.line == 3);
  CHECK(d.column == 5);
  CHECK(has(d.message, "测试区经济开发区管理委员会"));
  CHECK(has(d.message, "三定"));
  CHECK(d.hint == "add sanding/kfq.json");
  CHECK(builder::format_diagnostic(d).rfind("bodies.json:3:5: warning: /bodies/0: ", 0) == 0);
  CHECK(source.dataset.bodies.size() == 4);  // a warning keeps everything

  SUBCASE("institutions, coordination and development-zone bodies need none") {
    tree.write("bodies.json", kTreeBodies);
    Diagnostics clean;
    tree.read(&clean);
    INFO(describe(clean));
    CHECK(clean.all().empty());
  }
}
