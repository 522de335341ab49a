// The one style sheet of the HTML edition: calm, readable, at phone width too; the reader's own
// system fonts (no web font), no script. Written once at the edition's root.
#pragma once

#include <string_view>

namespace dutyatlas {

inline constexpr const char* kEditionStyleSheetPath = "style.css";

std::string_view edition_style_sheet();

}  // namespace dutyatlas
