// A small district for the 职责体检 tests: three departments whose clauses overlap in three
// places — 餐饮油烟 (settled by the division list), 施工噪声 (settled by a 三定 boundary) and 工地扬尘
// (not settled) — plus the lists around them. clean() is the same district without the overlaps,
// shared powers and stale marks: the audit must find nothing there.
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include "builder/publication_loader.h"
#include "source_tree.h"

namespace dutyatlas::test::audit_tree {

inline const char* const kBodies = R"({
  "bodies": [
    {"id": "sthjj", "name": "测试区生态环境局", "category": "government", "rank": "正科级", "uscc": "119999020047900979", "division_code": "999902"},
    {"id": "zhzfj", "name": "测试区综合行政执法局", "category": "government", "rank": "正科级", "uscc": "11999902MB1234567X", "division_code": "999902"},
    {"id": "zjj", "name": "测试区住房和城乡建设局", "category": "government", "rank": "正科级", "uscc": "11999902MB7654321Y", "division_code": "999902"},
    {"id": "jcz", "name": "测试区环境监测站", "category": "institution", "rank": "副科级", "parent": "sthjj", "uscc": "12999902404190015M", "division_code": "999902"}
  ]
}
)";

inline std::string document(const std::string& no, const std::string& kind, const std::string& date,
                            const std::string& changes = "") {
  return R"({"doc_no": ")" + no + R"(", "title": "关于)" + no + R"(的通知", "issuer": "中共测试区委机构编制委员会", "kind": ")" +
         kind + R"(", "issued": ")" + date + R"(", "effective": ")" + date + "\"" +
         (changes.empty() ? "" : ", \"changes\": [" + changes + "]") + "}\n";
}

inline std::string sanding(const std::string& body, const std::string& no, const std::string& duties,
                           const std::string& extra = "") {
  return R"({"body": ")" + body + R"(", "document": ")" + no + R"(", "setup": "为正科级。", "duties": [)" +
         duties + "]" + extra + "}\n";
}

// The district; `overlapping` false gives the clean one.
inline void write(SourceTree& tree, bool overlapping) {
  tree.write("bodies.json", kBodies);
  tree.remove(kTreeSandingDocumentFile);
  tree.write("documents/s1.json", document("测编〔2019〕1号", "sanding", "2019-03-01"));
  tree.write("documents/s2.json", document("测编〔2019〕2号", "sanding", "2019-03-01"));
  tree.write("documents/s3.json", document("测编〔2019〕3号", "sanding", "2019-03-01"));
  std::string common = R"("负责贯彻执行国家和省市有关方针政策和法律法规。", "承担区委、区政府交办的其他任务。")";
  tree.write("sanding/sthjj.json",
             sanding("sthjj", "测编〔2019〕1号",
                     common + R"(, "负责全区生态环境监测和信息发布工作。", "负责全区核与辐射安全的监督管理。")" +
                         (overlapping ? R"(, "负责餐饮服务单位油烟污染防治的监督管理。", "负责建筑施工噪声污染防治的监督管理。", "负责建筑工地扬尘污染防治的监督管理。")" : ""),
                     overlapping ? R"(, "boundaries": [{"with": ["zjj"], "text": "与区住房和城乡建设局的有关职责分工：建筑施工噪声污染由区住房和城乡建设局负责现场监督检查。"}])" : ""));
  tree.write("sanding/zhzfj.json",
             sanding("zhzfj", "测编〔2019〕2号",
                     common + R"(, "负责市容环境卫生和户外广告设施的管理。", "负责城市道路照明设施的维护。")" +
                         (overlapping ? R"(, "负责查处餐饮服务单位油烟污染违法行为。")" : "")));
  tree.write("sanding/zjj.json",
             sanding("zjj", "测编〔2019〕3号",
                     common + R"(, "负责房屋建筑和市政基础设施工程质量的监督管理。", "负责住房保障和物业管理的指导。")" +
                         (overlapping ? R"(, "负责建筑施工噪声污染的现场监督检查和投诉处理。", "负责建筑工地扬尘污染防治的现场监督检查。")" : "")));
  std::string powers = "事项编码,事项名称,事项类型,实施主体\n"
                       "XK-1,排污许可,行政许可,sthjj\nCF-1,占道经营处罚,行政处罚,zhzfj\n"
                       "XK-2,建筑工程施工许可,行政许可,zjj\n";
  if (overlapping) powers += "JC-1,扬尘污染防治检查,行政检查,sthjj\nJC-2,扬尘污染防治检查,行政检查,zjj\n";
  tree.write("lists/powers.csv", powers);
  tree.write("lists/division.csv",
             "编号,分组,事项,环节,牵头单位,配合单位\n"
             "A01,生态环保,餐饮油烟污染,监管,zhzfj,sthjj\nA01,生态环保,餐饮油烟污染,执法,zhzfj,\n");
  if (overlapping) {
    // An adjustment after each of three years: zjj's 三定 (2019) is then old with many since.
    for (int year = 2020; year <= 2024; ++year) {
      std::string no = "测编〔" + std::to_string(year) + "〕9号";
      tree.write("documents/a" + std::to_string(year) + ".json",
                 document(no, "adjustment", std::to_string(year) + "-06-01",
                          R"({"action": "add", "body": "zjj", "clause": "a)" + std::to_string(year) +
                              R"(", "text": "负责)" + std::to_string(year) + R"(年度城镇老旧小区改造的组织实施。"})"));
    }
  }
}

// The district built in memory, as `dutyatlas audit DIR` loads a source folder.
inline std::unique_ptr<DutyDatabase> load(const SourceTree& tree) {
  std::string error;
  std::ostringstream diagnostics;
  auto db = builder::load_publication(tree.path(), &error, diagnostics);
  INFO(error << "\n" << diagnostics.str());
  REQUIRE(db);
  return db;
}

}  // namespace dutyatlas::test::audit_tree
