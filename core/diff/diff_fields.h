// The fields of one item in two publications compared (diff_matching.cpp): by name, and the
// numbered sub-lists of a 三定 — 职能转变 paragraphs (transformation/N), 内设机构 (division/N) and
// their duties (division/N/duty/M), 职责分工 (boundary/N and boundary/N/bodies) — aligned by
// content first, so a paragraph inserted at the front is one addition, not a change at every
// later position. Internal to core/diff.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/diff/publication_diff.h"

namespace dutyatlas {

using Fields = std::vector<std::pair<std::string, std::string>>;  // name → value, in order

// What differs between `before` and `after`: in the new fields' order, then what only the old
// ones have; a missing field is "". Fields named "<list>/<number>[/…]" (not "duty/<key>" at the
// top: a clause key, not a position) are sub-lists: their items are paired by equal value
// (longest common subsequence), items left between two pairs by position; a paired item is
// named by its new number, a removed one by its old number, and its own sub-fields (a
// division's duties) are compared the same way.
std::vector<FieldChange> changed_fields(const Fields& before, const Fields& after);

}  // namespace dutyatlas
