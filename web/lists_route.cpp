// A list view's URL parameters and the ListQuery they stand for, both ways (see lists_route.h).
#include "web/lists_route.h"

#include <algorithm>

namespace dutyatlas::web {
namespace {

bool is_reserved(const std::string& name) {
  return name == kListTextParam || name == kListSortParam || name == kListDescParam ||
         name == kListColumnsParam;
}

Route with_columns(const Route& route, const std::vector<std::string>& columns,
                   const std::vector<std::string>& defaults) {
  return route.with(kListColumnsParam, columns == defaults ? "" : join_list_values(columns));
}

}  // namespace

std::vector<std::string> split_list_values(const std::string& joined) {
  std::vector<std::string> values;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t comma = joined.find(',', start);
    if (comma == std::string::npos) comma = joined.size();
    if (comma > start) values.push_back(joined.substr(start, comma - start));
    start = comma + 1;
  }
  return values;
}

std::string join_list_values(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) {
    if (value.empty()) continue;
    if (!out.empty()) out += ',';
    out += value;
  }
  return out;
}

ListQuery list_query_from_route(const Route& route) {
  ListQuery query;
  query.kind = route.id;
  query.text = route.param(kListTextParam);
  query.sort = route.param(kListSortParam);
  query.descending = !query.sort.empty() && route.param(kListDescParam) == "1";
  query.columns = split_list_values(route.param(kListColumnsParam));
  for (const auto& [name, value] : route.params) {
    if (is_reserved(name)) continue;
    auto values = split_list_values(value);
    if (!values.empty()) query.filters[name] = std::move(values);
  }
  return query;
}

Route list_route_from_query(const ListQuery& query) {
  Route route{Route::Kind::kLists, query.kind};
  for (const auto& [column, values] : query.filters) {
    if (!is_reserved(column)) route = route.with(column, join_list_values(values));
  }
  route = route.with(kListTextParam, query.text);
  route = route.with(kListSortParam, query.sort);
  route = route.with(kListDescParam, !query.sort.empty() && query.descending ? "1" : "");
  route = route.with(kListColumnsParam, join_list_values(query.columns));
  return route;
}

Route toggle_list_filter(const Route& route, const std::string& column, const std::string& value) {
  if (column.empty() || is_reserved(column) || value.empty()) return route;
  auto values = split_list_values(route.param(column));
  auto it = std::find(values.begin(), values.end(), value);
  if (it == values.end()) {
    values.push_back(value);
  } else {
    values.erase(it);
  }
  return route.with(column, join_list_values(values));
}

Route clear_list_filters(const Route& route) {
  Route out = route;
  for (auto it = out.params.begin(); it != out.params.end();) {
    bool keep = it->first == kListSortParam || it->first == kListDescParam ||
                it->first == kListColumnsParam;
    it = keep ? std::next(it) : out.params.erase(it);
  }
  return out;
}

Route next_list_sort(const Route& route, const std::string& column) {
  if (route.param(kListSortParam) != column) {
    return route.with(kListSortParam, column).with(kListDescParam, "");
  }
  if (route.param(kListDescParam) != "1") return route.with(kListDescParam, "1");
  return route.with(kListSortParam, "").with(kListDescParam, "");
}

Route toggle_list_column(const Route& route, const std::vector<std::string>& shown,
                         const std::vector<std::string>& defaults, const std::string& column) {
  std::vector<std::string> columns = shown;
  auto it = std::find(columns.begin(), columns.end(), column);
  if (it == columns.end()) {
    columns.push_back(column);
  } else {
    if (columns.size() == 1) return route;  // a table needs a column
    columns.erase(it);
  }
  return with_columns(route, columns, defaults);
}

Route move_list_column(const Route& route, const std::vector<std::string>& shown,
                       const std::vector<std::string>& defaults, const std::string& column,
                       int delta) {
  std::vector<std::string> columns = shown;
  auto it = std::find(columns.begin(), columns.end(), column);
  if (it == columns.end()) return route;
  std::ptrdiff_t from = it - columns.begin();
  std::ptrdiff_t to = from + (delta < 0 ? -1 : 1);
  if (to < 0 || to >= std::ptrdiff_t(columns.size())) return route;
  std::swap(columns[std::size_t(from)], columns[std::size_t(to)]);
  return with_columns(route, columns, defaults);
}

}  // namespace dutyatlas::web
