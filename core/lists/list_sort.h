// Sorting a list table (list_table.h) by a column: the order is built once per column and kept
// in the table, then walked in either direction. Text sorts by the code points of its folded
// text (fold_text: full-width → ASCII, A–Z → a–z) with runs of ASCII digits compared as numbers
// (A2 < A10); numeric columns by value; empty cells last in both directions; ties in list order.
// Not what a query asks (list_query.h) nor which rows it keeps (list_selection.h).
//
// Cost: a radix sort of the column's distinct keys (3-way radix quicksort), then a counting sort
// of the rows by rank — measured on 69,560 distinct 事项编码 in wasm: 22 ms, once.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/lists/list_table.h"

namespace dutyatlas {

// The sort order of `column`, built on first use and kept in table->sorts.
const SortOrder& sort_order(ListTable* table, int column);

// Calls emit(row) for the rows in sort order until emit returns false. Descending reverses the
// groups of equal keys but keeps list order within a group, and the empty cells at the end.
template <class Emit>
void walk_sorted(const SortOrder& sorted, bool descending, Emit&& emit) {
  const std::size_t n = sorted.order.size();
  if (!descending) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!emit(sorted.order[i])) return;
    }
    return;
  }
  std::size_t end = sorted.nonempty;
  while (end > 0) {
    std::size_t begin = end - 1;
    std::uint32_t rank = sorted.rank[sorted.order[begin]];
    while (begin > 0 && sorted.rank[sorted.order[begin - 1]] == rank) --begin;
    for (std::size_t i = begin; i < end; ++i) {
      if (!emit(sorted.order[i])) return;
    }
    end = begin;
  }
  for (std::size_t i = sorted.nonempty; i < n; ++i) {
    if (!emit(sorted.order[i])) return;
  }
}

}  // namespace dutyatlas
