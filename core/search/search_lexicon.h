// The general lexicon's part in the search index (builder/lexicon.h reads it): a line maps an
// everyday word of callers to the terms of duties and lists, and build_search_index() gives every
// row holding one of the terms (餐饮油烟) the word (油烟) among its keywords — in one direction
// only: the word is the caller's, never a reason for a row to answer to another term; documents
// are left out (谁来管 never asks them). The lines are not stored in the bundle. Not the
// publisher's keywords and synonyms (search_index.h), which the builder already let win.
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

// build_search_index() (search_index.h) with the lexicon's lines beneath the publisher's words.
bool build_search_index(sqlite3* db, const std::vector<LexiconLine>& lexicon, std::string* error);

}  // namespace dutyatlas
