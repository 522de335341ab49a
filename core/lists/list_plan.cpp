// Checking a list query and resolving it against its table (see list_plan.h).
#include "core/lists/list_plan.h"

#include <algorithm>
#include <cassert>

namespace dutyatlas {
namespace {

std::string column_ids(const ListTable& t, bool facets_only) {
  std::string out;
  for (const auto& c : t.columns) {
    if (facets_only && !c.facet) continue;
    if (!out.empty()) out += ", ";
    out += c.id;
  }
  return out;
}

bool check_columns(const ListTable& t, const ListQuery& query, ListPlan* plan, std::string* error) {
  if (query.columns.empty()) plan->columns = t.default_columns();
  for (const auto& id : query.columns) {
    int c = t.column_index(id);
    if (c < 0) {
      *error = t.name + "没有“" + id + "”列（可用：" + column_ids(t, false) + "）。";
      return false;
    }
    plan->columns.push_back(c);
  }
  return true;
}

bool check_filters(const ListTable& t, const ListQuery& query, std::string* error) {
  for (const auto& [column, values] : query.filters) {
    if (!t.facet_at(t.column_index(column))) {
      *error = t.name + "不能按“" + column + "”筛选（可筛选：" + column_ids(t, true) + "）。";
      return false;
    }
  }
  return true;
}

bool check_sort(const ListTable& t, const ListQuery& query, ListPlan* plan, std::string* error) {
  if (query.sort.empty()) return true;
  plan->sort_column = t.column_index(query.sort);
  if (plan->sort_column >= 0) return true;
  *error = t.name + "不能按“" + query.sort + "”排序（可用：" + column_ids(t, false) + "）。";
  return false;
}

// The chosen values of each facet as codes; those the list does not hold are set aside.
void resolve_filters(const ListTable& t, const ListQuery& query, ListPlan* plan) {
  plan->unknown.assign(t.facets.size(), {});
  for (std::size_t fi = 0; fi < t.facets.size(); ++fi) {
    const FacetColumn& f = t.facets[fi];
    auto it = query.filters.find(t.columns[std::size_t(f.column)].id);
    if (it == query.filters.end() || it->second.empty()) continue;
    ActiveFilter a{int(fi), std::vector<std::uint8_t>(f.values.size(), 0)};
    std::vector<std::string>& unknown = plan->unknown[fi];
    for (const auto& v : it->second) {
      auto code = f.by_value.find(v);
      if (code != f.by_value.end()) a.chosen[code->second] = 1;
      else if (std::find(unknown.begin(), unknown.end(), v) == unknown.end()) unknown.push_back(v);
    }
    plan->filters.push_back(std::move(a));
  }
}

}  // namespace

bool plan_list_query(const DutyDatabase& db, const ListQuery& query, ListPlan* plan,
                     std::string* error) {
  ListPlan out;
  out.list = cached_list(db, query.kind, error);
  if (!out.list) return false;
  const ListTable& t = out.list->table;
  if (!check_columns(t, query, &out, error) || !check_filters(t, query, error) ||
      !check_sort(t, query, &out, error)) {
    return false;
  }
  resolve_filters(t, query, &out);
  assert(out.unknown.size() == t.facets.size());
  *plan = std::move(out);
  return true;
}

}  // namespace dutyatlas
