// The text filter of a list (see list_text_filter.h): the SQL on the `search` index, and the
// match of code-like text against the code column.
#include "core/lists/list_text_filter.h"

#include <algorithm>
#include <cassert>
#include <string_view>
#include <unordered_map>

#include "core/bundle/duty_database.h"
#include "core/base/sqlite_statement.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

constexpr const char* kSpaces = " \t\r\n\f\v";

std::string_view trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(kSpaces);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(kSpaces);
  return s.substr(b, e - b + 1);
}

// Text a reader would type for a code: XZCF-QWB-0001, a01, qwb-00 (folded: lower case).
bool looks_like_code(std::string_view folded) {
  if (folded.size() < 2) return false;
  return std::all_of(folded.begin(), folded.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
           c == '#';
  });
}

// `needle` (folded) within `haystack`, ASCII letters of the haystack compared in lower case.
bool contains_folded(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
  });
  return it != haystack.end();
}

// True if the index keeps its content in the table FTS5 makes for it (search_content), which
// can be read without the FTS5 cursor loading every column of every row.
bool has_search_content(const DutyDatabase& db) {
  Statement q(db.handle(), "SELECT 1 FROM sqlite_master WHERE name = 'search_content'");
  return q.step();
}

}  // namespace

// The index holds each kind's rows in list order (search_index.cpp inserts them so), so the
// scan walks the table's runs of equal refs along; a ref out of step is looked up in a map
// made only then.
void ListTextFilter::map_index(const DutyDatabase& db, const ListTable& t) {
  mapped_ = true;
  using Range = std::pair<std::uint32_t, std::uint32_t>;
  std::vector<Range> runs;
  for (std::size_t r = 0; r < t.rows;) {
    auto [first, end] = t.ref_run(r);
    runs.emplace_back(std::uint32_t(first), std::uint32_t(end - first));
    r = end;
  }
  std::unordered_map<std::string_view, std::size_t> run_of;  // made only if the walk loses step
  auto find_run = [&](std::string_view ref) -> std::size_t {
    if (run_of.empty()) {
      for (std::size_t i = 0; i < runs.size(); ++i) run_of.emplace(t.refs[runs[i].first], i);
    }
    auto it = run_of.find(ref);
    return it == run_of.end() ? runs.size() : it->second;
  };
  std::vector<std::pair<std::int64_t, Range>> found;
  std::size_t next = 0;  // the run expected next
  // FTS5's content table holds the columns as c0 (kind), c1 (ref), …
  Statement q(db.handle(), has_search_content(db)
                               ? "SELECT id, c1 FROM search_content WHERE c0 = ?1 ORDER BY id"
                               : "SELECT rowid, ref FROM search WHERE kind = ?1 ORDER BY rowid");
  q.bind(1, t.search_kind);
  while (q.step()) {
    std::string ref = q.text(1);
    std::size_t run = next < runs.size() && t.refs[runs[next].first] == ref ? next : find_run(ref);
    if (run == runs.size()) continue;  // another task list's task
    found.emplace_back(q.integer(0), runs[run]);
    next = run + 1;
  }
  if (found.empty()) return;
  first_rowid_ = found.front().first;
  rows_of_rowid_.assign(std::size_t(found.back().first - first_rowid_ + 1), {0, 0});
  for (const auto& [rowid, range] : found) rows_of_rowid_[std::size_t(rowid - first_rowid_)] = range;
}

const std::vector<std::uint8_t>* ListTextFilter::rows(const DutyDatabase& db, const ListTable& t,
                                                      const std::string& text) {
  std::string folded = fold_text(text);
  std::string_view code = trim(folded);
  if (code.empty()) return nullptr;  // blank
  if (cached_ && cached_text_ == text) return &cached_rows_;
  db.require_search();
  std::vector<std::uint8_t> rows(t.rows, 0);
  std::string match = build_match_expression(text);
  if (!match.empty() && !t.search_kind.empty()) {
    if (!mapped_) map_index(db, t);
    const auto last = first_rowid_ + std::int64_t(rows_of_rowid_.size()) - 1;
    Statement q(db.handle(), "SELECT rowid FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
    q.bind(1, match).bind(2, (long long)first_rowid_).bind(3, (long long)last);
    while (q.step()) {
      const std::int64_t at = q.integer(0) - first_rowid_;
      assert(at >= 0 && std::size_t(at) < rows_of_rowid_.size());
      const auto& range = rows_of_rowid_[std::size_t(at)];
      std::fill_n(rows.begin() + range.first, range.second, std::uint8_t(1));
    }
  }
  if (t.code_column >= 0 && looks_like_code(code)) {
    for (std::size_t r = 0; r < t.rows; ++r) {
      if (!rows[r] && contains_folded(t.cell(r, std::size_t(t.code_column)), code)) rows[r] = 1;
    }
  }
  cached_rows_.swap(rows);
  cached_text_ = text;
  cached_ = true;
  return &cached_rows_;
}

}  // namespace dutyatlas
