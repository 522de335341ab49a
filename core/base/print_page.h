// The frame of a printable page (a body's 三定, a document, 新旧对照, 清单 views) that the
// browser's print dialog prints: an A4 sheet, page numbers "第 N 页 / 共 M 页" at the foot,
// Chinese fonts, a plain ruled table, and the line saying whose data of which date it is.
// Each page adds its own CSS rules and body.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// & < > " ' as entities.
std::string html_escape(std::string_view text);
// The same, line breaks kept as <br> and CRs dropped: text a reader typed or pasted with its
// paragraphs (a complaint), shown as written.
std::string html_escape_lines(std::string_view text);

// Everything up to and including <body>, then the <h1> title (escaped here). `extra_css` is
// appended to the style sheet.
std::string print_page_start(std::string_view title, bool landscape, std::string_view extra_css);

// The CSS of a page that reads as running text (a body's 三定, a document, a view's text): the
// 五号 (10.5 pt) type of Chinese official documents, centred title and facts, numbered
// headings, paragraphs indented two characters. Pass it to print_page_start as extra_css.
extern const std::string_view kPrintProseCss;

// Where a printed page's data comes from: the publication, not the page.
struct PrintSource {
  std::string district;   // dataset name, e.g. 示例区
  std::string data_date;  // YYYY-MM-DD
  bool sample = false;    // fictional data: the page says 示例数据
};

// "示例区 · 数据日期：2026-11-01 · 示例数据" (district and 示例数据 only when there are), escaped.
std::string print_source_line(const PrintSource& source);

inline constexpr std::string_view kPrintPageEnd = "</body>\n</html>\n";

}  // namespace dutyatlas
