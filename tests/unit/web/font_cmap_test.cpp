// The characters the client reads from a font's cmap (web/font_cmap.h), on fonts the builder
// cuts: exactly the characters the font was cut to, and the same answer as asking stb_truetype
// about every code point of the plane (what the client did before).
#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "builder/font_subset.h"
#include "web/font_cmap.h"

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

using dutyatlas::web::font_characters;

namespace {

const char* const kFont = DUTYATLAS_TEST_FONT;  // WenQuanYi Micro Hei, face 0 of the .ttc

// The slow, obviously right answer: every code point from U+0020 to U+FFFF looked up.
std::set<char32_t> every_code_point_looked_up(const std::vector<std::uint8_t>& ttf) {
  stbtt_fontinfo info;
  REQUIRE(stbtt_InitFont(&info, ttf.data(), stbtt_GetFontOffsetForIndex(ttf.data(), 0)));
  std::set<char32_t> out;
  for (char32_t cp = 0x20; cp <= 0xFFFF; ++cp) {
    if (stbtt_FindGlyphIndex(&info, int(cp)) != 0) out.insert(cp);
  }
  return out;
}

std::set<char32_t> read(const std::vector<std::uint8_t>& ttf) {
  std::set<char32_t> out;
  REQUIRE(font_characters(ttf.data(), ttf.size(), &out));
  return out;
}

}  // namespace

TEST_CASE("font cmap: a publication's font gives exactly the characters it was cut to") {
  std::set<char32_t> asked;
  dutyatlas::builder::collect_characters("示例区生态环境局 负责噪声、油烟投诉。（一）〔2021〕12号 ABCabc～", &asked);
  auto subset = dutyatlas::builder::subset_font(kFont, 0, asked);
  REQUIRE(subset.missing.empty());
  CHECK(read(subset.bytes) == asked);
  CHECK(read(subset.bytes) == every_code_point_looked_up(subset.bytes));
}

TEST_CASE("font cmap: the typing font (GB2312, thousands of characters in many runs) reads whole") {
  auto gb2312 = dutyatlas::builder::gb2312_characters();
  auto subset = dutyatlas::builder::subset_font(kFont, 0, gb2312);
  std::set<char32_t> expected;
  for (char32_t cp : gb2312) {
    if (cp >= 0x20 && cp <= 0xFFFF) expected.insert(cp);
  }
  for (char32_t cp : subset.missing) expected.erase(cp);
  CHECK(expected.size() > 7000);
  CHECK(read(subset.bytes) == expected);
  CHECK(read(subset.bytes) == every_code_point_looked_up(subset.bytes));
}

TEST_CASE("font cmap: bytes that are not a font are refused") {
  std::set<char32_t> out;
  const std::string text = "示例区机构职责 — not a font, though long enough to have a header";
  CHECK_FALSE(font_characters(reinterpret_cast<const std::uint8_t*>(text.data()), text.size(), &out));
  const std::uint8_t tiny[4] = {0, 1, 0, 0};
  CHECK_FALSE(font_characters(tiny, sizeof tiny, &out));
  CHECK(out.empty());
}
