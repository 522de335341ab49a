// 新旧对照 and 历史沿革 on hand-made publications: a Dataset built in code, replayed into its
// duty history, written to a database image and opened — then compare_duties, body_timeline and
// district_changes (and their JSON and CSV) must say what the documents did: unchanged clauses
// through reordering and renumbering, rewordings with character spans (by the history and by
// content across a new 三定), heavy rewording left as removed + added, splits, merges,
// transfers seen from both bodies, a clause removed and re-added, default dates.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "builder/bundle_writer.h"
#include "builder/history_output.h"
#include "core/api/history_json.h"
#include "core/history/duty_compare.h"
#include "core/history/duty_history.h"
#include "core/history/history_queries.h"
#include "core/api/query_json.h"
#include "test_support.h"

using namespace dutyatlas;
using nlohmann::json;

namespace {

// A publication written in code: bodies jia (甲局) and yi (乙局), then 三定 and adjustments.
class Publication {
 public:
  Publication() {
    dataset_.name = "测试区";
    dataset_.title = "测试区机构职责";
    dataset_.data_date = "2026-01-01";
    dataset_.division_code = "999902";
    dataset_.sample = true;
    body("jia", "测试区甲局", "119999020000000011");
    body("yi", "测试区乙局", "119999020000000022");
  }

  void body(const std::string& id, const std::string& name, const std::string& uscc) {
    Body b;
    b.id = id;
    b.name = name;
    b.short_name = name;
    b.category = "government";
    b.rank = "正科级";
    b.uscc = uscc;
    b.division_code = "999902";
    dataset_.bodies.push_back(b);
  }

  void sanding(const std::string& body_id, const std::string& doc_no, const std::string& effective,
               std::vector<std::string> duties) {
    Document d;
    d.doc_no = doc_no;
    d.title = "关于印发" + body_id + "三定规定的通知";
    d.issuer = "中共测试区委机构编制委员会";
    d.kind = "sanding";
    d.issued = effective;
    d.effective = effective;
    dataset_.documents.push_back(d);
    Sanding s;
    s.body_id = body_id;
    s.doc_no = doc_no;
    s.setup = "是区政府工作部门。";
    s.duties = std::move(duties);
    dataset_.sandings.push_back(s);
  }

  void adjustment(const std::string& doc_no, const std::string& effective,
                  std::vector<DutyChange> changes) {
    Document d;
    d.doc_no = doc_no;
    d.title = "关于调整有关职责的通知（" + doc_no + "）";
    d.issuer = "中共测试区委机构编制委员会";
    d.kind = "adjustment";
    d.issued = effective;
    d.effective = effective;
    d.changes = std::move(changes);
    dataset_.documents.push_back(d);
  }

  const DutyDatabase& db() {
    if (!db_) {
      DutyHistory history = replay_duty_history(dataset_);
      for (const auto& p : history.problems) INFO(p.message);
      REQUIRE(history.problems.empty());
      image_ = builder::write_database_image(dataset_, history);
      db_ = test::open_image(image_);
    }
    return *db_;
  }

  DutyComparison compare(const std::string& body_id, const std::string& from = "",
                         const std::string& to = "") {
    auto c = compare_duties(db(), body_id, from, to);
    REQUIRE(c);
    return *c;
  }

 private:
  Dataset dataset_;
  builder::DatabaseImage image_;
  std::unique_ptr<DutyDatabase> db_;
};

DutyChange add(const std::string& body, const std::string& key, const std::string& text) {
  DutyChange c;
  c.action = ChangeAction::kAdd;
  c.body_id = body;
  c.clause_key = key;
  c.text = text;
  return c;
}
DutyChange remove(const std::string& body, const std::string& key) {
  DutyChange c;
  c.action = ChangeAction::kRemove;
  c.body_id = body;
  c.clause_key = key;
  return c;
}
DutyChange reword(const std::string& body, const std::string& key, const std::string& text) {
  DutyChange c = add(body, key, text);
  c.action = ChangeAction::kReword;
  return c;
}
DutyChange transfer(const std::string& body, const std::string& key, const std::string& to,
                    const std::string& as, const std::string& text = "") {
  DutyChange c = add(body, key, text);
  c.action = ChangeAction::kTransfer;
  c.to_body_id = to;
  c.as_key = as;
  return c;
}

// Realistic clauses.
const std::string kPlan = "贯彻执行国家、省、市生态环境保护方针政策和法律法规，拟订全区生态环境保护规划并组织实施。";
const std::string kMonitor = "负责全区生态环境监测工作。";
const std::string kMonitorNew = "负责全区生态环境监测和信息发布工作。";
const std::string kNoise = "负责全区噪声污染防治的监督管理。";
const std::string kSafety = "负责职责范围内的安全生产监督管理工作。";
const std::string kOther = "承担区委、区政府交办的其他任务。";
const std::string kInspect = "负责全区生态环境保护督察整改工作的组织协调和督促落实。";

std::string kinds(const DutyComparison& c) {
  std::string out;
  for (const auto& r : c.rows) {
    if (!out.empty()) out += ' ';
    out += compare_kind_code(r.kind);
  }
  return out;
}

int old_number(const ComparisonRow& r) { return r.old_clause ? r.old_clause->number : 0; }
int new_number(const ComparisonRow& r) { return r.new_clause ? r.new_clause->number : 0; }

std::string render(const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (s.kind == DiffKind::kDelete) out += "[-" + s.text + "-]";
    else if (s.kind == DiffKind::kInsert) out += "{+" + s.text + "+}";
    else out += s.text;
  }
  return out;
}

