// 谁来管: the generic terms of a publication, from its index's row counts (see who_terms.h).
#include "core/search/who_terms.h"

#include <algorithm>
#include <cmath>

#include "core/base/sqlite_statement.h"
#include "core/duties/duty_queries.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {

std::set<std::string> generic_terms(const DutyDatabase& db) {
  std::set<std::string> generic;
  Statement rows(db.handle(), "SELECT count(*) FROM search");
  long long row_count = rows.step() ? rows.integer(0) : 0;
  long long threshold = std::max(kGenericMinRows, (long long)std::ceil(kGenericRowShare * double(row_count)));
  Statement common(db.handle(), "SELECT term FROM search_vocab WHERE doc >= ?1");
  common.bind(1, threshold);
  while (common.step()) generic.insert(common.text(0));
  for (const Token& t : tokenize(dataset_info(db).name, TokenizeMode::kQuery)) generic.insert(t.text);
  for (const char* word : kRegisterWords) generic.insert(word);
  return generic;
}

std::set<std::string> distinctive_terms(const std::set<std::string>& terms,
                                        const std::set<std::string>& generic) {
  std::set<std::string> out;
  for (const std::string& t : terms) {
    if (!generic.count(t)) out.insert(t);
  }
  return out;
}

}  // namespace dutyatlas
