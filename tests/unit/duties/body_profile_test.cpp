// Bundle round trip (schema v2) on a small tree with an adjustment document: the builder reads
// the sources, replays the history and writes the image; body_profile, body_documents and
// affiliated_bodies read back what the sources say on any date — the clauses in force after
// additions, removals, rewordings and transfers, numbered 1..N in display order.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "builder/bundle_writer.h"
#include "core/duties/duty_queries.h"
#include "core/api/query_json.h"
#include "core/base/sqlite_statement.h"
#include "adjusted_tree.h"
#include "source_tree.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using nlohmann::json;

using namespace dutyatlas::test::adjusted_tree;

namespace {

std::vector<std::string> keys(const BodyProfile& p) {
  std::vector<std::string> out;
  for (const auto& c : p.clauses) out.push_back(c.key);
  return out;
}

std::vector<std::string> doc_nos(const std::vector<DocumentSummary>& documents) {
  std::vector<std::string> out;
  for (const auto& d : documents) out.push_back(d.doc_no);
  return out;
}

}  // namespace

TEST_CASE("body profile: sthjj on the data date, after the adjustment") {
  const Built& b = built();
  auto p = body_profile(*b.db, "sthjj");
  REQUIRE(p);
  CHECK(p->body_id == "sthjj");
  CHECK(p->date == "2026-01-01");
  REQUIRE(p->sanding);
  CHECK(p->sanding->doc_no == "测编〔2020〕1号");
  CHECK(p->sanding->kind == "sanding");
  CHECK(p->sanding->effective == "2020-01-01");
  REQUIRE(p->last_document);
  CHECK(p->last_document->doc_no == "测编〔2021〕12号");
  CHECK(p->last_document->title == "关于调整区生态环境局和区开发区管委会有关职责的通知");
  CHECK(p->last_document->kind == "adjustment");
  CHECK(p->last_document->issued == "2021-06-10");

  // (一) unchanged, (二) reworded, (三) transferred away, (四) unchanged, then the addition.
  REQUIRE(p->clauses.size() == 4);
  CHECK(keys(*p) == std::vector<std::string>{"1", "2", "4", "a2021-1"});
  for (std::size_t i = 0; i < p->clauses.size(); ++i) CHECK(p->clauses[i].number == int(i) + 1);
  CHECK(p->clauses[0].text == "负责建立健全全区生态环境基本制度。");
  CHECK(p->clauses[0].since == "2020-01-01");
  CHECK(p->clauses[0].source_doc_no == "测编〔2020〕1号");
  CHECK(p->clauses[1].text == "负责全区生态环境监测和信息发布工作。");
  CHECK(p->clauses[1].since == "2021-07-01");
  CHECK(p->clauses[1].source_doc_no == "测编〔2021〕12号");
  CHECK(p->clauses[2].text == "承担区委、区政府交办的其他任务。");
  CHECK(p->clauses[2].since == "2020-01-01");
  CHECK(p->clauses[3].text == "负责全区碳排放监督管理工作。");
  CHECK(p->clauses[3].since == "2021-07-01");
  CHECK(p->clauses[3].source_doc_no == "测编〔2021〕12号");

  // The 三定's other parts.
  CHECK(p->setup == "区生态环境局是区政府工作部门，为正科级。");
  CHECK(p->transformation == std::vector<std::string>{"深化“放管服”改革。"});
  REQUIRE(p->divisions.size() == 2);
  CHECK(p->divisions[0].name == "办公室");
  CHECK(p->divisions[0].duties == std::vector<std::string>{"负责机关日常运转。"});
  CHECK(p->divisions[1].name == "执法大队");
  CHECK(p->divisions[1].duties.empty());
  CHECK(p->staffing.administrative == 12);
  CHECK(p->staffing.career == -1);  // not stated
  CHECK(p->staffing.service == 1);
  REQUIRE(p->staffing.leaders.size() == 2);
  CHECK(p->staffing.leaders[1].title == "副局长");
  CHECK(p->staffing.leaders[1].count == 2);
  REQUIRE(p->boundaries.size() == 1);
  CHECK(p->boundaries[0].with_body_ids == std::vector<std::string>{"kfq"});
  CHECK(p->boundaries[0].text == "与区开发区管委会的有关职责分工：……");
}