json ask(const DutyDatabase& db, const json& request) {
  return json::parse(answer_query_json(db, request.dump()));
}

}  // namespace

TEST_CASE("compare: nothing changed") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kOther});
  DutyComparison c = p.compare("jia", "2020-06-01", "2025-01-01");
  CHECK(c.body_id == "jia");
  CHECK(c.body_name == "测试区甲局");
  CHECK(c.from_date == "2020-06-01");
  CHECK(c.to_date == "2025-01-01");
  CHECK(c.old_count == 4);
  CHECK(c.new_count == 4);
  CHECK(kinds(c) == "unchanged unchanged unchanged unchanged");
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    CHECK(old_number(c.rows[i]) == int(i) + 1);
    CHECK(new_number(c.rows[i]) == int(i) + 1);
    CHECK(c.rows[i].matched_by == MatchedBy::kKey);
    CHECK_FALSE(c.rows[i].document);
    CHECK(c.rows[i].spans.empty());
  }
  CHECK(c.summary.unchanged == 4);
  CHECK(c.summary.added + c.summary.removed + c.summary.reworded == 0);
  REQUIRE(c.from_sanding);
  CHECK(c.from_sanding->doc_no == "测编〔2020〕1号");
  drop_unchanged(&c);
  CHECK(c.rows.empty());
  CHECK(c.summary.unchanged == 4);  // the summary stays whole
}

TEST_CASE("compare: a new 三定 reorders and renumbers — unchanged by content, not by number") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kSafety, kOther});
  // The new 三定 swaps the first two, drops 噪声, keeps the rest: every number moves.
  p.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kMonitor, kPlan, kSafety, kOther});
  DutyComparison c = p.compare("jia", "2021-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged removed unchanged unchanged unchanged");
  // Rows follow the new numbering; the removed clause follows the row of its old predecessor.
  CHECK(old_number(c.rows[0]) == 2);
  CHECK(new_number(c.rows[0]) == 1);
  CHECK(c.rows[0].matched_by == MatchedBy::kText);
  CHECK(old_number(c.rows[1]) == 3);
  CHECK(c.rows[1].old_clause->text == kNoise);
  CHECK_FALSE(c.rows[1].new_clause);
  REQUIRE(c.rows[1].document);
  CHECK(c.rows[1].document->doc_no == "测编〔2024〕3号");  // ended by the new 三定
  CHECK(old_number(c.rows[2]) == 1);
  CHECK(new_number(c.rows[2]) == 2);
  CHECK(old_number(c.rows[3]) == 4);
  CHECK(new_number(c.rows[3]) == 3);
  CHECK(c.rows[3].old_clause->key == "4");
  CHECK(c.rows[3].new_clause->key == "3");
  CHECK(c.summary.unchanged == 4);
  CHECK(c.summary.removed == 1);
  REQUIRE(c.to_sanding);
  CHECK(c.to_sanding->doc_no == "测编〔2024〕3号");
}

TEST_CASE("compare: a small rewording by an adjustment is 修改 with spans") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kOther});
  p.adjustment("测编〔2021〕12号", "2021-07-01", {reword("jia", "2", kMonitorNew)});
  DutyComparison c = p.compare("jia", "2020-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged reworded unchanged");
  const ComparisonRow& r = c.rows[1];
  CHECK(r.matched_by == MatchedBy::kHistory);
  CHECK(r.old_clause->text == kMonitor);
  CHECK(r.new_clause->text == kMonitorNew);
  CHECK(r.spans == std::vector<DiffSpan>{{DiffKind::kEqual, "负责全区生态环境监测"},
                                         {DiffKind::kInsert, "和信息发布"},
                                         {DiffKind::kEqual, "工作。"}});
  CHECK(r.similarity > 0.8);
  REQUIRE(r.document);
  CHECK(r.document->doc_no == "测编〔2021〕12号");
  CHECK(r.document->title == "关于调整有关职责的通知（测编〔2021〕12号）");
  CHECK(r.document->effective == "2021-07-01");
  CHECK(c.summary.reworded == 1);
  CHECK(c.summary.unchanged == 2);

  SUBCASE("the day before the document: nothing changed yet") {
    CHECK(kinds(p.compare("jia", "2020-01-01", "2021-06-30")) == "unchanged unchanged unchanged");
  }
}

