// 职责体检 (core/audit/): each kind of finding found on a small district, settled overlaps kept
// and marked with their reference, nothing found on a clean one; and `dutyatlas audit --json`
// stable and complete.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <cstdio>
#include <set>
#include <sstream>

#include "audit_tree.h"
#include "builder/bundle_writer.h"
#include "builder/publication_loader.h"
#include "cli_runner.h"
#include "core/audit/audit_print.h"
#include "core/audit/audit_report.h"
#include "core/base/csv_writer.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

std::unique_ptr<DutyDatabase> load(const SourceTree& tree) { return audit_tree::load(tree); }

// The district's database after `sql` ran on it: for what the builder refuses to write but an
// older bundle or a later edit may hold (a stage without a lead, a keyword pointing nowhere).
std::unique_ptr<DutyDatabase> edited(const SourceTree& tree, const char* sql) {
  builder::Diagnostics diagnostics;
  builder::Source source = tree.read(&diagnostics);
  builder::DatabaseImage image = builder::write_database_image(source.dataset, source.history);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
  auto* bytes = static_cast<unsigned char*>(sqlite3_malloc64(image.bytes.size()));
  std::copy(image.bytes.begin(), image.bytes.end(), bytes);
  REQUIRE(sqlite3_deserialize(db, "main", bytes, sqlite3_int64(image.bytes.size()),
                              sqlite3_int64(image.bytes.size()),
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) == SQLITE_OK);
  char* message = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
  INFO((message ? message : ""));
  sqlite3_free(message);
  REQUIRE(rc == SQLITE_OK);
  sqlite3_int64 size = 0;
  unsigned char* out = sqlite3_serialize(db, "main", &size, 0);
  builder::DatabaseImage changed;
  changed.bytes.assign(out, out + size);
  sqlite3_free(out);
  sqlite3_close(db);
  return open_image(changed);
}

std::vector<const AuditFinding*> of(const AuditReport& report, FindingKind kind) {
  std::vector<const AuditFinding*> out;
  for (const auto& f : report.findings) {
    if (f.kind == kind) out.push_back(&f);
  }
  return out;
}

// The findings point into the report: never into a temporary one.
std::vector<const AuditFinding*> of(AuditReport&& report, FindingKind kind) = delete;

std::string describe(const AuditReport& report) { return audit_to_text(report); }

}  // namespace

TEST_CASE("audit: a clean district gives no finding at all") {
  SourceTree tree;
  audit_tree::write(tree, false);
  AuditReport report = audit_publication(*load(tree));
  INFO(describe(report));
  CHECK(report.data_date == "2026-01-01");
  CHECK(report.findings.empty());
  CHECK(has(audit_to_text(report), "未发现需要关注的事项"));
}

TEST_CASE("audit: overlapping clauses of two bodies are found, with their shared terms, and the settled ones marked") {
  SourceTree tree;
  audit_tree::write(tree, true);
  AuditReport report = audit_publication(*load(tree));
  INFO(describe(report));
  auto overlaps = of(report, FindingKind::kOverlap);
  REQUIRE(overlaps.size() == 3);
  auto find = [&](const std::string& term) -> const AuditFinding* {
    for (const auto* f : overlaps) {
      if (has(f->refs[0].text, term) && has(f->refs[1].text, term)) return f;
    }
    return nullptr;
  };
  const AuditFinding* dust = find("扬尘");
  const AuditFinding* fumes = find("油烟");
  const AuditFinding* noise = find("噪声");
  REQUIRE(dust);
  REQUIRE(fumes);
  REQUIRE(noise);
  // 扬尘: nothing settles it — listed first, unmarked, with the clauses and their files.
  CHECK(overlaps.front() == dust);
  CHECK(dust->settled_by.empty());
  CHECK(has(dust->summary, "可能交叉"));
  CHECK(dust->refs[0].body_id == "sthjj");
  CHECK(dust->refs[1].body_id == "zjj");
  CHECK(dust->refs[0].file == "sanding/sthjj.json");
  CHECK_FALSE(dust->shared_terms.empty());
  // 油烟: the division list's matter A01 names both; 噪声: sthjj's 三定 boundary with zjj.
  CHECK(has(fumes->settled_by, "职责分工清单 A01"));
  CHECK(has(noise->settled_by, "测编〔2019〕1号"));
  CHECK(report.settled(FindingKind::kOverlap) == 2);
  // The boilerplate every body has (贯彻执行…, 交办的其他任务) is no overlap.
  for (const auto* f : overlaps) CHECK_FALSE(has(f->refs[0].text, "交办"));
}

