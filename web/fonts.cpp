// Glyph ranges from the font's cmap, and the atlas build (see fonts.h).
#include "web/fonts.h"

#include <imgui.h>
#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>

#include "core/base/utf8.h"
#include "web/font_cmap.h"

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

void FontLibrary::set_typing_pieces(std::vector<std::pair<char32_t, char32_t>> ranges) {
  for (TypingPiece& piece : typing_pieces_) std::free(piece.ttf);
  typing_pieces_.clear();
  for (auto [first, last] : ranges) {
    TypingPiece piece;
    piece.first = first;
    piece.last = last;
    typing_pieces_.push_back(std::move(piece));
  }
  // Characters asked for before the ranges were known (a URL's words).
  for (char32_t cp : requested_chars_) {
    if (TypingPiece* piece = piece_for(cp)) piece->state = TypingPiece::State::kWanted;
  }
  pieces_wanted_ = true;
}

FontLibrary::TypingPiece* FontLibrary::piece_for(char32_t cp) {
  auto after = std::upper_bound(typing_pieces_.begin(), typing_pieces_.end(), cp,
                                [](char32_t c, const TypingPiece& p) { return c < p.first; });
  if (after == typing_pieces_.begin()) return nullptr;
  TypingPiece* piece = &*(after - 1);
  return cp <= piece->last ? piece : nullptr;
}

bool FontLibrary::adopt_typing_piece(std::size_t index, std::uint8_t* ttf, std::size_t size, std::string* error) {
  std::set<char32_t> chars;
  if (index >= typing_pieces_.size() || typing_pieces_[index].state == TypingPiece::State::kLoaded ||
      !font_characters(ttf, size, &chars)) {
    std::free(ttf);
    *error = "输入字体无法读取。";
    if (index < typing_pieces_.size()) typing_piece_failed(index);
    return false;
  }
  TypingPiece& piece = typing_pieces_[index];
  piece.ttf = ttf;
  piece.size = size;
  piece.chars = std::move(chars);
  piece.state = TypingPiece::State::kLoaded;
  // Characters typed before it arrived.
  for (char32_t cp : requested_chars_) dirty_ = dirty_ || piece.chars.count(cp);
  return true;
}

void FontLibrary::typing_piece_failed(std::size_t index) {
  if (index < typing_pieces_.size() && typing_pieces_[index].state != TypingPiece::State::kLoaded) {
    typing_pieces_[index].state = TypingPiece::State::kNotAsked;
  }
}

std::vector<std::size_t> FontLibrary::take_wanted_pieces() {
  std::vector<std::size_t> wanted;
  if (!pieces_wanted_) return wanted;
  pieces_wanted_ = false;
  for (std::size_t i = 0; i < typing_pieces_.size(); ++i) {
    if (typing_pieces_[i].state != TypingPiece::State::kWanted) continue;
    typing_pieces_[i].state = TypingPiece::State::kAsked;
    wanted.push_back(i);
  }
  return wanted;
}

std::size_t FontLibrary::typing_pieces_loaded() const {
  return std::count_if(typing_pieces_.begin(), typing_pieces_.end(),
                       [](const TypingPiece& p) { return p.state == TypingPiece::State::kLoaded; });
}

bool FontLibrary::request_characters(std::string_view utf8) {
  bool added = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t cp = next_code_point(utf8, &pos);
    if (cp < 0x20 || cp > 0xFFFF || main_chars_.count(cp)) continue;
    const bool first_time = requested_chars_.insert(cp).second;
    TypingPiece* piece = piece_for(cp);
    if (!piece) continue;  // in no piece: drawn as a box
    // Asked again after a failed fetch (offline, then online again).
    if (piece->state == TypingPiece::State::kNotAsked) {
      piece->state = TypingPiece::State::kWanted;
      pieces_wanted_ = true;
    }
    if (first_time && piece->chars.count(cp)) added = true;
  }
  dirty_ = dirty_ || added;
  return added;
}

bool FontLibrary::adopt(std::uint8_t* ttf, std::size_t size, std::string* error) {
  std::set<char32_t> chars;
  if (!font_characters(ttf, size, &chars)) {
    std::free(ttf);
    *error = "字体文件无法读取。";
    return false;
  }
  std::free(ttf_);
  ttf_ = ttf;
  size_ = size;
  body_ranges_ = to_ranges(chars);
  main_chars_ = std::move(chars);
  built_dpr_ = 0;
  return true;
}

