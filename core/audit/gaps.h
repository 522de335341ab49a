// 待明确: the audit's gap finders (audit_report.h).
//
//   - a 职责分工清单 matter's stage with no lead body (牵头单位): nobody answers for that stage;
//   - a reference to a body that is not in the data, or whose duties have all ended by the data
//     date (from 三定 documents' changes, the lists, the division list, 三定 boundaries);
//   - a keyword whose target (a current clause, a matter, a power) does not exist, and a synonym
//     group none of whose words occurs in any current clause, power or matter name, nor is a
//     keyword (a search for it then finds nothing);
//   - a 谁来管 topic — the head word of a publisher's synonym group, a word people are expected
//     to ask with, and each topic of the general lexicon (the bundle's lexicon table, the
//     publisher's lexicon.csv applied) asked with its first word — for which 谁来管 (who.h) suggests no body, or whose first body answers only
//     from list items (powers, tasks), not from a duty clause or a 职责分工 matter: the matter
//     may lie in no body's duties (职责真空). A group whose words occur nowhere is reported
//     both ways (its words point nowhere; its topic finds no body). Only with
//     AuditOptions::topics: one 谁来管 query per group costs ~0.2 s on the demo, 2.4 s at synth
//     --scale 20 (the audit's target there is 2 s).
#pragma once

#include <vector>

#include "core/audit/audit_context.h"

namespace dutyatlas {

void find_stages_without_lead(const AuditContext& context, std::vector<AuditFinding>* out);
void find_unknown_bodies(const AuditContext& context, std::vector<AuditFinding>* out);
void find_dangling_search_words(const AuditContext& context, std::vector<AuditFinding>* out);
void find_topics_without_duty(const AuditContext& context, std::vector<AuditFinding>* out);

}  // namespace dutyatlas
