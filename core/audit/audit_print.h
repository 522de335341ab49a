// The 职责体检 report written out: as Chinese text for the terminal (`dutyatlas audit`), as JSON
// (the CLI's --json, and what the client answers) and as CSV for the office's spreadsheet. The
// three carry the same findings in the same order; JSON and CSV name kinds by their codes
// (kFindingKinds) and add the Chinese label.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/audit/audit_report.h"

namespace dutyatlas {

// {"data_date", "counts": {kind: {"findings", "settled"}}, "findings": [{"kind", "label",
//  "score", "summary", "settled_by", "shared_terms", "refs": [{"body_id", "body_name", "item",
//  "text", "file"}]}]}
nlohmann::json audit_to_json(const AuditReport& report);
// Grouped by kind, worst first; each finding with its evidence and references. At most
// `per_kind` findings of a kind are printed in full (0: all); the rest are counted.
std::string audit_to_text(const AuditReport& report, std::size_t per_kind = 0);
// One record per finding and reference (a finding with two references gives two rows sharing
// its number), with a byte-order mark (csv_writer.h).
std::string audit_to_csv(const AuditReport& report);

}  // namespace dutyatlas
