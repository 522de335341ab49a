// 职责体检's state (see audit_state.h).
#include "web/audit_state.h"

#include <algorithm>
#include <chrono>

#include "core/audit/audit_print.h"
#include "core/audit/audit_scope.h"
#include "core/base/utf8.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas::web {
namespace {

// finding=N as a number in 1…count, else 0.
std::size_t finding_number(const std::string& value, std::size_t count) {
  if (value.empty() || value.size() > 9) return 0;
  std::size_t n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + std::size_t(c - '0');
  }
  return n >= 1 && n <= count ? n : 0;
}

void add_occurrences(const std::string& text, const std::string& piece,
                     std::vector<std::pair<std::size_t, std::size_t>>* out) {
  if (piece.empty()) return;
  for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size())) {
    out->push_back({at, at + piece.size()});
  }
}

}  // namespace

void refresh_audit(const DutyDatabase* db, const Route& route, AuditState* state) {
  std::shared_ptr<const AuditReport> report = state->report;
  const DutyDatabase* audited = state->audited;
  double audit_ms = state->audit_ms;
  if (audited != db) report.reset();  // another database: its report is not this one's
  *state = AuditState{};
  state->report = report;
  state->audited = report ? audited : nullptr;
  state->audit_ms = audit_ms;
  if (!db || route.kind != Route::Kind::kAudit) return;
  if (!state->report) {
    auto start = std::chrono::steady_clock::now();
    state->report = std::make_shared<const AuditReport>(audit_publication(*db));
    state->audit_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    state->audited = db;
  }
  state->body_id = route.param("body");
  if (!state->body_id.empty()) {
    std::optional<Body> body = find_body(*db, state->body_id);
    state->body_found = body.has_value();
    if (body) state->body_name = body->name;
    else state->body_id.clear();  // the view says so and shows the whole district's
  }
  const auto& findings = state->report->findings;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (state->body_id.empty() || finding_concerns(findings[i], state->body_id)) state->shown.push_back(i);
  }
  state->open = finding_number(route.param("finding"), findings.size());
  state->loaded = true;
}

std::vector<std::pair<std::size_t, std::size_t>> shared_term_ranges(const std::string& text,
                                                                    const std::vector<std::string>& terms) {
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (const std::string& term : terms) {
    std::size_t before = ranges.size();
    add_occurrences(text, term, &ranges);
    if (ranges.size() > before) continue;
    // Not whole here: its two-character pieces (the terms are runs of bigrams, term_weights.h).
    std::vector<std::size_t> starts;
    for (std::size_t pos = 0; pos < term.size();) {
      starts.push_back(pos);
      next_code_point(term, &pos);
    }
    starts.push_back(term.size());
    for (std::size_t k = 0; k + 2 < starts.size(); ++k) {
      add_occurrences(text, term.substr(starts[k], starts[k + 2] - starts[k]), &ranges);
    }
  }
  std::sort(ranges.begin(), ranges.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

std::string audit_shown_csv(const AuditState& state) {
  if (!state.report) return {};
  if (state.body_id.empty()) return audit_to_csv(*state.report);
  return audit_to_csv(findings_concerning(*state.report, state.body_id));
}

}  // namespace dutyatlas::web
