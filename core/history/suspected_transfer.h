// 疑似划转 in 新旧对照: a clause gone from one body and a similar one appearing in another on the
// same date, with no document recording the transfer — what a wholesale reform (every body a
// new 三定 on one day) leaves behind. The comparison's added rows (clauses a 三定 opened) and
// removed rows (clauses a 三定 superseded) that the alignment left unpaired are matched, one to
// one (assignment.h), against the clauses other bodies' 三定 superseded / opened on that date
// that have no counterpart of their own there (nothing in their body reads more like them).
//
// Not for documented transfers: those are 划入 / 划出 rows from the history (duty_compare.h);
// a 疑似划转 only annotates a 新增 / 删除 row (ComparisonRow::suspected_transfer).
#pragma once

#include <vector>

#include "core/bundle/duty_database.h"
#include "core/duties/term_weights.h"
#include "core/history/duty_compare.h"
#include "core/history/duty_history.h"

namespace dutyatlas {

// The least term_similarity for a 疑似划转: tuned on tests/eval/compare/tuning, where moved
// clauses scored 0.10–1 (most ≥ 0.35; 地下水 0.18) and no wrong pair of an added or removed clause
// reached 0.21.
inline constexpr double kSuspectThreshold = 0.18;

// Fills suspected_transfer on the rows of `comparison` (of the body whose clause versions are
// `versions`) it applies to.
void find_suspected_transfers(const DutyDatabase& db, const TermWeights& weights,
                              const std::vector<ClauseVersion>& versions, DutyComparison* comparison);

}  // namespace dutyatlas
