// 清单查询 in the URL: what a route #/lists/<kind>?… asks of run_list_query (core/lists/list_query.h),
// and the routes the table's controls lead to. Pure string handling — no ImGui, no database —
// so every bookmarkable view state is tested natively (tests/unit/web/lists_route_test.cpp).
//
// Parameters of #/lists/<kind> (the id is the list kind: powers, responsibilities,
// tasks:<list-id>, division; "" = the lists at a glance):
//   q=<text>          the text filter (the project's tokenizer; codes too)
//   sort=<column>     sort column id (code, name, type, body …); absent = the order published
//   desc=1            descending
//   cols=<a,b,c>      the columns shown, in order; absent = the kind's default columns
//   <facet>=<v1,v2>   any other parameter names a facet column (type, body, category,
//                     responsible, stage, bodies, group, lead, cooperating); its values, comma-
//                     separated, are ORed; different facets are ANDed. Body facets take body
//                     ids, category takes category codes, the others the values as shown.
// Example: #/lists/powers?body=cgj&type=行政处罚&sort=code&desc=1&cols=code,name,type
#pragma once

#include <string>
#include <vector>

#include "core/lists/list_query.h"
#include "web/route.h"

namespace dutyatlas::web {

// Parameter names with a meaning of their own; every other parameter is a facet filter.
inline constexpr const char* kListTextParam = "q";
inline constexpr const char* kListSortParam = "sort";
inline constexpr const char* kListDescParam = "desc";
inline constexpr const char* kListColumnsParam = "cols";

// "a,b,,c" → {a, b, c} (empty pieces dropped); join_list_values is its inverse.
std::vector<std::string> split_list_values(const std::string& joined);
std::string join_list_values(const std::vector<std::string>& values);

// The query a #/lists/<kind> route describes (offset 0; the caller sets offset and limit).
ListQuery list_query_from_route(const Route& route);
// The route of a query (paging aside): list_query_from_route(list_route_from_query(q)) == q.
Route list_route_from_query(const ListQuery& query);

// The route with `value` added to the facet `column`'s values, or removed if it was there.
Route toggle_list_filter(const Route& route, const std::string& column, const std::string& value);
// Without any facet filter and text; sort and columns stay.
Route clear_list_filters(const Route& route);
// A click on a column header: another column → ascending; the same ascending → descending;
// the same descending → back to the order published.
Route next_list_sort(const Route& route, const std::string& column);

// The columns chooser. `shown` are the ids shown now, in order; `defaults` the kind's default
// ids in order — a route whose columns equal the defaults carries no cols= at all.
// Shows a hidden column (at the end) or hides a shown one (never the last one shown).
Route toggle_list_column(const Route& route, const std::vector<std::string>& shown,
                         const std::vector<std::string>& defaults, const std::string& column);
// Moves a shown column one place left (delta -1) or right (+1); nothing at either end.
Route move_list_column(const Route& route, const std::vector<std::string>& shown,
                       const std::vector<std::string>& defaults, const std::string& column,
                       int delta);

}  // namespace dutyatlas::web
