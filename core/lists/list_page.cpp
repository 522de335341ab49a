// The page of a list query (see list_page.h).
#include "core/lists/list_page.h"

#include <cassert>
#include <cstdint>

#include "core/lists/list_sort.h"

namespace dutyatlas {

std::vector<ListRow> page_rows(const ListPlan& plan, const RowSelection& rows, bool descending,
                               std::size_t offset, std::size_t limit) {
  std::vector<ListRow> out;
  if (limit == 0 || offset >= rows.total) return out;  // nothing to walk (nor a sort to build)
  ListTable& t = plan.table();
  assert(rows.matched.size() == t.rows);
  std::size_t skip = offset;
  std::size_t want = limit;
  auto take = [&](std::uint32_t row) {
    if (!rows.matched[row]) return true;
    if (skip > 0) {
      --skip;
      return true;
    }
    out.push_back(t.row(row, plan.columns));
    return --want > 0;
  };
  if (plan.sort_column >= 0) {
    walk_sorted(sort_order(&t, plan.sort_column), descending, take);
  } else {
    for (std::uint32_t row = 0; row < t.rows; ++row) {
      if (!take(row)) break;
    }
  }
  return out;
}

}  // namespace dutyatlas
