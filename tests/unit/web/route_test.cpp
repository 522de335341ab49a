// Hash routes (web/route.h): what a shared or bookmarked URL opens.
#include <doctest/doctest.h>

#include "web/route.h"

using dutyatlas::web::format_route;
using dutyatlas::web::parse_route;
using dutyatlas::web::Route;

TEST_CASE("routes: the views of the site round-trip through their URLs") {
  const char* urls[] = {
      "#/",
      "#/category/government",
      "#/body/sthjj",
      "#/search/%E5%99%AA%E5%A3%B0",
      "#/who",
      "#/documents",
      "#/documents?body=sthjj&year=2021",
      "#/document/%E5%8C%BA%E7%BC%96%E5%8F%91%E3%80%942021%E3%80%955%E5%8F%B7",
      "#/history/sthjj?date=2020-01-01",
      "#/compare/sthjj?from=2019-03-01&to=2026-06-30",
      "#/changes/2021?kind=transferred",
      "#/lists",
      "#/lists/powers?body=sthjj&type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A",
      "#/item/powers?key=330106-XK-001",
      "#/audit",
      "#/audit?body=sthjj&finding=3",
  };
  for (const char* url : urls) {
    CAPTURE(url);
    CHECK(format_route(parse_route(url)) == url);
  }
}

TEST_CASE("routes: ids and parameters are decoded; parameters come out sorted") {
  Route r = parse_route("#/lists/tasks%3Ayouth?type=b&body=a%26b&q=%E5%99%AA");
  CHECK(r.kind == Route::Kind::kLists);
  CHECK(r.id == "tasks:youth");
  CHECK(r.param("body") == "a&b");
  CHECK(r.param("q") == "噪");
  CHECK(r.param("missing").empty());
  CHECK(format_route(r) == "#/lists/tasks%3Ayouth?body=a%26b&q=%E5%99%AA&type=b");
  CHECK(format_route(r.with("q", "").with("sort", "code")) ==
        "#/lists/tasks%3Ayouth?body=a%26b&sort=code&type=b");
  Route document = parse_route("#/document/区编发〔2021〕5号");
  CHECK(document.kind == Route::Kind::kDocument);
  CHECK(document.id == "区编发〔2021〕5号");
}

TEST_CASE("routes: anything malformed opens the home page or drops the bad part") {
  CHECK(parse_route("#/body/Not A Slug").kind == Route::Kind::kHome);
  CHECK(parse_route("#/history/../etc").kind == Route::Kind::kHome);
  CHECK(parse_route("#/nowhere/x").kind == Route::Kind::kHome);
  CHECK(parse_route("#/search/%FF%FE").kind == Route::Kind::kHome);  // not UTF-8
  Route r = parse_route("#/documents?year=%FF&=x&body=&kind=adjustment");
  CHECK(r.kind == Route::Kind::kDocuments);
  CHECK(r.params.size() == 1);
  CHECK(r.param("kind") == "adjustment");
  CHECK(parse_route("#/who/whatever?x=1").params.at("x") == "1");
}

TEST_CASE("routes: a hostile URL's overlong names and endless parameters are dropped") {
  Route r = parse_route("#/documents?" + std::string(100000, 'n') + "=1&kind=sanding");
  CHECK(r.kind == Route::Kind::kDocuments);
  CHECK(r.params.size() == 1);  // the 100,000-byte name is not a parameter of ours
  CHECK(r.param("kind") == "sanding");
  std::string many = "#/lists/powers?";
  for (int i = 0; i < 10000; ++i) many += "p" + std::to_string(i) + "=x&";
  CHECK(parse_route(many).params.size() == 32);
  CHECK(parse_route("#/search/" + std::string(9000, 'a')).kind == Route::Kind::kHome);
}
