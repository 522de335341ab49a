// 清单查询 (#/lists, #/item): the list table on screen and the item opened.
// Plain data the views draw from, refreshed by refresh_lists() when the route or the data changes
// (never per frame). No ImGui.
//
// The table holds only a window of rows: run_list_query (core/lists/list_query.h) is asked for the
// facets and the rows around those in view when the route changes, and fetch_list_rows() asks
// run_list_rows for rows only when scrolling leaves the window — so 100,000 rows cost the
// memory of a few hundred, and a scroll never recounts the facets. Filters, text, sort and columns come from
// the route (web/lists_route.h); what is not worth a bookmark (which panels are open) lives in
// ListsPanels and survives route changes within one list.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_query.h"
#include "web/route.h"

namespace dutyatlas::web {

// Panels a reader opens and closes; not part of the URL.
struct ListsPanels {
  std::string kind;                      // the list they belong to
  bool filters_open = false;             // phones: the facets behind 筛选
  bool columns_open = false;             // the column chooser
  std::set<std::string> expanded_facets;  // facets showing all their values
};

struct ListsState {
  enum class Page { kNone, kOverview, kTable, kItem };
  Page page = Page::kNone;

  std::vector<ListKindInfo> kinds;  // every list of the data (overview; names for titles)
  std::vector<FacetValue> power_types;  // kOverview: 权力清单 by 事项类型, with counts
  // Kinds whose every column's sort order is built (see warm_list_sorts); kept across routes.
  std::set<std::string> sorts_warmed;
  bool table_drawn = false;  // the table of this route has been on screen once

  // kTable: the route's query and its answer. result.rows is the window
  // [result.offset, result.offset + rows.size()) of result.total rows.
  ListQuery query;
  ListResult result;
  std::string error;  // a query the data cannot answer (unknown kind, column …)
  char text_box[256] = "";  // the text filter as typed (the route's q= once typed)
  ListsPanels panels;

  // kItem
  Route last_table;  // the last table shown (with its filters): where 返回 leads
  ListItem item;
  std::string item_list_name;
  bool has_item = false;
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet).
void refresh_lists(const DutyDatabase* db, const Route& route, ListsState* state);

// Makes sure rows [first, last) of the table are in the window, asking the database again only
// when they are not. Called while drawing the table, as it scrolls.
void fetch_list_rows(const DutyDatabase* db, std::size_t first, std::size_t last,
                     ListsState* state);

// The whole view (filters, text, sort, chosen columns; every row) as the bytes of a CSV file
// Excel opens (core/lists/list_export.h), and a file name for it. False if there is no table.
bool export_list_csv(const DutyDatabase* db, const ListsState& state, std::string* filename,
                     std::string* csv);
// The whole view as an .xlsx workbook (core/base/xlsx_writer.h) and its file name.
bool export_list_xlsx(const DutyDatabase* db, const ListsState& state, std::string* filename,
                      std::string* bytes);
// The whole view as a printable A4 HTML document (title, filters in words, data date, page
// numbers). False if there is no table.
bool list_print_document(const DutyDatabase* db, const ListsState& state, std::string* html);

// The first sort on a column builds its order (core/lists/list_query.h: 0.1 s for the codes of 50,000
// powers); a header click should not wait for that. Called once the table has been drawn (the
// reader sees it at once), this builds the order of every column of the list on screen, once
// per list and session; later sorts take a few milliseconds.
void warm_list_sorts(const DutyDatabase* db, ListsState* state);

// The name of a list kind as the data declares it ("" if unknown).
std::string list_name(const ListsState& state, const std::string& kind);

}  // namespace dutyatlas::web
