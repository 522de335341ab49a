// 职责可能交叉 in groups: when three or more clauses of different bodies all overlap one another
// (电动自行车 in 公安's, 市场监管's and 交通's duties), the office has one matter to settle among
// three bodies, not three pairs to read. Used by both overlap finders (overlaps.h).
#pragma once

#include <cstddef>
#include <vector>

#include "core/audit/audit_context.h"

namespace dutyatlas {

// Replaces the clause-pair overlap findings in (*findings)[first, end) by groups: in order of
// score, a pair whose clause already sits in a group joins it when its other clause overlaps
// every member with the same settlement (a clique, so no chain of pairs links two matters); a
// pair whose clauses are both in one group is part of it. A group of two is the pair's finding
// as it was; a larger one lists every clause, the terms its pairs share, and the highest score.
void group_overlaps(const AuditContext& context, std::vector<AuditFinding>* findings, std::size_t first);

}  // namespace dutyatlas