bool FontLibrary::note_drawn(std::string_view utf8) {
  if (complete_) return false;
  bool added = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t cp = next_code_point(utf8, &pos);
    if (cp >= 0x80 && main_chars_.count(cp) && drawn_chars_.insert(cp).second) added = true;
  }
  dirty_ = dirty_ || added;
  return added;
}

void FontLibrary::complete() {
  if (complete_) return;
  complete_ = true;
  dirty_ = true;
}

void FontLibrary::build(float dpr, const std::string& heading_text) {
  // Until the atlas is complete, both fonts hold ASCII and what has been drawn.
  auto in_atlas = [this](char32_t cp) { return complete_ || cp < 0x80 || drawn_chars_.count(cp); };
  std::set<char32_t> heading_chars;
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) heading_chars.insert(cp);
  std::size_t pos = 0;
  while (pos < heading_text.size()) {
    char32_t cp = next_code_point(heading_text, &pos);
    if (in_atlas(cp)) heading_chars.insert(cp);
  }
  heading_ranges_ = to_ranges(heading_chars);
  if (!complete_) {
    std::set<char32_t> body_chars;
    for (char32_t cp : main_chars_) {
      if (in_atlas(cp)) body_chars.insert(cp);
    }
    drawn_ranges_ = to_ranges(body_chars);
  }

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // we keep the bytes to rebuild when dpr changes
  config.OversampleH = 1;               // CJK at screen resolution needs no oversampling
  config.OversampleV = 1;
  config.PixelSnapH = true;
  auto* ranges = reinterpret_cast<const ImWchar*>(complete_ ? body_ranges_.data() : drawn_ranges_.data());
  fonts_.body = io.Fonts->AddFontFromMemoryTTF(ttf_, int(size_), kBodyFontPx * text_scale_ * dpr, &config, ranges);
  ImFontConfig merge = config;
  merge.MergeMode = true;  // into the body font: same size, one ImFont
  for (TypingPiece& piece : typing_pieces_) {
    std::set<char32_t> typed;
    for (char32_t cp : requested_chars_) {
      if (piece.chars.count(cp)) typed.insert(cp);
    }
    if (typed.empty()) continue;
    piece.typed_ranges = to_ranges(typed);
    io.Fonts->AddFontFromMemoryTTF(piece.ttf, int(piece.size), kBodyFontPx * text_scale_ * dpr, &merge,
                                   reinterpret_cast<const ImWchar*>(piece.typed_ranges.data()));
  }
  auto* heading = reinterpret_cast<const ImWchar*>(heading_ranges_.data());
  fonts_.heading =
      io.Fonts->AddFontFromMemoryTTF(ttf_, int(size_), kHeadingFontPx * text_scale_ * dpr, &config, heading);
  // WebGL2 takes any height: rounding the atlas up to a power of two only adds texels to
  // clear, copy and upload.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / dpr;
  io.FontDefault = fonts_.body;
  upload_texture();
  built_dpr_ = dpr;
  dirty_ = false;
}

// The atlas as a LUMINANCE_ALPHA texture (white, the glyph's coverage as alpha), not the
// backend's RGBA: at a phone's 3x the whole atlas is 2048 wide and ~3,000 high, and RGBA would
// keep a 25 MB copy in the wasm heap and upload twice the bytes. The shader multiplies the vertex colour by the
// texel, so (1, 1, 1, a) draws as RGBA's (255, 255, 255, a) did. The copy is written once, not
// cleared first (16 MB at 3x). The CPU copies go once it is up.
void FontLibrary::upload_texture() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* alpha = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&alpha, &width, &height);
  const std::size_t texel_count = std::size_t(width) * std::size_t(height);
  std::unique_ptr<unsigned char[]> texels(new unsigned char[texel_count * 2]);
  for (std::size_t i = 0; i < texel_count; ++i) {
    texels[2 * i] = 0xFF;
    texels[2 * i + 1] = alpha[i];
  }
  if (texture_) glDeleteTextures(1, &texture_);
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, width, height, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE,
               texels.get());
  // Nothing is left bound: ImGui's backend binds the atlas for every draw.
  glBindTexture(GL_TEXTURE_2D, 0);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)));
  io.Fonts->ClearTexData();
}

void FontLibrary::set_text_scale(float scale) {
  scale = std::clamp(scale, 1.0f, kMaxTextScale);
  if (scale == text_scale_) return;
  text_scale_ = scale;
  dirty_ = true;
}

FontLibrary::~FontLibrary() {
  if (texture_) glDeleteTextures(1, &texture_);
  std::free(ttf_);
  for (TypingPiece& piece : typing_pieces_) std::free(piece.ttf);
}

}  // namespace dutyatlas::web
