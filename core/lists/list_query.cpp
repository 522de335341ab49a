// 清单查询 (see list_query.h): a query's steps — check (list_plan.h), count (list_selection.h),
// facets (list_facets.h), page (list_page.h) — put together. Not the steps themselves.
#include "core/lists/list_query.h"

#include "core/lists/list_cache.h"
#include "core/lists/list_facets.h"
#include "core/lists/list_page.h"
#include "core/lists/list_plan.h"
#include "core/lists/list_selection.h"
#include "core/lists/list_sort.h"

namespace dutyatlas {
namespace {

// The view's rows and everything but the facets.
ListResult rows_of(const DutyDatabase& db, const ListPlan& plan, const ListQuery& query,
                   RowSelection* selection) {
  const ListTable& t = plan.table();
  ListResult out;
  out.kind = t.kind;
  out.name = t.name;
  out.text = query.text;
  out.descending = query.descending;
  out.offset = query.offset;
  for (int c : plan.columns) out.columns.push_back(t.columns[std::size_t(c)]);
  out.all_columns = t.columns;
  if (plan.sort_column >= 0) {
    out.sort = t.columns[std::size_t(plan.sort_column)].id;
    out.sort_label = t.columns[std::size_t(plan.sort_column)].label;
  }
  *selection = select_rows(db, plan, query.text);
  out.total = selection->total;
  out.rows = page_rows(plan, *selection, query.descending, query.offset, query.limit);
  return out;
}

}  // namespace

bool run_list_query(const DutyDatabase& db, const ListQuery& query, ListResult* result,
                    std::string* error) {
  ListPlan plan;
  if (!plan_list_query(db, query, &plan, error)) return false;
  RowSelection selection;
  ListResult out = rows_of(db, plan, query, &selection);
  count_facets(plan, selection, query, &out.facets, &out.filters);
  *result = std::move(out);
  return true;
}

bool run_list_rows(const DutyDatabase& db, const ListQuery& query, ListResult* result,
                   std::string* error) {
  ListPlan plan;
  if (!plan_list_query(db, query, &plan, error)) return false;
  RowSelection selection;
  *result = rows_of(db, plan, query, &selection);
  return true;
}

bool list_columns(const DutyDatabase& db, std::string_view kind, std::vector<ListColumn>* columns,
                  std::string* error) {
  CachedList* list = cached_list(db, kind, error);
  if (!list) return false;
  *columns = list->table.columns;
  return true;
}

bool build_list_sort_orders(const DutyDatabase& db, std::string_view kind, std::string* error) {
  CachedList* list = cached_list(db, kind, error);
  if (!list) return false;
  for (std::size_t c = 0; c < list->table.columns.size(); ++c) sort_order(&list->table, int(c));
  return true;
}

}  // namespace dutyatlas
