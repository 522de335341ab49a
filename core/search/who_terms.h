// 谁来管: which of a complaint's words are distinctive — the ones its evidence highlights and
// the ones that tell whether a re-analysed complaint is still about the same matter (who_groups.h).
// Not the query (who_query.h asks for every term the index holds; bm25() already gives a common
// term little weight, and the 谁来管 accuracy was tuned with that query).
//
// A term is generic, and never highlighted, when
//   * the index finds it in at least kGenericRowShare of its rows (search_vocab's row counts,
//     search_index.h) — words of every duty and list item, which mark nothing in particular. On
//     the demo district (5,398 rows, so 270 or more): 行政 3,225, 管理 2,046, 处罚 1,928, 负责
//     1,111, 监督 800, 安全 651 … 225 terms; while 油烟 is in 31 rows, 噪声 110, 餐饮 and 垃圾
//     fewer than 270 (a share of 2.5% would take those too). Derived from the publication, so
//     another district's own common words are found the same way;
//   * or it is a token of the district's name (dataset.json's name, 示例区 → 示例 例区), which
//     every body's name carries and a complaint often says;
//   * or it is one of kRegisterWords: words of the official register (依法, 按照 …) that a
//     publication with few clauses does not repeat often enough to be caught by their count
//     (依法: 159 rows of the demo's 5,398), yet never say what a matter is.
// Cost: one scan of search_vocab for the terms at or above the share, at the first complaint
// only (kept on the connection with the rest of who.cpp's context): `dutyatlas query --who` on
// the demo district, one complaint per process, went from 77–81 ms to 99–102 ms (native, this
// scan and the sentence evidence together; load average ~8).
#pragma once

#include <set>
#include <string>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// Share of the index's rows a term must occur in to be generic (see above; who_test.cpp checks
// the words named there).
inline constexpr double kGenericRowShare = 0.05;
inline constexpr const char* kRegisterWords[] = {"依法", "按照", "有关", "相关", "进行", "开展",
                                                 "承担", "推进", "落实", "规定", "负责", "管理"};
// Fewer rows than this make a term generic only if it is in this many: a small publication has
// too few rows to tell a common word from its topic (a test district of 30 rows, 油烟 in two).
inline constexpr long long kGenericMinRows = 50;

// The generic terms of a publication, folded (as tokens are).
std::set<std::string> generic_terms(const DutyDatabase& db);

// `terms` without the generic ones.
std::set<std::string> distinctive_terms(const std::set<std::string>& terms,
                                        const std::set<std::string>& generic);

}  // namespace dutyatlas
