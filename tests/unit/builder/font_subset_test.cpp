// The font cut down to a publication's characters (builder/font_subset.h), read back with
// HarfBuzz: the subset maps exactly the characters asked for that the source font has — no
// more, no fewer — each to the same outline as in the source font, and lists the others as
// missing; a font that cannot be read throws. Also GB2312 (the typing font's characters) and
// collect_characters. Not for which characters a publication asks for: publish_test.
#include <doctest/doctest.h>

#include <hb.h>

#include <fstream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "builder/font_subset.h"
#include "test_support.h"

using namespace dutyatlas::builder;
using dutyatlas::test::TempDir;
using dutyatlas::test::has;
using dutyatlas::test::write_file;

namespace {

const char* const kFont = DUTYATLAS_TEST_FONT;  // WenQuanYi Micro Hei, face 0 of the .ttc

// A font file's bytes as a HarfBuzz face and font; frees them when done.
class ReadBack {
 public:
  ReadBack(const std::vector<std::uint8_t>& bytes, unsigned face_index = 0) {
    hb_blob_t* blob = hb_blob_create(reinterpret_cast<const char*>(bytes.data()),
                                     unsigned(bytes.size()), HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
    face_ = hb_face_create(blob, face_index);
    hb_blob_destroy(blob);
    font_ = hb_font_create(face_);
  }
  explicit ReadBack(const std::string& path, unsigned face_index = 0) {
    hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
    face_ = hb_face_create(blob, face_index);
    hb_blob_destroy(blob);
    font_ = hb_font_create(face_);
  }
  ~ReadBack() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
  }
  ReadBack(const ReadBack&) = delete;
  ReadBack& operator=(const ReadBack&) = delete;

  // Every character the font's cmap maps to a glyph.
  std::set<char32_t> characters() const {
    hb_set_t* set = hb_set_create();
    hb_face_collect_unicodes(face_, set);
    std::set<char32_t> out;
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(set, &cp);) out.insert(char32_t(cp));
    hb_set_destroy(set);
    return out;
  }
  unsigned glyph_count() const { return hb_face_get_glyph_count(face_); }

  // The outline's bounding box and advance of the glyph drawn for `cp` (all zero when none).
  struct Shape {
    hb_glyph_extents_t extents{};
    hb_position_t advance = 0;
    bool operator==(const Shape& o) const {
      return extents.x_bearing == o.extents.x_bearing && extents.y_bearing == o.extents.y_bearing &&
             extents.width == o.extents.width && extents.height == o.extents.height &&
             advance == o.advance;
    }
  };
  Shape shape(char32_t cp) const {
    Shape s;
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(font_, cp, &glyph)) return s;
    hb_font_get_glyph_extents(font_, glyph, &s.extents);
    s.advance = hb_font_get_glyph_h_advance(font_, glyph);
    return s;
  }

 private:
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
};

std::set<char32_t> characters_of(const std::string& text) {
  std::set<char32_t> out;
  collect_characters(text, &out);
  return out;
}

}  // namespace

TEST_CASE("font subset: holds exactly the characters asked for, drawn as in the source font") {
  const std::set<char32_t> asked = characters_of("示例区生态环境局噪声油烟，。（一）〔2021〕12号 ABCabc");
  FontSubset subset = subset_font(kFont, 0, asked);
  CHECK(subset.missing.empty());
  ReadBack font(subset.bytes);
  CHECK(font.characters() == asked);
  // A glyph per character and .notdef, plus the parts composite glyphs are built from; the
  // count reported is the font's.
  CHECK(font.glyph_count() >= asked.size() + 1);
  CHECK(subset.glyphs == font.glyph_count());
  ReadBack source{std::string(kFont)};
  for (char32_t cp : asked) {
    CAPTURE(std::uint32_t(cp));
    ReadBack::Shape shape = font.shape(cp);
    CHECK(shape == source.shape(cp));
    CHECK(shape.advance > 0);
    if (cp != U' ') CHECK(shape.extents.width > 0);  // ink, not an empty box
  }
  // A CJK font is megabytes; a handful of characters is a few kilobytes.
  std::ifstream file(kFont, std::ios::binary | std::ios::ate);
  CHECK(subset.bytes.size() * 100 < std::size_t(file.tellg()));
}

