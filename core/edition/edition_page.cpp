// The frame of every page of the HTML edition (see edition_page.h).
#include "core/edition/edition_page.h"

#include <algorithm>

#include "core/base/print_page.h"
#include "core/base/utf8.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_style.h"
#include "core/edition/edition_words.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

// About 120 Chinese characters: what a search engine shows under a result.
constexpr std::size_t kDescriptionBytes = 360;

// "../" once per folder between the page and the edition's root.
std::string to_root(std::string_view from) {
  std::string up;
  for (char c : from) {
    if (c == '/') up += "../";
  }
  return up;
}

// One line, spaces collapsed, cut between characters with an ellipsis.
std::string description_text(std::string_view text) {
  std::string line;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !line.empty();
      continue;
    }
    if (space) line += ' ';
    space = false;
    line += c;
  }
  if (line.size() <= kDescriptionBytes) return line;
  return std::string(utf8_prefix(line, kDescriptionBytes)) + words::kEllipsis;
}

std::string header_html(const DatasetInfo& info, const EditionPage& page) {
  std::string h = "<header class=\"site\"><div class=\"wrap\">";
  h += "<a class=\"site-title\" href=\"" + edition_href(page.path, edition_home_path()) + "\">" +
       escape(info.title) + "</a>";
  h += "<span class=\"tag\">" + std::string(words::kEditionName) + "</span>";
  if (info.sample) h += "<span class=\"tag sample\">" + std::string(words::kSampleData) + "</span>";
  h += "</div></header>\n";
  return h;
}

std::string breadcrumbs_html(const EditionPage& page) {
  if (page.breadcrumbs.empty()) return {};
  std::string h = "<nav class=\"crumbs\" aria-label=\"" + std::string(words::kBreadcrumbLabel) +
                  "\"><ol>";
  for (const EditionCrumb& crumb : page.breadcrumbs) {
    h += "<li>" + edition_link(page.path, crumb.path, crumb.label) + "</li>";
  }
  h += "<li aria-current=\"page\">" + escape(page.title) + "</li></ol></nav>\n";
  return h;
}

std::string footer_html(const DatasetInfo& info) {
  std::string h = "<footer class=\"site\"><div class=\"wrap\">";
  h += "<p>" + escape(info.name) + " · " + words::kDataDate + " " + escape(info.data_date) + "</p>";
  if (info.sample) h += "<p>" + std::string(words::kSampleNote) + "</p>";
  h += "<p>" + std::string(words::kFooterNote) + "</p>";
  h += "</div></footer>\n";
  return h;
}

}  // namespace

std::string escape(std::string_view text) { return html_escape(text); }

std::string table_start(std::string_view label) {
  return "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(label) +
         "\"><table>";
}

std::string edition_href(std::string_view from, std::string_view to) {
  return to_root(from) + std::string(to);
}

std::string edition_link(std::string_view from, std::string_view to, std::string_view label) {
  return "<a href=\"" + escape(edition_href(from, to)) + "\">" + escape(label) + "</a>";
}

std::string client_href(std::string_view from, std::string_view route) {
  // From the edition's root (…/data/text/) two folders up is the site (…/).
  return to_root(from) + "../../index.html" + std::string(route);
}

std::string render_edition_page(const DatasetInfo& info, const EditionPage& page) {
  std::string title = page.title;
  if (page.path != edition_home_path()) title += " · " + info.title;
  title += words::kSiteSuffix;
  std::string h;
  h.reserve(page.main_html.size() + 2048);
  h += "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + escape(title) + "</title>\n";
  h += "<meta name=\"description\" content=\"" + escape(description_text(page.description)) + "\">\n";
  h += "<link rel=\"stylesheet\" href=\"" + edition_href(page.path, kEditionStyleSheetPath) + "\">\n";
  h += "</head>\n<body>\n";
  h += "<a class=\"skip\" href=\"#main\">" + std::string(words::kSkipToContent) + "</a>\n";
  h += header_html(info, page);
  h += "<div class=\"wrap\">\n";
  h += breadcrumbs_html(page);
  h += "<main id=\"main\">\n<h1>" + escape(page.title) + "</h1>\n";
  h += "<p class=\"page-meta\"><span>" + std::string(words::kDataDate) + " " +
       escape(info.data_date) + "</span>";
  if (info.sample) h += "<span class=\"sample\">" + std::string(words::kSampleData) + "</span>";
  h += "<a class=\"live\" href=\"" + escape(client_href(page.path, page.live_route)) + "\">" +
       words::kOpenLive + "</a></p>\n";
  h += page.main_html;
  h += "</main>\n</div>\n";
  h += footer_html(info);
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace dutyatlas
