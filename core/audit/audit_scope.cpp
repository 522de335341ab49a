// The findings of one body (see audit_scope.h).
#include "core/audit/audit_scope.h"

#include <algorithm>

namespace dutyatlas {

bool finding_concerns(const AuditFinding& finding, const std::string& body_id) {
  return std::any_of(finding.refs.begin(), finding.refs.end(),
                     [&](const FindingRef& ref) { return ref.body_id == body_id; });
}

AuditReport findings_concerning(const AuditReport& report, const std::string& body_id) {
  AuditReport out;
  out.data_date = report.data_date;
  for (const AuditFinding& f : report.findings) {
    if (finding_concerns(f, body_id)) out.findings.push_back(f);
  }
  return out;
}

}  // namespace dutyatlas
