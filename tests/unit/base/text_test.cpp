// core/base/text.h: trim takes off the spaces publishers leave (ASCII, no-break, 全角) and nothing
// else, even around malformed bytes; join; shorten cuts between characters, never inside one;
// position_of_offset gives the line and column an editor shows (LF, CRLF and a lone CR each end
// one line, columns count characters).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/base/text.h"

using dutyatlas::is_space;
using dutyatlas::join;
using dutyatlas::position_of_offset;
using dutyatlas::shorten;
using dutyatlas::TextPosition;
using dutyatlas::trim;

namespace {

// "line:column", so a failing check shows both.
std::string at(TextPosition p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

}  // namespace

TEST_CASE("text: is_space knows ASCII white space, U+00A0 and U+3000 only") {
  for (char32_t cp : {U' ', U'\t', U'\n', U'\r', U'\v', U'\f', char32_t(0x00A0), char32_t(0x3000)}) {
    CHECK(is_space(cp));
  }
  for (char32_t cp : {U'a', U'0', U'、', U'，', char32_t(0x200B), char32_t(0xFEFF), char32_t(0)}) {
    CHECK_FALSE(is_space(cp));
  }
}

TEST_CASE("text: trim") {
  CHECK(trim("") == "");
  CHECK(trim("   ") == "");
  CHECK(trim("区财政局") == "区财政局");
  CHECK(trim(" \t区财政局\r\n") == "区财政局");
  CHECK(trim("\u3000\u00A0区 财政局\u3000") == "区 财政局");  // spaces inside stay
  CHECK(trim("\u3000\u3000") == "");
  // A malformed byte at either end is text, not space: it stays, and so do the bytes before it.
  CHECK(trim(" \xE5\x8C ") == "\xE5\x8C");
  CHECK(trim("\x80 x") == "\x80 x");
  // A last character that merely ends in a continuation byte is not cut in half.
  CHECK(trim("局\u3000") == "局");
}

TEST_CASE("text: join") {
  CHECK(join({}, "、") == "");
  CHECK(join({"区财政局"}, "、") == "区财政局");
  CHECK(join({"区财政局", "区审计局", ""}, "、") == "区财政局、区审计局、");
  CHECK(join({"a", "b"}, std::string("\x1f")) == "a\x1f" "b");
}

TEST_CASE("text: shorten counts characters and cuts between them") {
  CHECK(shorten("", 3) == "");
  CHECK(shorten("示例区", 3) == "示例区");  // fits: whole, no ellipsis
  CHECK(shorten("示例区水利局", 3) == "示例区…");
  CHECK(shorten("ab示例", 3) == "ab示…");
  CHECK(shorten("a😀b", 2) == "a😀…");   // a 4-byte character counts as one
  CHECK(shorten("abc", 0) == "…");
  // A malformed byte counts as one character and is never split from what follows.
  CHECK(shorten("\xFF" "abc", 2) == "\xFF" "a…");
}

TEST_CASE("text: position_of_offset") {
  CHECK(at(position_of_offset("ab\ncd", 0)) == "1:1");
  CHECK(at(position_of_offset("ab\ncd", 1)) == "1:2");
  CHECK(at(position_of_offset("ab\ncd", 3)) == "2:1");
  CHECK(at(position_of_offset("ab\ncd", 4)) == "2:2");
  // 示例 is six bytes: the third character starts at byte 6, column 3.
  CHECK(at(position_of_offset("示例x", 6)) == "1:3");
  CHECK(at(position_of_offset("示例\n区x", 10)) == "2:2");
  // CRLF is one line break; so is a lone CR (old Mac files, and Excel's cells).
  CHECK(at(position_of_offset("ab\r\ncd", 4)) == "2:1");
  CHECK(at(position_of_offset("ab\r\ncd", 5)) == "2:2");
  CHECK(at(position_of_offset("ab\rcd\r\n\nx", 3)) == "2:1");
  CHECK(at(position_of_offset("ab\rcd\r\n\nx", 8)) == "4:1");
  // Offsets past the end stop at the end.
  CHECK(at(position_of_offset("ab", 99)) == "1:3");
  CHECK(at(position_of_offset("", 5)) == "1:1");
}
