// The values a list query (list_query.h) and a list item (list_item.h) share: a column of a
// list and a row as a reader sees it. Plain data; nothing here reads a database.
#pragma once

#include <string>
#include <vector>

namespace dutyatlas {

struct ListColumn {
  std::string id;
  std::string label;
  bool facet = false;       // filterable; counted in ListResult::facets
  bool numeric = false;     // sorts as a number
  bool in_default = true;   // shown when the query names no columns
};

struct ListRow {
  std::string key;                 // opens the item: list_item(db, kind, key)
  std::vector<std::string> cells;  // in the order of the columns asked for
};

}  // namespace dutyatlas
