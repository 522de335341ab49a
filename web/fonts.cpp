// Glyph ranges from the font's cmap, and the atlas build (see fonts.h).
#include "web/fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstdlib>
#include <set>

#include "core/utf8.h"

// A private copy of stb_truetype (ImGui compiles its own as static): used only to ask the
// font which characters it has.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace dutyatlas::web {
namespace {

// Turns a sorted set of code points into ImGui's [first, last, first, last, …, 0] ranges.
std::vector<std::uint16_t> to_ranges(const std::set<char32_t>& chars) {
  std::vector<std::uint16_t> ranges;
  for (char32_t cp : chars) {
    if (cp > 0xFFFF) continue;  // ImWchar is 16-bit in ImGui 1.86's default build
    if (!ranges.empty() && ranges.back() + 1 == cp) {
      ranges.back() = std::uint16_t(cp);
    } else {
      ranges.push_back(std::uint16_t(cp));
      ranges.push_back(std::uint16_t(cp));
    }
  }
  ranges.push_back(0);
  return ranges;
}

}  // namespace

bool FontLibrary::adopt(std::uint8_t* ttf, std::size_t size, std::string* error) {
  stbtt_fontinfo info;
  int offset = stbtt_GetFontOffsetForIndex(ttf, 0);
  if (size < 12 || offset < 0 || !stbtt_InitFont(&info, ttf, offset)) {
    std::free(ttf);
    *error = "字体文件无法读取。";
    return false;
  }
  std::set<char32_t> chars;
  for (char32_t cp = 0x20; cp <= 0xFFFF; ++cp) {
    if (stbtt_FindGlyphIndex(&info, int(cp)) != 0) chars.insert(cp);
  }
  std::free(ttf_);
  ttf_ = ttf;
  size_ = size;
  body_ranges_ = to_ranges(chars);
  built_dpr_ = 0;
  return true;
}

void FontLibrary::build(float dpr, const std::string& heading_text) {
  std::set<char32_t> heading_chars;
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) heading_chars.insert(cp);
  std::size_t pos = 0;
  while (pos < heading_text.size()) heading_chars.insert(next_code_point(heading_text, &pos));
  heading_ranges_ = to_ranges(heading_chars);

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // we keep the bytes to rebuild when dpr changes
  config.OversampleH = 1;               // CJK at screen resolution needs no oversampling
  config.OversampleV = 1;
  config.PixelSnapH = true;
  auto* ranges = reinterpret_cast<const ImWchar*>(body_ranges_.data());
  fonts_.body = io.Fonts->AddFontFromMemoryTTF(ttf_, int(size_), kBodyFontPx * dpr, &config, ranges);
  auto* heading = reinterpret_cast<const ImWchar*>(heading_ranges_.data());
  fonts_.heading =
      io.Fonts->AddFontFromMemoryTTF(ttf_, int(size_), kHeadingFontPx * dpr, &config, heading);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / dpr;
  io.FontDefault = fonts_.body;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  built_dpr_ = dpr;
}

FontLibrary::~FontLibrary() { std::free(ttf_); }

}  // namespace dutyatlas::web
