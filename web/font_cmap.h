// Which characters a TrueType/OpenType font has glyphs for, read from its cmap.
//
// The client asks this of every font it receives (the publication's font, its typing font),
// the first one on the page's critical path: the atlas is built for exactly those characters.
// Rather than asking stb_truetype about all 65,536 code points of the plane, it asks only about
// those the cmap's segments or groups claim (1–8 ms for the publication's font in the browser).
// Kept apart from the atlas (fonts.cpp) so it is tested natively, against fonts the builder cuts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>

namespace dutyatlas::web {

// Every character of the Basic Multilingual Plane from U+0020 that `ttf` maps to a glyph
// (ImWchar is 16-bit in ImGui 1.86). False if the bytes are not a font stb_truetype can read.
// The caller has checked the bytes against the manifest's SHA-256; even so, every offset read
// here is bounded by `size`.
bool font_characters(const std::uint8_t* ttf, std::size_t size, std::set<char32_t>* out);

}  // namespace dutyatlas::web
