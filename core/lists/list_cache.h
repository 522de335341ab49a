// The lists loaded into memory, kept on the database connection they came from
// (sqlite3_set_clientdata) and freed with it: the first query of a kind fills its table
// (list_fill.h, 0.27 s for 69,560 powers in wasm), every later one finds it here.
// Not thread-safe (nor is anything on one sqlite3 connection here).
#pragma once

#include <string>
#include <string_view>

#include "core/bundle/duty_database.h"
#include "core/lists/list_table.h"
#include "core/lists/list_text_filter.h"

namespace dutyatlas {

// A loaded list: its table and the state of its text filter.
struct CachedList {
  ListTable table;
  ListTextFilter text;
};

// The list `kind`, loaded now or found loaded. Null, with *error naming the lists the data
// holds (for the reader, in Chinese), if there is no such list.
CachedList* cached_list(const DutyDatabase& db, std::string_view kind, std::string* error);

}  // namespace dutyatlas
