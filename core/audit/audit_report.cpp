// Runs the 职责体检 finders in report order and sorts each kind worst first (see audit_report.h).
#include "core/audit/audit_report.h"

#include <algorithm>

#include "core/audit/audit_context.h"
#include "core/audit/gaps.h"
#include "core/audit/overlaps.h"
#include "core/audit/staleness.h"

namespace dutyatlas {

int AuditReport::count(FindingKind kind) const {
  return int(std::count_if(findings.begin(), findings.end(),
                           [&](const AuditFinding& f) { return f.kind == kind; }));
}

int AuditReport::settled(FindingKind kind) const {
  return int(std::count_if(findings.begin(), findings.end(), [&](const AuditFinding& f) {
    return f.kind == kind && !f.settled_by.empty();
  }));
}

AuditReport audit_publication(const DutyDatabase& db, const AuditOptions& options) {
  AuditContext context(db, options);
  AuditReport report;
  report.data_date = context.data_date;
  std::vector<AuditFinding>& all = report.findings;
  find_overlaps(context, &all);
  find_shared_powers(context, &all);
  find_stages_without_lead(context, &all);
  find_unknown_bodies(context, &all);
  find_dangling_search_words(context, &all);
  find_stale_sandings(context, &all);
  find_stale_lists(context, &all);
  find_duties_powers_mismatch(context, &all);
  auto rank = [](FindingKind kind) {
    int i = 0;
    for (const auto& entry : kFindingKinds) {
      if (entry.value == kind) return i;
      ++i;
    }
    return i;
  };
  // Unsettled before settled, then worst first; ties by the first reference, so the same data
  // always gives the same report.
  std::stable_sort(all.begin(), all.end(), [&](const AuditFinding& a, const AuditFinding& b) {
    if (a.kind != b.kind) return rank(a.kind) < rank(b.kind);
    if (a.settled_by.empty() != b.settled_by.empty()) return a.settled_by.empty();
    if (a.score != b.score) return a.score > b.score;
    return a.refs.front().body_id + a.refs.front().item < b.refs.front().body_id + b.refs.front().item;
  });
  return report;
}

}  // namespace dutyatlas