TEST_CASE("compare: a chain of rewordings is one 修改 row, from the first wording to the last") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kOther});
  p.adjustment("测编〔2021〕12号", "2021-07-01", {reword("jia", "2", kMonitorNew)});
  p.adjustment("测编〔2022〕6号", "2022-03-01",
               {reword("jia", "2", "负责全区生态环境监测、预警和信息发布工作。")});
  DutyComparison c = p.compare("jia", "2020-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged reworded unchanged");
  CHECK(c.rows[1].old_clause->text == kMonitor);
  CHECK(render(c.rows[1].spans) == "负责全区生态环境监测{+、预警和信息发布+}工作。");
  CHECK(c.rows[1].document->doc_no == "测编〔2022〕6号");
  // From between the two: only the second.
  DutyComparison later = p.compare("jia", "2021-12-31", "2025-01-01");
  CHECK(render(later.rows[1].spans) == "负责全区生态环境监测{+、预警+}和信息发布工作。");
}

TEST_CASE("compare: across a new 三定, small rewording is 修改 and heavy rewording 删除 + 新增") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kOther});
  const std::string heavy = "牵头组织全区违法建设防控和治理工作，承担领导小组办公室日常工作。";
  REQUIRE(similarity(kNoise, heavy) < kRewordThreshold);
  p.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kPlan, kMonitorNew, heavy, kOther});
  DutyComparison c = p.compare("jia", "2021-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged reworded removed added unchanged");
  CHECK(c.rows[1].matched_by == MatchedBy::kContent);
  CHECK(render(c.rows[1].spans) == "负责全区生态环境监测{+和信息发布+}工作。");
  CHECK(c.rows[1].document->doc_no == "测编〔2024〕3号");
  CHECK(c.rows[2].old_clause->text == kNoise);
  CHECK(c.rows[2].spans.empty());
  CHECK(c.rows[3].new_clause->text == heavy);
  CHECK(c.rows[3].document->doc_no == "测编〔2024〕3号");
  CHECK(c.summary.reworded == 1);
  CHECK(c.summary.removed == 1);
  CHECK(c.summary.added == 1);
}

TEST_CASE("compare: one clause split into two") {
  Publication p;
  const std::string whole =
      "负责全区市容环境卫生管理工作，负责城市道路清扫保洁和生活垃圾收集、运输、处置的监督管理，"
      "推进生活垃圾分类工作。";
  const std::string part1 = "负责全区市容环境卫生管理工作，负责城市道路清扫保洁的监督管理。";
  const std::string part2 = "负责全区生活垃圾收集、运输、处置的监督管理，推进生活垃圾分类工作。";
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, whole, kOther});
  p.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kPlan, part1, part2, kOther});
  DutyComparison c = p.compare("jia", "2021-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged split split unchanged");
  CHECK(c.summary.split == 1);
  CHECK(c.summary.reworded == 0);
  CHECK(c.summary.added == 0);
  for (int i : {1, 2}) {
    CHECK(c.rows[i].old_clause->text == whole);
    CHECK(old_number(c.rows[i]) == 2);
    CHECK(c.rows[i].group == 1);
    CHECK(c.rows[i].matched_by == MatchedBy::kContent);
    CHECK(c.rows[i].document->doc_no == "测编〔2024〕3号");
    CHECK_FALSE(c.rows[i].spans.empty());
  }
  CHECK(c.rows[1].new_clause->text == part1);
  CHECK(c.rows[2].new_clause->text == part2);
  CHECK(new_number(c.rows[2]) == 3);
  CHECK(c.rows[0].group == 0);
}

TEST_CASE("compare: two clauses merged into one") {
  Publication p;
  const std::string a = "集中行使交通管理方面侵占城市道路、违法停放车辆等的行政处罚权。";
  const std::string b = "集中行使水务管理方面向城市河道倾倒废弃物和垃圾等的行政处罚权。";
  const std::string merged = "集中行使侵占城市道路、违法停放车辆、向城市河道倾倒废弃物和垃圾等方面的行政处罚权。";
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, a, b, kOther});
  p.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kPlan, merged, kOther});
  DutyComparison c = p.compare("jia", "2021-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged merged merged unchanged");
  CHECK(c.summary.merged == 1);
  CHECK(c.summary.removed == 0);
  CHECK(c.summary.reworded == 0);
  CHECK(old_number(c.rows[1]) == 2);
  CHECK(old_number(c.rows[2]) == 3);
  CHECK(new_number(c.rows[1]) == 2);
  CHECK(new_number(c.rows[2]) == 2);
  CHECK(c.rows[1].group == c.rows[2].group);
  CHECK(c.rows[1].group > 0);
}