TEST_CASE("body profile: sthjj on earlier dates") {
  const Built& b = built();
  SUBCASE("the day before the adjustment: the 三定 as written") {
    auto p = body_profile(*b.db, "sthjj", "2021-06-30");
    REQUIRE(p);
    CHECK(p->date == "2021-06-30");
    CHECK(keys(*p) == std::vector<std::string>{"1", "2", "3", "4"});
    CHECK(p->clauses[1].text == "负责全区生态环境监测工作。");
    CHECK(p->clauses[2].text == "负责全区噪声污染防治的监督管理。");
    CHECK(p->clauses[3].number == 4);
    for (const auto& c : p->clauses) CHECK(c.source_doc_no == "测编〔2020〕1号");
    REQUIRE(p->last_document);
    CHECK(p->last_document->doc_no == "测编〔2020〕1号");
    REQUIRE(p->sanding);
    CHECK(p->sanding->doc_no == "测编〔2020〕1号");
  }
  SUBCASE("the day of the adjustment: already changed") {
    auto p = body_profile(*b.db, "sthjj", "2021-07-01");
    REQUIRE(p);
    CHECK(keys(*p) == std::vector<std::string>{"1", "2", "4", "a2021-1"});
  }
  SUBCASE("before the 三定: nothing in force") {
    auto p = body_profile(*b.db, "sthjj", "2019-12-31");
    REQUIRE(p);
    CHECK_FALSE(p->sanding);
    CHECK_FALSE(p->last_document);
    CHECK(p->clauses.empty());
    CHECK(p->setup.empty());
    CHECK(p->divisions.empty());
    CHECK(p->staffing.administrative == -1);
  }
}

TEST_CASE("body profile: the receiving body of a transfer") {
  const Built& b = built();
  auto now = body_profile(*b.db, "kfq");
  REQUIRE(now);
  REQUIRE(now->sanding);
  CHECK(now->sanding->doc_no == "测编〔2020〕2号");
  // kfq's (二) was removed; the transferred clause joins after its own.
  CHECK(keys(*now) == std::vector<std::string>{"1", "t2021-1"});
  CHECK(now->clauses[1].number == 2);
  CHECK(now->clauses[1].text == "负责全区噪声污染防治的监督管理。");
  CHECK(now->clauses[1].since == "2021-07-01");
  CHECK(now->clauses[1].source_doc_no == "测编〔2021〕12号");
  REQUIRE(now->last_document);
  CHECK(now->last_document->doc_no == "测编〔2021〕12号");

  auto before = body_profile(*b.db, "kfq", "2021-06-30");
  REQUIRE(before);
  CHECK(keys(*before) == std::vector<std::string>{"1", "2"});
  CHECK(before->last_document->doc_no == "测编〔2020〕2号");

  auto early = body_profile(*b.db, "kfq", "2020-02-01");  // after sthjj's 三定, before its own
  REQUIRE(early);
  CHECK_FALSE(early->sanding);
  CHECK(early->clauses.empty());
}

TEST_CASE("body profile: bodies without 三定 and bodies that do not exist") {
  const Built& b = built();
  auto station = body_profile(*b.db, "jcz");
  REQUIRE(station);
  CHECK_FALSE(station->sanding);
  CHECK_FALSE(station->last_document);
  CHECK(station->clauses.empty());
  CHECK_FALSE(body_profile(*b.db, "nope"));
}

TEST_CASE("body profile: body_documents lists the documents that set or changed a body's duties") {
  const Built& b = built();
  CHECK(doc_nos(body_documents(*b.db, "sthjj")) ==
        std::vector<std::string>{"测编〔2020〕1号", "测编〔2021〕12号"});
  // kfq is named by the adjustment both as `body` (remove) and as `to` (transfer).
  CHECK(doc_nos(body_documents(*b.db, "kfq")) ==
        std::vector<std::string>{"测编〔2020〕2号", "测编〔2021〕12号"});
  CHECK(body_documents(*b.db, "jcz").empty());
  CHECK(body_documents(*b.db, "nope").empty());
  auto documents = body_documents(*b.db, "sthjj");
  CHECK(documents[1].title == "关于调整区生态环境局和区开发区管委会有关职责的通知");
  CHECK(documents[1].issuer == "中共测试区委机构编制委员会");
  CHECK(documents[1].effective == "2021-07-01");
}

TEST_CASE("body profile: affiliated_bodies") {
  const Built& b = built();
  auto affiliated = affiliated_bodies(*b.db, "sthjj");
  REQUIRE(affiliated.size() == 1);
  CHECK(affiliated[0].id == "jcz");
  CHECK(affiliated[0].parent_id == "sthjj");
  CHECK(affiliated_bodies(*b.db, "kfq").empty());  // aqw is hosted by kfq, not part of it
  CHECK(affiliated_bodies(*b.db, "nope").empty());
}

