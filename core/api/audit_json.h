// The automation API's 职责体检 query (dispatched from query_json.cpp), answered as
// {"ok": true, "result": …} or {"ok": false, "error": "…"}:
//
//   {"query": "audit", "body": "sthjj", "format": "json"}
//       the audit of the publication (core/audit/audit_report.h, default options) as
//       audit_to_json writes it — the very JSON `dutyatlas audit DIR --json` prints: {data_date,
//       counts: {kind: {findings, settled}}, findings: [{kind, label, score, summary,
//       settled_by, shared_terms, refs: [{body_id, body_name, item, text, file}]}]}.
//       "body" (optional): only the findings that concern that body (audit_scope.h), counts
//       of those; an id not in the data is refused. "format": "csv" → the report as CSV text
//       (audit_to_csv: what 导出 saves).
#pragma once

#include <nlohmann/json.hpp>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

nlohmann::json answer_audit_query(const DutyDatabase& db, const nlohmann::json& request);

}  // namespace dutyatlas
