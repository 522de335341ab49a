// 职责文件档案库 on the small first demo (five 三定 of 2019) and on that demo with two more
// documents: an adjustment of 2021 that rewords, removes, adds and transfers clauses of four
// bodies, and a notice of 2022 that changes nothing. The listing is newest first and filtered by
// body, year, kind and words, with facet counts that ignore their own filter; a document in
// full has its paragraphs and, per body, what it did to the body's duties; the JSON queries
// answer the same and refuse bad parameters.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/documents/document_queries.h"
#include "core/history/duty_history.h"
#include "core/api/query_json.h"
#include "query_answer.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

namespace {

const std::string kAdjustment = "测编〔2021〕7号";
const std::string kNotice = "测编〔2022〕1号";
const std::string kReworded = "负责全区重大生态环境问题的统筹协调和监督管理（修订）。";
const std::string kAdded = "负责全区预付式消费的监督管理。";

DutyChange change(ChangeAction action, const std::string& body, const std::string& key,
                  const std::string& text = "", const std::string& to = "",
                  const std::string& as = "") {
  DutyChange c;
  c.action = action;
  c.body_id = body;
  c.clause_key = key;
  c.text = text;
  c.to_body_id = to;
  c.as_key = as;
  return c;
}

// The first demo plus the two documents above, built and opened once.
const DutyDatabase& adjusted_demo() {
  static builder::DatabaseImage image;
  static std::unique_ptr<DutyDatabase> db = [] {
    builder::Diagnostics diagnostics;
    builder::Source source = read_demo(&diagnostics);
    if (diagnostics.has_errors()) throw std::runtime_error("test: demo data has errors");
    Document adjustment;
    adjustment.doc_no = kAdjustment;
    adjustment.title = "关于调整生态环境等有关职责的通知";
    adjustment.issuer = "中共示例区委机构编制委员会";
    adjustment.kind = "adjustment";
    adjustment.issued = "2021-06-20";
    adjustment.effective = "2021-07-01";
    adjustment.text = "区级各部门：\n\n经研究，现就有关职责调整如下：\r\n一、预付式消费监管由区市场监督管理局负责。\n本通知自2021年7月1日起施行。";
    adjustment.changes = {
        change(ChangeAction::kReword, "sthjj", "2", kReworded),
        change(ChangeAction::kRemove, "yjglj", "3"),
        change(ChangeAction::kAdd, "scjgj", "a2021-1", kAdded),
        change(ChangeAction::kTransfer, "zhzfj", "3", "", "sthjj", "t2021-1"),
    };
    source.dataset.documents.push_back(adjustment);
    Document notice;
    notice.doc_no = kNotice;
    notice.title = "关于做好机构编制统计工作的通知";
    notice.issuer = "示例区机构编制委员会办公室";
    notice.kind = "other";
    notice.issued = "2022-01-10";
    notice.effective = "2022-01-10";
    notice.text = "各单位：请于1月31日前报送机构编制统计报表。";
    source.dataset.documents.push_back(notice);
    DutyHistory history = replay_duty_history(source.dataset);
    if (!history.problems.empty()) throw std::runtime_error("test: " + history.problems[0].message);
    image = builder::write_database_image(source.dataset, history);
    return open_image(image);
  }();
  return *db;
}

std::vector<std::string> doc_nos(const std::vector<DocumentSummary>& documents) {
  std::vector<std::string> out;
  for (const auto& d : documents) out.push_back(d.doc_no);
  return out;
}

int facet(const std::vector<DocumentFacet>& facets, const std::string& value) {
  for (const auto& f : facets) {
    if (f.value == value) return f.count;
  }
  return 0;
}

const DocumentBodyEffect* effect_on(const DocumentDetail& d, const std::string& body) {
  for (const auto& b : d.bodies) {
    if (b.body_id == body) return &b;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("documents: every document of the first demo, newest first, with facets") {
  DocumentListing all = list_documents(demo_database(), {});
  CHECK(all.total == 5);
  REQUIRE(all.documents.size() == 5);
  CHECK(all.documents[0].doc_no == "示编〔2019〕42号");  // issued 2019-12-01, the latest
  CHECK(all.documents[1].doc_no == "示编〔2019〕21号");
  for (std::size_t i = 1; i < all.documents.size(); ++i) {
    CHECK(all.documents[i - 1].issued >= all.documents[i].issued);
  }
  const DocumentSummary& first = all.documents[0];
  CHECK(first.issuer == "中共示例区委机构编制委员会");
  CHECK(first.kind == "sanding");
  CHECK(first.effective == "2019-12-01");
  REQUIRE(all.years.size() == 1);
  CHECK(all.years[0].value == "2019");
  CHECK(all.years[0].count == 5);
  REQUIRE(all.kinds.size() == 1);
  CHECK(all.kinds[0].value == "sanding");
  CHECK(all.kinds[0].count == 5);
  CHECK(document_kind_label("sanding") == "三定规定");
  CHECK(document_kind_label("adjustment") == "职责调整");
}

TEST_CASE("documents: filters by body, year, kind and words") {
  const DutyDatabase& db = demo_database();
  CHECK(doc_nos(list_documents(db, {"sthjj", "", "", ""}).documents) ==
        std::vector<std::string>{"示编〔2019〕15号"});
  CHECK(list_documents(db, {"qwb", "", "", ""}).documents.empty());  // no 三定 in this demo
  CHECK(list_documents(db, {"", "2020", "", ""}).documents.empty());
  CHECK(list_documents(db, {"", "2019", "", ""}).documents.size() == 5);
  CHECK(list_documents(db, {"", "", "adjustment", ""}).documents.empty());
  CHECK(doc_nos(list_documents(db, {"", "", "", "应急管理局"}).documents) ==
        std::vector<std::string>{"示编〔2019〕18号"});
  // Several words: each must occur (in 文号, title, issuer or text).
  CHECK(doc_nos(list_documents(db, {"", "", "", "示编〔2019〕 东示"}).documents) ==
        std::vector<std::string>{"示编〔2019〕42号"});
  CHECK(list_documents(db, {"", "", "", "东示　应急"}).documents.empty());  // ideographic space
}

TEST_CASE("documents: a facet counts what choosing it would show") {
  const DutyDatabase& db = adjusted_demo();
  DocumentListing all = list_documents(db, {});
  CHECK(all.total == 7);
  CHECK(doc_nos(all.documents)[0] == kNotice);
  CHECK(doc_nos(all.documents)[1] == kAdjustment);
  CHECK(facet(all.years, "2022") == 1);
  CHECK(facet(all.years, "2021") == 1);
  CHECK(facet(all.years, "2019") == 5);
  CHECK(all.years[0].value == "2022");  // newest first
  REQUIRE(all.kinds.size() == 3);
  CHECK(all.kinds[0].value == "sanding");  // in the kinds' own order
  CHECK(all.kinds[1].value == "adjustment");
  CHECK(all.kinds[2].value == "other");

  // Year chosen: the list and the kind counts narrow; the year counts do not (the other years
  // stay choosable).
  DocumentListing y2021 = list_documents(db, {"", "2021", "", ""});
  CHECK(doc_nos(y2021.documents) == std::vector<std::string>{kAdjustment});
  CHECK(facet(y2021.kinds, "adjustment") == 1);
  CHECK(facet(y2021.kinds, "sanding") == 0);
  CHECK(facet(y2021.years, "2019") == 5);

  // Body chosen: both facets narrow to its documents (its 三定 and the adjustment).
  DocumentListing sthjj = list_documents(db, {"sthjj", "", "", ""});
  CHECK(doc_nos(sthjj.documents) == std::vector<std::string>{kAdjustment, "示编〔2019〕15号"});
  CHECK(facet(sthjj.years, "2022") == 0);
  CHECK(facet(sthjj.kinds, "sanding") == 1);
  CHECK(facet(sthjj.kinds, "adjustment") == 1);

  // The giving side of a transfer concerns the body too; a document without changes concerns
  // no body.
  CHECK(doc_nos(list_documents(db, {"zhzfj", "", "adjustment", ""}).documents) ==
        std::vector<std::string>{kAdjustment});
  // Words found in the full text only.
  CHECK(doc_nos(list_documents(db, {"", "", "", "统计报表"}).documents) ==
        std::vector<std::string>{kNotice});
}

TEST_CASE("documents: documents per body, for the body chips") {
  const DutyDatabase& db = adjusted_demo();
  std::map<std::string, int> all = documents_per_body(db, {});
  CHECK(all["sthjj"] == 2);  // its 三定, and the adjustment (a rewording and a transfer: once)
  CHECK(all["zhzfj"] == 2);  // the giving side of a transfer counts too
  CHECK(all["dsjd"] == 1);
  CHECK(all.count("qwb") == 0);  // concerned by no document
  // Year and kind apply; body and words do not.
  std::map<std::string, int> adjustments = documents_per_body(db, {"dsjd", "2021", "adjustment", "无关的字"});
  CHECK(adjustments == std::map<std::string, int>{{"sthjj", 1}, {"yjglj", 1}, {"scjgj", 1}, {"zhzfj", 1}});
  CHECK(documents_per_body(db, {"", "2022", "", ""}).empty());  // the notice changes nothing
}

TEST_CASE("documents: an adjustment in full, with what it did to each body") {
  auto detail = document_detail(adjusted_demo(), kAdjustment);
  REQUIRE(detail);
  CHECK(detail->summary.title == "关于调整生态环境等有关职责的通知");
  CHECK(detail->summary.issued == "2021-06-20");
  // Empty lines dropped, the \r of a CRLF too.
  CHECK(detail->paragraphs == std::vector<std::string>{
                                  "区级各部门：", "经研究，现就有关职责调整如下：",
                                  "一、预付式消费监管由区市场监督管理局负责。",
                                  "本通知自2021年7月1日起施行。"});
  REQUIRE(detail->bodies.size() == 4);
  CHECK(detail->bodies[0].body_id == "sthjj");  // in the order the document names them

  const DocumentBodyEffect* sthjj = effect_on(*detail, "sthjj");
  REQUIRE(sthjj);
  CHECK(sthjj->body_name == "示例区生态环境局");
  CHECK_FALSE(sthjj->sanding);
  CHECK(sthjj->compare_from == "2021-06-30");
  CHECK(sthjj->compare_to == "2021-07-01");
  REQUIRE(sthjj->changes.size() == 2);  // its rewording, and the clause it received
  CHECK(sthjj->changes[0].kind == ChangeKind::kReworded);
  CHECK(sthjj->changes[0].text == kReworded);
  CHECK(has(sthjj->changes[0].old_text, "负责全区重大生态环境问题的统筹协调和监督管理。"));
  CHECK(sthjj->changes[1].kind == ChangeKind::kTransferred);
  CHECK(sthjj->changes[1].other_body_id == "sthjj");

  const DocumentBodyEffect* yjglj = effect_on(*detail, "yjglj");
  REQUIRE(yjglj);
  REQUIRE(yjglj->changes.size() == 1);
  CHECK(yjglj->changes[0].kind == ChangeKind::kRemoved);
  CHECK(has(yjglj->changes[0].text, "指导全区应急预案体系建设"));  // the wording removed

  const DocumentBodyEffect* scjgj = effect_on(*detail, "scjgj");
  REQUIRE(scjgj);
  REQUIRE(scjgj->changes.size() == 1);
  CHECK(scjgj->changes[0].kind == ChangeKind::kAdded);
  CHECK(scjgj->changes[0].text == kAdded);

  const DocumentBodyEffect* zhzfj = effect_on(*detail, "zhzfj");
  REQUIRE(zhzfj);
  REQUIRE(zhzfj->changes.size() == 1);
  CHECK(zhzfj->changes[0].kind == ChangeKind::kTransferred);
  CHECK(zhzfj->changes[0].body_id == "zhzfj");
  CHECK(zhzfj->changes[0].other_body_name == "示例区生态环境局");
  CHECK(has(zhzfj->changes[0].text, "负责全区市容环境卫生管理工作"));
}

TEST_CASE("documents: a 三定 names the body it set up; unknown 文号 is nullopt") {
  auto sanding = document_detail(demo_database(), "示编〔2019〕15号");
  REQUIRE(sanding);
  REQUIRE(sanding->bodies.size() == 1);
  CHECK(sanding->bodies[0].body_id == "sthjj");
  CHECK(sanding->bodies[0].sanding);
  CHECK(sanding->bodies[0].sanding_clauses == 20);
  CHECK(sanding->bodies[0].changes.empty());
  CHECK(sanding->bodies[0].compare_from == "2019-02-28");

  auto notice = document_detail(adjusted_demo(), kNotice);
  REQUIRE(notice);
  CHECK(notice->bodies.empty());
  CHECK(notice->paragraphs.size() == 1);
  CHECK_FALSE(document_detail(demo_database(), "示编〔2099〕1号"));
}


TEST_CASE("query json: documents and document") {
  const DutyDatabase& db = adjusted_demo();
  json all = ask(db, R"({"query": "documents"})");
  REQUIRE(all["ok"] == true);
  CHECK(all["result"]["total"] == 7);
  CHECK(all["result"]["count"] == 7);
  CHECK(all["result"]["documents"][0]["doc_no"] == kNotice);
  CHECK(all["result"]["documents"][0]["kind_label"] == "其他文件");
  CHECK(all["result"]["years"][0] == json{{"year", "2022"}, {"count", 1}});
  CHECK(all["result"]["kinds"][1] == json{{"kind", "adjustment"}, {"label", "职责调整"}, {"count", 1}});

  // Filters, the kind by its label too.
  json filtered = ask(db, R"({"query": "documents", "body": "sthjj", "kind": "三定规定"})");
  REQUIRE(filtered["ok"] == true);
  REQUIRE(filtered["result"]["documents"].size() == 1);
  CHECK(filtered["result"]["documents"][0]["doc_no"] == "示编〔2019〕15号");
  CHECK(ask(db, R"({"query": "documents", "year": "2021", "text": "预付式"})")["result"]["count"] == 1);

  json doc = ask(db, R"({"query": "document", "doc_no": "测编〔2021〕7号"})");
  REQUIRE(doc["ok"] == true);
  CHECK(doc["result"]["title"] == "关于调整生态环境等有关职责的通知");
  CHECK(doc["result"]["kind_label"] == "职责调整");
  CHECK(doc["result"]["paragraphs"].size() == 4);
  REQUIRE(doc["result"]["bodies"].size() == 4);
  json sthjj = doc["result"]["bodies"][0];
  CHECK(sthjj["id"] == "sthjj");
  CHECK(sthjj["name"] == "示例区生态环境局");
  CHECK(sthjj["compare_from"] == "2021-06-30");
  CHECK(sthjj["changes"][0]["kind"] == "reworded");
  CHECK(sthjj["changes"][0]["label"] == "修改");
  CHECK(sthjj["changes"][0]["text"] == kReworded);

  // Refusals name what is wrong.
  for (const char* bad : {R"({"query": "documents", "kind": "通知"})",
                          R"({"query": "documents", "year": "21"})",
                          R"({"query": "documents", "body": "nobody"})",
                          R"({"query": "document", "doc_no": "示编〔2099〕1号"})",
                          R"({"query": "document"})"}) {
    json refused = ask(db, bad);
    INFO(bad);
    CHECK(refused["ok"] == false);
    CHECK_FALSE(refused["error"].get<std::string>().empty());
  }
  CHECK(has(ask(db, R"({"query": "document", "doc_no": "示编〔2099〕1号"})")["error"].get<std::string>(),
            "示编〔2099〕1号"));
}
