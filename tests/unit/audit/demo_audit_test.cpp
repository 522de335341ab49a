// 职责体检 on the demo district (assets/demo), whose generator plants what the audit is for
// (tools/demo-district/README.md): three unsettled overlaps (职业健康, 医疗广告, 非标电动自行车), two
// settled ones (校外培训 by the division list, 农村生活污水 by a 三定 boundary), a division list
// published more than a year ago and 市场监管's 2019 三定 with six adjustments since. And what the
// demo's own wording must not produce: pairs of the leading organs' general offices (人大办 and
// 政协办 each run their own 机关), pairs of policy openings (贯彻执行…方针政策).
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <tuple>

#include "builder/publication_loader.h"
#include "core/audit/audit_context.h"
#include "core/audit/audit_report.h"
#include "test_support.h"

using namespace dutyatlas;
using namespace dutyatlas::test;

namespace {

const AuditReport& demo_report() {
  static const AuditReport report = [] {
    std::string error;
    std::ostringstream diagnostics;
    auto db = builder::load_publication((source_root() / "assets" / "demo").string(), &error, diagnostics);
    REQUIRE_MESSAGE(db, error);
    return audit_publication(*db);
  }();
  return report;
}

// The overlap between bodies a and b (either order) whose two clauses both hold `term`.
const AuditFinding* overlap(const std::string& a, const std::string& b, const std::string& term) {
  for (const auto& f : demo_report().findings) {
    if (f.kind != FindingKind::kOverlap || f.refs.size() != 2) continue;
    const bool bodies = (f.refs[0].body_id == a && f.refs[1].body_id == b) ||
                        (f.refs[0].body_id == b && f.refs[1].body_id == a);
    if (bodies && has(f.refs[0].text, term) && has(f.refs[1].text, term)) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("audit on the demo: the planted overlaps are listed, unsettled ones unmarked") {
  // Not a structured binding: clang 14 cannot CAPTURE one.
  for (const auto& planted : {std::tuple{"wjj", "yjglj", "职业病危害因素"}, {"scjgj", "wjj", "医疗"},
                              {"gafj", "scjgj", "电动自行车"}}) {
    const std::string term = std::get<2>(planted);
    CAPTURE(term);
    const AuditFinding* f = overlap(std::get<0>(planted), std::get<1>(planted), term);
    REQUIRE(f);
    CHECK(f->settled_by.empty());
    CHECK_FALSE(f->shared_terms.empty());
  }
}

TEST_CASE("audit on the demo: the settled overlaps name what settled them") {
  const AuditFinding* training = overlap("jyj", "scjgj", "校外培训机构");
  REQUIRE(training);
  CHECK(has(training->settled_by, "职责分工清单 B06"));
  const AuditFinding* sewage = overlap("nyncj", "sthjj", "农村生活污水");
  REQUIRE(sewage);
  CHECK(has(sewage->settled_by, "示例区生态环境局三定"));
  // Listed after every unsettled overlap.
  bool settled_seen = false;
  for (const auto& f : demo_report().findings) {
    if (f.kind != FindingKind::kOverlap) continue;
    if (!f.settled_by.empty()) settled_seen = true;
    else CHECK_FALSE(settled_seen);
  }
}

TEST_CASE("audit on the demo: no pair of leading organs' offices, no pair of policy openings") {
  const std::set<std::string> offices = {"qwb", "zfb", "rdb", "zxb"};
  for (const auto& f : demo_report().findings) {
    if (f.kind != FindingKind::kOverlap) continue;
    CAPTURE(f.summary);
    CHECK_FALSE((offices.count(f.refs[0].body_id) && offices.count(f.refs[1].body_id)));
    for (const auto& ref : f.refs) CHECK_FALSE((has(ref.text, "贯彻") && has(ref.text, "方针政策")));
  }
  // An office of a leading organ and a body of another kind are still compared: 政府办 and the
  // 人大 committee both handle 人大代表建议.
  CHECK(overlap("rddgw", "zfb", "人大代表建议"));
}

TEST_CASE("audit on the demo: two exams organised by two bodies are two matters") {
  // 负责全区人事考试的组织实施工作 (人社局) and 负责全区国家统一法律职业资格考试的组织实施工作 (司法局)
  // share the word 考试, the work 组织实施 and the seam 试的 — no matter in common.
  CHECK_FALSE(overlap("rsj", "sfj", "考试"));
  // A shared matter still pairs however short the clauses: 党员队伍建设 (机关工委 / 组织部).
  CHECK(overlap("jggw", "zzb", "党员队伍建设"));
}

TEST_CASE("audit on the demo: the stale division list and 市场监管's old 三定 with six adjustments") {
  const AuditFinding* list = nullptr;
  const AuditFinding* sanding = nullptr;
  for (const auto& f : demo_report().findings) {
    if (f.kind == FindingKind::kStaleList) {
      CHECK(list == nullptr);  // the other lists were published this year
      list = &f;
    }
    if (f.kind == FindingKind::kStaleSanding && sanding == nullptr) sanding = &f;  // the worst first
  }
  REQUIRE(list);
  CHECK(has(list->summary, "职责分工清单"));
  CHECK(has(list->summary, "2025-06-30"));
  REQUIRE(sanding);
  CHECK(sanding->refs[0].body_id == "scjgj");
  CHECK(sanding->score == 6);
}

TEST_CASE("audit: the general offices of the four leading organs, told by category and name") {
  struct Case {
    const char* name;
    const char* category;
    bool office;
  };
  const Case cases[] = {
      {"中共示例区委办公室", "party", true},
      {"中共某某县委办公室", "party", true},
      {"示例区人民政府办公室", "government", true},
      {"示例区人民代表大会常务委员会办公室", "npc", true},
      {"某某县人大常委会办公室", "npc", true},
      {"中国人民政治协商会议示例区委员会办公室", "cppcc", true},
      {"某某县政协办公室", "cppcc", true},
      // Offices of a committee or a department, not of the organ itself.
      {"中共示例区委机构编制委员会办公室", "party", false},
      {"中国人民政治协商会议示例区委员会提案和委员联络委员会办公室", "cppcc", false},
      {"示例区人民政府外事办公室", "government", false},
      {"示例区人民政府办公室", "institution", false},
      {"中共示例区委组织部", "party", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(is_leading_organ_office({c.name, c.category, "", ""}) == c.office);
  }
}
