// Evidence text for 谁来管: the sentence (or two) of a row's text that holds the most matched
// terms, whole, with those terms marked — a reader sees what the clause says, not 20 characters
// around a word. Not the search results' one-line snippet (snippet.h), whose window it reuses to
// mark the terms and to cut a sentence longer than the room given.
//
// Contract of sentence_snippet(text, terms, max_chars):
//   * sentences end at 。；！？ (and their ASCII forms) and line breaks, the mark included;
//   * the sentence with the most matched terms (document-mode tokens in `terms`) is taken, the
//     earliest on ties, the text's first when none matches;
//   * while the whole stays within `max_chars` code points, the next sentence is added, or else
//     the one before, when it too holds a matched term or the taken text is still shorter than
//     a third of `max_chars` (a clause's lone heading, "（三）");
//   * longer than `max_chars`: cut to a window of that length around the terms (snippet_of);
//   * "…" stands where the text goes on before or after; terms are marked as in snippet.h.
#pragma once

#include <cstddef>
#include <set>
#include <string>

namespace dutyatlas {

std::string sentence_snippet(const std::string& text, const std::set<std::string>& terms,
                             std::size_t max_chars);

}  // namespace dutyatlas
