// What each kind of list is as a table: its columns (ids, Chinese labels, which are facets) and
// how the loader's structs (list_loader.h) become its rows — body ids shown as names and
// filtered as ids, each body's category as a column, several bodies in one cell joined by "、"
// in display order. The kinds and their columns are documented in list_query.h.
// Not the cache of loaded tables (list_cache.h) nor the queries on them.
#pragma once

#include <string_view>

#include "core/bundle/duty_database.h"
#include "core/lists/list_table.h"

namespace dutyatlas {

// Fills an empty `table` with the list `kind` ("powers", "responsibilities", "tasks:<id>",
// "division"). False, with the table untouched, if the data holds no such list.
bool fill_list_table(const DutyDatabase& db, std::string_view kind, ListTable* table);

}  // namespace dutyatlas
