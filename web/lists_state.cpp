#include "web/lists_state.h"

#include <algorithm>
#include <cassert>

#include "core/duties/duty_queries.h"
#include "core/lists/list_export.h"
#include "web/lists_route.h"
#include "web/text_box.h"

namespace dutyatlas::web {
namespace {

// Rows asked for at a time: a few screens' worth, so scrolling asks again only now and then.
constexpr std::size_t kWindowRows = 240;
// Rows kept above the first row in view, so scrolling back up a little asks nothing.
constexpr std::size_t kWindowLead = 60;

// What the table view relies on when it maps a row in view to the window and its cells to the
// columns: a broken one would draw other rows' cells, or cells under the wrong header.
void assert_window([[maybe_unused]] const ListResult& result) {
#ifndef NDEBUG
  assert(result.rows.empty() || result.offset + result.rows.size() <= result.total);
  for (const ListRow& row : result.rows) assert(row.cells.size() == result.columns.size());
#endif
}

void load_kinds(const DutyDatabase& db, ListsState* state) {
  if (state->kinds.empty()) state->kinds = list_kinds(db);
}

void load_power_types(const DutyDatabase& db, ListsState* state) {
  ListQuery query;
  query.kind = "powers";
  query.limit = 0;
  ListResult result;
  std::string error;
  if (!run_list_query(db, query, &result, &error)) return;
  for (auto& facet : result.facets) {
    if (facet.column == "type") state->power_types = std::move(facet.values);
  }
}

void load_table(const DutyDatabase& db, const Route& route, ListsState* state) {
  state->page = ListsState::Page::kTable;
  state->query = list_query_from_route(route);
  state->query.offset = 0;
  state->query.limit = kWindowRows;
  if (!run_list_query(db, state->query, &state->result, &state->error)) {
    state->result = ListResult{};
  }
  assert_window(state->result);
  // The box shows the route's text, unless it already does (typing: the box leads).
  if (state->query.text != state->text_box) {
    set_text_box(state->text_box, sizeof state->text_box, state->query.text);
  }
}

// The query of the view with every row (exports).
bool whole_view(const DutyDatabase* db, const ListsState& state, ListResult* result) {
  if (!db || state.page != ListsState::Page::kTable || !state.error.empty()) return false;
  ListQuery query = state.query;
  query.offset = 0;
  query.limit = kListNoLimit;
  std::string error;
  return run_list_query(*db, query, result, &error);
}

}  // namespace

void refresh_lists(const DutyDatabase* db, const Route& route, ListsState* state) {
  bool ours = route.kind == Route::Kind::kLists || route.kind == Route::Kind::kListItem;
  // Panels stay open while the reader works in one list; anything else starts afresh.
  ListsPanels panels;
  panels.kind = route.id;
  if (route.kind == Route::Kind::kLists && route.id == state->panels.kind) panels = state->panels;
  std::vector<ListKindInfo> kinds = std::move(state->kinds);
  std::set<std::string> sorts_warmed = std::move(state->sorts_warmed);
  Route last_table = route.kind == Route::Kind::kLists && !route.id.empty() ? route : state->last_table;
  std::string typed = state->text_box;
  *state = ListsState{};
  state->panels = std::move(panels);
  state->kinds = std::move(kinds);
  state->sorts_warmed = std::move(sorts_warmed);
  state->last_table = std::move(last_table);
  set_text_box(state->text_box, sizeof state->text_box, typed);
  if (!db || !ours) return;
  load_kinds(*db, state);

  if (route.kind == Route::Kind::kLists) {
    if (route.id.empty()) {
      state->page = ListsState::Page::kOverview;
      load_power_types(*db, state);
      return;
    }
    load_table(*db, route, state);
    return;
  }
  state->page = ListsState::Page::kItem;
  state->item_list_name = list_name(*state, route.id);
  state->has_item = list_item(*db, route.id, route.param("key"), &state->item, &state->error);
}

void fetch_list_rows(const DutyDatabase* db, std::size_t first, std::size_t last,
                     ListsState* state) {
  if (!db || state->page != ListsState::Page::kTable || !state->error.empty()) return;
  ListResult& result = state->result;
  last = std::min(last, result.total);
  if (first >= last) return;
  std::size_t have_first = result.offset, have_last = result.offset + result.rows.size();
  if (first >= have_first && last <= have_last) return;
  ListQuery query = state->query;
  query.offset = first > kWindowLead ? first - kWindowLead : 0;
  query.limit = std::max(kWindowRows, last - query.offset + kWindowLead);
  std::string error;
  ListResult window;
  // Rows only: the facets shown are the view's, counted when it loaded. The same query
  // succeeded then, and the data has not changed since.
  if (!run_list_rows(*db, query, &window, &error)) return;
  result.offset = window.offset;
  result.rows = std::move(window.rows);
  assert_window(result);
}

void warm_list_sorts(const DutyDatabase* db, ListsState* state) {
  if (!db || state->page != ListsState::Page::kTable || !state->error.empty()) return;
  if (!state->sorts_warmed.insert(state->query.kind).second) return;
  std::string error;
  build_list_sort_orders(*db, state->query.kind, &error);  // the kind is the table's: it exists
}

bool export_list_csv(const DutyDatabase* db, const ListsState& state, std::string* filename,
                     std::string* csv) {
  ListResult result;
  if (!whole_view(db, state, &result)) return false;
  *csv = list_csv(result);
  *filename = result.name + "-" + dataset_info(*db).data_date + ".csv";
  return true;
}

bool export_list_xlsx(const DutyDatabase* db, const ListsState& state, std::string* filename,
                      std::string* bytes) {
  ListResult result;
  if (!whole_view(db, state, &result)) return false;
  const std::string data_date = dataset_info(*db).data_date;
  *bytes = xlsx_bytes(list_spreadsheet(result, data_date));
  *filename = result.name + "-" + data_date + ".xlsx";
  return true;
}

bool list_print_document(const DutyDatabase* db, const ListsState& state, std::string* html) {
  ListResult result;
  if (!whole_view(db, state, &result)) return false;
  DatasetInfo dataset = dataset_info(*db);
  ListPrintInfo info;
  info.district = dataset.name;
  info.data_date = dataset.data_date;
  info.sample = dataset.sample;
  *html = list_print_html(result, info);
  return true;
}

std::string list_name(const ListsState& state, const std::string& kind) {
  for (const auto& info : state.kinds) {
    if (info.kind == kind) return info.name;
  }
  return {};
}

}  // namespace dutyatlas::web
