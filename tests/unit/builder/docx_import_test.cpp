// 三定 and documents from Word (builder/docx_paragraphs.h, sanding_import.h, document_import.h,
// `dutyatlas import`): the standard parts found by 第N条, heading styles or their own line;
// duties split at （一）（二）… however they are numbered; divisions at their names; figures in any
// digits; 职责分工 given the bodies it names; every paragraph that fits nowhere reported by its
// number; and broken files (tests/data/docx, written by tools/office-files/make_test_documents.py)
// named for what they are, with nothing written.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "builder/document_import.h"
#include "builder/docx_paragraphs.h"
#include "builder/sanding_import.h"
#include "builder/xlsx_workbook.h"
#include "cli_runner.h"
#include "test_support.h"

using namespace dutyatlas::builder;
namespace fs = std::filesystem;
using dutyatlas::test::has;
using dutyatlas::test::read_file;
using dutyatlas::test::run_cli;
using dutyatlas::test::source_root;
using dutyatlas::test::TempDir;
using dutyatlas::test::write_file;

namespace {

std::vector<DocxParagraph> paragraphs(const std::vector<std::string>& texts) {
  std::vector<DocxParagraph> out;
  for (const std::string& text : texts) {
    DocxParagraph p;
    p.number = int(out.size()) + 1;
    p.text = text;
    out.push_back(p);
  }
  return out;
}

std::vector<DocxParagraph> docx(const std::string& name, std::string* problem = nullptr) {
  std::string ignored;
  auto read = read_docx_paragraphs(read_file(source_root() / "tests/data/docx" / name), problem ? problem : &ignored);
  return read ? *read : std::vector<DocxParagraph>{};
}

const std::vector<BodyAlias> kBodies = {{"示例区综合行政执法局", "zhzfj"}, {"区综合行政执法局", "zhzfj"},
                                        {"示例区市场监督管理局", "scjgj"}, {"区市场监督管理局", "scjgj"},
                                        {"区市场监管局", "scjgj"}, {"区生态环境局", "sthjj"}};

std::string all_notes(const SandingImport& r) {
  std::string out;
  for (const auto& n : r.notes) out += std::to_string(n.paragraph) + ": " + n.message + "\n";
  for (const auto& n : r.unplaced) out += std::to_string(n.paragraph) + ": NOT PLACED " + n.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("import sanding: the standard layout, part by part") {
  SandingImport r = import_sanding(
      paragraphs({"示例区生态环境局职能配置、内设机构和人员编制规定",
                  "第一条　机构设置",
                  "　　区生态环境局是区政府工作部门，为正科级。",
                  "第二条　主要职责",
                  "　　区生态环境局的主要职责是：",
                  "　　（一）负责建立健全生态环境基本制度。",
                  "　　（二）负责重大生态环境问题的统筹协调。（三）负责监督管理减排目标的落实。",
                  "第三条　职能转变",
                  "　　深化“放管服”改革。",
                  "第四条　内设机构",
                  "　　区生态环境局设下列内设机构：",
                  "　　（一）办公室。负责机关日常运转；承担财务工作。",
                  "　　（二）平安建设办公室（应急管理办公室）。负责应急管理。",
                  "第五条　人员编制和领导职数",
                  "　　区生态环境局机关行政编制二十五名，事业编制３名，工勤编制2名。",
                  "　　领导职数：局长1名、副局长3名（其中1名兼任执法大队大队长）。",
                  "第六条　职责分工",
                  "　　（一）与区市场监管局的有关职责分工：区市场监督管理局负责……。",
                  "　　（二）区生态环境局所属事业单位的机构编制事项另行规定。",
                  "第七条　附则",
                  "　　本规定自印发之日起施行。"}),
      "sthjj", "示编〔2019〕15号", kBodies);
  const auto& s = r.sanding;
  INFO(all_notes(r));
  CHECK(r.errors.empty());
  CHECK(s.setup == "区生态环境局是区政府工作部门，为正科级。");
  REQUIRE(s.duties.size() == 3);
  CHECK(s.duties[0] == "负责建立健全生态环境基本制度。");
  CHECK(s.duties[2] == "负责监督管理减排目标的落实。");
  CHECK(s.transformation == std::vector<std::string>{"深化“放管服”改革。"});
  REQUIRE(s.divisions.size() == 2);
  CHECK(s.divisions[0].name == "办公室");
  CHECK(s.divisions[0].duties == std::vector<std::string>{"负责机关日常运转", "承担财务工作"});
  CHECK(s.divisions[1].name == "平安建设办公室（应急管理办公室）");
  CHECK(s.staffing.administrative == 25);
  CHECK(s.staffing.career == 3);
  CHECK(s.staffing.service == 2);
  REQUIRE(s.staffing.leaders.size() == 2);
  CHECK(s.staffing.leaders[1].title == "副局长");
  CHECK(s.staffing.leaders[1].count == 3);
  REQUIRE(s.boundaries.size() == 1);
  CHECK(s.boundaries[0].with_body_ids == std::vector<std::string>{"scjgj"});
  CHECK(s.boundaries[0].text == "与区市场监管局的有关职责分工：区市场监督管理局负责……。");
  // The one paragraph that fits no field is reported by its number; the lead-ins and 附则 are noted.
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].paragraph == 19);
  CHECK(has(r.unplaced[0].message, "另行规定"));
  CHECK(has(all_notes(r), "5: 主要职责: taken as the lead-in"));
  CHECK(has(all_notes(r), "21: 附则"));
  CHECK(r.annex_paragraphs == 1);
}

