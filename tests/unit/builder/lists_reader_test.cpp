// The source reader on the CSV lists (format v2): powers, responsibilities, task lists, the
// division of duties, keywords and synonyms. Bodies are named by name, short name or id; a bad
// row is reported with file, line, column (in characters) and column name, and left out, while
// the good rows are read. GB18030 files (Excel on a Chinese Windows) are read in auto mode.
#include <doctest/doctest.h>

#include <iconv.h>

#include "core/base/utf8.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using builder::Diagnostic;
using builder::Diagnostics;
using Severity = builder::Diagnostic::Severity;

namespace {

int chars(const std::string& text) { return column_of(text + "\n", "\n") - 1; }

// Reads the tree and expects exactly one error (warnings allowed); returns it.
Diagnostic only_error(const SourceTree& tree, builder::Source* out = nullptr) {
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  if (out) *out = std::move(source);
  for (const auto& d : diagnostics.all()) {
    if (d.severity == Severity::kError) return d;
  }
  return {};
}

builder::Source read_clean(const SourceTree& tree) {
  Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  INFO(describe(diagnostics));
  CHECK(diagnostics.all().empty());
  return source;
}

// UTF-8 → GB18030 with glibc's iconv, as Excel on a Chinese Windows would save the text.
std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  std::size_t rc = iconv(cd, &in, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  REQUIRE(rc != static_cast<std::size_t>(-1));
  out.resize(std::size_t(out_ptr - out.data()));
  return out;
}

const std::string kPowersHeader =
    "事项编码,事项名称,子项名称,事项类型,实施主体,实施依据,责任主体,服务单位,办理时限,收费依据,备注";
// Lines 2, 3, 4 of lists/powers.csv: the implementer named by full name, id and short name.
const std::string kPower1 =
    "XK-001,排污许可,重点管理,行政许可,测试区生态环境局,《排污许可管理条例》,sthjj,区政务服务中心,20个工作日,不收费,重点事项";
const std::string kPower2 = "CF-001,对超标排放大气污染物的处罚,,行政处罚,sthjj,《大气污染防治法》,,,,,";
const std::string kPower3 = "FW-001,项目落地服务,,公共服务事项,区开发区管委会,,,,,,";

std::string powers_csv(const std::vector<std::string>& more_rows = {}) {
  std::string text = kPowersHeader + "\n" + kPower1 + "\n" + kPower2 + "\n" + kPower3 + "\n";
  for (const auto& row : more_rows) text += row + "\n";
  return text;
}

}  // namespace

TEST_CASE("lists: powers are read, bodies named by name, id or short name") {
  SourceTree tree;
  tree.write("lists/powers.csv", powers_csv());
  builder::Source source = read_clean(tree);
  const auto& powers = source.dataset.powers;
  REQUIRE(powers.size() == 3);
  CHECK(powers[0].code == "XK-001");
  CHECK(powers[0].name == "排污许可");
  CHECK(powers[0].sub_name == "重点管理");
  CHECK(powers[0].type == "行政许可");
  CHECK(powers[0].body_id == "sthjj");
  CHECK(powers[0].basis == "《排污许可管理条例》");
  CHECK(powers[0].responsible_body_id == "sthjj");
  CHECK(powers[0].service_unit == "区政务服务中心");
  CHECK(powers[0].time_limit == "20个工作日");
  CHECK(powers[0].fee_basis == "不收费");
  CHECK(powers[0].extra == std::map<std::string, std::string>{{"备注", "重点事项"}});
  CHECK(powers[1].body_id == "sthjj");
  CHECK(powers[1].responsible_body_id.empty());
  CHECK(powers[1].extra.empty());
  CHECK(powers[2].type == "公共服务事项");
  CHECK(powers[2].body_id == "kfq");
}

