// The state behind the 清单查询 views (web/lists_state.h): what a route loads, the window of rows
// a scrolling table asks for, what survives a route change, and the exports — natively, on the
// demo district.
#include <doctest/doctest.h>

#include "builder/build_command.h"
#include "core/duties/duty_queries.h"
#include "core/lists/list_export.h"
#include "source_tree.h"
#include "test_support.h"
#include "web/lists_route.h"
#include "web/lists_state.h"

using namespace dutyatlas;
using namespace dutyatlas::web;

namespace {

// The full demo district (assets/demo): lists of thousands of rows.
const DutyDatabase& district() { return test::demo_district(); }

std::vector<std::string> keys_of(const std::vector<ListRow>& rows) {
  std::vector<std::string> keys;
  for (const auto& row : rows) keys.push_back(row.key);
  return keys;
}

ListResult whole(const ListQuery& query, std::size_t offset = 0, std::size_t limit = kListNoLimit) {
  ListQuery q = query;
  q.offset = offset;
  q.limit = limit;
  ListResult result;
  std::string error;
  REQUIRE(run_list_query(district(), q, &result, &error));
  return result;
}

}  // namespace

TEST_CASE("lists state: #/lists holds every list and the power types with their counts") {
  const DutyDatabase& db = district();
  ListsState state;
  refresh_lists(&db, parse_route("#/lists"), &state);
  CHECK(state.page == ListsState::Page::kOverview);
  auto kinds = list_kinds(db);
  REQUIRE(state.kinds.size() == kinds.size());
  CHECK(state.kinds.front().kind == "powers");
  std::size_t typed = 0;
  for (const auto& type : state.power_types) typed += type.count;
  CHECK(typed == kinds.front().count);
  CHECK(list_name(state, "division") == kinds.back().name);
}

TEST_CASE("lists state: a table keeps a window of rows and fetches others as they scroll in") {
  const DutyDatabase& db = district();
  ListsState state;
  refresh_lists(&db, parse_route("#/lists/responsibilities?sort=code&desc=1"), &state);
  REQUIRE(state.page == ListsState::Page::kTable);
  REQUIRE(state.error.empty());
  ListResult all = whole(state.query);
  CHECK(state.result.total == all.total);
  REQUIRE(all.total > 5000);
  // Only a window is held, from the top.
  CHECK(state.result.offset == 0);
  CHECK(state.result.rows.size() < 500);
  CHECK(keys_of(state.result.rows) ==
        keys_of(std::vector<ListRow>(all.rows.begin(), all.rows.begin() + long(state.result.rows.size()))));

  // Rows in the window: nothing asked.
  std::size_t offset = state.result.offset;
  fetch_list_rows(&db, 10, 40, &state);
  CHECK(state.result.offset == offset);

  // Far below: the window moves there, rows as the whole view has them.
  fetch_list_rows(&db, 5000, 5030, &state);
  REQUIRE(state.result.offset <= 5000);
  REQUIRE(state.result.offset + state.result.rows.size() >= 5030);
  for (std::size_t i = 5000; i < 5030; ++i) {
    CHECK(state.result.rows[i - state.result.offset].key == all.rows[i].key);
  }
  CHECK(state.result.rows.size() < 500);
  // The last rows: the window stops at the end.
  fetch_list_rows(&db, all.total - 3, all.total + 10, &state);
  CHECK(state.result.offset + state.result.rows.size() == all.total);
  CHECK(state.result.rows.back().key == all.rows.back().key);
  // Facets and the total stay those of the view.
  CHECK(state.result.total == all.total);
  CHECK(state.result.facets.size() == all.facets.size());
}