TEST_CASE("compare: a transfer is 划出 in one body and 划入 in the other") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kNoise, kSafety, kOther});
  p.sanding("yi", "测编〔2020〕2号", "2020-01-01", {kInspect, kOther});
  const std::string received = "负责全区噪声污染防治的统筹协调和监督管理。";
  p.adjustment("测编〔2021〕12号", "2021-07-01",
               {transfer("jia", "2", "yi", "t2021-1"), transfer("jia", "3", "yi", "t2021-2", received)});
  DutyComparison out = p.compare("jia", "2020-01-01", "2025-01-01");
  CHECK(kinds(out) == "unchanged transferred_out transferred_out unchanged");
  const ComparisonRow& r = out.rows[1];
  CHECK(old_number(r) == 2);
  CHECK(r.old_clause->text == kNoise);
  CHECK(r.other_body_id == "yi");
  CHECK(r.other_body_name == "测试区乙局");
  CHECK(r.document->doc_no == "测编〔2021〕12号");
  CHECK(out.summary.transferred_out == 2);
  CHECK(out.summary.removed == 0);

  DutyComparison in = p.compare("yi", "2020-01-01", "2025-01-01");
  CHECK(kinds(in) == "unchanged unchanged transferred_in transferred_in");
  CHECK(new_number(in.rows[2]) == 3);
  CHECK(in.rows[2].new_clause->key == "t2021-1");
  CHECK(in.rows[2].new_clause->text == kNoise);
  CHECK(in.rows[2].other_body_id == "jia");
  CHECK(in.rows[2].other_body_name == "测试区甲局");
  CHECK(in.rows[2].document->doc_no == "测编〔2021〕12号");
  CHECK(in.rows[3].new_clause->text == received);  // transferred with a new wording
  CHECK(in.summary.transferred_in == 2);
  CHECK(in.summary.added == 0);
}

TEST_CASE("compare: a clause removed and re-added later") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kNoise, kOther});
  p.adjustment("测编〔2022〕6号", "2022-03-01", {remove("jia", "2")});
  p.adjustment("测编〔2023〕5号", "2023-05-01", {add("jia", "a2023-1", kNoise)});
  SUBCASE("across both: the same duty is in force on both dates") {
    DutyComparison c = p.compare("jia", "2020-01-01", "2025-01-01");
    CHECK(kinds(c) == "unchanged unchanged unchanged");
    // 其他任务 keeps key 3 and becomes (二); 噪声 comes back as (三) under a new key.
    CHECK(c.rows[1].old_clause->text == kOther);
    CHECK(c.rows[1].matched_by == MatchedBy::kKey);
    CHECK(old_number(c.rows[1]) == 3);
    CHECK(new_number(c.rows[1]) == 2);
    CHECK(c.rows[2].old_clause->text == kNoise);
    CHECK(old_number(c.rows[2]) == 2);
    CHECK(new_number(c.rows[2]) == 3);
    CHECK(c.rows[2].old_clause->key == "2");
    CHECK(c.rows[2].new_clause->key == "a2023-1");
    CHECK(c.rows[2].matched_by == MatchedBy::kText);
  }
  SUBCASE("up to the removal") {
    DutyComparison c = p.compare("jia", "2020-01-01", "2022-06-01");
    CHECK(kinds(c) == "unchanged removed unchanged");
    CHECK(c.rows[1].document->doc_no == "测编〔2022〕6号");
    CHECK(c.rows[1].matched_by == MatchedBy::kHistory);
  }
  SUBCASE("from the removal on") {
    DutyComparison c = p.compare("jia", "2022-06-01", "2025-01-01");
    CHECK(kinds(c) == "unchanged unchanged added");
    CHECK(c.rows[2].document->doc_no == "测编〔2023〕5号");
  }
}

TEST_CASE("compare: documents are authoritative — a removal and a similar addition stay apart") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kOther});
  p.adjustment("测编〔2021〕12号", "2021-07-01",
               {remove("jia", "2"), add("jia", "a2021-1", kMonitorNew)});
  DutyComparison c = p.compare("jia", "2020-01-01", "2025-01-01");
  CHECK(kinds(c) == "unchanged removed unchanged added");
  CHECK(old_number(c.rows[1]) == 2);  // near its old place, after (一)
}

