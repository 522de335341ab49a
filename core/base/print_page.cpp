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

std::string html_escape_lines(std::string_view text) {
  std::string out;
  for (char c : html_escape(text)) {
    if (c == '\n') out += "<br>";
    else if (c != '\r') out += c;
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

const std::string_view kPrintProseCss =
    "body { font-size: 10.5pt; line-height: 1.7; }\n"
    "h1 { font-size: 16pt; text-align: center; margin: 2pt 0 6pt 0; line-height: 1.4; }\n"
    "p.meta { text-align: center; color: #333; font-size: 9pt; margin: 0 0 2pt 0; }\n"
    "h2 { font-size: 12pt; margin: 14pt 0 4pt 0; break-after: avoid; page-break-after: avoid; }\n"
    "h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; break-after: avoid; page-break-after: avoid; }\n"
    "p.text { text-indent: 2em; margin: 0 0 3pt 0; orphans: 2; widows: 2; }\n"
    "p.note { color: #444; font-size: 9pt; margin: 2pt 0 4pt 0; }\n"
    "span.src { color: #444; font-size: 8.5pt; }\n"
    "table { font-size: 9pt; }\n";

std::string print_source_line(const PrintSource& source) {
  std::string line;
  if (!source.district.empty()) line += html_escape(source.district) + " · ";
  line += "数据日期：" + html_escape(source.data_date);
  if (source.sample) line += " · 示例数据";
  return line;
}

}  // namespace dutyatlas
