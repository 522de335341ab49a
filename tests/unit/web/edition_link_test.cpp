// Route → page of the HTML edition (web/edition_link.h): the 文字版 link and
// <link rel="alternate"> of every view.
#include <doctest/doctest.h>

#include "core/edition/edition_paths.h"
#include "web/edition_link.h"

using dutyatlas::web::edition_page;
using dutyatlas::web::parse_route;

TEST_CASE("edition link: each view links to the page of the edition that shows the same") {
  struct Case {
    const char* route;
    const char* page;
  };
  const Case cases[] = {
      {"#/", "text/index.html"},
      {"#/category/government", "text/category/government.html"},
      {"#/body/sthjj", "text/body/sthjj.html"},
      {"#/history/sthjj?date=2020-01-01", "text/body/sthjj.html"},
      {"#/compare/sthjj?from=2019-03-01", "text/body/sthjj.html"},
      {"#/search/abc", "text/index.html"},
      {"#/who", "text/index.html"},
      {"#/documents?year=2021", "text/documents/index.html"},
      {"#/changes/2021?kind=transferred", "text/changes/2021.html"},
      {"#/changes", "text/documents/index.html"},
      {"#/lists", "text/lists/index.html"},
      {"#/lists/powers?body=sthjj&sort=code", "text/lists/powers/1.html"},
      {"#/item/powers?key=XZCF-0001", "text/item/powers/XZCF-0001.html"},
      {"#/item/powers", "text/lists/powers/1.html"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.route);
    CHECK(edition_page(parse_route(c.route)) == c.page);
  }
}

TEST_CASE("edition link: a 文号 names its page the way the builder does") {
  // 示编〔2021〕12号, percent-encoded as in a shared URL.
  auto route = parse_route("#/document/%E7%A4%BA%E7%BC%96%E3%80%942021%E3%80%9512%E5%8F%B7");
  CHECK(edition_page(route) == "text/" + dutyatlas::edition_document_path("示编〔2021〕12号"));
  CHECK(edition_page(route).size() == std::string("text/document/0123456789abcdef.html").size());
  CHECK(edition_page(parse_route("#/body/")) == "text/index.html");
}
