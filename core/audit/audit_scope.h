// 职责体检 of one body: the findings of a report that concern it (one of their references names
// it) — what a body's page links to (#/audit?body=ID) and {"query": "audit", "body": ID}
// answers. Not for running the audit (audit_report.h) or writing it out (audit_print.h).
#pragma once

#include <string>

#include "core/audit/audit_report.h"

namespace dutyatlas {

// Whether one of the finding's references is the body `body_id`.
bool finding_concerns(const AuditFinding& finding, const std::string& body_id);
// The report with only the findings that concern `body_id`, in the report's order (the counts
// follow: AuditReport::count counts what is there).
AuditReport findings_concerning(const AuditReport& report, const std::string& body_id);

}  // namespace dutyatlas
