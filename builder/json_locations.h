// Where each value of a JSON text starts, by JSON pointer ("/bodies/3/name" → line 14, col 7).
//
// nlohmann/json gives a parsed tree without positions; publishers need "line 14" in an error,
// so this small scanner walks the same text once more and records where every value begins.
// It assumes the text already parsed as valid JSON.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace dutyatlas::builder {

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, counted in code points
};

class JsonLocations {
 public:
  explicit JsonLocations(std::string_view text);
  // The position of the value at `pointer`; for a missing member, that of the nearest
  // enclosing value that exists.
  TextPosition find(std::string pointer) const;

 private:
  std::map<std::string, TextPosition> positions_;
};

// Line and column of a byte offset (for parse errors, which report offsets).
TextPosition position_of_offset(std::string_view text, std::size_t offset);

}  // namespace dutyatlas::builder
