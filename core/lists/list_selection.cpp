// The rows a list query keeps (see list_selection.h).
#include "core/lists/list_selection.h"

#include <cassert>

namespace dutyatlas {

bool passes(const FacetColumn& f, const ActiveFilter& a, std::size_t row) {
  assert(a.chosen.size() == f.values.size());
  if (!f.multi) return f.codes[row] != kNoCode && a.chosen[f.codes[row]];
  for (std::uint32_t i = f.start[row]; i < f.start[row + 1]; ++i) {
    if (a.chosen[f.codes[i]]) return true;
  }
  return false;
}

RowSelection select_rows(const DutyDatabase& db, const ListPlan& plan, const std::string& text) {
  const ListTable& t = plan.table();
  RowSelection out;
  out.text = plan.list->text.rows(db, t, text);
  assert(!out.text || out.text->size() == t.rows);
  out.matched.assign(t.rows, 0);
  for (std::size_t row = 0; row < t.rows; ++row) {
    if (out.text && !(*out.text)[row]) continue;
    bool ok = true;
    for (const ActiveFilter& a : plan.filters) {
      if (!passes(t.facets[std::size_t(a.facet)], a, row)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    out.matched[row] = 1;
    ++out.total;
  }
  return out;
}

}  // namespace dutyatlas
