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
// (GB2312 minus the main font's characters) comes in pieces, each a range of code points
// (manifest.typing_fonts). A typed character outside the main font asks for the piece whose
// range holds it (take_wanted_pieces: the page fetches it, after ready); once it arrives the
// character is merged into the body font and the atlas rebuilt before the next frame, so the
// atlas only ever holds what is on screen or has been typed, and a reader who types a few rare
// characters downloads a few pieces.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
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
  // The typing font's pieces: the code-point range of each (first, last; in order, not
  // overlapping), none loaded yet.
  void set_typing_pieces(std::vector<std::pair<char32_t, char32_t>> ranges);
  // Takes ownership of piece `index` (malloc'd); false if it cannot be read.
  bool adopt_typing_piece(std::size_t index, std::uint8_t* ttf, std::size_t size, std::string* error);
  // A piece that could not be fetched or read: asked for again by the next character in it.
  void typing_piece_failed(std::size_t index);
  // The pieces that typed characters need and that were not asked for yet; each once.
  std::vector<std::size_t> take_wanted_pieces();
  std::size_t typing_pieces_loaded() const;
  // Notes the characters of `utf8` (typed, pasted, or from a URL): those missing from the main
  // font are merged in from the typing font at the next build, once their piece is here. True
  // if a rebuild is needed.
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
  struct TypingPiece {
    char32_t first = 0, last = 0;
    enum class State { kNotAsked, kWanted, kAsked, kLoaded } state = State::kNotAsked;
    std::uint8_t* ttf = nullptr;  // once loaded
    std::size_t size = 0;
    std::set<char32_t> chars;       // what it has
    std::vector<std::uint16_t> typed_ranges;  // the requested characters it has, for ImGui
  };
  TypingPiece* piece_for(char32_t cp);
  std::vector<TypingPiece> typing_pieces_;
  bool pieces_wanted_ = false;  // some piece is kWanted: take_wanted_pieces has work (per frame)
  std::set<char32_t> requested_chars_;  // typed so far, not in the main font
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
