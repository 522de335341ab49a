// Small operations on UTF-8 text shared by the builder, the CLI and core's own reports: trimming
// the spaces publishers leave around their words, joining, shortening to one line of output, and
// where a byte offset stands as an editor shows it.
//
// Not for: decoding (utf8.h), folding or tokenizing for search (core/search/tokenizer.h), or
// anything that needs to know a file format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

// ASCII white space, U+00A0 (no-break space) and U+3000 (ideographic space, 全角空格): the
// spaces that Excel and Chinese input methods leave around a publisher's text.
bool is_space(char32_t cp);

// `text` without the spaces (is_space) at either end.
std::string_view trim(std::string_view text);

// The parts with `separator` between each two: join({"a", "b"}, "、") == "a、b".
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// At most `max_chars` code points of `text`, with "…" appended where it was cut; a text that
// fits is returned whole.
std::string shorten(std::string_view text, std::size_t max_chars);

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, counted in code points: what an editor shows
};

// Line and column of the byte at `offset`; a line break is LF, CRLF or a lone CR. An offset past
// the end gives the position just after the last character.
TextPosition position_of_offset(std::string_view text, std::size_t offset);

}  // namespace dutyatlas
