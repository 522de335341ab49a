// Facet counts of a list query (see list_facets.h).
#include "core/lists/list_facets.h"

#include <algorithm>
#include <cassert>
#include <cstdint>

namespace dutyatlas {
namespace {

using Counts = std::vector<std::vector<std::size_t>>;  // per facet, per code

Counts count(const ListPlan& plan, const RowSelection& rows) {
  const ListTable& t = plan.table();
  assert(rows.matched.size() == t.rows);
  Counts counts(t.facets.size());
  for (std::size_t fi = 0; fi < t.facets.size(); ++fi) counts[fi].assign(t.facets[fi].values.size(), 0);
  auto add = [&](std::size_t fi, std::size_t row) {
    auto& c = counts[fi];
    t.facets[fi].for_each(row, [&](std::uint32_t code) { ++c[code]; });
  };
  for (std::size_t row = 0; row < t.rows; ++row) {
    if (rows.matched[row]) {
      for (std::size_t fi = 0; fi < t.facets.size(); ++fi) add(fi, row);
      continue;
    }
    if (rows.text && !(*rows.text)[row]) continue;
    int failed = -1;
    int failures = 0;
    for (const ActiveFilter& a : plan.filters) {
      if (passes(t.facets[std::size_t(a.facet)], a, row)) continue;
      failed = a.facet;
      if (++failures > 1) break;
    }
    if (failures == 1) add(std::size_t(failed), row);
  }
  return counts;
}

// The facet's values by count, descending, ties in display order; then the chosen values the
// list does not hold.
Facet facet_values(const ListPlan& plan, std::size_t fi, const std::vector<std::size_t>& counts,
                   const ActiveFilter* active) {
  const ListTable& t = plan.table();
  const FacetColumn& f = t.facets[fi];
  const ListColumn& column = t.columns[std::size_t(f.column)];
  Facet facet{column.id, column.label, {}};
  std::vector<std::uint32_t> codes(f.values.size());
  for (std::uint32_t i = 0; i < codes.size(); ++i) codes[i] = i;
  std::stable_sort(codes.begin(), codes.end(), [&](std::uint32_t x, std::uint32_t y) {
    if (counts[x] != counts[y]) return counts[x] > counts[y];
    return f.order[x] < f.order[y];
  });
  for (std::uint32_t code : codes) {
    facet.values.push_back({f.values[code], f.labels[code], counts[code], active && active->chosen[code]});
  }
  for (const auto& v : plan.unknown[fi]) facet.values.push_back({v, v, 0, true});
  return facet;
}

// The chosen values of a facet, in the order the reader chose them, each once.
AppliedFilter applied_filter(const Facet& facet, const std::vector<std::string>& chosen) {
  AppliedFilter applied{facet.column, facet.label, {}};
  for (const auto& v : chosen) {
    for (const auto& fv : facet.values) {
      if (fv.value != v || !fv.selected) continue;
      bool seen = std::any_of(applied.values.begin(), applied.values.end(),
                              [&](const FacetValue& x) { return x.value == v; });
      if (!seen) applied.values.push_back(fv);
    }
  }
  return applied;
}

}  // namespace

void count_facets(const ListPlan& plan, const RowSelection& rows, const ListQuery& query,
                  std::vector<Facet>* facets, std::vector<AppliedFilter>* filters) {
  const ListTable& t = plan.table();
  Counts counts = count(plan, rows);
  facets->clear();
  filters->clear();
  for (std::size_t fi = 0; fi < t.facets.size(); ++fi) {
    const ActiveFilter* active = nullptr;
    for (const auto& candidate : plan.filters) {
      if (candidate.facet == int(fi)) active = &candidate;
    }
    Facet facet = facet_values(plan, fi, counts[fi], active);
    if (active || !plan.unknown[fi].empty()) {
      filters->push_back(applied_filter(facet, query.filters.at(facet.column)));
    }
    facets->push_back(std::move(facet));
  }
}

}  // namespace dutyatlas
