// Where each value of a JSON text starts, by JSON pointer ("/bodies/3/name" → line 14, col 7).
//
// nlohmann/json gives a parsed tree without positions; publishers need "line 14" in an error,
// so this small scanner walks the same text once more and records where every value begins.
// It assumes the text already parsed as valid JSON.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/base/text.h"  // TextPosition

namespace dutyatlas::builder {

// A member name as one JSON pointer step (RFC 6901): ~ → ~0, / → ~1.
std::string json_pointer_escape(const std::string& key);

class JsonLocations {
 public:
  explicit JsonLocations(std::string_view text);
  // The position of the value at `pointer`; for a missing member, that of the nearest
  // enclosing value that exists.
  TextPosition find(std::string pointer) const;

 private:
  std::map<std::string, TextPosition> positions_;
};

}  // namespace dutyatlas::builder
