// Cuts a CJK font down to the characters a publication uses (HarfBuzz's subsetter).
//
// The client draws text from a glyph atlas built in the browser; a whole CJK font is 5–16 MB
// and its atlas 64 MB. The builder therefore ships a font holding exactly the characters of the
// data and the interface, and reports any character the source font cannot draw.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace dutyatlas::builder {

struct FontSubset {
  std::vector<std::uint8_t> bytes;  // a TrueType/OpenType font
  std::size_t glyphs = 0;
  std::vector<char32_t> missing;    // requested characters the font has no glyph for
};

// Throws std::runtime_error when the font cannot be read or subset.
FontSubset subset_font(const std::string& font_path, unsigned face_index,
                       const std::set<char32_t>& characters);

// The characters the font has no glyph for (`check` asks this without cutting the font).
std::vector<char32_t> characters_missing_from_font(const std::string& font_path, unsigned face_index,
                                                   const std::set<char32_t>& characters);

// Every character of GB2312 (6,763 hanzi and the symbols of rows 1–9): the common characters
// a person may type, which the client must draw even when the data does not use them.
// Decoded with the C library's iconv, so no table is kept here.
std::set<char32_t> gb2312_characters();

// Adds every code point of `text` (UTF-8) to `characters`, skipping controls.
void collect_characters(const std::string& text, std::set<char32_t>* characters);

}  // namespace dutyatlas::builder
