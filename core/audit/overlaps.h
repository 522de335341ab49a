// 职责可能交叉: the audit's overlap finders (audit_report.h).
//
// Clause pairs: two current 主要职责 clauses of different bodies whose distinctive terms match
// (term_similarity, term_weights.h — the weighting 新旧对照 uses, here over the clauses in force,
// each as often as bodies hold it, so a template clause every 三定 has weighs nothing) at
// AuditOptions::overlap_threshold or more, sharing uncommon terms of overlap_min_weight or more,
// with the terms they share. Clauses are grouped by text (synth repeats every 三定, real
// districts repeat boilerplate): each distinct text is profiled once and each pair of texts
// scored once, however many bodies hold them. Candidates come from an inverted index of each
// text's distinctive bigrams probed with its six heaviest, so only texts sharing a rare word are
// compared (a pair is compared when one text's probes occur in the other).
// A catch-all clause (兜底条款) names no matter and a quoted slogan is the same everywhere:
// neither counts (matter_words). Left out as meant to meet: a department and its own institution or division, a coordination
// body and its host (AuditContext::related).
//
// Three or more clauses that all overlap one another are one finding (overlap_groups.h).
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
// The same findings from every pair of clauses, one by one — no grouping, no index: the
// reference find_overlaps is tested against (quadratic; for small trees only).
void find_overlaps_every_pair(const AuditContext& context, std::vector<AuditFinding>* out);
void find_shared_powers(const AuditContext& context, std::vector<AuditFinding>* out);

}  // namespace dutyatlas
