// Issue 19: `diff` and the build's 与上次发布相比 see every change a reader would see. The demo
// district (assets/demo) is built, one thing of each kind is changed in its sources, and the
// report must name each with its value before → after; an unchanged rebuild must still say
// 两次发布内容相同. Not for the report's matching rules in detail (publication_diff_test.cpp).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "build_options.h"
#include "cli_runner.h"
#include "test_support.h"

namespace dutyatlas::test {
namespace {

using nlohmann::json;

json read_json(const fs::path& path) { return json::parse(read_file(path)); }
void write_json(const fs::path& path, const json& value) { write_file(path, value.dump(2) + "\n"); }

// `text` with its first `from` replaced by `to` (the test fails if it has none).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "no " << from << " in " << text);
  return text.replace(at, from.size(), to);
}

void replace_in(const fs::path& path, const std::string& from, const std::string& to) {
  write_file(path, replaced(read_file(path), from, to));
}

// The demo's first 职责分工 of sthjj, as published before the change.
std::string demo_boundary() {
  return read_json(source_root() / "assets/demo/sanding/sthjj.json")["boundaries"][0]["text"];
}

// One change of each kind a reader sees, made in the demo's sources at `src`.
void change_one_of_each(const fs::path& src) {
  json sthjj = read_json(src / "sanding/sthjj.json");
  REQUIRE(sthjj["staffing"]["administrative"] == 18);
  sthjj["staffing"]["administrative"] = 25;
  sthjj["staffing"]["leaders"][1]["count"] = 2;  // 副局长 3 → 2
  REQUIRE(sthjj["divisions"][2]["name"] == "大气环境管理股");
  sthjj["divisions"][2]["name"] = "大气环境管理科";
  REQUIRE(sthjj["divisions"][2]["duties"][0] == "负责大气污染防治和重污染天气应对");
  sthjj["divisions"][2]["duties"][0] = "负责大气污染防治、重污染天气应对和预警";
  sthjj["transformation"][0] = replaced(sthjj["transformation"][0], "切实履行监管责任", "切实履行生态环境监管责任");
  // A paragraph inserted at the front: one addition, the edit above still the first old one's.
  sthjj["transformation"].insert(sthjj["transformation"].begin(), "加强生态环境保护统筹协调。");
  sthjj["setup"] = sthjj["setup"].get<std::string>() + "加挂区环境保护委员会办公室牌子。";
  sthjj["boundaries"][0]["text"] = replaced(sthjj["boundaries"][0]["text"], "露天烧烤、", "");
  sthjj["duties"][1] = replaced(sthjj["duties"][1], "跨区域环境污染纠纷", "跨区域、跨流域环境污染纠纷");
  write_json(src / "sanding/sthjj.json", sthjj);

  json document = read_json(src / "documents/sb-2019-015.json");
  REQUIRE(document["issued"] == "2019-02-26");
  document["issued"] = "2019-02-27";
  write_json(src / "documents/sb-2019-015.json", document);

  json bodies = read_json(src / "bodies.json");
  REQUIRE(bodies["bodies"][0]["id"] == "qwb");
  REQUIRE(bodies["bodies"][0]["contact"]["phones"][0]["number"] == "0300-5550001");
  bodies["bodies"][0]["contact"]["phones"][0]["number"] = "0300-5550009";
  write_json(src / "bodies.json", bodies);

  replace_in(src / "lists/powers.csv", "XZCF-QWB-0001,对丢失属于国家所有的档案的行政处罚,,行政处罚,中共示例区委办公室,"
             "《中华人民共和国档案法》第四十八条,区委办,,90日",
             "XZCF-QWB-0001,对丢失属于国家所有的档案的行政处罚,,行政处罚,中共示例区委办公室,"
             "《中华人民共和国档案法》第四十八条,区委办,,60日");
  replace_in(src / "lists/division.csv", "\nA01,生态环保,餐饮油烟污染,监管,区综合行政执法局,区生态环境局、区市场监管局,",
             "\nA01,生态环保,餐饮油烟污染,监管,区综合行政执法局,区市场监管局,");
  replace_in(src / "lists/tasks.json", "\"安全生产监管职责任务清单\"", "\"安全生产职责任务清单\"");
  replace_in(src / "keywords.csv", "\n油烟,职责,zhzfj#10\n", "\n油烟污染,职责,zhzfj#10\n");
  replace_in(src / "synonyms.csv", "\n噪音,噪声\n", "\n噪音,噪声、噪音污染\n");
}

TEST_CASE("diff: every kind of change to the demo is reported before → after") {
  TempDir tmp;
  fs::copy(source_root() / "assets" / "demo", tmp / "src", fs::copy_options::recursive);
  const builder::BuildOptions options = build_options(tmp / "src", tmp / "out");
  {
    CaptureOutput quiet;
    REQUIRE(builder::run_build(options) == 0);
  }
  {
    CaptureOutput quiet;
    REQUIRE(builder::run_build(options) == 0);
    CHECK(has(quiet.out(), "与上次发布相比：\n两次发布内容相同。\n"));
  }

  change_one_of_each(tmp / "src");
  CliRun run = run_cli({"diff", (tmp / "out").string(), (tmp / "src").string()}, tmp.path());
  REQUIRE_MESSAGE(run.code == 0, run.err);
  const std::string& text = run.out;
  INFO(text);
  // Plain blocks, not SUBCASEs: each SUBCASE would build the demo again.

  {  // the count lines
    CHECK(has(text, "机构：其他变更 1\n"));
    CHECK(has(text, "主要职责：修改 1\n"));
    CHECK(has(text, "三定规定：变更 1\n"));
    CHECK(has(text, "文件：变更 1\n"));
    CHECK(has(text, "权力清单：变更 1\n"));
    CHECK(has(text, "职责任务清单：变更 1\n"));  // the list, not each of its tasks
    CHECK(has(text, "职责分工清单：变更 1\n"));
    CHECK(has(text, "关键词：修改 1\n"));  // a word corrected: one change, not + and -
    CHECK(has(text, "同义词：新增 1\n"));
    CHECK_FALSE(has(text, "内容相同"));
  }

  {  // a body's changes under its name, each before → after
    CHECK(has(text, "\n区委办 (qwb)\n  ~ 联系电话：办公室 0300-5550001 → 办公室 0300-5550009\n"));
    CHECK(has(text, "\n区生态环境局 (sthjj)\n  ~ 主要职责 #2：…"));
    CHECK(has(text, "跨区域{+、跨流域+}环境污染纠纷"));
    CHECK(has(text, "  ~ 三定 示编〔2019〕15号\n"));
    CHECK(has(text, "      行政编制：18 → 25\n"));
    CHECK(has(text, "      领导职数：局长 1 名、副局长 3 名 → 局长 1 名、副局长 2 名\n"));
    CHECK(has(text, "      第3个内设机构：大气环境管理股 → 大气环境管理科\n"));
    // Short texts whole, long ones as a character diff.
    CHECK(has(text, "      第3个内设机构职责第1条：负责大气污染防治和重污染天气应对 → 负责大气污染防治、重污染天气应对和预警\n"));
    CHECK(has(text, "      职能转变第1段：（空） → 加强生态环境保护统筹协调。\n"));
    CHECK(has(text, "      职能转变第2段：…"));
    CHECK_FALSE(has(text, "      职能转变第3段"));  // the later paragraphs, unchanged, not reported
    CHECK(has(text, "切实履行{+生态环境+}监管责任"));
    CHECK(has(text, "      机构设置：…"));
    CHECK(has(text, "{+加挂区环境保护委员会办公室牌子。+}"));
    CHECK(has(text, "      职责分工第1条：…"));
    CHECK(has(text, "露天[-烧烤、露天-]焚烧"));
    // The duty is reported once, under 主要职责, not again as the 三定's wording.
    CHECK_FALSE(has(text, "      主要职责 #2"));
  }

  {  // documents, lists, keywords and synonyms under their headings
    CHECK(has(text, "\n文件\n  ~ 示编〔2019〕15号 "));
    CHECK(has(text, "      印发日期：2019-02-26 → 2019-02-27\n"));
    CHECK(has(text, "\n权力清单\n  ~ XZCF-QWB-0001 对丢失属于国家所有的档案的行政处罚\n      办理时限：90日 → 60日\n"));
    CHECK(has(text, "\n职责任务清单\n  ~ 安全生产职责任务清单（清单）\n"
                    "      清单名称：安全生产监管职责任务清单 → 安全生产职责任务清单\n\n"));
    // Bodies by their names, the 环节 of a matter on one line.
    CHECK(has(text, "\n职责分工清单\n  ~ A01 餐饮油烟污染\n"
                    "      配合单位：区市场监管局、区生态环境局／区生态环境局 → 区市场监管局／区生态环境局\n"));
    CHECK(has(text, "\n关键词\n  ~ 油烟（职责 区综合行政执法局 #10） → 油烟污染（职责 区综合行政执法局 #10）\n"));
    CHECK(has(text, "\n同义词\n  + 噪音 = 噪音污染\n"));
  }

  {  // the JSON has both values of every change
    CliRun json_run = run_cli({"diff", (tmp / "out").string(), (tmp / "src").string(), "--json"}, tmp.path());
    REQUIRE(json_run.code == 0);
    json j = json::parse(json_run.out);
    CHECK(j["identical"] == false);
    REQUIRE(j["sandings"]["changed"].size() == 1);
    const json& sanding = j["sandings"]["changed"][0];
    CHECK(sanding["body_id"] == "sthjj");
    CHECK(sanding["doc_no"] == "示编〔2019〕15号");
    auto change = [&](const std::string& field) {
      for (const json& c : sanding["changes"]) {
        if (c["field"] == field) return c;
      }
      FAIL("no change of " << field);
      return json();
    };
    CHECK(change("staffing_administrative") == json({{"field", "staffing_administrative"}, {"old", "18"}, {"new", "25"}}));
    CHECK(change("division/3")["new"] == "大气环境管理科");
    CHECK(change("boundary/1")["old"] == demo_boundary());
    CHECK(j["bodies"]["changed"][0]["changes"][0] ==
          json({{"field", "phones"}, {"old", "办公室 0300-5550001"}, {"new", "办公室 0300-5550009"}}));
    CHECK(j["documents"]["changed"][0]["changes"][0] ==
          json({{"field", "issued"}, {"old", "2019-02-26"}, {"new", "2019-02-27"}}));
    CHECK(j["powers"]["changed"][0]["changes"][0] == json({{"field", "time_limit"}, {"old", "90日"}, {"new", "60日"}}));
  }

  {  // the build's 与上次发布相比 counts the same changes
    CaptureOutput quiet;
    REQUIRE(builder::run_build(options) == 0);
    INFO(quiet.out());
    CHECK(has(quiet.out(), "与上次发布相比：\n机构：其他变更 1\n主要职责：修改 1\n三定规定：变更 1\n文件：变更 1\n"
                           "权力清单：变更 1\n职责任务清单：变更 1\n职责分工清单：变更 1\n关键词：修改 1\n同义词：新增 1\n"));
  }
}

}  // namespace
}  // namespace dutyatlas::test
