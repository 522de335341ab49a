// Joining texts with a separator ("、", "，", a unit separator): the one helper for it in core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dutyatlas {

inline std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace dutyatlas