TEST_CASE("lists: the columns of powers.csv may come in any order") {
  SourceTree tree;
  tree.write("lists/powers.csv",
             "实施主体,事项类型,事项名称,事项编码\n区开发区管委会,行政检查,安全检查,JC-001\n");
  builder::Source source = read_clean(tree);
  REQUIRE(source.dataset.powers.size() == 1);
  CHECK(source.dataset.powers[0].code == "JC-001");
  CHECK(source.dataset.powers[0].body_id == "kfq");
  CHECK(source.dataset.powers[0].type == "行政检查");
}

TEST_CASE("lists: a required column missing from powers.csv") {
  SourceTree tree;
  std::string header = kPowersHeader;
  header.replace(header.find("实施主体,"), std::string("实施主体,").size(), "");
  std::string text = header + "\n" + "XK-001,排污许可,,行政许可,《条例》,,,,,\n";
  tree.write("lists/powers.csv", text);
  builder::Source source;
  Diagnostic d = only_error(tree, &source);
  CHECK(d.file == "lists/powers.csv");
  CHECK(d.line == 1);
  CHECK(d.column == 0);
  CHECK(d.field == "实施主体");
  CHECK(has(d.message, "required column is missing"));
  CHECK(source.dataset.powers.empty());
  CHECK(builder::format_diagnostic(d).rfind(
            "lists/powers.csv:1: error: 实施主体: required column is missing", 0) == 0);
}

TEST_CASE("lists: a bad power row is reported at its cell and left out") {
  SourceTree tree;
  struct Case {
    std::string row;
    std::string field;
    std::string cell;  // where the cell starts in the row
    std::string message;
    std::string hint;
  };
  for (const Case& c : std::vector<Case>{
           {"XK-002,危险废物经营许可,,行政审批,sthjj,,,,,,", "事项类型", "行政审批",
            "unknown type \"行政审批\"", "行政许可、行政处罚"},
           {"XK-002,危险废物经营许可,,行政许可,区环保局,,,,,,", "实施主体", "区环保局",
            "no body is named \"区环保局\"", "name, short name or id"},
           {"XK-002,危险废物经营许可,,行政许可,sthjj,,区环保局,,,,", "责任主体", "区环保局",
            "no body is named \"区环保局\"", ""},
           {"XK-002,,,行政许可,sthjj,,,,,,", "事项名称", ",,,行政许可", "must not be empty", ""},
       }) {
    CAPTURE(c.row);
    tree.write("lists/powers.csv", powers_csv({c.row}));
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "lists/powers.csv");
    CHECK(d.line == 5);
    CHECK(d.field == c.field);
    // An empty cell starts right after its comma.
    int column = column_of(c.row, c.cell) + (c.cell[0] == ',' ? 1 : 0);
    CHECK(d.column == column);
    CHECK(has(d.message, c.message));
    CHECK(has(d.hint, c.hint));
    CHECK(source.dataset.powers.size() == 3);  // the good rows are kept
  }
}

TEST_CASE("lists: a duplicate 事项编码 names the line of the first") {
  SourceTree tree;
  std::string row = "CF-001,另一个处罚,,行政处罚,sthjj,,,,,,";
  tree.write("lists/powers.csv", powers_csv({row}));
  builder::Source source;
  Diagnostic d = only_error(tree, &source);
  CHECK(d.file == "lists/powers.csv");
  CHECK(d.line == 5);
  CHECK(d.column == 1);
  CHECK(d.field == "事项编码");
  CHECK(has(d.message, "duplicate 事项编码 CF-001"));
  CHECK(d.hint == "first used on line 3");
  REQUIRE(source.dataset.powers.size() == 3);
  CHECK(source.dataset.powers[1].name == "对超标排放大气污染物的处罚");  // the first one stays
}

