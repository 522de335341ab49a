// 职责可能交叉: the audit's overlap finders (audit_report.h).
//
// Clause pairs: two current 主要职责 clauses of different bodies whose distinctive terms match
// (term_similarity, term_weights.h — the weighting 新旧对照 uses, here over the clauses in force,
// each as often as bodies hold it, so a template clause every 三定 has weighs nothing) at
// AuditOptions::overlap_threshold or more, sharing uncommon terms of overlap_min_weight or more,
// with the terms they share. Candidates come from an index of each clause's uncommon bigrams,
// so only clauses sharing one are compared.
// A catch-all clause (兜底条款) names no matter and a quoted slogan is the same everywhere:
// neither counts (matter_words). Left out as meant to meet: a department and its own institution or division, a coordination
// body and its host (AuditContext::related).
//
// Settled (kept, marked with the reference): a 职责分工清单 matter naming both bodies in any
// stage whose name's distinctive weight is at least half among the terms the two clauses share,
// or a 三定 `boundaries` entry of one body naming the other that carries at least half the
// weight of their shared terms.
//
// Shared powers: one 事项名称 in the 权力清单 of two or more unrelated bodies other than the
// towns (a department's power delegated to the towns, 赋权, is a 属地 arrangement); settled the
// same way.
#pragma once

#include <vector>

#include "core/audit/audit_context.h"

namespace dutyatlas {

void find_overlaps(const AuditContext& context, std::vector<AuditFinding>* out);
void find_shared_powers(const AuditContext& context, std::vector<AuditFinding>* out);

}  // namespace dutyatlas