TEST_CASE("lists state: the route's filters, text, sort and columns are the query") {
  const DutyDatabase& db = district();
  ListsState state;
  Route route = parse_route("#/lists/powers?type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A&sort=name&cols=code,name");
  refresh_lists(&db, route, &state);
  REQUIRE(state.error.empty());
  CHECK(state.result.columns.size() == 2);
  CHECK(state.result.sort == "name");
  REQUIRE(state.result.filters.size() == 1);
  CHECK(state.result.filters[0].column == "type");
  ListResult all = whole(list_query_from_route(route));
  CHECK(state.result.total == all.total);

  // The text box shows the route's text; a bad column is an error for the reader, not a crash.
  refresh_lists(&db, route.with("q", "油烟"), &state);
  CHECK(std::string(state.text_box) == "油烟");
  refresh_lists(&db, route.with("sort", "nonsense"), &state);
  CHECK_FALSE(state.error.empty());
  std::string filename, csv;
  CHECK_FALSE(export_list_csv(&db, state, &filename, &csv));
  refresh_lists(&db, parse_route("#/lists/no-such-list"), &state);
  CHECK_FALSE(state.error.empty());
}

TEST_CASE("lists state: panels stay open within a list, not into another one") {
  const DutyDatabase& db = district();
  ListsState state;
  refresh_lists(&db, parse_route("#/lists/powers"), &state);
  state.panels.columns_open = true;
  state.panels.expanded_facets.insert("body");
  refresh_lists(&db, parse_route("#/lists/powers?type=%E8%A1%8C%E6%94%BF%E5%A4%84%E7%BD%9A"), &state);
  CHECK(state.panels.columns_open);
  CHECK(state.panels.expanded_facets.count("body") == 1);
  refresh_lists(&db, parse_route("#/lists/division"), &state);
  CHECK_FALSE(state.panels.columns_open);
  CHECK(state.panels.expanded_facets.empty());
  // Another view: nothing of a table is kept but the lists' names.
  refresh_lists(&db, parse_route("#/body/sthjj"), &state);
  CHECK(state.page == ListsState::Page::kNone);
  CHECK(state.result.rows.empty());
  CHECK_FALSE(state.kinds.empty());
}

TEST_CASE("lists state: the export is the whole view, the bytes of list_csv") {
  const DutyDatabase& db = district();
  ListsState state;
  Route route = parse_route("#/lists/powers?type=%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF&sort=code&desc=1&cols=name,code");
  refresh_lists(&db, route, &state);
  std::string filename, csv;
  REQUIRE(export_list_csv(&db, state, &filename, &csv));
  ListResult all = whole(list_query_from_route(route));
  CHECK(all.rows.size() == state.result.total);  // every row of the view, not the window drawn
  CHECK(csv == list_csv(all));
  CHECK(filename == "权力清单-" + dataset_info(db).data_date + ".csv");
  std::string html;
  REQUIRE(list_print_document(&db, state, &html));
  CHECK(html.find("权力清单") != std::string::npos);
  CHECK(html.find(dataset_info(db).data_date) != std::string::npos);
}

TEST_CASE("lists state: an item by the keys other views link with") {
  const DutyDatabase& db = district();
  ListsState state;
  ListResult powers = whole(ListQuery{"powers"}, 0, 1);
  refresh_lists(&db, Route{Route::Kind::kListItem, "powers", {{"key", powers.rows[0].key}}}, &state);
  CHECK(state.page == ListsState::Page::kItem);
  CHECK(state.has_item);
  CHECK(state.item_list_name == "权力清单");

  // A matter of the division list by its bare 编号 (how search results name it).
  ListResult division = whole(ListQuery{"division"}, 0, 1);
  std::string code = division.rows[0].key.substr(0, division.rows[0].key.find('#'));
  refresh_lists(&db, Route{Route::Kind::kListItem, "division", {{"key", code}}}, &state);
  CHECK(state.has_item);
  CHECK_FALSE(state.item.stages.empty());

  // A task by "list#seq" under its list's kind.
  std::string task_kind;
  for (const auto& kind : list_kinds(db)) {
    if (kind.kind.rfind("tasks:", 0) == 0) task_kind = kind.kind;
  }
  REQUIRE_FALSE(task_kind.empty());
  ListResult tasks = whole(ListQuery{task_kind}, 0, 1);
  refresh_lists(&db, Route{Route::Kind::kListItem, task_kind, {{"key", tasks.rows[0].key}}}, &state);
  CHECK(state.has_item);

  refresh_lists(&db, Route{Route::Kind::kListItem, "powers", {{"key", "NO-SUCH"}}}, &state);
  CHECK_FALSE(state.has_item);
  CHECK_FALSE(state.error.empty());
}
