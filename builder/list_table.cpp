// The lookups of a list table (list_table.h).
#include "builder/list_table.h"

namespace dutyatlas::builder {

int ListTable::column_of(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return int(i);
  }
  return -1;
}


}  // namespace dutyatlas::builder