TEST_CASE("lists: responsibilities belong to powers") {
  SourceTree tree;
  tree.write("lists/powers.csv", powers_csv());
  std::string good = "XK-001,受理,依法受理排污许可申请。,对符合条件的申请不予受理的,测试区生态环境局";
  std::string bad = "XK-999,决定,依法作出决定。,,";
  tree.write("lists/responsibilities.csv",
             "事项编码,环节,责任事项,追责情形,责任主体\n" + good + "\n" + bad + "\n");
  builder::Source source;
  Diagnostic d = only_error(tree, &source);
  CHECK(d.file == "lists/responsibilities.csv");
  CHECK(d.line == 3);
  CHECK(d.column == 1);
  CHECK(d.field == "事项编码");
  CHECK(has(d.message, "no power has 事项编码 XK-999"));
  CHECK(has(d.hint, "lists/powers.csv"));
  REQUIRE(source.dataset.responsibilities.size() == 1);
  const ResponsibilityItem& r = source.dataset.responsibilities[0];
  CHECK(r.power_code == "XK-001");
  CHECK(r.stage == "受理");
  CHECK(r.duty == "依法受理排污许可申请。");
  CHECK(r.accountability == "对符合条件的申请不予受理的");
  CHECK(r.body_id == "sthjj");

  SUBCASE("a responsibility without powers.csv") {
    tree.remove("lists/powers.csv");
    Diagnostics diagnostics;
    tree.read(&diagnostics);
    INFO(describe(diagnostics));
    CHECK(diagnostics.error_count() == 2);  // neither power exists
  }
}

TEST_CASE("lists: task lists declared in tasks.json") {
  SourceTree tree;
  const std::string row1 = "1,测试区生态环境局、区开发区管委会,负责职责范围内的安全生产监督管理。,《安全生产法》";
  const std::string row2 = "2,aqw,统筹协调全区安全生产工作。,";
  tree.write("lists/tasks.json",
             R"([{"id": "safety", "name": "安全生产监管职责任务清单", "file": "tasks-safety.csv"}])");
  tree.write("lists/tasks-safety.csv", "序号,责任单位,职责任务,依据\n" + row1 + "\n" + row2 + "\n");

  SUBCASE("read") {
    builder::Source source = read_clean(tree);
    REQUIRE(source.dataset.task_lists.size() == 1);
    const TaskList& list = source.dataset.task_lists[0];
    CHECK(list.id == "safety");
    CHECK(list.name == "安全生产监管职责任务清单");
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[0].number == 1);
    CHECK(list.items[0].body_ids == std::vector<std::string>{"sthjj", "kfq"});
    CHECK(list.items[0].basis == "《安全生产法》");
    CHECK(list.items[1].number == 2);
    CHECK(list.items[1].body_ids == std::vector<std::string>{"aqw"});
  }
  SUBCASE("a declared file that does not exist") {
    const std::string second =
        R"(  {"id": "disaster", "name": "自然灾害防治职责任务清单", "file": "tasks-disaster.csv"})";
    tree.write("lists/tasks.json", R"([
  {"id": "safety", "name": "安全生产监管职责任务清单", "file": "tasks-safety.csv"},
)" + second + "\n]\n");
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "lists/tasks.json");
    CHECK(d.field == "/1/file");
    CHECK(d.line == 3);
    CHECK(d.column == column_of(second, "\"tasks-disaster.csv\""));
    CHECK(has(d.message, "lists/tasks-disaster.csv does not exist"));
    CHECK(source.dataset.task_lists.size() == 1);
  }
  SUBCASE("a file outside lists/") {
    tree.write("lists/tasks.json",
               R"([{"id": "safety", "name": "安全生产监管职责任务清单", "file": "../bodies.json"}])");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "lists/tasks.json");
    CHECK(d.field == "/0/file");
    CHECK(d.line == 1);
  }
  SUBCASE("a 责任单位 that names no body") {
    std::string row = "3,区应急局,负责应急管理。,";
    tree.write("lists/tasks-safety.csv",
               "序号,责任单位,职责任务,依据\n" + row1 + "\n" + row2 + "\n" + row + "\n");
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "lists/tasks-safety.csv");
    CHECK(d.line == 4);
    CHECK(d.column == 3);
    CHECK(d.field == "责任单位");
    CHECK(has(d.message, "\"区应急局\""));
    CHECK(source.dataset.task_lists[0].items.size() == 2);
  }
  SUBCASE("a 序号 that is not a number") {
    std::string row = "三,aqw,统筹协调。,";
    tree.write("lists/tasks-safety.csv", "序号,责任单位,职责任务,依据\n" + row + "\n");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "lists/tasks-safety.csv");
    CHECK(d.line == 2);
    CHECK(d.column == 1);
    CHECK(d.field == "序号");
  }
}

