// UTF-8 decoding that never fails: Chinese and emoji decode to their code points, every kind of
// malformed input becomes U+FFFD (one per bad byte) while always moving forward, is_valid_utf8
// tells the two apart (first_invalid_utf8 says where), append_utf8 encodes exactly what
// next_code_point decodes, and code_point_count counts what it decodes.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/base/utf8.h"

using dutyatlas::append_utf8;
using dutyatlas::first_invalid_utf8;
using dutyatlas::code_point_count;
using dutyatlas::is_valid_utf8;
using dutyatlas::kReplacementCharacter;
using dutyatlas::next_code_point;

namespace {

// Decodes all of `text`, checking on the way that each step consumes 1..4 bytes.
std::u32string decode_all(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    out.push_back(next_code_point(text, &pos));
    REQUIRE(pos > before);
    REQUIRE(pos - before <= 4);
  }
  CHECK(pos == text.size());
  return out;
}

constexpr char32_t R = kReplacementCharacter;

}  // namespace

TEST_CASE("utf8: decodes ASCII, Chinese and 4-byte emoji") {
  CHECK(decode_all("a1") == U"a1");
  // 示 U+793A, 例 U+4F8B, 区 U+533A: three bytes each.
  std::string district = "示例区";
  REQUIRE(district.size() == 9);
  CHECK(decode_all(district) == std::u32string{0x793A, 0x4F8B, 0x533A});
  // U+1F600 GRINNING FACE is F0 9F 98 80.
  std::size_t pos = 0;
  CHECK(next_code_point("\xF0\x9F\x98\x80!", &pos) == 0x1F600);
  CHECK(pos == 4);
  CHECK(decode_all("职责😀（一）") == std::u32string{0x804C, 0x8D23, 0x1F600, 0xFF08, 0x4E00, 0xFF09});
  // Two-byte sequence: é U+00E9; highest code point U+10FFFF.
  CHECK(decode_all("\xC3\xA9") == std::u32string{0xE9});
  CHECK(decode_all("\xF4\x8F\xBF\xBF") == std::u32string{0x10FFFF});
}

TEST_CASE("utf8: invalid sequences become U+FFFD, one per bad byte, and decoding carries on") {
  SUBCASE("lone continuation byte") {
    CHECK(decode_all("\x80") == std::u32string{R});
    CHECK(decode_all("a\xBF" "b") == std::u32string{'a', R, 'b'});
  }
  SUBCASE("truncated sequence at the end") {
    // 中 is E4 B8 AD; without its last byte both remaining bytes are errors.
    CHECK(decode_all("\xE4\xB8") == std::u32string{R, R});
    CHECK(decode_all("\xF0\x9F\x98") == std::u32string{R, R, R});
  }
  SUBCASE("truncated sequence followed by ASCII keeps the ASCII") {
    CHECK(decode_all("\xE4\xB8" "A中") == std::u32string{R, R, 'A', 0x4E2D});
  }
  SUBCASE("overlong encodings") {
    CHECK(decode_all("\xC0\xAF") == std::u32string{R, R});          // '/' in two bytes
    CHECK(decode_all("\xC1\xBF") == std::u32string{R, R});
    CHECK(decode_all("\xE0\x80\xAF") == std::u32string{R, R, R});   // '/' in three bytes
    CHECK(decode_all("\xF0\x82\x82\xAC") == std::u32string{R, R, R, R});  // € in four bytes
  }
  SUBCASE("UTF-16 surrogates encoded in UTF-8") {
    CHECK(decode_all("\xED\xA0\x80") == std::u32string{R, R, R});  // U+D800
    CHECK(decode_all("\xED\xBF\xBF") == std::u32string{R, R, R});  // U+DFFF
    // U+D7FF and U+E000 either side are fine.
    CHECK(decode_all("\xED\x9F\xBF") == std::u32string{0xD7FF});
    CHECK(decode_all("\xEE\x80\x80") == std::u32string{0xE000});
  }
  SUBCASE("above U+10FFFF and bytes that never start a sequence") {
    CHECK(decode_all("\xF4\x90\x80\x80") == std::u32string{R, R, R, R});
    CHECK(decode_all("\xF5\x80\x80\x80") == std::u32string{R, R, R, R});
    CHECK(decode_all("\xF8\x88\x80\x80\x80") == std::u32string{R, R, R, R, R});
    CHECK(decode_all("\xFE\xFF") == std::u32string{R, R});
  }
  SUBCASE("GBK bytes (a file saved in the wrong encoding)") {
    // 示例 in GBK is CA BE C0 FD: CA BE happens to be well-formed (U+02BE), C0 and FD are not.
    CHECK(decode_all("\xCA\xBE\xC0\xFD") == std::u32string{0x02BE, R, R});
  }
}

