// `dutyatlas audit DIR [--json] [--csv] …`: the 职责体检 report (core/audit/audit_report.h) of a
// publication — a built publication folder or a source folder (publication_loader.h).
//   --json / --csv          the same findings as JSON or CSV instead of the terminal's text
//   --years N --adjustments M   a 三定 older than N years with M adjustments since (5, 3)
//   --threshold X           least clause similarity for an overlap (AuditOptions)
//   --min-weight W          least weight of the distinctive terms two clauses share (AuditOptions)
//   --bodies ID,ID…         only these bodies (tuning on part of the data)
//   --top N                 text only: at most N findings per kind (default 20; 0: all)
//   --timing                the audit's own time on stderr (bench/audit.sh)
//   --topics                also 谁来管 topics no duty answers (one 谁来管 query per synonym group)
#pragma once

#include <string>
#include <vector>

namespace dutyatlas::builder {

int run_audit(const std::vector<std::string>& args);

}  // namespace dutyatlas::builder
