// The general lexicon's part in the search index (builder/lexicon.h reads it): a line maps an
// everyday word of callers to the terms of duties and lists, and build_search_index() gives every
// row holding one of the terms (餐饮油烟) the word (油烟) among its keywords — in one direction
// only: the word is the caller's, never a reason for a row to answer to another term; documents
// are left out (谁来管 never asks them). Since bundle schema 5 the builder stores the lines in
// force in the bundle's `lexicon` table (seq, word, terms joined by 、, topic), from which every
// reader builds the index (search_index.h). Not the publisher's keywords and synonyms, which
// the builder already let win.
#pragma once

#include <string>
#include <vector>

struct sqlite3;

namespace dutyatlas {

struct LexiconLine {
  std::string word;                // 楼上漏水
  std::vector<std::string> terms;  // 房屋维修、物业服务
  std::string topic;               // 住房 (for reviewers)
};

// How the `lexicon` table joins a line's terms (the source's own separator: no term holds it).
inline constexpr char kLexiconTermSeparator[] = "、";

// The `lexicon` table's lines, in order (throws DatabaseError if SQLite fails).
std::vector<LexiconLine> read_lexicon_table(sqlite3* db);

// build_search_index() (search_index.h) with the lexicon's lines beneath the publisher's words.
bool build_search_index(sqlite3* db, const std::vector<LexiconLine>& lexicon, std::string* error);

}  // namespace dutyatlas
