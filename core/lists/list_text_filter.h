// The text filter of a list (ListQuery::text, list_query.h): which rows of a list table the
// reader's words find. For powers, tasks and division through the FTS `search` index
// (build_match_expression: the words, all required, against names, basis, keywords and
// synonyms; any user text is safe); for responsibilities through the powers it finds. A text
// that looks like a code (ASCII letters, digits, - _ . #, at least 2, full-width folded) also
// matches the code column (事项编码 / 编号) where it contains it, case-insensitively. Blank text
// filters nothing; text without a word (only punctuation) finds nothing.
// Not the facet filters (list_selection.h).
//
// Cost: the first text query of a list maps the index's rowids of its kind to the table's rows
// (one scan of the index's content); a text then runs its MATCH once, reading rowids only, and
// its rows are kept for the next query with the same text (scrolling, a facet chosen).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_table.h"

namespace dutyatlas {

// The text filter's state for one list table; lives beside the table (list_cache.h).
class ListTextFilter {
 public:
  // The rows of `table` that `text` finds (1 = found), or null when the text filters nothing.
  const std::vector<std::uint8_t>* rows(const DutyDatabase& db, const ListTable& table,
                                        const std::string& text);

 private:
  void map_index(const DutyDatabase& db, const ListTable& table);

  // The `search` rows of the table's kind: rowid - first_rowid_ → the table's rows
  // [first, first + count). Built on the first text query.
  bool mapped_ = false;
  std::int64_t first_rowid_ = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> rows_of_rowid_;
  // The last text asked and its rows.
  bool cached_ = false;
  std::string cached_text_;
  std::vector<std::uint8_t> cached_rows_;
};

}  // namespace dutyatlas