TEST_CASE("import sanding: 第N条 carrying its content, and a 第N条 the reader does not know") {
  SandingImport r = import_sanding(paragraphs({"第一条 区水利局是区政府工作部门，为正科级。",
                                               "第二条 区水利局的主要职责是：",
                                               "负责保障水资源的合理开发利用。",
                                               "内设机构改革工作。",
                                               "第三条 区水利局应当加强党的建设。",
                                               "区水利局党组履行全面从严治党主体责任。",
                                               "第四条 本规定由区委机构编制委员会办公室负责解释。"}),
                                   "slj", "示编〔2019〕20号", {});
  INFO(all_notes(r));
  CHECK(r.errors.empty());
  CHECK(r.sanding.setup == "区水利局是区政府工作部门，为正科级。");
  // No （一） anywhere: one duty per paragraph; a duty naming a part (内设机构…) stays a duty.
  CHECK(r.sanding.duties.size() == 2);
  REQUIRE(r.unplaced.size() == 2);
  CHECK(r.unplaced[0].paragraph == 5);
  CHECK(has(r.unplaced[0].message, "whose part is not recognised"));
  CHECK(r.unplaced[1].paragraph == 6);
  CHECK(has(r.unplaced[1].message, "after a 第N条 whose part is not recognised"));
  CHECK(r.annex_paragraphs == 1);  // 本规定… is 附则 without the word
}

TEST_CASE("import sanding: without 主要职责 or 机构设置 it is an error, not an empty 三定") {
  SandingImport r = import_sanding(paragraphs({"第一条 人员编制", "行政编制8名。"}), "tjj", "示编〔2019〕9号", {});
  REQUIRE(r.errors.size() == 2);
  CHECK(has(r.errors[0], "no 主要职责"));
  CHECK(has(r.errors[1], "no 机构设置"));
  r = import_sanding(paragraphs({"第一条 机构设置", "区统计局是区政府工作部门，为正科级。", "第二条 主要职责"}),
                     "tjj", "示编〔2019〕9号", {});
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "paragraph 3: 主要职责 has no duties after it");
}