TEST_CASE("compare: rows without a new clause stay near their old position") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kSafety, kOther});
  p.adjustment("测编〔2021〕12号", "2021-07-01",
               {remove("jia", "1"), remove("jia", "4"), add("jia", "a2021-1", kInspect)});
  DutyComparison c = p.compare("jia", "2020-01-01", "2025-01-01");
  CHECK(kinds(c) == "removed unchanged unchanged removed unchanged added");
  CHECK(old_number(c.rows[0]) == 1);
  CHECK(old_number(c.rows[3]) == 4);
  CHECK(new_number(c.rows[5]) == 4);
}

TEST_CASE("compare: default dates and unknown bodies") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kOther});
  p.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kPlan, kMonitorNew, kOther});
  p.sanding("yi", "测编〔2020〕2号", "2020-03-01", {kInspect});
  DutyComparison two = p.compare("jia");
  CHECK(two.from_date == "2020-01-01");  // its previous 三定
  CHECK(two.to_date == "2026-01-01");    // the data date
  CHECK(kinds(two) == "unchanged reworded unchanged");
  DutyComparison one = p.compare("yi");
  CHECK(one.from_date == "2020-03-01");  // its only 三定
  CHECK(kinds(one) == "unchanged");
  CHECK_FALSE(compare_duties(p.db(), "nobody"));
}

TEST_CASE("compare_versions: the dates may come in either order") {
  std::vector<ClauseVersion> versions(2);
  versions[0] = {"jia", "1", 1, kMonitor, "2020-01-01", "2021-07-01", "A", OpenedHow::kSanding,
                 "B", ClosedHow::kReword, "", ""};
  versions[1] = {"jia", "1", 1, kMonitorNew, "2021-07-01", "", "B", OpenedHow::kReword,
                 "", ClosedHow::kInForce, "", ""};
  DutyComparison c = compare_versions(versions, "2025-01-01", "2020-01-01");
  CHECK(c.from_date == "2020-01-01");
  CHECK(c.to_date == "2025-01-01");
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].kind == CompareKind::kReworded);
  CHECK(c.rows[0].doc_no == "B");
  CHECK(compare_versions({}, "2020-01-01", "2025-01-01").rows.empty());
}

TEST_CASE("compare: kinds have codes and Chinese labels") {
  CompareKind k;
  CHECK(parse_compare_kind("transferred_out", &k));
  CHECK(k == CompareKind::kTransferredOut);
  CHECK(parse_compare_kind("合并", &k));
  CHECK(k == CompareKind::kMerged);
  CHECK_FALSE(parse_compare_kind("moved", &k));
  CHECK(compare_kind_label(CompareKind::kSplit) == "拆分");
  CHECK(compare_kind_label(CompareKind::kTransferredIn) == "划入");
  CHECK(compare_kind_code(CompareKind::kUnchanged) == "unchanged");
  for (CompareKind kind : kCompareKinds) {  // every kind: code and label lead back to it
    CompareKind back;
    CHECK((parse_compare_kind(compare_kind_code(kind), &back) && back == kind));
    CHECK((parse_compare_kind(compare_kind_label(kind), &back) && back == kind));
  }
  // matched_by as the JSON answers spell it.
  CHECK(matched_by_code(MatchedBy::kUnpaired) == "");
  CHECK(matched_by_code(MatchedBy::kKey) == "key");
  CHECK(matched_by_code(MatchedBy::kText) == "text");
  CHECK(matched_by_code(MatchedBy::kHistory) == "history");
  CHECK(matched_by_code(MatchedBy::kContent) == "content");
}

TEST_CASE("change kinds: one list, with the codes routes and answers use and core's words") {
  std::string codes, labels;
  for (ChangeKind kind : kChangeKinds) {
    codes += std::string(change_kind_code(kind)) + " ";
    labels += std::string(change_kind_label(kind)) + " ";
    ChangeKind back;
    CHECK((parse_change_kind(change_kind_code(kind), &back) && back == kind));
    CHECK((parse_change_kind(change_kind_label(kind), &back) && back == kind));
  }
  CHECK(codes == "sanding added removed reworded transferred ");
  CHECK(labels == "三定 新增 删除 修改 划转 ");
  ChangeKind kind;
  CHECK_FALSE(parse_change_kind("", &kind));
  CHECK_FALSE(parse_change_kind("moved", &kind));
  CHECK_FALSE(parse_change_kind("划入", &kind));  // a direction of 新旧对照, not a kind of change
}