TEST_CASE("font subset: characters the font cannot draw are reported missing, the rest kept") {
  // U+1F600 (an emoji), U+E000 (private use), U+10FFFD: no glyph in a CJK text font.
  const std::set<char32_t> asked = {U'管', U'什', U'么', 0x1F600, 0xE000, 0x10FFFD};
  FontSubset subset = subset_font(kFont, 0, asked);
  CHECK(subset.missing == std::vector<char32_t>{0xE000, 0x1F600, 0x10FFFD});  // in code point order
  CHECK(ReadBack(subset.bytes).characters() == std::set<char32_t>{U'管', U'什', U'么'});
}

TEST_CASE("font subset: nothing asked gives a font with .notdef alone") {
  FontSubset subset = subset_font(kFont, 0, {});
  CHECK(subset.missing.empty());
  REQUIRE_FALSE(subset.bytes.empty());
  ReadBack font(subset.bytes);
  CHECK(font.characters().empty());
  CHECK(font.glyph_count() == 1);
}

TEST_CASE("font subset: the same characters give the same bytes") {
  // The build is reproducible only if the font is.
  const std::set<char32_t> asked = characters_of("谁来管");
  CHECK(subset_font(kFont, 0, asked).bytes == subset_font(kFont, 0, asked).bytes);
}

TEST_CASE("font subset: a font that cannot be read throws, naming the file") {
  TempDir dir;
  const std::string absent = (dir / "no-such-font.ttf").string();
  try {
    subset_font(absent, 0, characters_of("示例"));
    FAIL("no exception for a missing font");
  } catch (const std::runtime_error& e) {
    CHECK(has(e.what(), absent));
  }
}

TEST_CASE("font subset: a file that is not a font throws, naming the file") {
  TempDir dir;
  const std::string text = (dir / "not-a-font.ttf").string();
  write_file(text, "this is not a font\n");
  try {
    subset_font(text, 0, characters_of("示例"));
    FAIL("no exception for a text file given as the font");
  } catch (const std::runtime_error& e) {
    CHECK(has(e.what(), text));
  }
}

TEST_CASE("gb2312: its 6,763 hanzi and 682 symbols, as Unicode") {
  std::set<char32_t> gb = gb2312_characters();
  std::size_t hanzi = 0;
  for (char32_t cp : gb) hanzi += cp >= 0x4E00 && cp <= 0x9FFF;
  CHECK(hanzi == 6763);
  CHECK(gb.size() == 6763 + 682);
  CHECK(gb.count(U'啊'));  // the first hanzi (0xB0A1)
  CHECK(gb.count(U'齄'));  // the last (0xF7FE)
  CHECK(gb.count(U'熏'));  // typed in complaints, not in the demo data
  CHECK(gb.count(U'、'));  // symbols of row 1
  CHECK(gb.count(U'①'));
  CHECK_FALSE(gb.count(U'A'));  // ASCII is not part of it
  CHECK_FALSE(gb.count(U'镕'));  // a name character GB2312 lacks (GBK has it)
  // The typing font can cut them all from the test font.
  FontSubset typing = subset_font(kFont, 0, gb);
  CHECK(typing.missing.size() < 10);
}

TEST_CASE("collect_characters: every code point once, controls and broken bytes skipped") {
  std::set<char32_t> out = {U'旧'};
  collect_characters("示例区 示例\n\t\r\x7F" "A\x01\xFF\xE7\xA4", &out);
  CHECK(out == std::set<char32_t>{U'旧', U'示', U'例', U'区', U' ', U'A'});
  collect_characters("😀\xEF\xBF\xBD", &out);  // U+1F600 kept (the font may lack it: reported then)
  CHECK(out.count(0x1F600));
  CHECK_FALSE(out.count(0xFFFD));               // U+FFFD is never asked for, written or decoded
}

TEST_CASE("collect_characters: C1 controls are controls too") {
  // NEL U+0085 and friends come from Windows-1252 conversions: never asked of the font.
  std::set<char32_t> out;
  collect_characters("\xC2\x85\xC2\x9F", &out);
  CHECK(out.empty());
}
