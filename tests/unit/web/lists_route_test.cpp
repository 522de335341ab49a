// 清单查询 in the URL (web/lists_route.h): a bookmarked or shared list view opens the same
// query, and each control of the table leads to the route a reader expects.
#include <doctest/doctest.h>

#include "web/lists_route.h"

using namespace dutyatlas;
using namespace dutyatlas::web;

namespace {

Route parse(const char* url) { return parse_route(url); }

}  // namespace

TEST_CASE("list routes: a shared URL gives the query it names") {
  Route route = parse("#/lists/powers?body=cgj,sthjj&type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A"
                      "&q=%E6%B2%B9%E7%83%9F&sort=code&desc=1&cols=code,name,type");
  ListQuery query = list_query_from_route(route);
  CHECK(query.kind == "powers");
  CHECK(query.text == "油烟");
  CHECK(query.sort == "code");
  CHECK(query.descending);
  CHECK(query.columns == std::vector<std::string>{"code", "name", "type"});
  REQUIRE(query.filters.size() == 2);
  CHECK(query.filters.at("body") == std::vector<std::string>{"cgj", "sthjj"});
  CHECK(query.filters.at("type") == std::vector<std::string>{"行政处罚"});
}

TEST_CASE("list routes: a task list kind and its facets survive the URL") {
  Route route{Route::Kind::kLists, "tasks:ecology", {{"bodies", "sthjj"}, {"category", "government"}}};
  Route again = parse_route(format_route(route));
  CHECK(again == route);
  ListQuery query = list_query_from_route(again);
  CHECK(query.kind == "tasks:ecology");
  CHECK(query.filters.at("bodies") == std::vector<std::string>{"sthjj"});
  CHECK(query.filters.at("category") == std::vector<std::string>{"government"});
}

TEST_CASE("list routes: query → route → query is the identity (paging aside)") {
  ListQuery query;
  query.kind = "division";
  query.filters["lead"] = {"cgj", "zjj"};
  query.filters["stage"] = {"巡查"};
  query.text = "渣土 a,b";
  query.sort = "name";
  query.descending = true;
  query.columns = {"name", "code"};
  Route route = parse_route(format_route(list_route_from_query(query)));
  ListQuery back = list_query_from_route(route);
  CHECK(back.kind == query.kind);
  CHECK(back.filters == query.filters);
  CHECK(back.text == query.text);
  CHECK(back.sort == query.sort);
  CHECK(back.descending == query.descending);
  CHECK(back.columns == query.columns);
}

TEST_CASE("list routes: desc without a sort column means nothing; empty values are dropped") {
  ListQuery query = list_query_from_route(parse("#/lists/powers?desc=1&type=,,&body=a,,b"));
  CHECK(query.sort.empty());
  CHECK_FALSE(query.descending);
  CHECK(query.filters.count("type") == 0);
  CHECK(query.filters.at("body") == std::vector<std::string>{"a", "b"});
  CHECK(query.columns.empty());
  CHECK(split_list_values("") .empty());
  CHECK(join_list_values({"a", "", "b"}) == "a,b");
}

TEST_CASE("list routes: a facet value toggles on and off, other facets untouched") {
  Route route = parse("#/lists/powers?type=A&body=x&sort=code");
  Route more = toggle_list_filter(route, "type", "B");
  CHECK(more.param("type") == "A,B");
  CHECK(more.param("body") == "x");
  CHECK(more.param("sort") == "code");
  Route less = toggle_list_filter(more, "type", "A");
  CHECK(less.param("type") == "B");
  Route none = toggle_list_filter(less, "type", "B");
  CHECK(none.params.count("type") == 0);
  // The reserved names are not facets.
  CHECK(toggle_list_filter(route, "sort", "name") == route);
}

TEST_CASE("list routes: clearing filters keeps sort and columns") {
  Route route = parse("#/lists/powers?type=A&body=x&q=abc&sort=code&desc=1&cols=code,name");
  Route cleared = clear_list_filters(route);
  CHECK(cleared.params.size() == 3);
  CHECK(cleared.param("sort") == "code");
  CHECK(cleared.param("desc") == "1");
  CHECK(cleared.param("cols") == "code,name");
  CHECK(cleared.id == "powers");
}

TEST_CASE("list routes: a header click cycles ascending, descending, list order") {
  Route route = parse("#/lists/powers?type=A");
  Route up = next_list_sort(route, "name");
  CHECK(up.param("sort") == "name");
  CHECK(up.param("desc").empty());
  Route down = next_list_sort(up, "name");
  CHECK(down.param("sort") == "name");
  CHECK(down.param("desc") == "1");
  Route published = next_list_sort(down, "name");
  CHECK(published == route);
  // Another column starts ascending, whatever the direction before.
  Route other = next_list_sort(down, "code");
  CHECK(other.param("sort") == "code");
  CHECK(other.param("desc").empty());
}

TEST_CASE("list routes: the column chooser shows, hides and moves columns") {
  const std::vector<std::string> defaults = {"code", "name", "type"};
  Route route = parse("#/lists/powers?type=A");
  Route hidden = toggle_list_column(route, defaults, defaults, "name");
  CHECK(hidden.param("cols") == "code,type");
  CHECK(hidden.param("type") == "A");
  Route added = toggle_list_column(hidden, {"code", "type"}, defaults, "fee_basis");
  CHECK(added.param("cols") == "code,type,fee_basis");
  // Back to the defaults: no cols= at all, so the URL stays short.
  Route back = toggle_list_column(route, {"code", "type", "name"}, defaults, "name");
  CHECK(back.param("cols") == "code,type");
  CHECK(toggle_list_column(route, {"code", "name", "type"}, defaults, "extra:x").param("cols") ==
        "code,name,type,extra:x");
  // The last column shown stays.
  CHECK(toggle_list_column(route, {"code"}, defaults, "code") == route);

  Route moved = move_list_column(route, defaults, defaults, "type", -1);
  CHECK(moved.param("cols") == "code,type,name");
  Route moved_back = move_list_column(moved, {"code", "type", "name"}, defaults, "type", +1);
  CHECK(moved_back.params.count("cols") == 0);
  // Nothing moves past either end, nor a column not shown.
  CHECK(move_list_column(route, defaults, defaults, "code", -1) == route);
  CHECK(move_list_column(route, defaults, defaults, "type", +1) == route);
  CHECK(move_list_column(route, defaults, defaults, "basis", +1) == route);
}
