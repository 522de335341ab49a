// Trimming, joining, shortening and line/column of UTF-8 text (see text.h).
#include "core/base/text.h"

#include "core/base/utf8.h"

namespace dutyatlas {
namespace {

// The code point ending just before text[end], and where it starts; a byte that does not end a
// well-formed sequence is one U+FFFD of one byte, as next_code_point would decode it.
char32_t previous_code_point(std::string_view text, std::size_t end, std::size_t* start) {
  std::size_t i = end - 1;
  while (i > 0 && end - i < 4 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  std::size_t pos = i;
  char32_t cp = next_code_point(text, &pos);
  if (pos != end) {
    *start = end - 1;
    return kReplacementCharacter;
  }
  *start = i;
  return cp;
}

}  // namespace

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
         cp == 0x00A0 || cp == 0x3000;
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t next = begin;
    if (!is_space(next_code_point(text, &next))) break;
    begin = next;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start;
    if (!is_space(previous_code_point(text, end, &start))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < max_chars; ++count) {
    next_code_point(text, &pos);
  }
  if (pos >= text.size()) return std::string(text);
  return std::string(text.substr(0, pos)) + "…";
}

TextPosition position_of_offset(std::string_view text, std::size_t offset) {
  TextPosition p{1, 1};
  std::size_t i = 0;
  while (i < offset && i < text.size()) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      ++i;
      if (c == '\r' && i < text.size() && text[i] == '\n') ++i;
      ++p.line;
      p.column = 1;
    } else {
      next_code_point(text, &i);
      ++p.column;
    }
  }
  return p;
}

}  // namespace dutyatlas
