// 疑似划转 (see suspected_transfer.h).
#include "core/history/suspected_transfer.h"

#include <map>
#include <optional>
#include <tuple>

#include "core/base/assignment.h"
#include "core/base/sqlite_statement.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas {
namespace {

// A clause of another body that a 三定 ended (`gone`) or opened on the date.
struct Candidate {
  std::string body_id, key, text;
  int position = 0;
  std::string in_force_on;  // a date it was in force: for its number
  TermProfile profile;
  double own_best = -1;     // how much the closest clause of its own body reads like it
};

std::vector<Candidate> load_candidates(const DutyDatabase& db, const TermWeights& weights,
                                       const std::string& self, const std::string& date, bool gone) {
  Statement q(db.handle(), gone ? "SELECT body_id, key, position, text, valid_from FROM clause_versions "
                                  "WHERE valid_to = ?1 AND closed_how = 'superseded' AND body_id <> ?2"
                                : "SELECT body_id, key, position, text, valid_from FROM clause_versions "
                                  "WHERE valid_from = ?1 AND opened_how = 'sanding' AND body_id <> ?2");
  q.bind(1, date).bind(2, self);
  std::vector<Candidate> out;
  while (q.step()) {
    Candidate c;
    c.body_id = q.text(0);
    c.key = q.text(1);
    c.position = int(q.integer(2));
    c.text = q.text(3);
    c.in_force_on = q.text(4);
    c.profile = weights.profile(c.text);
    out.push_back(std::move(c));
  }
  return out;
}

// The closest clause of the candidate's own body on the other side of the date: one that
// reads as much like it means it was kept there (reworded), not moved.
double own_best(const DutyDatabase& db, const TermWeights& weights, const Candidate& c,
                const std::string& date, bool gone) {
  Statement q(db.handle(), gone ? "SELECT text FROM clause_versions WHERE body_id = ?1 AND valid_from = ?2"
                                : "SELECT text FROM clause_versions WHERE body_id = ?1 AND valid_to = ?2");
  q.bind(1, c.body_id).bind(2, date);
  double best = 0;
  while (q.step()) best = std::max(best, term_similarity(c.profile, weights.profile(q.text(0))));
  return best;
}

// The 1-based display number of a clause in its body on a date (duty_compare's order).
int number_on(const DutyDatabase& db, const Candidate& c) {
  Statement q(db.handle(), "SELECT count(*) FROM clause_versions WHERE body_id = ?1 AND valid_from <= ?2 "
                           "AND (valid_to = '' OR valid_to > ?2) AND position < ?3");
  q.bind(1, c.body_id).bind(2, c.in_force_on).bind(3, c.position);
  return q.step() ? int(q.integer(0)) + 1 : 0;
}

// The version behind an unpaired row, if a 三定 opened (added) or superseded (removed) it.
const ClauseVersion* sanding_version(const std::vector<ClauseVersion>& versions, const ComparisonRow& row,
                                     const DutyComparison& c) {
  bool added = row.kind == CompareKind::kAdded;
  const auto& clause = added ? row.new_clause : row.old_clause;
  if (!clause) return nullptr;
  for (const auto& v : versions) {
    if (v.key != clause->key || !v.in_force_on(added ? c.to_date : c.from_date)) continue;
    if (added ? v.opened_how == OpenedHow::kSanding : v.closed_how == ClosedHow::kSuperseded) return &v;
  }
  return nullptr;
}

}  // namespace

void find_suspected_transfers(const DutyDatabase& db, const TermWeights& weights,
                              const std::vector<ClauseVersion>& versions, DutyComparison* comparison) {
  // The unpaired rows by (date, added?): each group meets the candidates of that date.
  std::map<std::pair<std::string, bool>, std::vector<ComparisonRow*>> groups;
  for (auto& row : comparison->rows) {
    if (row.matched_by != MatchedBy::kUnpaired) continue;
    const ClauseVersion* v = sanding_version(versions, row, *comparison);
    if (!v) continue;
    bool added = row.kind == CompareKind::kAdded;
    groups[{added ? v->valid_from : v->valid_to, added}].push_back(&row);
  }
  std::map<std::string, std::string> names;
  for (auto& [at, rows] : groups) {
    const auto& [date, added] = at;
    // An added clause came from a clause gone elsewhere; a removed one went to one opened there.
    std::vector<Candidate> candidates = load_candidates(db, weights, comparison->body_id, date, added);
    if (candidates.empty()) continue;
    std::vector<TermProfile> ours;
    for (ComparisonRow* row : rows) ours.push_back(weights.profile((added ? row->new_clause : row->old_clause)->text));
    const std::size_t cols = candidates.size();
    std::vector<double> score(rows.size() * cols, 0.0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      for (std::size_t j = 0; j < cols; ++j) {
        double s = term_similarity(ours[i], candidates[j].profile);
        if (s < kSuspectThreshold) continue;
        Candidate& c = candidates[j];
        if (c.own_best < 0) c.own_best = own_best(db, weights, c, date, added);
        if (s > c.own_best) score[i * cols + j] = s;
      }
    }
    std::vector<int> pick = best_assignment(score, rows.size(), cols);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (pick[i] < 0 || score[i * cols + std::size_t(pick[i])] <= 0) continue;
      const Candidate& c = candidates[std::size_t(pick[i])];
      SuspectedTransfer t;
      t.body_id = c.body_id;
      auto name = names.find(c.body_id);
      if (name == names.end()) {
        auto body = find_body(db, c.body_id);
        name = names.emplace(c.body_id, body ? body->name : c.body_id).first;
      }
      t.body_name = name->second;
      t.clause = {number_on(db, c), c.key, c.text};
      t.similarity = score[i * cols + std::size_t(pick[i])];
      t.shared_terms = shared_terms(weights, ours[i], c.profile);
      rows[i]->suspected_transfer = std::move(t);
    }
  }
}

}  // namespace dutyatlas
