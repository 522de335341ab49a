// 待明确: the audit's gap finders (audit_report.h).
//
//   - a 职责分工清单 matter's stage with no lead body (牵头单位): nobody answers for that stage;
//   - a reference to a body that is not in the data, or whose duties have all ended by the data
//     date (from 三定 documents' changes, the lists, the division list, 三定 boundaries);
//   - a keyword whose target (a current clause, a matter, a power) does not exist, and a synonym
//     group none of whose words occurs in any current clause, power or matter name, nor is a
//     keyword (a search for it then finds nothing).
#pragma once

#include <vector>

#include "core/audit/audit_context.h"

namespace dutyatlas {

void find_stages_without_lead(const AuditContext& context, std::vector<AuditFinding>* out);
void find_unknown_bodies(const AuditContext& context, std::vector<AuditFinding>* out);
void find_dangling_search_words(const AuditContext& context, std::vector<AuditFinding>* out);

}  // namespace dutyatlas
