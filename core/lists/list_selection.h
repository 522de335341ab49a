// The counting step of a list query (list_query.h): which rows of the table pass the text and
// every facet filter — OR within a column, AND across columns; a row with several values
// (责任单位) passes if any of them is chosen — and how many. Not the facet counts
// (list_facets.h) nor the order (list_page.h). Internal to core/lists.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_plan.h"

namespace dutyatlas {

struct RowSelection {
  std::vector<std::uint8_t> matched;      // per row: 1 = passes text and filters
  std::size_t total = 0;                  // rows matched
  const std::vector<std::uint8_t>* text = nullptr;  // per row: 1 = the text finds it; null =
                                                    // no text (kept by the list's text filter)
};

RowSelection select_rows(const DutyDatabase& db, const ListPlan& plan, const std::string& text);

// True if `row` has a value `filter` chose.
bool passes(const FacetColumn& facet, const ActiveFilter& filter, std::size_t row);

}  // namespace dutyatlas