TEST_CASE("utf8: decoding random bytes always progresses to the end") {
  std::mt19937 rng(20261101);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 2000; ++round) {
    std::string text(std::size_t(1 + round % 37), '\0');
    for (char& c : text) c = char(byte(rng));
    std::size_t pos = 0, steps = 0;
    while (pos < text.size()) {
      std::size_t before = pos;
      char32_t cp = next_code_point(text, &pos);
      REQUIRE(pos > before);
      REQUIRE(pos <= text.size());
      CHECK(cp <= 0x10FFFF);
      CHECK_FALSE((cp >= 0xD800 && cp <= 0xDFFF));
      ++steps;
    }
    CHECK(steps <= text.size());
  }
}

TEST_CASE("utf8: code_point_count counts what next_code_point decodes") {
  CHECK(code_point_count("") == 0);
  CHECK(code_point_count("abc") == 3);
  CHECK(code_point_count("噪声") == 2);
  CHECK(code_point_count("区人民医院😀") == 6);
  CHECK(code_point_count("\xff\xfe噪") == 3);  // each bad byte is one U+FFFD
  CHECK(code_point_count("\xe5\x99") == 2);    // a cut sequence: one per byte
}

TEST_CASE("utf8: is_valid_utf8") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ASCII"));
  CHECK(is_valid_utf8("示例区生态环境局（一）😀"));
  // A real U+FFFD (EF BF BD) in the text is valid; a decoding error is not.
  CHECK(is_valid_utf8("bad: \xEF\xBF\xBD"));
  CHECK_FALSE(is_valid_utf8("\x80"));
  CHECK_FALSE(is_valid_utf8("示例\xE5"));  // last character cut off
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));   // overlong NUL
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
  CHECK_FALSE(is_valid_utf8("\xCA\xBE\xC0\xFD"));  // GBK
  CHECK_FALSE(is_valid_utf8("ok\xFF" "ok"));
}

TEST_CASE("utf8: first_invalid_utf8 points at the first bad byte") {
  constexpr std::size_t kNone = std::string_view::npos;
  CHECK(first_invalid_utf8("") == kNone);
  CHECK(first_invalid_utf8("示例区😀 \xEF\xBF\xBD") == kNone);  // a real U+FFFD is text
  CHECK(first_invalid_utf8("\x80") == 0);
  CHECK(first_invalid_utf8("ok\xFF" "ok\xFF") == 2);
  CHECK(first_invalid_utf8("示例\xE5") == 6);               // cut off at the end
  CHECK(first_invalid_utf8("示\xE4\xBE" "a") == 3);         // cut off in the middle
  CHECK(first_invalid_utf8("ab\xC0\x80") == 2);             // overlong
  CHECK(first_invalid_utf8("\xCA\xBE\xC0\xFD") == 2);       // GBK 示例: CA BE happens to be UTF-8
}

TEST_CASE("utf8: append_utf8 encodes known code points") {
  std::string out;
  append_utf8(&out, 'A');
  append_utf8(&out, 0xE9);
  append_utf8(&out, 0x4E2D);
  append_utf8(&out, 0x1F600);
  CHECK(out == "A\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
}

TEST_CASE("utf8: append_utf8 and next_code_point round-trip every scalar value") {
  std::string encoded;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    encoded.clear();
    append_utf8(&encoded, cp);
    std::size_t expected_length = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    std::size_t pos = 0;
    char32_t decoded = next_code_point(encoded, &pos);
    if (encoded.size() != expected_length || decoded != cp || pos != encoded.size() ||
        !is_valid_utf8(encoded)) {
      CAPTURE(std::uint32_t(cp));
      FAIL("round trip failed");
    }
  }
}
