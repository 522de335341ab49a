// The fixed-size char buffers ImGui's text fields edit, filled from text of any length (a route's
// parameter, a shared link): cut between characters, never in the middle of one.
#pragma once

#include <cstring>
#include <string_view>

#include "core/base/utf8.h"

namespace dutyatlas::web {

inline void set_text_box(char* box, std::size_t size, std::string_view text) {
  std::string_view fitted = utf8_prefix(text, size - 1);
  std::memcpy(box, fitted.data(), fitted.size());
  box[fitted.size()] = '\0';
}

}  // namespace dutyatlas::web
