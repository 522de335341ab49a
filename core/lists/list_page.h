// The page step of a list query (list_query.h): the matched rows [offset, offset + limit) in
// list order or sorted by a column (list_sort.h). Internal to core/lists.
#pragma once

#include <cstddef>
#include <vector>

#include "core/lists/list_plan.h"
#include "core/lists/list_selection.h"
#include "core/lists/list_types.h"

namespace dutyatlas {

std::vector<ListRow> page_rows(const ListPlan& plan, const RowSelection& rows, bool descending,
                               std::size_t offset, std::size_t limit);

}  // namespace dutyatlas
