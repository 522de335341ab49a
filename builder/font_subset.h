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

// Adds every code point of `text` (UTF-8) to `characters`, skipping controls.
void collect_characters(const std::string& text, std::set<char32_t>* characters);

}  // namespace dutyatlas::builder
