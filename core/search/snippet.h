// Snippets: the line of a found row's text around the words that found it, those words marked.
// search() and who_handles() make them; the client draws the marks (web/views/widgets.cpp), the
// CLI prints them plain (strip_marks). Not for finding rows (search.h, who.h).
//
// Made here rather than by FTS5's snippet(), which evaluates the whole MATCH once more for every
// row it is asked about — for a common word, or a complaint's long OR query, most of a search's
// time. snippet_of() tokenizes the one text in document mode (core/search/tokenizer.h) and needs
// no database: its cost is the tokenizer's over that text, a few microseconds for a clause.
//
// Contract of snippet_of(text, terms, chars):
//   * `terms` are folded query-mode tokens (what the query asked for); a document-mode token of
//     `text` equal to one of them is matched. Matched spans that overlap or touch merge into one
//     (油烟 烟净 → one mark around 油烟净).
//   * The window is `chars` code points (all of `text` if shorter), centred on one matched span
//     — as much context before it as after, so the reader sees the words around the match —
//     the one whose window holds the most whole spans (the earliest on ties); a window that
//     would run past either end is moved back inside the text.
//   * Each matched span in the window is wrapped in kMarkOpen … kMarkClose (cut at the window's
//     edges); "…" stands before and after where the text goes on. No match: the text's start.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace dutyatlas {

// Private-use code points around matched text in snippets: they never occur in real data.
inline constexpr std::string_view kMarkOpen = "\xEE\x80\x80";   // U+E000
inline constexpr std::string_view kMarkClose = "\xEE\x80\x81";  // U+E001

std::string snippet_of(const std::string& text, const std::set<std::string>& terms,
                       std::size_t chars);

// Removes the snippet marks (for plain-text output).
std::string strip_marks(std::string_view snippet);

}  // namespace dutyatlas