TEST_CASE("lists: the division of duties") {
  SourceTree tree;
  const std::string header = "编号,分组,事项,环节,牵头单位,配合单位,依据";
  const std::string row1 = "FG-01,生态环保,噪声污染防治,监管,测试区生态环境局,区开发区管委会、jcz,《噪声污染防治法》";
  const std::string row2 = "FG-01,生态环保,噪声污染防治,执法,sthjj,,";

  SUBCASE("read: one matter per 编号, one stage per row") {
    tree.write("lists/division.csv", header + "\n" + row1 + "\n" + row2 + "\n");
    builder::Source source = read_clean(tree);
    REQUIRE(source.dataset.division_matters.size() == 1);
    const DivisionMatter& m = source.dataset.division_matters[0];
    CHECK(m.code == "FG-01");
    CHECK(m.group == "生态环保");
    CHECK(m.name == "噪声污染防治");
    REQUIRE(m.stages.size() == 2);
    CHECK(m.stages[0].stage == "监管");
    CHECK(m.stages[0].lead_body_ids == std::vector<std::string>{"sthjj"});
    CHECK(m.stages[0].cooperating_body_ids == std::vector<std::string>{"kfq", "jcz"});
    CHECK(m.stages[0].basis == "《噪声污染防治法》");
    CHECK(m.stages[1].stage == "执法");
    CHECK(m.stages[1].cooperating_body_ids.empty());
  }
  SUBCASE("rows of one 编号 with another 事项") {
    std::string row = "FG-01,生态环保,扬尘污染防治,执法,sthjj,,";
    tree.write("lists/division.csv", header + "\n" + row1 + "\n" + row + "\n");
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "lists/division.csv");
    CHECK(d.line == 3);
    CHECK(d.column == column_of(row, "扬尘"));
    CHECK(d.field == "事项");
    CHECK(has(d.message, "FG-01"));
    REQUIRE(source.dataset.division_matters.size() == 1);
    CHECK(source.dataset.division_matters[0].stages.size() == 1);
  }
  SUBCASE("rows of one 编号 with another 分组") {
    std::string row = "FG-01,市场监管,噪声污染防治,执法,sthjj,,";
    tree.write("lists/division.csv", header + "\n" + row1 + "\n" + row + "\n");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "lists/division.csv");
    CHECK(d.line == 3);
    CHECK(d.field == "事项");
  }
  SUBCASE("a 牵头单位 that names no body") {
    std::string row = "FG-02,民生,占道经营,执法,区城管局,,";
    tree.write("lists/division.csv", header + "\n" + row1 + "\n" + row + "\n");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "lists/division.csv");
    CHECK(d.line == 3);
    CHECK(d.column == column_of(row, "区城管局"));
    CHECK(d.field == "牵头单位");
    CHECK(has(d.message, "\"区城管局\""));
  }
  SUBCASE("a 配合单位 that names no body, among others") {
    std::string row = "FG-02,民生,占道经营,执法,sthjj,区开发区管委会、区城管局,";
    tree.write("lists/division.csv", header + "\n" + row + "\n");
    Diagnostic d = only_error(tree);
    CHECK(d.line == 2);
    CHECK(d.field == "配合单位");
    CHECK(d.column == column_of(row, "区开发区管委会"));  // the cell's column
  }
}

