// The small district the search and 谁来管 tests share: five bodies (a department that enforces,
// one that supervises, the police, a street, a monitoring station without duties of its own)
// and a coordination body, their 三定 (one long clause that names the station in passing), a
// 职责分工清单 matter with a lead and a cooperating body, three powers, a keyword and two
// synonym groups; built once per test run. Also the hostile texts both must take as text.
#pragma once

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "builder/bundle_writer.h"
#include "core/search/snippet.h"
#include "source_tree.h"

namespace dutyatlas::test::search_tree {

inline const char* const kBodies = R"({
  "bodies": [
    {"id": "zhzfj", "name": "测试区综合行政执法局", "short_name": "区综合行政执法局", "category": "government", "rank": "正科级", "uscc": "11999902102162289G", "division_code": "999902"},
    {"id": "sthjj", "name": "测试区生态环境局", "short_name": "区生态环境局", "category": "government", "rank": "正科级", "uscc": "119999021021346083", "division_code": "999902"},
    {"id": "gafj", "name": "测试区公安分局", "short_name": "区公安分局", "category": "government", "rank": "正科级", "uscc": "119999021021242237", "division_code": "999902"},
    {"id": "dsjd", "name": "测试区东示街道办事处", "short_name": "东示街道", "category": "street", "rank": "正科级", "uscc": "11999902102177851J", "division_code": "999902"},
    {"id": "jcz", "name": "测试区环境监测站", "short_name": "区环境监测站", "category": "institution", "rank": "副科级", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902", "institution_class": "public-1"},
    {"id": "cgw", "name": "测试区城市管理委员会", "short_name": "区城管委", "category": "coordination", "uscc": "11999902006290213F", "division_code": "999902", "host": "zhzfj"}
  ]
}
)";

// Writes a body's 三定: the document that issued it and the 三定 itself.
inline void write_sanding(SourceTree& tree, const std::string& body, const std::string& doc_no,
                          const std::string& title, const std::string& setup,
                          const std::vector<std::string>& duties) {
  tree.write("documents/sanding-" + body + ".json",
             R"({"doc_no": ")" + doc_no + R"(", "title": ")" + title +
                 R"(", "issuer": "中共测试区委机构编制委员会", "kind": "sanding", "issued": "2019-12-20",
            "effective": "2020-01-01"})");
  nlohmann::json j = {{"body", body}, {"document", doc_no}, {"setup", setup}, {"duties", duties}};
  tree.write("sanding/" + body + ".json", j.dump(2));
}

// A long clause that mentions the monitoring station only in passing.
inline const char* const kLongClause =
    "负责全区城市管理和综合行政执法工作的统筹协调、业务指导、监督检查和考核评价，指导各镇（街道）"
    "开展城市管理工作，建立健全与公安、生态环境、住房城乡建设等部门的执法协作和案件移送机制，"
    "重大活动期间会同区环境监测站开展市容环境和空气质量的联合巡查，并组织开展执法人员业务培训。";

struct Built {
  builder::DatabaseImage image;
  std::unique_ptr<DutyDatabase> db;
};

inline const DutyDatabase& db() {
  static const Built b = [] {
    SourceTree tree;
    tree.write("bodies.json", kBodies);
    tree.remove("documents");
    tree.remove("sanding");
    write_sanding(tree, "zhzfj", "测编〔2020〕3号", "关于印发测试区综合行政执法局三定规定的通知",
                  "区综合行政执法局是区政府工作部门，为正科级。",
                  {kLongClause, "负责全区市容环境卫生管理工作。",
                   "负责全区餐饮服务业油烟污染防治的日常监督管理，依法查处餐饮服务单位超标排放油烟的行为。",
                   "集中行使建筑施工噪声方面的行政处罚权。"});
    write_sanding(tree, "sthjj", "测编〔2020〕1号", "关于印发测试区生态环境局三定规定的通知",
                  "区生态环境局是区政府工作部门，为正科级。",
                  {"负责建立健全全区生态环境基本制度。",
                   "负责全区噪声污染防治的统一监督管理，负责工业噪声污染防治的监督管理。",
                   "负责全区大气、水、土壤污染防治的监督管理。"});
    write_sanding(tree, "gafj", "测编〔2020〕4号", "关于印发测试区公安分局三定规定的通知",
                  "区公安分局是区政府工作部门，为正科级。",
                  {"负责全区社会治安管理。", "负责社会生活噪声污染防治的相关监督管理。"});
    write_sanding(tree, "dsjd", "测编〔2020〕5号", "关于印发测试区东示街道办事处三定规定的通知",
                  "东示街道办事处是区政府的派出机关。",
                  {"负责辖区生态环境保护属地管理工作，组织开展餐饮油烟、噪声扰民问题的巡查发现和报告。"});
    tree.write("lists/division.csv",
               "编号,分组,事项,环节,牵头单位,配合单位,依据\n"
               "T01,生态环保,餐饮油烟污染,监管,区综合行政执法局,区生态环境局,《大气污染防治法》第八十一条\n"
               "T01,生态环保,餐饮油烟污染,执法,区综合行政执法局,,《大气污染防治法》第一百一十八条\n");
    tree.write("lists/powers.csv",
               "事项编码,事项名称,事项类型,实施主体\n"
               "CF-001,对餐饮服务业经营者超标排放油烟的行政处罚,行政处罚,zhzfj\n"
               "CF-002,对超标排放工业噪声的行政处罚,行政处罚,sthjj\n"
               "CF-003,对餐饮油烟扰民的劝导制止,其他行政权力,dsjd\n");
    tree.write("keywords.csv", "关键词,类型,对象\n烧烤,职责,zhzfj#3\n");
    tree.write("synonyms.csv", "词,同义词\n城管,综合行政执法\n噪音,噪声\n");
    builder::Diagnostics diagnostics;
    builder::Source source = tree.read(&diagnostics);
    if (diagnostics.has_errors()) {
      throw std::runtime_error("search test tree has errors:\n" + describe(diagnostics));
    }
    Built built;
    built.image = builder::write_database_image(source.dataset, source.history);
    built.db = open_image(built.image);
    return built;
  }();
  return *b.db;
}

inline std::string marked(const std::string& word) {
  return std::string(kMarkOpen) + word + std::string(kMarkClose);
}

// Text that means something to FTS5's query syntax, SQL or UTF-8, and sizes beyond reason.
inline std::vector<std::string> hostile_texts() {
  return {"\"", "\"\"", "'", "*", "噪声*", "a OR b", "OR", "AND", "NOT", "噪声 NOT 油烟", "(", ")",
          "(噪声", "title:噪声", "text:x", "col:", "{title}: 噪声", "NEAR(噪声 油烟)", "^噪声",
          "噪声\" AND (", "\\", "%", "_", "-噪声", "+", "\x01\x02", "\xff\xfe", "😀😀", "　",
          std::string(10000, 'x'), std::string(10000, '"'), std::string(3000, '(') + "噪声"};
}

// A query of the JSON API (core/api/query_json.h) for `text`, as the page would send it.
inline std::string text_request(const char* query, const std::string& text) {
  return nlohmann::json{{"query", query}, {"text", text}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dutyatlas::test::search_tree
