// UTF-8 decoding that never fails: invalid bytes become U+FFFD, one per bad byte, so text
// from anywhere (publishers' files, a pasted complaint) can be walked safely.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dutyatlas {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point at text[*pos] and advances *pos past it (by at least one byte).
char32_t next_code_point(std::string_view text, std::size_t* pos);

// How many code points next_code_point() reads from `text` (an invalid byte counts as one).
std::size_t code_point_count(std::string_view text);

// True if `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// The offset of the first byte that is not part of well-formed UTF-8, or std::string_view::npos
// when there is none: where a message about a file's encoding should point.
std::size_t first_invalid_utf8(std::string_view text);

void append_utf8(std::string* out, char32_t cp);

// The longest prefix of `text` of at most `max_bytes` bytes that ends between two code points
// (a text box of fixed size must not end in half a character).
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace dutyatlas
