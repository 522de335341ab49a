// Full-text search and its counts over the `search` table (see search.h).
#include "core/search/search.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/bundle/duty_database.h"
#include "core/base/sqlite_statement.h"
#include "core/search/ranked_rows.h"
#include "core/search/snippet.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

// How much a hit of each kind counts in search(), beside BM25: finding a body by name or a
// matter of the division-of-duties list says more than a word in a document's long text.
double kind_weight(std::string_view kind) {
  if (kind == "body") return 2.0;
  if (kind == "matter") return 1.6;
  if (kind == "duty") return 1.3;
  if (kind == "power") return 1.0;
  if (kind == "division") return 0.9;
  if (kind == "task") return 0.8;
  return 0.6;  // document
}

// BM25 column weights for search(), as FTS5's rank function: kind, ref, body_id (unindexed),
// title, text, keywords, owner. The owner (the body a duty or division belongs to, the list a
// task is on) counts a little, so "生态环境局 噪声" finds that body's noise duty, but far less
// than what the row itself says.
constexpr const char* kRank = "bm25(0, 0, 0, 8.0, 1.0, 6.0, 2.0)";

constexpr std::size_t kSnippetChars = 30;  // a line of context, not a word

// The best `limit` rows for a search: the first 4 × limit by BM25 with column weights, in
// FTS5's own rank order, re-scored by kind weight and cut to `limit`. Kinds and category filter
// in SQL, before the LIMIT, so a kind chip never comes up short because other kinds filled it.
std::vector<RankedHit> rank_search_rows(const DutyDatabase& db, const std::string& match,
                                        const SearchOptions& options, int limit) {
  std::string kinds;
  for (std::size_t i = 0; i < options.kinds.size(); ++i) {
    kinds += (i ? ", ?" : "?") + std::to_string(i + 5);
  }
  std::string sql = std::string(
                        "SELECT s.rowid, s.kind, s.ref, s.body_id, s.rank FROM search s LEFT JOIN "
                        "bodies b ON b.id = s.body_id WHERE search MATCH ?1 AND s.rank MATCH ?2 "
                        "AND (?3 = '' OR b.category = ?3)") +
                    (kinds.empty() ? std::string() : " AND s.kind IN (" + kinds + ")") +
                    " ORDER BY s.rank LIMIT ?4";
  Statement q(db.handle(), sql.c_str());
  q.bind(1, match).bind(2, kRank).bind(3, options.category).bind(4, 4LL * limit);
  for (std::size_t i = 0; i < options.kinds.size(); ++i) q.bind(int(i) + 5, options.kinds[i]);
  std::vector<RankedHit> hits = read_ranked_rows(q, kind_weight);
  if (hits.size() > std::size_t(limit)) hits.resize(std::size_t(limit));
  return hits;
}

// A row found by its keywords alone (the publisher's words and their synonyms: 漏水 on a clause
// about 物业 and 房屋保修) shows nothing of the word in its title or text: its snippet opens
// with the keywords that matched, marked, so every result shows why it was found.
void show_matched_keywords(const std::set<std::string>& terms, RankedHit* h) {
  if (h->hit.snippet.find(kMarkOpen) != std::string::npos) return;
  if (snippet_of(h->hit.title, terms, h->hit.title.size()).find(kMarkOpen) != std::string::npos) return;
  std::string matched;
  std::size_t from = 0;
  while (from < h->keywords.size()) {
    std::size_t to = h->keywords.find(' ', from);
    if (to == std::string::npos) to = h->keywords.size();
    std::string word = snippet_of(h->keywords.substr(from, to - from), terms, to - from);
    if (word.find(kMarkOpen) != std::string::npos) matched += word + " ";
    from = to + 1;
  }
  if (!matched.empty()) h->hit.snippet = matched + "· " + h->hit.snippet;
}

}  // namespace

std::vector<SearchHit> search(const DutyDatabase& db, std::string_view query,
                              const SearchOptions& options) {
  std::set<std::string> terms;
  for (const Token& t : tokenize(query, TokenizeMode::kQuery)) terms.insert(t.text);
  return search_match(db, build_match_expression(query), terms, options);
}

std::vector<SearchCount> search_counts(const DutyDatabase& db, std::string_view query) {
  return search_match_counts(db, build_match_expression(query));
}

std::vector<SearchHit> search_match(const DutyDatabase& db, const std::string& match,
                                    const std::set<std::string>& terms,
                                    const SearchOptions& options) {
  db.require_search();
  if (match.empty()) return {};
  std::vector<RankedHit> ranked = rank_search_rows(db, match, options, std::max(options.limit, 1));
  HitDetails details(db);
  for (RankedHit& h : ranked) {
    details.add(terms, kSnippetChars, &h);
    show_matched_keywords(terms, &h);
  }
  std::vector<SearchHit> hits;
  for (RankedHit& h : ranked) hits.push_back(std::move(h.hit));
  return hits;
}

std::vector<SearchCount> search_match_counts(const DutyDatabase& db, const std::string& match) {
  db.require_search();
  std::vector<SearchCount> counts;
  if (match.empty()) return counts;
  Statement q(db.handle(),
              "SELECT s.kind, ifnull(b.category, ''), count(*) FROM search s LEFT JOIN bodies b "
              "ON b.id = s.body_id WHERE search MATCH ?1 GROUP BY 1, 2 ORDER BY 1, 2");
  q.bind(1, match);
  while (q.step()) counts.push_back({q.text(0), q.text(1), int(q.integer(2))});
  return counts;
}

}  // namespace dutyatlas
