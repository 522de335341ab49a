// The client's fonts: the subset TTF from the publication, rasterised for the screen.
//
// The glyph ranges come from the font itself (its cmap), so the atlas holds exactly what the
// builder put in the subset. Glyphs are rasterised at size × devicePixelRatio and drawn at
// 1/dpr scale, so text is crisp on phones (dpr 2–3); the atlas is rebuilt when dpr changes.
// The heading font carries only the characters headings use, to keep the atlas small.
//
// The first view: rasterising and uploading all of the publication's ~3,300 characters at a
// phone's 3x cost ~0.3 s before anything could be shown. So until complete() the atlas holds
// ASCII and the characters drawn so far: the client notes every text a frame drew
// (note_drawn); a frame that drew characters the atlas lacks is not shown, the atlas grows,
// and the frame is drawn again (main.cpp). Once search is ready, complete() builds the whole.
// Text a view draws without recording it would show ImGui's fallback glyph until then.
//
// Typing: a person may type characters the data never uses. The publication's typing font
// (GB2312 minus the main font's characters) arrives after the page is ready; a typed character
// found there is merged into the body font and the atlas rebuilt before the next frame, so the
// atlas only ever holds what is on screen or has been typed.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace dutyatlas::web {

inline constexpr float kBodyFontPx = 17.0f;     // CSS px: body text (issue: at least 16)
inline constexpr float kHeadingFontPx = 25.0f;  // CSS px: page and section headings
inline constexpr float kLargeTextScale = 1.25f;  // 大字号: 21 px body text
inline constexpr float kMaxTextScale = 1.5f;

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
  bool built_for(float dpr) const { return built_dpr_ == dpr && !dirty_; }
  // Larger text on request (大字号): every font is rasterised `scale` times larger at the next
  // build — not stretched, so it stays crisp. Clamped to [1, kMaxTextScale].
  void set_text_scale(float scale);
  float text_scale() const { return text_scale_; }
  // Takes ownership of the typing font (malloc'd); false if it cannot be read.
  bool adopt_typing(std::uint8_t* ttf, std::size_t size, std::string* error);
  // Notes the characters of `utf8` (typed, pasted, or from a URL): those missing from the atlas
  // but in the typing font are merged in at the next build. True if a rebuild is needed.
  bool request_characters(std::string_view utf8);
  // Notes the characters of a text the frame drew; true if the atlas lacks some of them (then
  // it is rebuilt at the next build). Always false once complete.
  bool note_drawn(std::string_view utf8);
  // Every character of the font in the atlas from the next build on.
  void complete();
  bool is_complete() const { return complete_; }
  const Fonts& fonts() const { return fonts_; }
  ~FontLibrary();

 private:
  void upload_texture();
  unsigned int texture_ = 0;  // the atlas's GL texture (GLuint)
  std::uint8_t* ttf_ = nullptr;
  std::size_t size_ = 0;
  std::set<char32_t> main_chars_;
  std::uint8_t* typing_ttf_ = nullptr;
  std::size_t typing_size_ = 0;
  std::set<char32_t> typing_chars_;     // what the typing font has
  std::set<char32_t> requested_chars_;  // typed so far, not in the main font
  std::vector<std::uint16_t> typed_ranges_;
  bool dirty_ = false;
  std::vector<std::uint16_t> body_ranges_;  // ImWchar pairs, zero-terminated
  bool complete_ = false;
  std::set<char32_t> drawn_chars_;  // drawn so far, in the main font (not ASCII: always there)
  std::vector<std::uint16_t> drawn_ranges_;
  std::vector<std::uint16_t> heading_ranges_;
  float built_dpr_ = 0;
  float text_scale_ = 1.0f;
  Fonts fonts_;
};

}  // namespace dutyatlas::web