TEST_CASE("import sanding: a body is named by its name, its short name, or 区/县 + the name after the district's") {
  std::vector<BodyAlias> aliases;
  dutyatlas::Body body;
  body.id = "scjgj";
  body.name = "示例区市场监督管理局";
  body.short_name = "区市场监管局";
  add_body_aliases(body, "示例区", &aliases);
  body.id = "gafj";
  body.name = "示例市公安局示例区分局";
  body.short_name = "区公安分局";
  add_body_aliases(body, "示例区", &aliases);
  body.id = "jyj";
  body.name = "样本县教育局";
  body.short_name = "";
  add_body_aliases(body, "样本县", &aliases);
  std::vector<std::string> texts;
  for (const auto& a : aliases) texts.push_back(a.text + "=" + a.id);
  CHECK(texts == std::vector<std::string>{"示例区市场监督管理局=scjgj", "区市场监管局=scjgj", "区市场监督管理局=scjgj",
                                          "示例市公安局示例区分局=gafj", "区公安分局=gafj", "样本县教育局=jyj",
                                          "县教育局=jyj"});
  SandingImport r = import_sanding(paragraphs({"第一条 机构设置", "区X局是区政府工作部门，为正科级。", "第二条 主要职责",
                                               "（一）负责X。", "第三条 职责分工",
                                               "与区市场监督管理局、区公安分局的有关职责分工：……",
                                               "与有关部门的职责分工：区公安分局负责……；区市场监管局负责……。"}),
                                   "x", "示编〔2019〕1号", aliases);
  REQUIRE(r.sanding.boundaries.size() == 2);
  CHECK(r.sanding.boundaries[0].with_body_ids == std::vector<std::string>{"scjgj", "gafj"});
  CHECK(r.sanding.boundaries[1].with_body_ids == std::vector<std::string>{"gafj", "scjgj"});  // from the text
}

TEST_CASE("import sanding: 职责分工 naming no known body is reported, not written with no body") {
  SandingImport r = import_sanding(paragraphs({"第一条 机构设置", "区X局是区政府工作部门，为正科级。", "第二条 主要职责",
                                               "（一）负责X。", "第三条 职责分工", "与区Y局的有关职责分工：……"}),
                                   "x", "示编〔2019〕1号", {});
  CHECK(r.sanding.boundaries.empty());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].paragraph == 6);
  CHECK(has(r.unplaced[0].message, "--source DIR"));
}

TEST_CASE("import sanding from a messy .docx: heading styles, Word's numbering, a table, full-width figures") {
  std::string problem;
  auto ps = docx("messy-sanding.docx", &problem);
  REQUIRE(problem.empty());
  SandingImport r = import_sanding(ps, "sthjj", "示编〔2019〕15号", kBodies);
  INFO(all_notes(r));
  const auto& s = r.sanding;
  CHECK(r.errors.empty());
  CHECK(s.setup == "区生态环境局是区政府工作部门，为正科级。");
  REQUIRE(s.duties.size() == 6);
  CHECK(s.duties[0] == "负责建立健全全区生态环境基本制度。");  // numbered by Word: （一） is not in the text
  CHECK(s.duties[3] == "负责提出生态环境领域固定资产投资规模和方向。");
  CHECK(s.duties[5] == "完成区委、区政府交办的其他任务。");  // after a line break in paragraph
  REQUIRE(s.divisions.size() == 2);
  CHECK(s.divisions[1].name == "生态环境执法大队");
  CHECK(s.divisions[1].duties == std::vector<std::string>{"负责环境执法"});
  CHECK(s.staffing.administrative == 18);  // １８
  CHECK(s.staffing.service == 2);          // 二名
  REQUIRE(s.staffing.leaders.size() == 2);  // from the table; its header row noted
  CHECK(s.staffing.leaders[1].title == "副局长");
  CHECK(s.staffing.leaders[1].count == 3);
  REQUIRE(s.boundaries.size() == 1);
  CHECK(s.boundaries[0].with_body_ids == std::vector<std::string>{"zhzfj"});
  // The subtitle before the first part and the sentence without a figure are reported.
  REQUIRE(r.unplaced.size() == 2);
  CHECK(r.unplaced[0].paragraph == 2);
  CHECK(has(r.unplaced[1].message, "人员编制: no figure"));
  CHECK(r.empty_paragraphs == 2);
  CHECK(has(all_notes(r), "a table row without a figure"));
}

TEST_CASE("import sanding: Word's numbering in a format the reader cannot write out is reported, items still split") {
  SandingImport r = import_sanding(docx("odd-numbering.docx"), "slj", "示编〔2019〕20号", {});
  INFO(all_notes(r));
  CHECK(r.errors.empty());
  CHECK(r.sanding.duties == std::vector<std::string>{"负责保障水资源的合理开发利用。", "负责全区水旱灾害防御工作。"});
  CHECK(has(all_notes(r), "3: Word's automatic numbering in the format \"ideographTraditional\""));
}

