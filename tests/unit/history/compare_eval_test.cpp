// The 新旧对照 evaluation (tests/eval/compare/, described in tests/eval/README.md): each file is a
// small district whose bodies all get a new 三定 on one date; the reformed body's comparison
// (and, for moved duties, the other body's) must give the alignments a staff member labelled.
// Both parts are held at the scores measured when tuning ended (tests/eval/README.md): the blind
// part was skipped while tuning and scored once after it; it now guards against regressions.
// Not for the engine's rules one by one: duty_compare_test.cpp and term_weights_test.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "builder/bundle_writer.h"
#include "core/history/duty_compare.h"
#include "core/history/duty_history.h"
#include "test_support.h"

using namespace dutyatlas;
using nlohmann::json;

namespace {

struct Score {
  int right = 0, total = 0;
};

// The file's district as a Dataset: each body a 三定 on old_date and one on new_date.
Dataset district_of(const json& pair) {
  Dataset d;
  d.name = "评测区";
  d.title = "评测区机构职责";
  d.data_date = pair.at("new_date");
  d.division_code = "999903";
  d.sample = true;
  std::vector<json> bodies{pair.at("body")};
  for (const auto& other : pair.at("others")) bodies.push_back(other);
  int serial = 0;
  for (const auto& b : bodies) {
    Body body;
    body.id = b.at("id");
    body.name = "评测区" + b.at("name").get<std::string>();
    body.short_name = b.at("name");
    body.category = "government";
    body.rank = "正科级";
    body.uscc = "1199990300000000" + std::to_string(10 + ++serial);
    body.division_code = "999903";
    d.bodies.push_back(body);
    for (const char* side : {"old", "new"}) {
      Document doc;
      doc.doc_no = body.id + (side[0] == 'o' ? "-旧三定" : "-新三定");
      doc.title = "关于印发" + body.name + "三定规定的通知";
      doc.issuer = "中共评测区委机构编制委员会";
      doc.kind = "sanding";
      doc.effective = doc.issued = pair.at(side == std::string("old") ? "old_date" : "new_date");
      d.documents.push_back(doc);
      Sanding s;
      s.body_id = body.id;
      s.doc_no = doc.doc_no;
      s.setup = "是区政府工作部门。";
      s.duties = b.at(side).get<std::vector<std::string>>();
      d.sandings.push_back(s);
    }
  }
  return d;
}

std::vector<int> numbers(const json& label, const char* field) {
  return label.contains(field) ? label.at(field).get<std::vector<int>>() : std::vector<int>{};
}

const ComparisonRow* row_with(const DutyComparison& c, bool old_side, int number) {
  for (const auto& r : c.rows) {
    const auto& clause = old_side ? r.old_clause : r.new_clause;
    if (clause && clause->number == number && !(old_side ? r.new_clause : r.old_clause)) return &r;
  }
  return nullptr;
}

// The partners of `number` on the other side, and the kinds of their rows.
std::set<int> partners(const DutyComparison& c, bool old_side, int number, std::set<CompareKind>* kinds) {
  std::set<int> out;
  for (const auto& r : c.rows) {
    if (!r.old_clause || !r.new_clause) continue;
    if ((old_side ? r.old_clause : r.new_clause)->number != number) continue;
    out.insert((old_side ? r.new_clause : r.old_clause)->number);
    kinds->insert(r.kind);
  }
  return out;
}

// The clause row `number` (unpaired on its side) names a 疑似划转 (or documented transfer) with
// `other_body`'s clause of that text.
bool names_transfer(const DutyComparison& c, bool old_side, int number, const std::string& other_body,
                    const std::string& other_text) {
  const ComparisonRow* r = row_with(c, old_side, number);
  if (!r) return false;
  if (r->suspected_transfer) {
    return r->suspected_transfer->body_id == other_body && r->suspected_transfer->clause.text == other_text;
  }
  return false;
}

bool label_right(const json& label, const json& pair, const DutyDatabase& db, const DutyComparison& c,
                 std::string* why, Score* mirror) {
  const std::string kind = label.at("kind");
  auto olds = numbers(label, "old");
  auto news = numbers(label, "new");
  if (kind == "改写" || kind == "拆分" || kind == "合并") {
    bool split = kind == "拆分";
    const auto& wholes = split || kind == "改写" ? olds : news;
    const auto& parts = split || kind == "改写" ? news : olds;
    CompareKind want = kind == "改写" ? CompareKind::kReworded : split ? CompareKind::kSplit : CompareKind::kMerged;
    std::set<CompareKind> kinds;
    std::set<int> got = partners(c, split || kind == "改写", wholes.at(0), &kinds);
    bool ok = got == std::set<int>(parts.begin(), parts.end()) && kinds == std::set<CompareKind>{want};
    if (!ok) {
      *why = "partners {";
      for (int g : got) *why += std::to_string(g) + " ";
      *why += "}";
      for (CompareKind k : kinds) *why += " " + std::string(compare_kind_code(k));
    }
    return ok;
  }
  if (kind == "删除" || kind == "新增") {
    bool old_side = kind == "删除";
    const ComparisonRow* r = row_with(c, old_side, (old_side ? olds : news).at(0));
    bool ok = r && !r->suspected_transfer;
    if (!ok) *why = r ? "named 疑似划转 with " + r->suspected_transfer->body_id : "paired";
    return ok;
  }
  // 划入 / 划出: this side names the other body's clause; the other body shows the mirror.
  bool in = kind == "划入";
  const std::string other_id = label.at("body");
  int other_number = label.at("other").at(0);
  json other_body;
  for (const auto& o : pair.at("others")) {
    if (o.at("id") == other_id) other_body = o;
  }
  std::string other_text = other_body.at(in ? "old" : "new").at(other_number - 1);
  int own_number = (in ? news : olds).at(0);
  std::string own_text = pair.at("body").at(in ? "new" : "old").at(own_number - 1);
  auto theirs = compare_duties(db, other_id, pair.at("old_date").get<std::string>(),
                               pair.at("new_date").get<std::string>());
  REQUIRE(theirs);
  bool mirrored = names_transfer(*theirs, in, other_number, pair.at("body").at("id"), own_text);
  ++mirror->total;
  mirror->right += mirrored;
  if (!mirrored) *why += "no mirror in " + other_id + "; ";
  bool ok = names_transfer(c, !in, own_number, other_id, other_text);
  if (!ok) *why += "not named here";
  return ok;
}

Score score_file(const std::filesystem::path& path) {
  json pair = json::parse(test::read_file(path));
  Dataset dataset = district_of(pair);
  DutyHistory history = replay_duty_history(dataset);
  REQUIRE(history.problems.empty());
  auto image = builder::write_database_image(dataset, history);
  auto db = test::open_image(image);
  auto c = compare_duties(*db, pair.at("body").at("id").get<std::string>(),
                          pair.at("old_date").get<std::string>(), pair.at("new_date").get<std::string>());
  REQUIRE(c);
  Score score, mirror;
  for (const auto& label : pair.at("labels")) {
    std::string why;
    bool right = label_right(label, pair, *db, *c, &why, &mirror);
    ++score.total;
    score.right += right;
    if (!right) MESSAGE(path.filename().string() << " missed " << label.dump() << ": " << why);
  }
  score.right += mirror.right;
  score.total += mirror.total;
  MESSAGE(path.filename().string() << ": " << score.right << " / " << score.total);
  return score;
}

double score_part(const char* part) {
  Score all;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_root() / "tests" / "eval" / "compare" / part)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    Score s = score_file(file);
    all.right += s.right;
    all.total += s.total;
  }
  REQUIRE(all.total > 0);
  double share = double(all.right) / double(all.total);
  MESSAGE(std::string(part) << " part: " << all.right << " / " << all.total << " labelled pairs right");
  return share;
}

}  // namespace

// The target is 95 %; tuning ended at 74 / 78 (94.9 %): the two misses are a three-way split
// whose third part adds one term of its own, and a 救灾 clause rewritten past its terms.
TEST_CASE("compare eval: tuning part — 74 of 78 labelled pairs right") {
  CHECK(score_part("tuning") >= 74.0 / 78 - 1e-9);
}

// Scored once after tuning: 37 / 41 (90.2 %); baseline 13 / 41.
TEST_CASE("compare eval: blind part — 37 of 41 labelled pairs right") {
  CHECK(score_part("blind") >= 37.0 / 41 - 1e-9);
}
