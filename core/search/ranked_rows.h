// What search() and who_handles() share about rows of the FTS5 `search` table (search_index.h):
// a found row before its title and snippet are read, the reading of ranked rows, and the
// reading of those details for the few rows shown. Internal to core/search (search.cpp,
// who.cpp); not for callers, who get SearchHit and WhoCandidate.
//
// Costs: ranking reads only rowid, kind, ref, body_id and FTS5's rank, in FTS5's own rank order,
// which it sorts without reading a row's content (for a query that matches a thousand rows,
// twice as fast as ordering by an SQL expression). Titles and snippets are then read by rowid,
// without MATCH, one prepared statement for all the rows shown.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/sqlite_statement.h"
#include "core/bundle/duty_database.h"
#include "core/search/search.h"
#include "core/search/snippet.h"

namespace dutyatlas {

// A row found by a MATCH, before its title and snippet are read.
struct RankedHit {
  long long rowid;
  SearchHit hit;  // kind, ref, body_id, score
  std::string keywords;  // the row's keywords column, read with its details (search.cpp shows
                         // those that matched when the text holds no matched word)
};

// Steps `q` — a query whose columns are rowid, kind, ref, body_id, rank, in FTS5's rank order —
// and scores each row -rank × kind_weight(kind): best first, ties in FTS5's order.
std::vector<RankedHit> read_ranked_rows(Statement& q, double (*kind_weight)(std::string_view));

// How a hit's snippet is cut from its text: snippet_of (snippet.h) for search, whole sentences
// (sentence_snippet.h) for 谁来管's evidence.
using SnippetMaker = std::string (*)(const std::string& text, const std::set<std::string>& terms,
                                     std::size_t chars);

// Reads a hit's title — a duty or a task by its owner (body, list), a division by both, any
// other row by its title — the short name of the body it belongs to, and its snippet of `snippet_chars` around `terms` (snippet.h).
class HitDetails {
 public:
  explicit HitDetails(const DutyDatabase& db);
  void add(const std::set<std::string>& terms, std::size_t snippet_chars, RankedHit* h,
           SnippetMaker make_snippet = snippet_of);

 private:
  Statement query_;
};

}  // namespace dutyatlas
