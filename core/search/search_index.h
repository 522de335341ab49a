// Full-text search over a publication, and 谁来管: which body handles a citizen's complaint.
//
// The builder calls build_search_index() on the finished database: it fills one FTS5 table,
// `search`, tokenized by core/search/tokenizer.h, with a row per findable thing —
//   body      a body (its names and 机构设置)
//   duty      a 主要职责 clause in force on the data date            ref "body#key"
//   division  an 内设机构 with its duties                              ref "body#seq"
//   matter    a 职责分工清单 matter with its stages                     ref 编号
//   power     a 权力清单 item                                          ref 事项编码
//   task      a 职责任务清单 task                                      ref "list#seq"
//   document  a document                                              ref 文号
// with columns title, text, keywords and owner, and beside it `search_vocab` (FTS5's fts5vocab
// over it: how many rows hold each term; no storage of its own). The title is what the row is called (a body's
// name, a matter's, a power's, a division's, a document's; empty for duties and tasks); owner
// is whose it is (the body of a duty or division, the list of a task), kept apart so that a
// body's name in every one of its clauses does not make all of them match a word of that name.
// Keywords are the publisher's keywords for the row plus every synonym of a word the row
// contains (synonyms.csv), so a search for 噪音 finds 噪声 and 城管 finds 综合行政执法:
// expansion happens once at build time, not per keystroke.
//
// Readers search with search() (ranked by BM25 with column weights — title and keywords
// outweigh long text, the owner counts a little — times a weight per kind; a hit's title is its
// owner and title together, as a reader names it) and who_handles() (an OR query over the
// complaint's words without the colloquial filler, hits credited per body — a matter to its
// lead and cooperating bodies told apart — and summed over each body's best few; see
// search_index.cpp). Matched text in snippets is wrapped in kMarkOpen … kMarkClose.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"

struct sqlite3;

namespace dutyatlas {

// Private-use code points around matched text in snippets: they never occur in real data.
inline constexpr std::string_view kMarkOpen = "\xEE\x80\x80";   // U+E000
inline constexpr std::string_view kMarkClose = "\xEE\x80\x81";  // U+E001

// Creates and fills the `search` table from the publication's tables (builder only).
// Returns false with *error set if SQLite fails.
bool build_search_index(sqlite3* db, std::string* error);

struct SearchHit {
  std::string kind;     // body, duty, division, matter, power, task, document
  std::string ref;      // what to open: see the list above
  std::string body_id;  // the body it belongs to ("" for matters and documents)
  std::string title;
  std::string snippet;  // text around the match, marks around matched words
  double score = 0;     // higher is better
};

struct SearchOptions {
  std::vector<std::string> kinds;  // empty: every kind
  std::string category;            // only hits of bodies in this category ("" = all)
  int limit = 50;
};

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

// One piece of evidence for a suggested body.
struct WhoEvidence {
  SearchHit hit;
  std::string role;        // matter: "lead" (牵头) or "cooperate" (配合); else ""
  std::string doc_no;      // the document behind it (duty: the one that set its wording)
  std::string doc_title;
};

struct WhoCandidate {
  std::string body_id;
  std::string name;
  double score = 0;
  std::string role;  // "lead" if a matching matter names it as lead, "cooperate" if only as
                     // cooperating, "" if no matter matched
  std::vector<WhoEvidence> evidence;  // best first, at most 5
};

// The bodies most likely to handle `complaint` (up to 2,000 characters of colloquial text),
// best first, at most `top`. Empty when none of its words is found: only punctuation, emoji,
// or the filler every complaint has (我们小区楼下每天晚上…, which is never asked for).
// Accuracy on the hotline complaints of tests/eval/complaints.json: tests/eval/evaluate.mjs.
std::vector<WhoCandidate> who_handles(const DutyDatabase& db, std::string_view complaint,
                                      int top = 5);

// Removes the snippet marks (for plain-text output).
std::string strip_marks(std::string_view snippet);

}  // namespace dutyatlas