namespace {

// Adds `count` party offices whose duties are only the boilerplate: a district of realistic size,
// where words three bodies share are not yet the wording of every 三定 (template words are those
// of an eighth of the bodies or more, overlaps.cpp).
void add_quiet_bodies(SourceTree& tree, int count) {
  std::string bodies = audit_tree::kBodies;
  bodies.erase(bodies.rfind(']'));  // reopened: the list's closing bracket and what follows
  for (int i = 0; i < count; ++i) {
    std::string id = "bgs" + std::to_string(i), no = "测编〔2019〕" + std::to_string(100 + i) + "号";
    char uscc[19];
    std::snprintf(uscc, sizeof uscc, "11999902MC%08d", i);
    bodies += R"(,  {"id": ")" + id + R"(", "name": "中共测试区委第)" + std::to_string(i + 1) +
              R"(办公室", "category": "party", "rank": "正科级", "uscc": ")" + uscc +
              R"(", "division_code": "999902"})" + "\n";
    tree.write("documents/" + id + ".json", audit_tree::document(no, "sanding", "2019-03-01"));
    tree.write("sanding/" + id + ".json",
               audit_tree::sanding(id, no, R"("负责贯彻执行国家和省市有关方针政策和法律法规。", "承担区委交办的其他任务。")"));
  }
  tree.write("bodies.json", bodies + "  ]\n}\n");
}

}  // namespace

TEST_CASE("audit: three bodies on one matter are one finding; clauses that do not all overlap stay pairs") {
  SourceTree tree;
  audit_tree::write(tree, true);
  add_quiet_bodies(tree, 30);
  // 综合执法局 takes up 工地扬尘 too: 生态环境局, 住建局 and 综合执法局 now all overlap one another.
  tree.write("sanding/zhzfj.json",
             audit_tree::sanding("zhzfj", "测编〔2019〕2号",
                                 R"("负责市容环境卫生和户外广告设施的管理。", "负责查处餐饮服务单位油烟污染违法行为。", )"
                                 R"("负责建筑工地扬尘污染防治的执法检查。")"));
  AuditReport report = audit_publication(*load(tree));
  INFO(describe(report));
  auto overlaps = of(report, FindingKind::kOverlap);
  const AuditFinding* dust = nullptr;
  for (const auto* f : overlaps) {
    int with_dust = 0;
    for (const auto& r : f->refs) with_dust += has(r.text, "扬尘") ? 1 : 0;
    if (with_dust > 0) {
      CHECK(dust == nullptr);  // one finding, not three pairs
      dust = f;
    }
  }
  REQUIRE(dust);
  REQUIRE(dust->refs.size() == 3);
  std::set<std::string> bodies;
  for (const auto& r : dust->refs) bodies.insert(r.body_id);
  CHECK(bodies == std::set<std::string>{"sthjj", "zhzfj", "zjj"});
  for (const char* name : {"测试区生态环境局", "测试区住房和城乡建设局", "测试区综合行政执法局"}) {
    CHECK(has(dust->summary, name));
  }
  CHECK(dust->settled_by.empty());
  // 油烟 (生态环境局 / 综合执法局, settled by A01) and 噪声 (生态环境局 / 住建局, settled by the
  // boundary) share a body but not a matter: still two pairs, each with its settlement.
  int settled_pairs = 0;
  for (const auto* f : overlaps) {
    if (f == dust) continue;
    CHECK(f->refs.size() == 2);
    settled_pairs += f->settled_by.empty() ? 0 : 1;
  }
  CHECK(settled_pairs == 2);
  // CSV and JSON carry every clause of the group.
  CHECK(audit_to_json(report)["findings"][0]["refs"].size() == 3);
}

