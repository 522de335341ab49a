// A list held in memory as a table: the columns of a kind, its rows with every text cell
// interned once, the facet columns coded as integers, and each column's sort order once it has
// been built (list_sort.h). Filled row by row through ListTableBuilder (list_fill.cpp does it for
// each kind); read by the query's parts (list_plan.h, list_selection.h, list_facets.h,
// list_page.h). Not the SQL that reads a bundle (list_loader.h), nor what a query means.
//
// Memory: a cell is 4 bytes (an id into the table's StringPool, which stores each distinct text
// once); a facet cell 4 bytes per value; a row's key and ref are packed back to back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/lists/list_types.h"

namespace dutyatlas {

// "No value" among facet codes and sort ranks.
inline constexpr std::uint32_t kNoCode = std::numeric_limits<std::uint32_t>::max();

// The texts of a table, each distinct one once; cells hold ids. Id 0 is "". Texts live in
// blocks that never move, so the views handed out stay valid as long as the pool.
class StringPool {
 public:
  StringPool() { add(""); }
  StringPool(const StringPool&) = delete;
  StringPool& operator=(const StringPool&) = delete;

  // The id of `text`, stored if it is new.
  std::uint32_t intern(std::string_view text);
  // A text known to occur once (a code): stored without a lookup.
  std::uint32_t add(std::string_view text);
  std::string_view operator[](std::uint32_t id) const { return views_[id]; }
  std::size_t size() const { return views_.size(); }
  // After loading nothing is looked up by text any more: frees the index.
  void freeze() { std::unordered_map<std::string_view, std::uint32_t>().swap(index_); }

 private:
  std::string_view store(std::string_view text);

  std::vector<std::unique_ptr<char[]>> blocks_;  // the last one is being filled
  std::vector<std::unique_ptr<char[]>> big_;     // long texts, a block each
  std::size_t used_ = 0;                          // bytes used of the last block
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

// A facet column: its values coded 0…n-1, and each row's codes.
struct FacetColumn {
  int column = 0;  // index into ListTable::columns
  bool multi = false;  // several values per row (责任单位, 牵头单位 …)
  std::vector<std::string> values, labels;  // per code: what a filter names, what a reader sees
  std::vector<std::int64_t> order;  // per code: display order (ties: first appearance)
  std::unordered_map<std::string, std::uint32_t> by_value;
  std::vector<std::uint32_t> start;  // multi: row r has codes[start[r] … start[r+1])
  std::vector<std::uint32_t> codes;  // single: codes[r], kNoCode if the row has no value

  // Calls f(code) for each value of `row`.
  template <class F>
  void for_each(std::size_t row, F&& f) const {
    if (!multi) {
      if (codes[row] != kNoCode) f(codes[row]);
      return;
    }
    for (std::uint32_t i = start[row]; i < start[row + 1]; ++i) f(codes[i]);
  }
};

// One text per row, back to back (row keys, refs): nothing hashed, 4 bytes a row beyond the text.
struct PackedTexts {
  std::string bytes;
  std::vector<std::uint32_t> ends;  // text i is bytes[ends[i-1], ends[i])

  void push(std::string_view text);
  std::string_view operator[](std::size_t i) const;
  std::size_t size() const { return ends.size(); }
};

// Rows of a column in sort order (ties in row order, empty cells last) and each row's rank.
struct SortOrder {
  std::vector<std::uint32_t> order;
  std::vector<std::uint32_t> rank;  // per row; equal keys, equal rank; kNoCode = empty
  std::size_t nonempty = 0;         // order[0, nonempty) have a value
};

struct ListTable {
  std::string kind, name;
  std::string search_kind;  // kind of its rows in the `search` index ("" = not searched there)
  std::vector<ListColumn> columns;
  int code_column = -1;  // the column code-like text matches (事项编码, 编号), or -1
  std::size_t rows = 0;
  StringPool pool;
  std::vector<std::uint32_t> cells;  // row-major, rows × columns, ids into pool
  PackedTexts keys;  // each row's key
  PackedTexts refs;  // each row's ref in the `search` index (rows of one ref are adjacent)
  std::vector<std::vector<std::int64_t>> numbers;  // per column; filled for numeric ones
  std::vector<FacetColumn> facets;
  std::vector<int> facet_of;  // per column: index into facets, or -1
  // Per column, its sort order once a query has sorted by it (list_sort.h). A table lives on
  // one connection, used by one thread: no locking.
  std::vector<std::unique_ptr<SortOrder>> sorts;

  std::uint32_t cell_id(std::size_t row, std::size_t column) const {
    return cells[row * columns.size() + column];
  }
  std::string_view cell(std::size_t row, std::size_t column) const {
    return pool[cell_id(row, column)];
  }
  std::string_view key(std::size_t row) const { return keys[row]; }
  // The rows [first, end) sharing `row`'s ref (the stages of one power or matter).
  std::pair<std::size_t, std::size_t> ref_run(std::size_t row) const;
  // The column with this id, or -1.
  int column_index(std::string_view id) const;
  // The facet column of `column`, or null if it is no facet.
  const FacetColumn* facet_at(int column) const;
  // The row as a reader sees it: its key and the cells of `columns`, in that order.
  ListRow row(std::size_t row, const std::vector<int>& columns) const;
  // The columns shown when a query names none.
  std::vector<int> default_columns() const;
};

// Fills a ListTable: columns first, then rows (begin_row, set / add_value …, end_row), then
// finish(). Rows may come in any order if each gives its place (set_order): finish() puts them
// in list order, which is cheaper than letting SQLite sort rows with all their texts.
class ListTableBuilder {
 public:
  explicit ListTableBuilder(ListTable* table) : t_(table) {}

  enum class Cells {
    kText,        // shown and sorted as text
    kNumber,      // sorted as a number (set_number)
    kFacet,       // filterable and counted: one value per row
    kMultiFacet,  // filterable and counted: several values per row (责任单位 …)
  };
  // Adds a column (before any row); returns its index. `in_default`: shown when a query names
  // no columns.
  int column(std::string id, std::string label, Cells cells = Cells::kText,
             bool in_default = true);

  void begin_row(std::string_view key, std::string_view ref);
  void set(int column, std::string_view text);
  // A cell no other row repeats (事项编码): stored without the lookup.
  void set_unique(int column, std::string_view text);
  void set_number(int column, std::int64_t value);
  // A facet value of the row (body id, type …) with its label and display rank; for
  // single-valued columns the first one counts, for multi-valued ones each distinct one.
  void add_value(int column, std::string_view value, std::string_view label, std::int64_t rank);
  // The row's place in list order, when rows are read in another order.
  void set_order(std::int64_t order);
  void end_row();

  // Puts the rows in list order and closes the facet columns. Nothing is added after this.
  void finish();

 private:
  std::uint32_t facet_code(FacetColumn& f, std::string_view value, std::string_view label,
                           std::int64_t rank);
  void permute_rows(const std::vector<std::uint32_t>& perm);

  ListTable* t_;
  std::vector<std::uint32_t> row_;
  std::vector<std::uint32_t> last_;  // per column: the pool id set last
  std::vector<std::int64_t> number_;
  std::vector<std::int64_t> order_;
  std::vector<std::uint32_t> last_code_;  // per facet: the code added last
};

}  // namespace dutyatlas
