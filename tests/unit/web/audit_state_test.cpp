// 职责体检's state (web/audit_state.h): the audit runs once per database and the route picks the
// findings shown and the one opened; the shared terms are found in both clauses, whole or in
// pieces.
#include <doctest/doctest.h>

#include "audit/audit_tree.h"
#include "core/audit/audit_print.h"
#include "web/audit_state.h"

using namespace dutyatlas;
using namespace dutyatlas::test;
using dutyatlas::web::AuditState;
using dutyatlas::web::audit_shown_csv;
using dutyatlas::web::parse_route;

namespace {

std::string marked(const std::string& text, const std::vector<std::string>& terms) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [begin, end] : web::shared_term_ranges(text, terms)) {
    out += text.substr(at, begin - at) + "[" + text.substr(begin, end - begin) + "]";
    at = end;
  }
  return out + text.substr(at);
}

}  // namespace

TEST_CASE("audit state: shared terms are marked whole, or by their pieces where the text splits them") {
  CHECK(marked("负责餐饮服务单位油烟污染的监督管理。", {"油烟污染"}) == "负责餐饮服务单位[油烟污染]的监督管理。");
  // 员的联络服 is a run of the other clause: here 联络服 holds, 员的 does not.
  CHECK(marked("负责委员的联络服务工作。", {"员的联络服"}) == "负责委[员的联络服]务工作。");
  CHECK(marked("负责委员联络服务工作。", {"员的联络服"}) == "负责委员[联络服]务工作。");
  // Touching or overlapping marks merge; a term twice is marked twice.
  CHECK(marked("河道采砂，河道采砂许可", {"河道采砂", "采砂许可"}) == "[河道采砂]，[河道采砂许可]");
  CHECK(marked("没有共同之处", {"扬尘"}) == "没有共同之处");
  CHECK(marked("", {"扬尘"}).empty());
}

TEST_CASE("audit state: one audit per database; body= and finding= choose what is shown") {
  SourceTree tree;
  audit_tree::write(tree, true);
  auto db = audit_tree::load(tree);
  AuditState state;
  web::refresh_audit(db.get(), parse_route("#/audit"), &state);
  REQUIRE(state.loaded);
  REQUIRE(state.report);
  const AuditReport* first = state.report.get();
  CHECK(state.shown.size() == state.report->findings.size());
  CHECK(state.open == 0);
  CHECK(audit_shown_csv(state) == audit_to_csv(*state.report));

  web::refresh_audit(db.get(), parse_route("#/audit?body=zjj&finding=2"), &state);
  CHECK(state.report.get() == first);  // not audited again
  CHECK(state.body_name == "测试区住房和城乡建设局");
  REQUIRE_FALSE(state.shown.empty());
  CHECK(state.shown.size() < state.report->findings.size());
  CHECK(state.open == 2);
  CHECK(audit_shown_csv(state).find("测试区住房和城乡建设局") != std::string::npos);
  CHECK(audit_shown_csv(state).size() < audit_to_csv(*state.report).size());

  web::refresh_audit(db.get(), parse_route("#/audit?body=nobody&finding=999"), &state);
  CHECK_FALSE(state.body_found);
  CHECK(state.shown.size() == state.report->findings.size());  // the whole district's instead
  CHECK(state.open == 0);  // beyond the report: nothing opened
  // A link typed or forged by hand: never a finding it does not name, never a crash.
  for (const char* forged : {"-1", "0", "1e3", "99999999999999999999", "%FF", "1%00", " 1"}) {
    web::refresh_audit(db.get(), parse_route(std::string("#/audit?finding=") + forged), &state);
    CHECK_MESSAGE(state.open == 0, forged);
  }

  web::refresh_audit(db.get(), parse_route("#/body/zjj"), &state);
  CHECK_FALSE(state.loaded);
  CHECK(state.report.get() == first);  // kept for the next visit
}
