// The facet step of a list query (list_query.h): for each facet column, every value occurring
// in the list with the number of rows that pass the text and all OTHER columns' filters (so
// choosing 行政处罚 does not zero the other types) — by count, descending, ties in display
// order — plus values chosen but absent from the list (count 0, so a reader can remove them),
// and the filters in force in words. Internal to core/lists.
#pragma once

#include <vector>

#include "core/lists/list_plan.h"
#include "core/lists/list_query.h"
#include "core/lists/list_selection.h"

namespace dutyatlas {

// One pass over the rows: a matched row counts in every facet; a row the text finds that fails
// exactly one filter counts in that filter's facet (what choosing there would add).
void count_facets(const ListPlan& plan, const RowSelection& rows, const ListQuery& query,
                  std::vector<Facet>* facets, std::vector<AppliedFilter>* filters);

}  // namespace dutyatlas