TEST_CASE("audit: one 事项名称 in the power lists of two bodies is a shared power") {
  SourceTree tree;
  audit_tree::write(tree, true);
  AuditReport report = audit_publication(*load(tree));
  auto shared = of(report, FindingKind::kSharedPower);
  REQUIRE(shared.size() == 1);
  CHECK(has(shared[0]->summary, "扬尘污染防治检查"));
  CHECK(shared[0]->settled_by.empty());  // sthjj's boundary with zjj is on 施工噪声, not 扬尘
  REQUIRE(shared[0]->refs.size() == 2);
  CHECK(shared[0]->refs[0].item == "JC-1");
  CHECK(shared[0]->refs[1].item == "JC-2");
}

TEST_CASE("audit: an old 三定 with many adjustments since") {
  SourceTree tree;
  audit_tree::write(tree, true);
  AuditReport report = audit_publication(*load(tree));
  INFO(describe(report));
  auto stale = of(report, FindingKind::kStaleSanding);
  REQUIRE(stale.size() == 1);
  CHECK(stale[0]->refs[0].body_id == "zjj");
  CHECK(stale[0]->score == 5);  // five adjustments since 2019
  CHECK(has(stale[0]->summary, "已施行6年"));
  // Settable: seven years or six adjustments and it is not stale yet.
  AuditOptions strict;
  strict.stale_years = 7;
  const AuditReport older = audit_publication(*load(tree), strict);
  CHECK(of(older, FindingKind::kStaleSanding).empty());
  strict = {};
  strict.stale_adjustments = 6;
  const AuditReport more = audit_publication(*load(tree), strict);
  CHECK(of(more, FindingKind::kStaleSanding).empty());
}

TEST_CASE("audit: lists published more than a year before the data date (dataset.json lists_published, a task list's published)") {
  SourceTree tree;
  audit_tree::write(tree, false);
  // Data date 2026-01-01: powers (2024-06-30) and the task list (2024-12-01) are stale; division
  // (2025-12-01) is not; responsibilities has no date and is not judged.
  tree.write("dataset.json", R"({"name": "测试区", "title": "测试区机构职责", "data_date": "2026-01-01",
    "division_code": "999902", "lists_published": {"powers": "2024-06-30", "division": "2025-12-01"}})");
  tree.write("lists/tasks.json", R"([{"id": "safety", "name": "安全生产监管职责任务清单", "file": "tasks-safety.csv", "published": "2024-12-01"}])");
  tree.write("lists/tasks-safety.csv", "序号,责任单位,职责任务\n1,sthjj,负责核与辐射安全监管。\n");
  AuditReport report = audit_publication(*load(tree));
  INFO(describe(report));
  auto lists = of(report, FindingKind::kStaleList);
  REQUIRE(lists.size() == 2);
  // Worst first: powers, 550 days.
  CHECK(lists[0]->refs[0].item == "powers");
  CHECK(lists[0]->refs[0].file == "dataset.json");
  CHECK(has(lists[0]->summary, "权力清单公布于2024-06-30"));
  CHECK(lists[0]->score == 550);
  CHECK(lists[1]->refs[0].item == "tasks/safety");
  CHECK(lists[1]->refs[0].file == "lists/tasks.json");
  CHECK(has(lists[1]->summary, "安全生产监管职责任务清单公布于2024-12-01"));
  // A year and a day is within 一年一公开 (366 days, for a leap year between).
  tree.write("dataset.json", R"({"name": "测试区", "title": "测试区机构职责", "data_date": "2026-01-01",
    "division_code": "999902", "lists_published": {"powers": "2024-12-31"}})");
  tree.write("lists/tasks.json", R"([{"id": "safety", "name": "安全生产监管职责任务清单", "file": "tasks-safety.csv"}])");
  const AuditReport fresh = audit_publication(*load(tree));
  CHECK(of(fresh, FindingKind::kStaleList).empty());
}