TEST_CASE("comparison CSV: BOM, RFC 4180 quoting, formulas neutralised") {
  DutyComparison c;
  ComparisonRow r1;
  r1.kind = CompareKind::kReworded;
  r1.old_clause = ComparedClause{1, "1", "=HYPERLINK(\"http://x\")"};
  r1.new_clause = ComparedClause{1, "1", "负责A、B,C和\"D\"工作。"};
  DocumentSummary doc{"测编〔2021〕12号", "关于调整的通知", "编委", "adjustment", "2021-06-10", "2021-07-01"};
  r1.document = doc;
  r1.doc_no = doc.doc_no;
  ComparisonRow r2;
  r2.kind = CompareKind::kTransferredOut;
  r2.old_clause = ComparedClause{12, "12", "-1+2"};
  r2.other_body_id = "x";
  r2.other_body_name = "@某局";
  ComparisonRow r3;
  r3.kind = CompareKind::kAdded;
  r3.new_clause = ComparedClause{2, "a", "+第一行\n第二行"};
  c.rows = {r1, r2, r3};
  std::string csv = comparison_csv(c);
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  std::string body = csv.substr(3);
  std::string expected =
      "序号,变化,原序号,原条款,现序号,现条款,分组,相关机构,文号,文件标题,生效日期\r\n"
      "1,修改,（一）,\"'=HYPERLINK(\"\"http://x\"\")\",（一）,\"负责A、B,C和\"\"D\"\"工作。\",,,"
      "测编〔2021〕12号,关于调整的通知,2021-07-01\r\n"
      "2,划出,（十二）,'-1+2,,,,'@某局,,,\r\n"
      "3,新增,,,（二）,\"'+第一行\n第二行\",,,,,\r\n";
  CHECK(body == expected);
}

TEST_CASE("compare JSON: the automation API's answer, CSV and errors") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kOther});
  p.sanding("yi", "测编〔2020〕2号", "2020-01-01", {kInspect});
  p.adjustment("测编〔2021〕12号", "2021-07-01",
               {reword("jia", "2", kMonitorNew), transfer("jia", "3", "yi", "t2021-1")});
  const DutyDatabase& db = p.db();
  json a = ask(db, {{"query", "compare"}, {"body", "jia"}, {"from", "2020-01-01"}, {"to", "2025-01-01"}});
  REQUIRE(a["ok"] == true);
  const json& r = a["result"];
  CHECK(r["body"] == json{{"id", "jia"}, {"name", "测试区甲局"}});
  CHECK(r["from"] == "2020-01-01");
  CHECK(r["to"] == "2025-01-01");
  CHECK(r["summary"] == json{{"unchanged", 2}, {"added", 0}, {"removed", 0}, {"reworded", 1},
                             {"transferred_in", 0}, {"transferred_out", 1}, {"split", 0},
                             {"merged", 0}});
  REQUIRE(r["rows"].size() == 4);
  const json& reworded = r["rows"][1];
  CHECK(reworded["kind"] == "reworded");
  CHECK(reworded["label"] == "修改");
  CHECK(reworded["old"] == json{{"number", 2}, {"label", "（二）"}, {"key", "2"}, {"text", kMonitor}});
  CHECK(reworded["new"]["text"] == kMonitorNew);
  CHECK(reworded["spans"][1] == json{{"kind", "insert"}, {"text", "和信息发布"}});
  CHECK(reworded["document"]["doc_no"] == "测编〔2021〕12号");
  CHECK(reworded["document"]["effective"] == "2021-07-01");
  CHECK(reworded["other_body"].is_null());
  const json& out = r["rows"][2];
  CHECK(out["kind"] == "transferred_out");
  CHECK(out["new"].is_null());
  CHECK(out["other_body"] == json{{"id", "yi"}, {"name", "测试区乙局"}});
  CHECK(r["rows"][0]["document"].is_null());
  CHECK(r["rows"][0]["group"].is_null());

  json changes = ask(db, {{"query", "compare"}, {"body", "jia"}, {"from", "2020-01-01"},
                          {"changes_only", true}});
  CHECK(changes["result"]["rows"].size() == 2);
  CHECK(changes["result"]["to"] == "2026-01-01");
  CHECK(changes["result"]["summary"]["unchanged"] == 2);

  json csv = ask(db, {{"query", "compare"}, {"body", "jia"}, {"from", "2020-01-01"}, {"format", "csv"}});
  REQUIRE(csv["ok"] == true);
  std::string text = csv["result"];
  CHECK(text.rfind("\xEF\xBB\xBF序号,变化", 0) == 0);
  CHECK(text.find("划出") != std::string::npos);
  CHECK(text.find("测试区乙局") != std::string::npos);

  CHECK(ask(db, {{"query", "compare"}, {"body", "nobody"}})["ok"] == false);
  CHECK(ask(db, {{"query", "compare"}})["ok"] == false);
  CHECK(ask(db, {{"query", "compare"}, {"body", "jia"}, {"from", "2020-13-01"}})["ok"] == false);
  json backwards = ask(db, {{"query", "compare"}, {"body", "jia"}, {"from", "2025-01-01"}, {"to", "2020-01-01"}});
  CHECK(backwards["ok"] == false);
  CHECK(backwards["error"].get<std::string>().find("晚于") != std::string::npos);
  CHECK(ask(db, {{"query", "compare"}, {"body", "jia"}, {"format", "xlsx"}})["ok"] == false);
}