TEST_CASE("docx: broken files are named for what they are, with the paragraph where a damaged part stops") {
  std::string problem;
  CHECK(!read_docx_paragraphs("第一条 机构设置\n", &problem));
  CHECK(has(problem, "not a readable zip archive"));
  CHECK(!read_docx_paragraphs(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'), &problem));
  CHECK(has(problem, "Word 97–2003 document (.doc)"));
  CHECK(!read_docx_paragraphs(read_file(source_root() / "tests/data/docx/no-document.docx"), &problem));
  CHECK(problem == "it is a zip archive without a Word document (no word/document.xml)");
  CHECK(!read_docx_paragraphs(read_file(source_root() / "tests/data/xlsx/messy.xlsx"), &problem));
  CHECK(problem == "it is an Excel workbook, not a Word document");
  // …and the other way round, through the same package plumbing (builder/office_zip.h).
  CHECK(!read_xlsx_workbook(read_file(source_root() / "tests/data/docx/messy-sanding.docx"), &problem));
  CHECK(problem == "it is a Word document, not an Excel workbook");
  CHECK(!read_docx_paragraphs(read_file(source_root() / "tests/data/docx/bad-xml.docx"), &problem));
  CHECK(has(problem, "word/document.xml is not well-formed XML"));
  CHECK(has(problem, "in paragraph 4"));
}

TEST_CASE("import document: 文号, title, issuer and dates from the text, letterhead reported") {
  DocumentImport r = import_document(docx("adjustment.docx"), {});
  const auto& d = r.document;
  CHECK(r.errors.empty());
  CHECK(d.doc_no == "示编〔2021〕20号");
  CHECK(d.title == "关于调整户外广告设施设置管理职责的通知");
  CHECK(d.issuer == "中共示例区委机构编制委员会");
  CHECK(d.issued == "2021-08-05");  // 二〇二一年八月五日
  CHECK(d.effective == "2021-08-15");
  CHECK(d.kind == "adjustment");
  CHECK(d.text.rfind("各镇党委和人民政府", 0) == 0);
  CHECK(d.text.find("二〇二一年八月五日") != std::string::npos);
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].paragraph == 1);
  CHECK(first_written_date("自2024年2月30日起") == "");
  CHECK(first_written_date("2021年8") == "");  // found by the docx fuzz target: read past the end
  CHECK(first_written_date("二〇二一年十二月三十一日") == "2021-12-31");
  DocumentImport none = import_document(paragraphs({"通知正文。"}), {});
  CHECK(none.errors.size() == 4);
}

TEST_CASE("dutyatlas import: the JSON written on success, nothing written on error") {
  TempDir dir;
  fs::path out = dir / "sthjj.json";
  auto run = run_cli({"import", "sanding", (source_root() / "tests/data/docx/messy-sanding.docx").string(), "--body",
                      "sthjj", "--document", "示编〔2019〕15号", "-o", out.string()},
                     dir.path());
  INFO(run.err);
  CHECK(run.code == 0);
  CHECK(has(run.err, "主要职责  6 duties"));
  CHECK(has(run.err, "paragraph 2: not placed: before the first part"));
  CHECK(has(read_file(out), "\"administrative\": 18"));
  write_file(out, "old");
  run = run_cli({"import", "sanding", (source_root() / "tests/data/docx/no-duties.docx").string(), "--body", "tjj",
                 "--document", "示编〔2019〕9号", "-o", out.string()},
                dir.path());
  CHECK(run.code == 1);
  CHECK(has(run.err, "no-duties.docx: error: no 主要职责"));
  CHECK(has(run.err, "nothing was written"));
  CHECK(read_file(out) == "old");
  run = run_cli({"import", "sanding", (source_root() / "tests/data/docx/bad-xml.docx").string(), "--body", "sjj",
                 "--document", "示编〔2019〕9号"},
                dir.path());
  CHECK(run.code == 1);
  CHECK(has(run.err, "bad-xml.docx: error: the file is not a readable Word document"));
  CHECK(run.out.empty());
}
