// Reading a font's character map (see font_cmap.h).
#include "web/font_cmap.h"

#include <algorithm>
#include <utility>
#include <vector>

// ImGui compiles its own copy of stb_truetype as static; this private copy is the client's
// only other user, to ask a font which characters it has.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace dutyatlas::web {
namespace {

constexpr char32_t kFirst = 0x20;
constexpr char32_t kLast = 0xFFFF;

std::uint32_t u16(const std::uint8_t* p) { return std::uint32_t(p[0]) << 8 | p[1]; }
std::uint32_t u32(const std::uint8_t* p) { return u16(p) << 16 | u16(p + 2); }

// The code point ranges the cmap subtable stb_truetype chose claims to cover: format 4's
// segments, format 12's groups. Empty when the subtable is another format or does not fit in
// the file (the caller then scans the whole plane, as before).
std::vector<std::pair<char32_t, char32_t>> claimed_ranges(const std::uint8_t* ttf, std::size_t size,
                                                          std::size_t table) {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  if (table + 16 > size) return ranges;
  const std::uint8_t* t = ttf + table;
  switch (u16(t)) {
    case 4: {  // segments: endCode[n], reservedPad, startCode[n], …
      std::size_t segments = u16(t + 6) / 2;
      if (table + 16 + 4 * segments > size) return ranges;
      const std::uint8_t* ends = t + 14;
      const std::uint8_t* starts = ends + 2 * segments + 2;
      for (std::size_t i = 0; i < segments; ++i) {
        ranges.emplace_back(u16(starts + 2 * i), u16(ends + 2 * i));
      }
      break;
    }
    case 12: {  // groups of {startCharCode, endCharCode, startGlyphID}
      std::size_t groups = u32(t + 12);
      if (groups > (size - table - 16) / 12) return ranges;
      for (std::size_t i = 0; i < groups; ++i) {
        ranges.emplace_back(u32(t + 16 + 12 * i), u32(t + 20 + 12 * i));
      }
      break;
    }
    default:
      break;
  }
  return ranges;
}

}  // namespace

bool font_characters(const std::uint8_t* ttf, std::size_t size, std::set<char32_t>* out) {
  if (size < 12) return false;
  stbtt_fontinfo info;
  int offset = stbtt_GetFontOffsetForIndex(ttf, 0);
  if (offset < 0 || !stbtt_InitFont(&info, ttf, offset)) return false;
  auto ranges = claimed_ranges(ttf, size, std::size_t(info.index_map));
  if (ranges.empty()) ranges.emplace_back(kFirst, kLast);
  // Overlapping ranges are looked at once: however the table is made, at most one look-up per
  // code point of the plane. A range only claims; the look-up decides (format 4 maps code points
  // inside a segment to glyph 0 when the font has none).
  std::sort(ranges.begin(), ranges.end());
  char32_t next = kFirst;  // every code point below this has been looked up
  for (auto [first, last] : ranges) {
    first = std::max(first, next);
    last = std::min(last, kLast);
    for (char32_t cp = first; cp <= last; ++cp) {
      if (stbtt_FindGlyphIndex(&info, int(cp)) != 0) out->insert(cp);
    }
    if (last >= first) next = last + 1;
  }
  return true;
}

}  // namespace dutyatlas::web