TEST_CASE("compare text output: summary and inline marks") {
  Publication p;
  p.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise});
  p.sanding("yi", "测编〔2020〕2号", "2020-01-01", {kInspect});
  p.adjustment("测编〔2021〕12号", "2021-07-01",
               {reword("jia", "2", kMonitorNew), transfer("jia", "3", "yi", "t2021-1")});
  json a = ask(p.db(), {{"query", "compare"}, {"body", "jia"}, {"from", "2020-01-01"}});
  std::string text = builder::format_comparison_text(a["result"]);
  CHECK(text.find("测试区甲局（jia）新旧对照：2020-01-01 → 2026-01-01") != std::string::npos);
  CHECK(text.find("未变 1 · 新增 0 · 删除 0 · 修改 1 · 划入 0 · 划出 1") != std::string::npos);
  CHECK(text.find("（二） → （二）  修改  依据 测编〔2021〕12号（2021-07-01）") != std::string::npos);
  CHECK(text.find("负责全区生态环境监测{+和信息发布+}工作。") != std::string::npos);
  CHECK(text.find("（三） → —  划出至 测试区乙局") != std::string::npos);
}

namespace {

// jia: a 三定, an adjustment doing everything, a second 三定; yi receives a transfer.
Publication& history_publication() {
  static Publication p = [] {
    Publication q;
    q.sanding("jia", "测编〔2020〕1号", "2020-01-01", {kPlan, kMonitor, kNoise, kSafety});
    q.sanding("yi", "测编〔2020〕2号", "2020-02-01", {kInspect, kOther});
    q.adjustment("测编〔2021〕12号", "2021-07-01",
                 {reword("jia", "2", kMonitorNew), add("jia", "a2021-1", kOther),
                  transfer("jia", "3", "yi", "t2021-1"), remove("jia", "4")});
    q.adjustment("测编〔2022〕6号", "2022-03-01", {reword("yi", "1", kInspect + "（试行）")});
    q.sanding("jia", "测编〔2024〕3号", "2024-02-01", {kPlan, kMonitorNew, kOther});
    return q;
  }();
  return p;
}

}  // namespace

TEST_CASE("timeline: every document of a body with its effect counts") {
  const DutyDatabase& db = history_publication().db();
  auto t = body_timeline(db, "jia");
  REQUIRE(t);
  CHECK(t->body_name == "测试区甲局");
  REQUIRE(t->entries.size() == 3);
  const TimelineEntry& first = t->entries[0];
  CHECK(first.document.doc_no == "测编〔2020〕1号");
  CHECK(first.sanding);
  CHECK(first.counts.established == 4);
  CHECK(first.clauses_after == 4);
  const TimelineEntry& adjust = t->entries[1];
  CHECK(adjust.document.doc_no == "测编〔2021〕12号");
  CHECK_FALSE(adjust.sanding);
  CHECK(adjust.counts.added == 1);
  CHECK(adjust.counts.removed == 1);
  CHECK(adjust.counts.reworded == 1);
  CHECK(adjust.counts.transferred_out == 1);
  CHECK(adjust.counts.transferred_in == 0);
  CHECK(adjust.clauses_after == 3);
  REQUIRE(adjust.changes.size() == 4);
  CHECK(adjust.changes[0].kind == ChangeKind::kReworded);
  CHECK(adjust.changes[0].old_text == kMonitor);
  CHECK(adjust.changes[0].text == kMonitorNew);
  CHECK(adjust.changes[3].kind == ChangeKind::kRemoved);
  CHECK(adjust.changes[3].text == kSafety);
  const TimelineEntry& second = t->entries[2];
  CHECK(second.sanding);
  CHECK(second.counts.established == 3);
  CHECK(second.counts.superseded == 3);

  auto yi = body_timeline(db, "yi");
  REQUIRE(yi);
  REQUIRE(yi->entries.size() == 3);
  CHECK(yi->entries[1].counts.transferred_in == 1);
  CHECK(yi->entries[1].counts.transferred_out == 0);
  CHECK(yi->entries[1].changes.size() == 1);  // only what concerns yi
  CHECK(yi->entries[1].clauses_after == 3);
  CHECK(yi->entries[2].counts.reworded == 1);
  CHECK_FALSE(body_timeline(db, "nobody"));

  json a = ask(db, {{"query", "timeline"}, {"body", "jia"}});
  REQUIRE(a["ok"] == true);
  CHECK(a["result"]["entries"][1]["counts"]["transferred_out"] == 1);
  CHECK(a["result"]["entries"][1]["changes"][2]["other_body"]["id"] == "yi");
  CHECK(ask(db, {{"query", "timeline"}, {"body", "nobody"}})["ok"] == false);
}

