// The frame every page of the HTML edition (文字版) shares, and the small helpers its page
// writers build their content with: relative links between pages, links into the live client,
// escaping. Pure: text in, HTML out, no I/O. The pages themselves are in edition_pages.h.
//
// Every page: <html lang="zh-CN">, a viewport meta, <title> and <meta name="description"> from
// its content, the shared style sheet, a skip link, the site header (with 示例数据 where the data
// is sample data), breadcrumbs in <nav aria-label="当前位置">, one <h1>, the data date and a link
// 打开交互版 to the same view in the live client, and a footer. No script, no web font.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/duties/duty_queries.h"

namespace dutyatlas {

// A step of the breadcrumbs: a page above this one.
struct EditionCrumb {
  std::string label;
  std::string path;  // edition_paths.h
};

struct EditionPage {
  std::string path;         // where the page lives (edition_paths.h)
  std::string title;        // the <h1>; the <title> adds the site's name
  std::string description;  // plain text, cut to a search snippet's length here
  std::vector<EditionCrumb> breadcrumbs;  // from the home to the parent (empty on the home)
  std::string live_route;   // the client's hash route for the same view: "#/body/sthjj"
  std::string main_html;    // what follows the <h1>: HTML, escaped by the page writer
};

std::string render_edition_page(const DatasetInfo& info, const EditionPage& page);

// The href from the page at `from` to the page at `to` (both edition paths): relative, so the
// edition works in any folder and from the file system.
std::string edition_href(std::string_view from, std::string_view to);
// <a href="…">label</a>, the label escaped.
std::string edition_link(std::string_view from, std::string_view to, std::string_view label);
// The href from the page at `from` to the live client at `route`. The client is the site's
// index.html, one folder above the publication folder (out/site/index.html beside
// out/site/data/): the layout scripts/build-site.sh makes and site/index.html's data-base names.
std::string client_href(std::string_view from, std::string_view route);

// Opens a table in a box that scrolls sideways when the table is wider than the screen: a
// labelled region keyboard users can focus to scroll it. Close with "</table></div>".
std::string table_start(std::string_view label);

// HTML-escaped text (print_page.h's html_escape, named for the page writers).
std::string escape(std::string_view text);

}  // namespace dutyatlas
