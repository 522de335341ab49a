// 陈旧: the audit's staleness finders (audit_report.h).
//
//   - a body whose latest 三定 took effect more than AuditOptions::stale_years before the data
//     date with stale_adjustments or more adjustment documents changing its duties since: time
//     to consolidate them into a new 三定 (score: the adjustments);
//   - a list published (meta `list_published:<list>`: powers, responsibilities, division from
//     dataset.json `lists_published`, tasks/<id> from a task list's `published` in
//     lists/tasks.json, docs/source-format.md) more than list_max_age_days before the data date
//     (一年一公开; score: the days);
//   - a 政府工作部门 with current duties and no 权力清单 entry, and a body with 权力清单 entries
//     but no duty in force (its 三定 ended or never published) while other bodies of its
//     category have 三定 duties.
#pragma once

#include <vector>

#include "core/audit/audit_context.h"

namespace dutyatlas {

void find_stale_sandings(const AuditContext& context, std::vector<AuditFinding>* out);
void find_stale_lists(const AuditContext& context, std::vector<AuditFinding>* out);
void find_duties_powers_mismatch(const AuditContext& context, std::vector<AuditFinding>* out);

}  // namespace dutyatlas