TEST_CASE("district changes: period, body and kind filters") {
  const DutyDatabase& db = history_publication().db();
  auto all = district_changes(db, "", "");
  CHECK(all.size() == 2 + 4 + 1 + 1);  // two 三定, four changes, one rewording, a 三定
  CHECK(all.front().kind == ChangeKind::kSanding);
  CHECK(all.back().document.doc_no == "测编〔2024〕3号");

  auto y2021 = district_changes(db, "2021-01-01", "2021-12-31");
  REQUIRE(y2021.size() == 4);
  CHECK(y2021[0].kind == ChangeKind::kReworded);
  CHECK(y2021[0].spans.size() == 3);
  CHECK(y2021[1].kind == ChangeKind::kAdded);
  CHECK(y2021[2].kind == ChangeKind::kTransferred);
  CHECK(y2021[2].body_id == "jia");
  CHECK(y2021[2].other_body_id == "yi");
  CHECK(y2021[2].other_body_name == "测试区乙局");
  CHECK(y2021[2].other_key == "t2021-1");
  CHECK(y2021[2].text == kNoise);
  CHECK(y2021[3].kind == ChangeKind::kRemoved);
  for (const auto& r : y2021) CHECK(r.date == "2021-07-01");

  // Bounds are inclusive.
  CHECK(district_changes(db, "2021-07-01", "2021-07-01").size() == 4);
  CHECK(district_changes(db, "2021-07-02", "2022-02-28").empty());

  auto yi = district_changes(db, "", "", "yi");
  REQUIRE(yi.size() == 3);  // its 三定, the transfer in, its rewording
  CHECK(yi[1].kind == ChangeKind::kTransferred);

  auto rewordings = district_changes(db, "", "", "", ChangeKind::kReworded);
  CHECK(rewordings.size() == 2);
  auto sandings = district_changes(db, "2024-01-01", "", "", ChangeKind::kSanding);
  REQUIRE(sandings.size() == 1);
  CHECK(sandings[0].clause_count == 3);

  json a = ask(db, {{"query", "changes"}, {"from", "2021-01-01"}, {"to", "2021-12-31"}, {"kind", "划转"}});
  REQUIRE(a["ok"] == true);
  CHECK(a["result"]["kind"] == "transferred");
  CHECK(a["result"]["summary"]["transferred"] == 1);
  CHECK(a["result"]["rows"].size() == 1);
  CHECK(a["result"]["rows"][0]["label"] == "划转");
  CHECK(ask(db, {{"query", "changes"}, {"kind", "moved"}})["ok"] == false);
  CHECK(ask(db, {{"query", "changes"}, {"body", "nobody"}})["ok"] == false);
  CHECK(ask(db, {{"query", "changes"}, {"from", "2021-02-30"}})["ok"] == false);
  ChangeKind kind;
  CHECK(parse_change_kind("新增", &kind));
  CHECK(kind == ChangeKind::kAdded);
}

TEST_CASE("compare: every clause of both dates is in the rows, on every body of the demo") {
  const DutyDatabase& db = test::demo_database();
  int compared = 0;
  for (const auto& body : list_bodies(db)) {
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"", ""}, {"2019-01-01", ""}, {"2020-01-01", "2022-06-30"}}) {
      auto c = compare_duties(db, body.id, from, to);
      REQUIRE(c);
      std::vector<int> old_seen(std::size_t(c->old_count) + 1, 0), new_seen(std::size_t(c->new_count) + 1, 0);
      for (const auto& r : c->rows) {
        if (r.old_clause) ++old_seen[std::size_t(r.old_clause->number)];
        if (r.new_clause) ++new_seen[std::size_t(r.new_clause->number)];
        bool two_sided = r.kind == CompareKind::kUnchanged || r.kind == CompareKind::kReworded ||
                         r.kind == CompareKind::kSplit || r.kind == CompareKind::kMerged;
        CHECK(bool(r.old_clause && r.new_clause) == two_sided);
      }
      for (int n = 1; n <= c->old_count; ++n) CHECK(old_seen[std::size_t(n)] >= 1);
      for (int n = 1; n <= c->new_count; ++n) CHECK(new_seen[std::size_t(n)] >= 1);
      const ComparisonSummary& s = c->summary;
      CHECK(s.unchanged + s.reworded + s.removed + s.transferred_out <= c->old_count);
      ++compared;
    }
  }
  CHECK(compared > 0);
}
