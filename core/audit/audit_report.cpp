// Runs the 职责体检 finders in report order and sorts each kind worst first (see audit_report.h).
#include "core/audit/audit_report.h"

#include <algorithm>
#include <chrono>

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

namespace {

// Whether a's body id and item, written one after the other, sort before b's — the report's
// tie order — without building the two strings (a sort of 124,000 findings compares 2 million
// times).
bool joined_less(const FindingRef& a, const FindingRef& b) {
  std::string_view x[2] = {a.body_id, a.item}, y[2] = {b.body_id, b.item};
  std::size_t i = 0, j = 0, p = 0, q = 0;  // part and offset in each
  while (true) {
    while (i < 2 && p == x[i].size()) ++i, p = 0;
    while (j < 2 && q == y[j].size()) ++j, q = 0;
    if (i == 2 || j == 2) return i == 2 && j < 2;
    unsigned char c = static_cast<unsigned char>(x[i][p]), d = static_cast<unsigned char>(y[j][q]);
    if (c != d) return c < d;
    ++p, ++q;
  }
}

}  // namespace

AuditReport audit_publication(const DutyDatabase& db, const AuditOptions& options) {
  AuditContext context(db, options);
  AuditReport report;
  report.data_date = context.data_date;
  std::vector<AuditFinding>& all = report.findings;
  auto step = [&](const char* name, void (*finder)(const AuditContext&, std::vector<AuditFinding>*)) {
    auto start = std::chrono::steady_clock::now();
    finder(context, &all);
    std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    report.step_ms.push_back({name, took.count()});
  };
  step("overlaps", find_overlaps);
  step("shared_powers", find_shared_powers);
  step("stages_without_lead", find_stages_without_lead);
  step("unknown_bodies", find_unknown_bodies);
  step("dangling_search_words", find_dangling_search_words);
  if (options.topics) step("topics_without_duty", find_topics_without_duty);
  step("stale_sandings", find_stale_sandings);
  step("stale_lists", find_stale_lists);
  step("duties_powers_mismatch", find_duties_powers_mismatch);
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
  auto start = std::chrono::steady_clock::now();
  // Sorted as indices, then moved once: a finding is a dozen strings, and a merge sort of
  // 124,000 of them moved each seventeen times.
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
    const AuditFinding &a = all[i], &b = all[j];
    if (a.kind != b.kind) return rank(a.kind) < rank(b.kind);
    if (a.settled_by.empty() != b.settled_by.empty()) return a.settled_by.empty();
    if (a.score != b.score) return a.score > b.score;
    return joined_less(a.refs.front(), b.refs.front());
  });
  std::vector<AuditFinding> sorted;
  sorted.reserve(all.size());
  for (std::size_t i : order) sorted.push_back(std::move(all[i]));
  all = std::move(sorted);
  std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
  report.step_ms.push_back({"sort", took.count()});
  return report;
}

}  // namespace dutyatlas