TEST_CASE("body profile: the image holds the history and counts every kind of row") {
  const Built& b = built();
  const auto& counts = b.image.counts;
  CHECK(counts.at("bodies") == 4);
  CHECK(counts.at("documents") == 4);
  CHECK(counts.at("document_changes") == 4);
  CHECK(counts.at("sandings") == 2);
  // 4 + 2 from the 三定, then a rewording, an addition and a transfer-in.
  CHECK(counts.at("clause_versions") == 9);
  CHECK(counts.at("clause_versions") == b.source.history.versions.size());
  CHECK(counts.at("internal_divisions") == 2);
  CHECK(counts.at("powers") == 3);
  CHECK(counts.at("responsibilities") == 2);
  CHECK(counts.at("task_lists") == 1);
  CHECK(counts.at("tasks") == 2);
  CHECK(counts.at("division_matters") == 1);
  CHECK(counts.at("division_stages") == 2);
  CHECK(counts.at("keywords") == 2);
  CHECK(counts.at("synonyms") == 2);  // one row per word and alternative

  Statement out(b.db->handle(),
                "SELECT key, valid_to, closed_by, closed_how, to_body_id FROM clause_versions "
                "WHERE body_id = 'sthjj' AND key = '3'");
  REQUIRE(out.step());
  CHECK(out.text(1) == "2021-07-01");
  CHECK(out.text(2) == "测编〔2021〕12号");
  CHECK(out.text(3) == "transfer-out");
  CHECK(out.text(4) == "kfq");
  CHECK_FALSE(out.step());
  Statement in(b.db->handle(),
               "SELECT opened_how, from_body_id, valid_to FROM clause_versions "
               "WHERE body_id = 'kfq' AND key = 't2021-1'");
  REQUIRE(in.step());
  CHECK(in.text(0) == "transfer-in");
  CHECK(in.text(1) == "sthjj");
  CHECK(in.text(2) == "");
  Statement changes(b.db->handle(),
                    "SELECT seq, action, body_id, clause_key, ifnull(to_body_id, ''), as_key "
                    "FROM document_changes WHERE doc_no = '测编〔2021〕12号' ORDER BY seq");
  std::vector<std::string> rows;
  while (changes.step()) {
    rows.push_back(changes.text(1) + " " + changes.text(2) + "#" + changes.text(3) + " " +
                   changes.text(4) + " " + changes.text(5));
  }
  CHECK(rows == std::vector<std::string>{"reword sthjj#2  ", "add sthjj#a2021-1  ",
                                         "transfer sthjj#3 kfq t2021-1", "remove kfq#2  "});
}

TEST_CASE("body profile: the automation API answers the same on any date") {
  const Built& b = built();
  json now = json::parse(answer_query_json(*b.db, R"({"query": "body", "id": "sthjj"})"));
  REQUIRE(now["ok"] == true);
  json profile = now["result"]["profile"];
  CHECK(profile["date"] == "2026-01-01");
  REQUIRE(profile["clauses"].size() == 4);
  CHECK(profile["clauses"][3]["key"] == "a2021-1");
  CHECK(profile["clauses"][3]["number"] == 4);
  CHECK(profile["clauses"][3]["label"] == "（四）");
  CHECK(profile["last_document"]["doc_no"] == "测编〔2021〕12号");
  CHECK(profile["staffing"]["administrative"] == 12);
  CHECK(profile["staffing"]["career"].is_null());
  CHECK(now["result"]["affiliated"] == json::array({{{"id", "jcz"}, {"name", "测试区环境监测站"}}}));
  REQUIRE(now["result"]["documents"].size() == 2);

  json before = json::parse(
      answer_query_json(*b.db, R"({"query": "body", "id": "sthjj", "date": "2021-06-30"})"));
  REQUIRE(before["ok"] == true);
  CHECK(before["result"]["profile"]["date"] == "2021-06-30");
  CHECK(before["result"]["profile"]["clauses"].size() == 4);
  CHECK(before["result"]["profile"]["clauses"][2]["key"] == "3");
  CHECK(before["result"]["profile"]["last_document"]["doc_no"] == "测编〔2020〕1号");
}

TEST_CASE("body profile: the same sources give the same image") {
  const Built& b = built();
  auto again = builder::write_database_image(b.source.dataset, b.source.history);
  CHECK(again.bytes == b.image.bytes);
}
