// The full-text index of a publication: the FTS5 table `search` and its vocabulary
// `search_vocab`, read by search.h (the search box), who.h (谁来管) and core/lists (a list's
// text filter). This file is the table's contract and its build; not the queries over it.
//
// Since bundle schema 5 the index is not in the bundle (issue 13: 828 kB of the demo's
// 1,147 kB download): each reader builds it when it opens a bundle (DutyDatabase,
// duty_database.h) from the bundle's text and its `lexicon` table (search_lexicon.h) — natively
// at once, in the client in slices after the first frame. The builder still builds it in its
// own database (the manifest's count of rows, and the tests' reference) and drops it before
// the image is taken.
//
// SearchIndexBuilder (and build_search_index(), all at once) fills `search`, tokenized by
// core/search/tokenizer.h ("dutyatlas"), with one row per findable thing —
//   kind      ref (what to open)     body_id        title              owner
//   body      its id                 itself         full name          —
//   duty      "body#key"             its body       —                  body's short name
//   division  "body#seq"             its body       内设机构's name     body's short name
//   matter    编号                   —              事项               —
//   power     事项编码               实施主体        名称 (+ 子项名称)   —
//   task      "list#seq"             a 责任单位 (*)  —                  list's name
//   document  文号                   —              文号 + title       —
// (*) the least body id among its 责任单位, '' if none. Duties are the 主要职责 clauses in force
// on the data date; divisions those of each body's latest 三定, their duties as text; a matter's
// text is its group, stages and bases; a power's its type and basis; a body's its short name and
// latest 机构设置. Columns, in this order (the
// rank functions of readers weigh them by position): kind, ref, body_id (UNINDEXED), title,
// text, keywords, owner. The owner is kept apart from the text so that a body's name in every
// one of its clauses does not make all of them match a word of that name.
// Keywords are the publisher's keywords for the row (keywords.csv: duty, matter, power) plus
// every other word of each synonym group (synonyms.csv) one of whose words the row contains, so
// a search for 噪音 finds 噪声 and 城管 finds 综合行政执法: expansion happens once at build time,
// not per keystroke. Rows are inserted kind by kind in the order above, each kind's rows
// contiguous and in published order (core/lists maps its rows to rowids in one scan and filters
// by rowid range), then merged into one segment ('optimize'): smaller, and as fast to query as
// it gets.
// `search_vocab` is fts5vocab(search, 'row'): how many rows hold each term, no storage of its
// own; who_handles() asks only for terms found there.
//
// Size, measured on the demo district (assets/demo): 5,398 rows (3,478 powers, 841 duties, 511
// bodies, 305 divisions, 142 tasks, 75 documents, 46 matters); the index's segment
// (search_data) is 2.25 MB of the 9.4 MB database, ~2 tokens per character (tokenizer.h). Out
// of the bundle (schema 5) the demo's download is 321 kB instead of 1,147 kB; building it takes
// ~180 ms natively and ~1 s in the client (docs/benchmarks.md).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/search/search_lexicon.h"

struct sqlite3;

namespace dutyatlas {

// Creates and fills `search` and `search_vocab` from the publication's tables, without the
// lexicon. Returns false with *error set if SQLite fails.
bool build_search_index(sqlite3* db, std::string* error);

// Creates `search` and `search_vocab`, empty, on a connection that knows the tokenizer: the
// first step of SearchIndexBuilder::start().
bool create_search_tables(sqlite3* db, std::string* error);

// The index built a slice at a time: start() registers the tokenizer and creates the empty
// tables; the first steps read the rows to index (a part of the tables each) and the words that
// expand them (synonyms; the lexicon given, or the bundle's `lexicon` table); each step after
// them expands and inserts the next `rows` rows in a transaction of its own (or the caller's, if
// one is open); the steps after the last row merge the index into one segment, 64 pages each;
// then done(). A step with 0 does all of what is left of the reading, the rows or the merge. Until done() the index is incomplete:
// readers must not query it (DutyDatabase::search_ready()). Measured on the demo district:
// bench/search_index_build.sh.
class SearchIndexBuilder {
 public:
  explicit SearchIndexBuilder(sqlite3* db);
  ~SearchIndexBuilder();
  SearchIndexBuilder(const SearchIndexBuilder&) = delete;
  SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

  // `lexicon` null: read it from the database's `lexicon` table. False with *error on failure.
  bool start(const std::vector<LexiconLine>* lexicon, std::string* error);
  // False with *error if SQLite fails (the index is then unusable).
  bool step(std::size_t rows, std::string* error);
  bool done() const { return done_; }
  std::size_t rows() const;        // rows to index (0 once done)
  std::size_t inserted() const { return next_; }

 private:
  struct State;
  // Reads the rows and then the words that expand them, a part per step unless `count` is 0;
  // true when both are ready and the step may go on to insert.
  bool prepare(std::size_t count);
  // After the last row: merges the index into one segment, a bounded piece per step unless
  // `count` is 0; done() once it is one.
  bool merge(std::size_t count, std::string* error);
  sqlite3* db_;
  std::unique_ptr<State> state_;
  std::size_t next_ = 0;
  bool done_ = false;
};

}  // namespace dutyatlas
