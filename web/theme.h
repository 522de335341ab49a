// The look of a public government site: calm colours, generous spacing, one accent colour.
#pragma once

#include <imgui.h>

namespace dutyatlas::web::theme {

// Colours as RGBA (0xAABBGGRR is ImGui's packing; these helpers keep them readable).
inline ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }
inline ImVec4 rgbf(int r, int g, int b, int a = 255) {
  return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, a / 255.0f);
}

inline const ImVec4 kPage = rgbf(0xF4, 0xF6, 0xF9);        // page background
inline const ImVec4 kPanel = rgbf(0xFF, 0xFF, 0xFF);       // cards and content
inline const ImVec4 kText = rgbf(0x1F, 0x29, 0x33);
inline const ImVec4 kMuted = rgbf(0x5B, 0x67, 0x75);       // secondary text, still AA contrast
inline const ImVec4 kAccent = rgbf(0x1D, 0x4E, 0x89);      // links, headings, the header band
inline const ImVec4 kAccentSoft = rgbf(0xE6, 0xEE, 0xF8);  // selection, hover
inline const ImVec4 kBorder = rgbf(0xDD, 0xE3, 0xEA);
inline const ImVec4 kBadge = rgbf(0xB7, 0x79, 0x1F);       // 示例数据 label
inline const ImVec4 kHighlight = rgbf(0xFF, 0xE8, 0x8C);   // matched words in search results
inline const ImVec4 kSelection = rgbf(0xB4, 0xD5, 0xFE);   // text the reader selected (as browsers)
inline const ImVec4 kLead = rgbf(0xA6, 0x3D, 0x1B);        // 牵头 label
inline const ImVec4 kError = rgbf(0xB4, 0x23, 0x18);       // what went wrong (a view's failure)

inline constexpr float kHeaderHeight = 64.0f;
inline constexpr float kSidebarWidth = 300.0f;
inline constexpr float kNarrowBreakpoint = 760.0f;  // below this width: one column (phones)
inline constexpr float kContentMaxWidth = 880.0f;
inline constexpr float kGap = 16.0f;

void apply();

}  // namespace dutyatlas::web::theme
