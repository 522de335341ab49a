// The first step of a list query (list_query.h): checking a ListQuery against its list's
// table, and resolving it into what the next steps use — column indexes, the sort column, the
// chosen facet values as codes. Nothing is counted here. Internal to core/lists.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_cache.h"
#include "core/lists/list_query.h"

namespace dutyatlas {

// A facet filter in force: which codes of facet `facet` are chosen.
struct ActiveFilter {
  int facet = 0;                     // index into ListTable::facets
  std::vector<std::uint8_t> chosen;  // per code of the facet: 1 = chosen
};

struct ListPlan {
  CachedList* list = nullptr;  // the query's list, loaded
  std::vector<int> columns;    // shown, in order
  int sort_column = -1;        // -1: list order
  std::vector<ActiveFilter> filters;  // in facet order; a filter choosing nothing is left out
  // Per facet: the values chosen that the list does not hold (they match nothing).
  std::vector<std::vector<std::string>> unknown;

  ListTable& table() const { return list->table; }
};

// Checks `query`: the kind exists, every column, filter column and sort column is one of its.
// False with *error, a message for the reader naming what is available, if not.
bool plan_list_query(const DutyDatabase& db, const ListQuery& query, ListPlan* plan,
                     std::string* error);

}  // namespace dutyatlas
