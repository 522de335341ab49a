// 职责体检 (#/audit?body=&finding=): the audit's findings as the view shows them. Plain data the
// view draws from, refreshed by refresh_audit() when the route changes (never per frame). No
// ImGui.
//
// The audit runs in the client, on the open database, the first time the view opens
// (core/audit/audit_report.h — the same code and options as `dutyatlas audit`), and its report
// is kept for that database: opening a finding, or a body's findings, costs no second audit.
//
// Route parameters:
//   body=ID      only the findings that concern that body (core/audit/audit_scope.h); a body
//                page links here
//   finding=N    the finding opened under its row: N is its number in the whole report (the
//                序号 of the CSV export), so a link to it is the same with or without body=
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/audit/audit_report.h"
#include "core/bundle/duty_database.h"
#include "web/route.h"

namespace dutyatlas::web {

struct AuditState {
  bool loaded = false;  // #/audit with the database open
  // The whole publication's report, and the database it is of (kept across refreshes).
  std::shared_ptr<const AuditReport> report;
  const DutyDatabase* audited = nullptr;
  double audit_ms = 0;  // how long the audit took in this client when it ran (bench/audit_view.mjs)

  std::string body_id, body_name;  // body=: the body whose findings are shown ("" for all)
  bool body_found = true;          // false: body= names no body (the view says so, shows all)
  std::vector<std::size_t> shown;  // the findings shown: indices into report->findings, in order
  std::size_t open = 0;            // finding=: the opened finding's number (1-based), 0 for none
};

// Loads what `route` shows if it is #/audit (running the audit if this database has none yet);
// keeps only the report otherwise. `db` may be null (not loaded yet).
void refresh_audit(const DutyDatabase* db, const Route& route, AuditState* state);

// The byte ranges of `text` where the shared terms occur, sorted, overlapping ones merged: each
// term wherever it occurs whole; a term not found whole (a run of one clause's text that the other
// holds only in pieces) by its two-character pieces. What the opened finding highlights.
std::vector<std::pair<std::size_t, std::size_t>> shared_term_ranges(const std::string& text,
                                                                    const std::vector<std::string>& terms);

// The findings shown, as 导出 saves them (core/audit/audit_print.h: audit_to_csv).
std::string audit_shown_csv(const AuditState& state);

}  // namespace dutyatlas::web
