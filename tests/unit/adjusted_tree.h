// A small source tree with an adjustment document, built into a database once per test run:
// sthjj's 三定 (four clauses, 职能转变, two 内设机构, 人员编制, a 职责分工 with kfq) and a 2021
// adjustment that rewords, adds and transfers its clauses; kfq's 三定; a notice that changes no
// duties. Shared by the tests of what is read back (body_profile_test) and printed
// (body_print_test). Not for broken input: source_tree.h starts there.
#pragma once

#include <memory>
#include <stdexcept>

#include "builder/bundle_writer.h"
#include "source_tree.h"

namespace dutyatlas::test::adjusted_tree {


const char* const kSthjjSanding = R"({
  "body": "sthjj",
  "document": "测编〔2020〕1号",
  "setup": "区生态环境局是区政府工作部门，为正科级。",
  "duties": [
    "负责建立健全全区生态环境基本制度。",
    "负责全区生态环境监测工作。",
    "负责全区噪声污染防治的监督管理。",
    "承担区委、区政府交办的其他任务。"
  ],
  "transformation": ["深化“放管服”改革。"],
  "divisions": [{"name": "办公室", "duties": ["负责机关日常运转。"]}, {"name": "执法大队", "duties": []}],
  "staffing": {"administrative": 12, "service": 1,
               "leaders": [{"title": "局长", "count": 1}, {"title": "副局长", "count": 2}]},
  "boundaries": [{"with": ["kfq"], "text": "与区开发区管委会的有关职责分工：……"}]
}
)";

const char* const kKfqDocument = R"({
  "doc_no": "测编〔2020〕2号",
  "title": "关于印发测试区经济开发区管理委员会三定规定的通知",
  "issuer": "中共测试区委机构编制委员会",
  "kind": "sanding",
  "issued": "2020-03-01",
  "effective": "2020-03-01"
}
)";

const char* const kKfqSanding = R"({
  "body": "kfq",
  "document": "测编〔2020〕2号",
  "setup": "区开发区管委会是区委、区政府的派出机构。",
  "duties": ["负责开发区的规划建设。", "负责开发区的招商引资。"]
}
)";

const char* const kAdjustment = R"({
  "doc_no": "测编〔2021〕12号",
  "title": "关于调整区生态环境局和区开发区管委会有关职责的通知",
  "issuer": "中共测试区委机构编制委员会",
  "kind": "adjustment",
  "issued": "2021-06-10",
  "effective": "2021-07-01",
  "text": "各有关单位：\n经研究，决定调整……",
  "changes": [
    {"action": "reword", "body": "sthjj", "clause": "2", "text": "负责全区生态环境监测和信息发布工作。"},
    {"action": "add", "body": "sthjj", "clause": "a2021-1", "text": "负责全区碳排放监督管理工作。"},
    {"action": "transfer", "body": "sthjj", "clause": "3", "to": "kfq", "as": "t2021-1"},
    {"action": "remove", "body": "kfq", "clause": "2"}
  ]
}
)";

// A document that changes no duties: it is no body's document.
const char* const kNotice = R"({
  "doc_no": "测办〔2022〕5号", "title": "关于公布权责清单的通知", "issuer": "测试区人民政府办公室",
  "kind": "list", "issued": "2022-01-05", "effective": "2022-01-05"
}
)";

struct Built {
  builder::Source source;
  builder::DatabaseImage image;
  std::unique_ptr<DutyDatabase> db;
};

inline const Built& built() {
  static const Built b = [] {
    SourceTree tree;
    tree.write(kTreeSandingFile, kSthjjSanding);
    tree.write("documents/sanding-kfq.json", kKfqDocument);
    tree.write("sanding/kfq.json", kKfqSanding);
    tree.write("documents/adjust-2021.json", kAdjustment);
    tree.write("documents/notice-2022.json", kNotice);
    tree.write("lists/powers.csv",
               "事项编码,事项名称,事项类型,实施主体\n"
               "XK-001,排污许可,行政许可,sthjj\nCF-001,环境违法处罚,行政处罚,sthjj\n"
               "FW-001,项目落地服务,公共服务事项,kfq\n");
    tree.write("lists/responsibilities.csv",
               "事项编码,环节,责任事项\nXK-001,受理,依法受理。\nXK-001,决定,依法决定。\n");
    tree.write("lists/tasks.json", R"([{"id": "safety", "name": "安全生产清单", "file": "t.csv"}])");
    tree.write("lists/t.csv", "序号,责任单位,职责任务\n1,sthjj、kfq,安全生产。\n2,aqw,统筹协调。\n");
    tree.write("lists/division.csv",
               "编号,分组,事项,环节,牵头单位,配合单位\n"
               "FG-01,生态环保,噪声污染防治,监管,sthjj,kfq\nFG-01,生态环保,噪声污染防治,执法,kfq,\n");
    tree.write("keywords.csv", "关键词,类型,对象\n碳排放,职责,sthjj#a2021-1\n噪音,分工事项,FG-01\n");
    tree.write("synonyms.csv", "词,同义词\n噪音,噪声、噪声污染\n");
    Built b;
    builder::Diagnostics diagnostics;
    b.source = tree.read(&diagnostics);
    if (!diagnostics.all().empty()) {
      throw std::runtime_error("test tree has diagnostics:\n" + describe(diagnostics));
    }
    b.image = builder::write_database_image(b.source.dataset, b.source.history);
    b.db = open_image(b.image);
    return b;
  }();
  return b;
}

}  // namespace dutyatlas::test::adjusted_tree