TEST_CASE("audit: gaps — a stage without a lead, a body without duties still named, search words pointing nowhere") {
  SourceTree tree;
  audit_tree::write(tree, false);
  auto db = edited(tree,
                   "DELETE FROM division_stage_bodies WHERE code = 'A01' AND stage_seq = 1;"
                   "UPDATE clause_versions SET valid_to = '2025-01-01' WHERE body_id = 'zhzfj';"
                   "UPDATE powers SET body_id = 'gone' WHERE code = 'XK-2';"
                   "INSERT INTO keywords VALUES ('路灯', 'duty', 'zhzfj#4');"
                   "INSERT INTO keywords VALUES ('违建', 'matter', 'B99');"
                   "INSERT INTO synonyms VALUES ('量子', '纠缠');");
  AuditReport report = audit_publication(*db);
  INFO(describe(report));
  auto leads = of(report, FindingKind::kStageWithoutLead);
  REQUIRE(leads.size() == 1);
  CHECK(has(leads[0]->summary, "A01"));
  CHECK(has(leads[0]->summary, "执法"));
  auto unknown = of(report, FindingKind::kUnknownBody);
  REQUIRE(unknown.size() == 2);
  std::string both = unknown[0]->summary + unknown[1]->summary;
  CHECK(has(both, "“gone”不在机构数据中"));
  CHECK(has(both, "测试区综合行政执法局已无现行职责"));
  auto words = of(report, FindingKind::kDanglingSearchWord);
  REQUIRE(words.size() == 3);
  CHECK(has(words[0]->summary + words[1]->summary + words[2]->summary, "量子"));
  // zhzfj: power list entries and no duty in force any more.
  auto powers_only = of(report, FindingKind::kPowersWithoutDuties);
  REQUIRE(powers_only.size() == 1);
  CHECK(powers_only[0]->refs[0].body_id == "zhzfj");
}

TEST_CASE("audit: a 政府工作部门 with duties and no power list entry") {
  SourceTree tree;
  audit_tree::write(tree, false);
  tree.write("lists/powers.csv", "事项编码,事项名称,事项类型,实施主体\nXK-1,排污许可,行政许可,sthjj\n"
                                 "CF-1,占道经营处罚,行政处罚,zhzfj\n");
  AuditReport report = audit_publication(*load(tree));
  auto without = of(report, FindingKind::kDutiesWithoutPowers);
  REQUIRE(without.size() == 1);
  CHECK(without[0]->refs[0].body_id == "zjj");
  CHECK(report.findings.size() == 1);
}

TEST_CASE("dutyatlas audit: --json is stable, complete and the core's report; --csv and text carry the same findings") {
  SourceTree tree;
  audit_tree::write(tree, true);
  TempDir scratch;
  CliRun first = run_cli({"audit", tree.path(), "--json"}, scratch.path());
  INFO(first.err);
  REQUIRE(first.code == 0);
  CliRun second = run_cli({"audit", tree.path(), "--json"}, scratch.path());
  CHECK(first.out == second.out);
  nlohmann::json json = nlohmann::json::parse(first.out);
  CHECK(json == audit_to_json(audit_publication(*load(tree))));
  CHECK(json["data_date"] == "2026-01-01");
  int total = 0;
  for (const auto& kind : kFindingKinds) {
    REQUIRE(json["counts"].contains(std::string(kind.code)));
    total += json["counts"][std::string(kind.code)]["findings"].get<int>();
  }
  CHECK(total == int(json["findings"].size()));
  CHECK(json["counts"]["overlap"]["settled"] == 2);
  for (const auto& f : json["findings"]) {
    CHECK_FALSE(f["summary"].get<std::string>().empty());
    REQUIRE_FALSE(f["refs"].empty());
    CHECK_FALSE(f["refs"][0]["file"].get<std::string>().empty());
  }
  CliRun csv = run_cli({"audit", tree.path(), "--csv"}, scratch.path());
  REQUIRE(csv.code == 0);
  CHECK(csv.out.rfind(std::string(kCsvByteOrderMark), 0) == 0);
  CHECK(has(csv.out, "职责分工清单 A01"));
  CliRun text = run_cli({"audit", tree.path()}, scratch.path());
  REQUIRE(text.code == 0);
  CHECK(has(text.out, "【职责可能交叉】3 项（其中已由职责分工明确 2 项）"));
  CHECK(has(text.out, "sanding/zjj.json"));
  CliRun bad = run_cli({"audit", tree.path(), "--years", "x"}, scratch.path());
  CHECK(bad.code != 0);
  CHECK(has(bad.err, "--years"));
}

