// Staleness finders (see staleness.h).
#include "core/audit/staleness.h"

#include <map>
#include <string>

#include "core/base/sqlite_statement.h"

namespace dutyatlas {

void find_stale_sandings(const AuditContext& context, std::vector<AuditFinding>* out) {
  // Each body's adjustment documents (as changed body or receiving body), once, joined to its
  // latest 三定: one pass over the changes, not one per body.
  Statement q(context.db.handle(),
              "WITH latest AS (SELECT body_id, doc_no, max(effective) AS effective FROM sandings "
              "WHERE effective <= ?1 GROUP BY body_id), "
              "adjusted AS (SELECT DISTINCT c.body_id AS body_id, d.doc_no, d.effective FROM "
              "document_changes c JOIN documents d ON d.doc_no = c.doc_no WHERE d.kind = 'adjustment' "
              "AND d.effective <= ?1 UNION SELECT c.to_body_id, d.doc_no, d.effective FROM "
              "document_changes c JOIN documents d ON d.doc_no = c.doc_no WHERE d.kind = 'adjustment' "
              "AND d.effective <= ?1 AND ifnull(c.to_body_id, '') <> '') "
              "SELECT l.body_id, l.doc_no, l.effective, julianday(?1) - julianday(l.effective), "
              "count(a.doc_no), ifnull(group_concat(a.doc_no, '、'), '') FROM latest l "
              "LEFT JOIN (SELECT * FROM adjusted ORDER BY effective, doc_no) a ON a.body_id = l.body_id "
              "AND a.effective > l.effective GROUP BY l.body_id ORDER BY l.body_id");
  q.bind(1, context.data_date);
  while (q.step()) {
    double years = q.real(3) / 365.25;
    long long adjustments = q.integer(4);
    if (!context.in_scope(q.text(0)) || years < context.options.stale_years ||
        adjustments < context.options.stale_adjustments) {
      continue;
    }
    add_finding(out, FindingKind::kStaleSanding, double(adjustments),
                context.name(q.text(0)) + "三定（" + q.text(1) + "，" + q.text(2) + "起施行）已施行" +
                    std::to_string(int(years)) + "年，其后有" + std::to_string(adjustments) + "份调整文件",
                context.body_ref(q.text(0), q.text(1), "调整文件：" + q.text(5), sanding_file(q.text(0))));
  }
}

void find_stale_lists(const AuditContext& context, std::vector<AuditFinding>* out) {
  // meta list_published:<list> (bundle_writer): powers, responsibilities, division from
  // dataset.json's lists_published; tasks/<id> from that task list's `published`.
  Statement q(context.db.handle(),
              "SELECT substr(m.key, 16), m.value, julianday(?1) - julianday(m.value), "
              "ifnull(t.name, '') FROM meta m LEFT JOIN task_lists t ON m.key = 'list_published:tasks/' || t.id "
              "WHERE m.key LIKE 'list_published:%' ORDER BY m.key");
  q.bind(1, context.data_date);
  static const std::map<std::string, std::string> kNames = {
      {"powers", "权力清单"}, {"responsibilities", "责任清单"}, {"division", "职责分工清单"}};
  while (q.step()) {
    double days = q.real(2);
    if (days <= context.options.list_max_age_days) continue;
    std::string list = q.text(0);
    bool task_list = list.rfind("tasks/", 0) == 0;
    auto known = kNames.find(list);
    std::string name = task_list && !q.text(3).empty() ? q.text(3)
                       : known != kNames.end()          ? known->second
                                                        : list;
    add_finding(out, FindingKind::kStaleList, days,
                name + "公布于" + q.text(1) + "，距数据日期" + context.data_date + "已" +
                    std::to_string(int(days)) + "天（一年一公开）",
                {"", "", list, name + " " + q.text(1), task_list ? "lists/tasks.json" : "dataset.json"});
  }
}

void find_duties_powers_mismatch(const AuditContext& context, std::vector<AuditFinding>* out) {
  Statement q(context.db.handle(),
              "WITH duty AS (SELECT body_id, count(*) AS n FROM clause_versions WHERE "
              "valid_from <= ?1 AND (valid_to = '' OR valid_to > ?1) GROUP BY body_id), "
              "power AS (SELECT body_id, count(*) AS n FROM powers GROUP BY body_id) "
              "SELECT b.id, b.category, ifnull(d.n, 0), ifnull(p.n, 0), "
              "EXISTS (SELECT 1 FROM sandings s WHERE s.body_id = b.id) FROM bodies b "
              "LEFT JOIN duty d ON d.body_id = b.id LEFT JOIN power p ON p.body_id = b.id "
              "ORDER BY b.sort");
  q.bind(1, context.data_date);
  while (q.step()) {
    std::string id = q.text(0);
    long long duties = q.integer(2), powers = q.integer(3);
    if (!context.in_scope(id)) continue;
    if (duties > 0 && powers == 0 && q.text(1) == "government") {
      add_finding(out, FindingKind::kDutiesWithoutPowers, double(duties),
                  context.name(id) + "有" + std::to_string(duties) + "条现行职责，权力清单中无其事项",
                  context.body_ref(id, "", "", sanding_file(id)));
    } else if (powers > 0 && duties == 0 && q.integer(4)) {
      add_finding(out, FindingKind::kPowersWithoutDuties, double(powers),
                  context.name(id) + "在权力清单中有" + std::to_string(powers) + "项事项，但无现行职责",
                  context.body_ref(id, "", "", "lists/powers.csv"));
    }
  }
}

}  // namespace dutyatlas
