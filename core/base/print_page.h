// The frame of a printable page (新旧对照, 清单 views) that the browser's print dialog prints: an
// A4 sheet, page numbers "第 N 页 / 共 M 页" at the foot, Chinese fonts, a plain ruled table.
// Each page adds its own CSS rules and body.
#pragma once

#include <string>
#include <string_view>

namespace dutyatlas {

// & < > " ' as entities.
std::string html_escape(std::string_view text);

// Everything up to and including <body>, then the <h1> title (escaped here). `extra_css` is
// appended to the style sheet.
std::string print_page_start(std::string_view title, bool landscape, std::string_view extra_css);

inline constexpr std::string_view kPrintPageEnd = "</body>\n</html>\n";

}  // namespace dutyatlas
