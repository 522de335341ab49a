// Search that forgives: strict, then any-term, then a suggestion (see forgiving_search.h).
#include "core/search/forgiving_search.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/bundle/duty_database.h"
#include "core/base/sqlite_statement.h"
#include "core/search/did_you_mean.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

int total_of(const std::vector<SearchCount>& counts) {
  int total = 0;
  for (const SearchCount& c : counts) total += c.count;
  return total;
}

// The district's name as query-mode tokens (示例区 → 示例, 例区).
std::set<std::string> district_name_terms(const DutyDatabase& db) {
  std::set<std::string> terms;
  Statement q(db.handle(), "SELECT value FROM meta WHERE key = 'name'");
  if (!q.step()) return terms;
  for (const Token& t : tokenize(q.text(0), TokenizeMode::kQuery)) terms.insert(t.text);
  return terms;
}

std::string any_term_match(const std::vector<std::string>& terms) {
  std::string match;
  for (const std::string& term : terms) {
    if (!match.empty()) match += " OR ";
    match += "\"" + term + "\"";  // tokens never contain '"' (it separates them)
  }
  return match;
}

}  // namespace

std::vector<std::string> sentence_terms(const DutyDatabase& db, std::string_view text) {
  db.require_search();
  std::set<std::string> district = district_name_terms(db);
  // Rows are numbered from 1 in insertion order (search_index.h): the largest rowid is the count.
  Statement rows(db.handle(), "SELECT ifnull(max(rowid), 0) FROM search");
  const double row_count = rows.step() ? double(rows.integer(0)) : 0;
  Statement vocabulary(db.handle(), "SELECT doc FROM search_vocab WHERE term = ?1");
  std::vector<std::string> terms;
  for (const Token& t : tokenize(text, TokenizeMode::kQuery)) {
    if (district.count(t.text)) continue;
    if (std::find(terms.begin(), terms.end(), t.text) != terms.end()) continue;
    vocabulary.reset();
    vocabulary.bind(1, t.text);
    if (!vocabulary.step()) continue;  // found nowhere
    const long long rows_with = vocabulary.integer(0);
    if (rows_with > kStopMinRows && double(rows_with) > kStopShare * row_count) continue;  // stop-word
    terms.push_back(t.text);
  }
  return terms;
}

SearchAnswer forgiving_search(const DutyDatabase& db, std::string_view text,
                              const SearchOptions& options) {
  db.require_search();
  SearchAnswer answer;
  const std::string strict = build_match_expression(text);
  if (strict.empty()) return answer;
  answer.counts = search_match_counts(db, strict);
  const int strict_total = total_of(answer.counts);
  std::set<std::string> typed;
  for (const Token& t : tokenize(text, TokenizeMode::kQuery)) typed.insert(t.text);
  answer.hits = search_match(db, strict, typed, options);
  answer.strict_hits = int(answer.hits.size());
  if (strict_total >= kEnoughStrictRows) return answer;

  answer.suggestion = did_you_mean(db, text);
  answer.terms = sentence_terms(db, text);
  const std::string any = any_term_match(answer.terms);
  if (any.empty() || any == strict) return answer;  // nothing more to ask for
  const std::set<std::string> marked(answer.terms.begin(), answer.terms.end());
  std::vector<SearchHit> more = search_match(db, any, marked, options);
  const std::size_t limit = std::size_t(std::max(options.limit, 1));
  for (SearchHit& hit : more) {
    if (answer.hits.size() >= limit) break;
    bool seen = std::any_of(answer.hits.begin(), answer.hits.end(), [&](const SearchHit& h) {
      return h.kind == hit.kind && h.ref == hit.ref;
    });
    if (!seen) answer.hits.push_back(std::move(hit));
  }
  answer.partial = answer.hits.size() > std::size_t(answer.strict_hits);
  if (answer.partial) answer.counts = search_match_counts(db, any);
  return answer;
}

}  // namespace dutyatlas