TEST_CASE("lists: keywords point at duties in force, matters and powers") {
  SourceTree tree;
  tree.write("lists/powers.csv", powers_csv());
  tree.write("lists/division.csv",
             "编号,分组,事项,环节,牵头单位\nFG-01,生态环保,噪声污染防治,监管,sthjj\n");
  // Clause 3 of sthjj is removed in 2021, before the data date 2026-01-01.
  tree.write("documents/adjust-2021.json", R"({
  "doc_no": "测编〔2021〕12号", "title": "调整", "issuer": "编委", "kind": "adjustment",
  "issued": "2021-06-10", "effective": "2021-07-01",
  "changes": [{"action": "remove", "body": "sthjj", "clause": "3"}]
}
)");
  const std::string header = "关键词,类型,对象\n";
  const std::string good = "环境监测,职责,sthjj#2\n噪音,分工事项,FG-01\n排污,权力事项,XK-001\n";

  SUBCASE("read") {
    tree.write("keywords.csv", header + good);
    builder::Source source = read_clean(tree);
    const auto& k = source.dataset.keywords;
    REQUIRE(k.size() == 3);
    CHECK(k[0].word == "环境监测");
    CHECK(k[0].target_kind == KeywordTarget::kDuty);
    CHECK(k[0].target == "sthjj#2");
    CHECK(k[1].target_kind == KeywordTarget::kMatter);
    CHECK(k[1].target == "FG-01");
    CHECK(k[2].target_kind == KeywordTarget::kPower);
    CHECK(k[2].target == "XK-001");
  }
  struct Case {
    std::string row;
    std::string field;
    std::string cell;
    std::string message;
    std::string hint;
  };
  for (const Case& c : std::vector<Case>{
           {"噪音,事项,FG-01", "类型", "事项", "unknown type \"事项\"", "职责, 分工事项 or 权力事项"},
           {"噪音,职责,sthjj#3", "对象", "sthjj#3", "\"sthjj#3\" is not a 职责 of this publication",
            "in force on the data date"},
           {"噪音,职责,sthjj#9", "对象", "sthjj#9", "\"sthjj#9\" is not a 职责", ""},
           {"噪音,职责,nope#1", "对象", "nope#1", "\"nope#1\" is not a 职责", ""},
           {"噪音,分工事项,FG-99", "对象", "FG-99", "\"FG-99\" is not a 分工事项", "编号"},
           {"噪音,权力事项,XK-999", "对象", "XK-999", "\"XK-999\" is not a 权力事项", "事项编码"},
           {"噪音,职责,", "对象", ",职责,", "must not be empty", ""},
       }) {
    CAPTURE(c.row);
    tree.write("keywords.csv", header + good + c.row + "\n");
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "keywords.csv");
    CHECK(d.line == 5);
    CHECK(d.field == c.field);
    int column = c.cell[0] == ',' ? chars(c.row) + 1 : column_of(c.row, c.cell);
    CHECK(d.column == column);
    CHECK(has(d.message, c.message));
    CHECK(has(d.hint, c.hint));
    CHECK(source.dataset.keywords.size() == 3);
  }
}

TEST_CASE("lists: synonyms") {
  SourceTree tree;
  tree.write("synonyms.csv", "词,同义词\n噪音,噪声、噪声污染\n城管,综合行政执法\n");
  SUBCASE("read, several alternatives separated by 、") {
    builder::Source source = read_clean(tree);
    REQUIRE(source.dataset.synonyms.size() == 2);
    CHECK(source.dataset.synonyms[0].word == "噪音");
    CHECK(source.dataset.synonyms[0].alternatives == std::vector<std::string>{"噪声", "噪声污染"});
    CHECK(source.dataset.synonyms[1].alternatives == std::vector<std::string>{"综合行政执法"});
  }
  SUBCASE("a word without alternatives") {
    tree.write("synonyms.csv", "词,同义词\n噪音,噪声\n扬尘,\n");
    builder::Source source;
    Diagnostic d = only_error(tree, &source);
    CHECK(d.file == "synonyms.csv");
    CHECK(d.line == 3);
    CHECK(d.column == 4);
    CHECK(d.field == "同义词");
    CHECK(has(d.message, "must not be empty"));
    CHECK(source.dataset.synonyms.size() == 1);
  }
  SUBCASE("a missing column") {
    tree.write("synonyms.csv", "词,近义词\n噪音,噪声\n");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "synonyms.csv");
    CHECK(d.line == 1);
    CHECK(d.field == "同义词");
  }
}

