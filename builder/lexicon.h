// The general lexicon of 谁来管: the everyday words of hotline callers (油烟, 楼上漏水, 工资不发)
// mapped to the terms duties and lists use (餐饮油烟; 房屋维修、物业服务; 欠薪、劳动保障监察),
// shipped inside the builder (assets/lexicon/general.csv, compiled in) and laid beneath every
// district's keywords.csv and synonyms.csv, so a new district's 谁来管 reaches callers' words
// before its publisher has added any. Its terms are wording of duties and lists, never a
// district's body ids: it fits any district. Not the publisher's keywords (read_lists.cpp) and
// not the index's use of it (core/search/search_index.h).
//
// The publisher's own entries win (docs/source-format.md, "lexicon.csv"):
//   - a word the district's keywords.csv or synonyms.csv already has drops the general line;
//   - the district's optional lexicon.csv (词, 术语, 话题) replaces the general line of the
//     same word, adds a line of its own, or — with 术语 left empty — switches the line off;
//   - dataset.json's "general_lexicon": false leaves the whole general lexicon out.
#pragma once

#include <string_view>

#include "builder/source_context.h"

namespace dutyatlas::builder {

// The general lexicon as compiled into this builder (CSV text: 词, 术语, 话题).
std::string_view general_lexicon_csv();
// How messages name it.
inline constexpr const char* kGeneralLexiconName = "assets/lexicon/general.csv (built into dutyatlas)";

// Fills context.lexicon from the general lexicon and the district's lexicon.csv, after
// read_search_words. Problems (a missing column, an empty word, a word twice, a term of one
// character) are reported with file, line and column.
void read_lexicon(SourceContext& context);

}  // namespace dutyatlas::builder
