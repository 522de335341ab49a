// The frame every printable page shares (see print_page.h).
#include "core/base/print_page.h"

namespace dutyatlas {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string print_page_start(std::string_view title, bool landscape, std::string_view extra_css) {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<title>" + html_escape(title) + "</title>\n<style>\n";
  h += std::string("@page { size: A4 ") + (landscape ? "landscape" : "portrait") +
       "; margin: 14mm 12mm 16mm 12mm;\n"
       "  @bottom-center { content: \"第 \" counter(page) \" 页 / 共 \" counter(pages) \" 页\";"
       " font-size: 8pt; color: #555; } }\n"
       "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
       "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", "
       "\"PingFang SC\", \"WenQuanYi Micro Hei\", SimSun, sans-serif; font-size: 9pt; "
       "color: #000; margin: 0; }\n"
       "h1 { font-size: 15pt; margin: 0 0 4pt 0; }\n"
       "p.view, p.meta { margin: 0 0 3pt 0; font-size: 9pt; }\n"
       "table { border-collapse: collapse; width: 100%; margin-top: 6pt; }\n"
       "thead { display: table-header-group; }\n"
       "tr { break-inside: avoid; page-break-inside: avoid; }\n"
       "th, td { border: 0.5pt solid #444; padding: 2pt 3pt; vertical-align: top; "
       "text-align: left; overflow-wrap: anywhere; }\n"
       "th { background: #e8e8e8; font-weight: bold; }\n"
       "td.n { text-align: right; }\n";
  h += extra_css;
  h += "</style>\n</head>\n<body>\n";
  h += "<h1>" + html_escape(title) + "</h1>\n";
  return h;
}

}  // namespace dutyatlas
