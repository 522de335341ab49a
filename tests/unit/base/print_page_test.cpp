// The frame of the printable pages (core/base/print_page.h): html_escape turns exactly & < > " '
// into entities and leaves every other character — Chinese included — as it is; print_page_start
// escapes the title in both places it appears, declares UTF-8 and Chinese, sets an A4 sheet
// upright or on its side with 第 N 页 / 共 M 页 at the foot, and adds the page's own CSS to the
// style sheet. Not for what each page puts in its body: compare_print_test and the lists tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>

#include "core/base/print_page.h"
#include "test_support.h"

using namespace dutyatlas;
using dutyatlas::test::has;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The text between `open` and the next `close` after it ("" when absent).
std::string between(const std::string& text, const std::string& open, const std::string& close) {
  std::size_t start = text.find(open);
  if (start == std::string::npos) return "";
  start += open.size();
  std::size_t end = text.find(close, start);
  return end == std::string::npos ? "" : text.substr(start, end - start);
}

}  // namespace

TEST_CASE("html_escape: the five characters HTML gives meaning to, and nothing else") {
  const std::pair<std::string, std::string> cases[] = {
      {"&", "&amp;"},
      {"<", "&lt;"},
      {">", "&gt;"},
      {"\"", "&quot;"},
      {"'", "&#39;"},
      {"", ""},
      {"<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
      // Already escaped text is text: printed as the reader typed it, not decoded.
      {"&amp; &lt;", "&amp;amp; &amp;lt;"},
      // Chinese, full-width look-alikes (＜＞＆), 〔〕 of a 文号, spaces and line breaks pass through.
      {"示编〔2021〕12号 ＜城管＞＆“执法” 第（一）项\n\t末尾 /\\ = ; #",
       "示编〔2021〕12号 ＜城管＞＆“执法” 第（一）项\n\t末尾 /\\ = ; #"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.first);
    CHECK(html_escape(c.first) == c.second);
  }
}

TEST_CASE("html_escape: every other byte passes through unchanged") {
  const std::string_view special = "&<>\"'";
  std::string others;
  for (int c = 0; c < 256; ++c) {
    if (special.find(char(c)) == std::string_view::npos) others.push_back(char(c));
  }
  REQUIRE(others.size() == 251);
  CHECK(html_escape(others) == others);  // NUL, controls and the bytes of UTF-8 included
}

TEST_CASE("print page: a complete HTML head in UTF-8 and Chinese, then the body and its title") {
  std::string page = print_page_start("示例区生态环境局主要职责新旧对照", false, "");
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", 0) == 0);
  CHECK(between(page, "<title>", "</title>") == "示例区生态环境局主要职责新旧对照");
  // It ends with the opened body and the title as its heading: the page's own content follows.
  const std::string tail = "</head>\n<body>\n<h1>示例区生态环境局主要职责新旧对照</h1>\n";
  REQUIRE(page.size() > tail.size());
  CHECK(page.compare(page.size() - tail.size(), tail.size(), tail) == 0);
  CHECK(count_of(page, "<body>") == 1);
  CHECK(count_of(page, "<style>") == 1);
  CHECK(count_of(page, "</style>") == 1);
  // With the end the pages share, one well-nested document.
  std::string whole = page + "<p>正文</p>\n" + std::string(kPrintPageEnd);
  CHECK(whole.size() > page.size());
  CHECK(count_of(whole, "</body>") == 1);
  CHECK(whole.substr(whole.size() - 8) == "</html>\n");
}

TEST_CASE("print page: the title is escaped in the window title and in the heading") {
  std::string page = print_page_start("甲<局>&\"乙'</title><script>x()</script>", true, "");
  const std::string escaped = "甲&lt;局&gt;&amp;&quot;乙&#39;&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;";
  CHECK(between(page, "<title>", "</title>") == escaped);
  CHECK(between(page, "<h1>", "</h1>") == escaped);
  CHECK_FALSE(has(page, "<script>"));
  CHECK(count_of(page, "</title>") == 1);
}

TEST_CASE("print page: an A4 sheet, upright or on its side, numbered 第 N 页 / 共 M 页") {
  std::string upright = print_page_start("清单", false, "");
  std::string side = print_page_start("清单", true, "");
  CHECK(has(upright, "@page { size: A4 portrait;"));
  CHECK_FALSE(has(upright, "landscape"));
  CHECK(has(side, "@page { size: A4 landscape;"));
  CHECK_FALSE(has(side, "portrait"));
  for (const std::string& page : {upright, side}) {
    CHECK(has(page, "@bottom-center { content: \"第 \" counter(page) \" 页 / 共 \" counter(pages) \" 页\";"));
    // A Chinese font the printing machine is likely to have, and a table header on every page.
    CHECK(has(page, "\"Noto Sans CJK SC\""));
    CHECK(has(page, "thead { display: table-header-group; }"));
  }
}

TEST_CASE("print page: the page's own CSS is added inside the style sheet, as given") {
  const std::string css = "del { color: #a00; }\nins { color: #070; }\n";
  std::string page = print_page_start("对照", false, css);
  std::string sheet = between(page, "<style>\n", "</style>");
  REQUIRE_FALSE(sheet.empty());
  // After the shared rules, so a page can override them.
  CHECK(sheet.size() > css.size());
  CHECK(sheet.compare(sheet.size() - css.size(), css.size(), css) == 0);
  CHECK(count_of(page, "del { color: #a00; }") == 1);
  // Without extra CSS the sheet is the shared rules alone.
  std::string plain = between(print_page_start("对照", false, ""), "<style>\n", "</style>");
  CHECK(sheet == plain + css);
}
