// The client's fonts: the subset TTF from the publication, rasterised for the screen.
//
// The glyph ranges come from the font itself (its cmap), so the atlas holds exactly what the
// builder put in the subset. Glyphs are rasterised at size × devicePixelRatio and drawn at
// 1/dpr scale, so text is crisp on phones (dpr 2–3); the atlas is rebuilt when dpr changes.
// The heading font carries only the characters headings use, to keep the atlas small.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct ImFont;

namespace dutyatlas::web {

inline constexpr float kBodyFontPx = 17.0f;     // CSS px: body text (issue: at least 16)
inline constexpr float kHeadingFontPx = 25.0f;  // CSS px: page and section headings

struct Fonts {
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
};

class FontLibrary {
 public:
  // Takes ownership of `ttf` (malloc'd). Returns false if it is not a font we can read.
  bool adopt(std::uint8_t* ttf, std::size_t size, std::string* error);
  // (Re)builds the ImGui atlas for `dpr`; `heading_text` is UTF-8 of every heading string.
  void build(float dpr, const std::string& heading_text);
  bool built_for(float dpr) const { return built_dpr_ == dpr; }
  const Fonts& fonts() const { return fonts_; }
  ~FontLibrary();

 private:
  std::uint8_t* ttf_ = nullptr;
  std::size_t size_ = 0;
  std::vector<std::uint16_t> body_ranges_;  // ImWchar pairs, zero-terminated
  std::vector<std::uint16_t> heading_ranges_;
  float built_dpr_ = 0;
  Fonts fonts_;
};

}  // namespace dutyatlas::web