TEST_CASE("lists: a GB18030 powers.csv is read in auto mode") {
  SourceTree tree;
  std::string bad = "XK-002,危险废物经营许可,,行政审批,sthjj,,,,,,";
  tree.write("lists/powers.csv", to_gb18030(powers_csv({bad})));
  builder::Source source;
  Diagnostic d = only_error(tree, &source);
  // Positions are those of the decoded text, as an editor shows them.
  CHECK(d.file == "lists/powers.csv");
  CHECK(d.line == 5);
  CHECK(d.column == column_of(bad, "行政审批"));
  CHECK(d.field == "事项类型");
  CHECK(has(d.message, "\"行政审批\""));  // and the message is UTF-8
  const auto& powers = source.dataset.powers;
  REQUIRE(powers.size() == 3);
  CHECK(powers[0].name == "排污许可");
  CHECK(powers[0].body_id == "sthjj");  // 测试区生态环境局, decoded
  CHECK(powers[0].extra.at("备注") == "重点事项");
  CHECK(powers[2].body_id == "kfq");    // 区开发区管委会

  SUBCASE("and when dataset.json declares gb18030") {
    std::string dataset = kTreeDataset;
    dataset.replace(dataset.find("\"division_code\""), 0, "\"csv_encoding\": \"gb18030\",\n  ");
    tree.write("dataset.json", dataset);
    tree.write("lists/powers.csv", to_gb18030(powers_csv()));
    builder::Source declared = read_clean(tree);
    REQUIRE(declared.dataset.powers.size() == 3);
    CHECK(declared.dataset.powers[1].name == "对超标排放大气污染物的处罚");
  }
  SUBCASE("but not when dataset.json declares utf-8") {
    std::string dataset = kTreeDataset;
    dataset.replace(dataset.find("\"division_code\""), 0, "\"csv_encoding\": \"utf-8\",\n  ");
    tree.write("dataset.json", dataset);
    tree.write("lists/powers.csv", to_gb18030(powers_csv()));
    builder::Source refused;
    Diagnostic e = only_error(tree, &refused);
    CHECK(e.file == "lists/powers.csv");
    CHECK(e.line == 1);
    CHECK(e.column == 1);
    CHECK(has(e.message, "invalid UTF-8"));
    CHECK(has(e.message, "csv_encoding \"utf-8\""));
    CHECK(refused.dataset.powers.empty());
  }
}

TEST_CASE("lists: an unknown csv_encoding in dataset.json") {
  SourceTree tree;
  std::string dataset = kTreeDataset;
  dataset.replace(dataset.find("\"division_code\""), 0, "\"csv_encoding\": \"gbk\",\n  ");
  tree.write("dataset.json", dataset);
  Diagnostic d = only_error(tree);
  CHECK(d.file == "dataset.json");
  CHECK(d.field == "/csv_encoding");
  CHECK(d.line == 6);
  CHECK(d.column == 19);
  CHECK(has(d.hint, "gb18030"));
}

// With bodies.json (or dataset.json) unreadable, list rows are kept and the checks that depend
// on them skipped, so the publisher sees only the real problem, not its consequences.
TEST_CASE("lists: an unreadable bodies.json or dataset.json adds no errors of its own") {
  SourceTree tree;
  tree.write("lists/powers.csv", powers_csv());
  tree.write("lists/responsibilities.csv", "事项编码,环节,责任事项\nXK-001,受理,依法受理。\n");
  tree.write("keywords.csv", "关键词,类型,对象\n排污,权力事项,XK-001\n监测,职责,sthjj#2\n");
  SUBCASE("bodies.json missing") {
    tree.remove("bodies.json");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "bodies.json");
  }
  SUBCASE("dataset.json missing") {
    tree.remove("dataset.json");
    Diagnostic d = only_error(tree);
    CHECK(d.file == "dataset.json");
  }
}