TEST_CASE("audit: the shared terms of an overlap are whole words, not the halves the bigrams cut") {
  // The demo's 政协办 and its committee on the same members: the terms once read 员的联络服、
  // 务和履职、政协委 (委员 and 服务 are common bigrams, so the runs stopped inside them).
  std::string error;
  std::ostringstream diagnostics;
  auto db = builder::load_publication((source_root() / "assets" / "demo").string(), &error, diagnostics);
  REQUIRE(db);
  AuditReport report = audit_publication(*db);
  const AuditFinding* members = nullptr;
  for (const auto* f : of(report, FindingKind::kOverlap)) {
    if (f->refs[0].body_id == "zxb" && f->refs[1].body_id == "zxtaw") members = f;
  }
  REQUIRE(members);
  std::string terms;
  for (const auto& t : members->shared_terms) terms += t + "、";
  INFO(terms);
  CHECK(has(terms, "政协委员"));
  CHECK(has(terms, "联络服务"));
  for (const auto& t : members->shared_terms) {
    CHECK(t.rfind("员", 0) != 0);                       // not the second half of 委员
    CHECK(t.substr(t.size() - 3) != "服");              // nor the first half of 服务
    CHECK(t.rfind("的", 0) != 0);                       // nor a joining character at an end
  }
  // Everywhere in the demo: no shared term is a single character.
  for (const auto& f : report.findings) {
    for (const auto& t : f.shared_terms) CHECK(t.size() > 3);
  }
}

TEST_CASE("audit --topics: a publisher's word 谁来管 answers only from list items, or not at all") {
  SourceTree tree;
  audit_tree::write(tree, true);
  // 扬尘: two bodies' duties answer. 排污: only sthjj's power 排污许可. 量子: nothing at all.
  tree.write("synonyms.csv", "词,同义词\n扬尘,工地扬尘\n排污,排放污染物\n量子,纠缠\n");
  auto db = load(tree);
  const AuditReport plain = audit_publication(*db);
  CHECK(of(plain, FindingKind::kTopicWithoutDuty).empty());  // off by default
  AuditOptions options;
  options.topics = true;
  AuditReport report = audit_publication(*db, options);
  INFO(describe(report));
  std::vector<const AuditFinding*> topics, general;  // the publisher's words; the general lexicon's
  for (const auto* f : of(report, FindingKind::kTopicWithoutDuty)) {
    (f->refs[0].file == "synonyms.csv" ? topics : general).push_back(f);
  }
  REQUIRE(topics.size() == 2);
  CHECK(topics[0]->refs[0].item == "量子");  // found by nothing: worst
  CHECK(has(topics[0]->summary, "未找到对应机构"));
  CHECK(topics[1]->refs[0].item == "排污");
  CHECK(topics[1]->refs[0].body_id == "sthjj");
  CHECK(has(topics[1]->summary, "仅有清单事项"));
  // The general lexicon's topics are asked too, each with its first word: this three-department
  // district answers 餐饮油烟 (油烟) from its duties, and has no body for 宗教 (传教).
  bool religion = false;
  for (const auto* f : general) {
    CAPTURE(f->summary);
    CHECK(f->refs[0].file == "lexicon.csv");
    CHECK(f->refs[0].item != "油烟");
    if (f->refs[0].item == "传教") {
      religion = true;
      CHECK(has(f->summary, "通用词库话题“宗教”"));
      CHECK(has(f->summary, "未找到对应机构"));
    }
  }
  CHECK(religion);
}
