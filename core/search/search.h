// Full-text search: what a reader types in the search box, answered from the FTS5 `search`
// table the builder fills (search_index.h: its kinds, refs and columns). Not 谁来管 (who.h), not
// the index build, not the snippet's making (snippet.h).
//
// search(): the query's words, ALL required (build_match_expression, tokenizer.h: any user text
// is safe), ranked by BM25 with column weights — title 8, keywords 6, owner 2, text 1: a name
// or a keyword outweighs long text, the owner counts a little, so "生态环境局 噪声" finds that
// body's noise duty — times a weight per kind (body 2.0, matter 1.6, duty 1.3, power 1.0,
// division 0.9, task 0.8, document 0.6). The first 4 × limit rows by BM25 are re-scored by kind
// and cut to `limit`; kinds and category filter in SQL before that, so a kind chip never comes
// up short because other kinds filled it. A hit's title is its owner and title together, as a
// reader names it; its snippet 30 characters around the matched words.
// search_counts(): every matching row counted per kind and body category — no ranking, no
// snippets — for the filter chips.
//
// Measured with `node bench/search.mjs --scale 0` (wasm in headless Chromium, through the JSON
// API as the page calls it; 23 queries × 5 rounds) on the demo district, on the 2-core build
// machine at load average ~29 (other engineers' builds): p50 1.7–16 ms, p95 65–120 ms across
// five runs, the slowest queries the commonest words (噪声, 行政处罚). Under that load the
// spread is the machine's, not the code's: judge bench targets on a quiet machine.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

struct SearchHit {
  std::string kind;     // body, duty, division, matter, power, task, document
  std::string ref;      // what to open: see search_index.h
  std::string body_id;  // the body it belongs to ("" for matters and documents)
  std::string body_name;  // that body's short name (东示街道), so a row says whose it is
  std::string title;
  std::string snippet;  // text around the match, marks around matched words (snippet.h)
  double score = 0;     // higher is better
};

struct SearchOptions {
  std::vector<std::string> kinds;  // empty: every kind
  std::string category;            // only hits of bodies in this category ("" = all)
  int limit = 50;                  // below 1 counts as 1
};

// The best hits for `query`, best first; empty when it has no word (only punctuation, emoji…).
std::vector<SearchHit> search(const DutyDatabase& db, std::string_view query,
                              const SearchOptions& options = {});

// How many rows match `query` — all of them, not just the best `limit` — per kind and body
// category (category "" for rows of no body: matters, documents). Kinds and categories without
// a match are absent. For filter chips with counts; cheap: no ranking, no snippets.
struct SearchCount {
  std::string kind, category;
  int count = 0;
};
std::vector<SearchCount> search_counts(const DutyDatabase& db, std::string_view query);

// The same two over a MATCH expression made elsewhere (forgiving_search.h: the any-term query
// of a sentence), snippets marking `terms` (folded query-mode tokens).
std::vector<SearchHit> search_match(const DutyDatabase& db, const std::string& match,
                                    const std::set<std::string>& terms,
                                    const SearchOptions& options);
std::vector<SearchCount> search_match_counts(const DutyDatabase& db, const std::string& match);

}  // namespace dutyatlas
