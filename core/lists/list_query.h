// 清单查询: the published lists — 权力清单, 责任清单, each 职责任务清单, 职责分工清单 — as tables a
// reader filters (faceted search), searches, sorts and pages: the public face of core/lists, so it
// also brings the lists there are (list_kinds.h) and one item in full (list_item.h). Not the
// export formats (list_export.h) nor the JSON front (core/api/lists_json.h).
//
// Kinds and their columns (id 中文标签; * = facet column, filterable and counted; ° = not in the
// default view, asked for by id):
//   powers             权力清单 (incl. 公共服务事项), one row per item, key 事项编码
//                      code 事项编码 · name 事项名称 · sub_name 子项名称 · type* 事项类型 ·
//                      body* 实施主体 · basis 实施依据 · responsible* 责任主体 · service_unit 服务单位 ·
//                      time_limit 办理时限 · fee_basis 收费依据 · category* 机构类别 (of the
//                      实施主体) · extra:<name> <name> for each column the publisher added
//   responsibilities   责任清单, one row per stage of a power, key "事项编码#seq"
//                      code 事项编码 · power 事项名称 · stage* 环节 · duty 责任事项 ·
//                      accountability 追责情形 · body* 责任主体 · type*° 事项类型 (of the power) ·
//                      category*° 机构类别 (of the 责任主体)
//   tasks:<list-id>    each 职责任务清单 the data declares, one row per task, key "list-id#seq"
//                      number 序号 (numeric) · bodies* 责任单位 (several) · task 职责任务 ·
//                      basis 依据 · category*° 机构类别 (of the 责任单位)
//   division           职责分工清单, one row per stage of a matter, key "编号#seq"
//                      code 编号 · group* 分组 · name 事项 · stage* 环节 · lead* 牵头单位 (several) ·
//                      cooperating* 配合单位 (several) · basis 依据
// Body columns show the body's name; their filter and facet values are body ids. The category
// column shows the category's name; its values are category codes (government, street …).
// Several bodies in one cell are joined by "、" in display order.
//
// Filtering: ListQuery::filters maps a facet column to values — OR within a column, AND across
// columns; a row with several values (责任单位) passes if any of them is chosen. Values that
// occur nowhere match nothing. ListQuery::text narrows further: for powers, tasks and division
// through the FTS `search` table (build_match_expression: the query's words, all required,
// against names, basis, keywords and synonyms; any user text is safe); for responsibilities
// through the powers it finds (a stage row matches when its power does). For powers,
// responsibilities and division a text that looks like a code (ASCII letters, digits, - _ . #,
// at least 2, full-width folded) also matches the 事项编码 / 编号 that contain it,
// case-insensitively. Text that is blank filters nothing; text without a single word (only
// punctuation) matches nothing.
//
// Facets: for each facet column, every value occurring in the list with the number of rows that
// pass the text and all OTHER columns' filters (so choosing 行政处罚 does not zero the other
// types) — sorted by count, descending, ties in display order (types as power_item_types(),
// bodies and categories as published, others by first appearance). Values chosen but absent
// from the list are reported with count 0 so a reader can remove them.
//
// Sorting: by any column, ascending or descending; ties keep list order (the order published).
// Text sorts by the code points of its folded text (fold_text: full-width → ASCII, A–Z → a–z),
// with runs of ASCII digits compared as numbers (A2 < A10); Chinese therefore sorts by code point,
// not by pinyin. 序号 sorts numerically. Empty cells come last in both directions. No sort column:
// list order.
//
// How a query runs, each step a file of its own: the first query of a kind loads its rows into a
// ListTable (list_table.h, filled by list_fill.h from list_loader.h's structs), cached on the
// connection (list_cache.h). Then: check the query against the table's columns (list_plan.h);
// count the rows passing text and filters (list_selection.h; the text through
// list_text_filter.h, its rows kept for the next query with the same text); count each facet
// (list_facets.h); cut the page in sort order (list_page.h; a column's order is built once,
// list_sort.h). A client that already shows a view's facets asks run_list_rows for more rows,
// which skips the facets. Measured on 69,560 powers (synth --scale 20), in wasm: a filter
// ~1 ms, a sort ~1 ms (the first on a column of 69,560 distinct codes 22 ms), a new text 2–9 ms,
// the load 0.27 s once. Not thread-safe (nor is anything on one sqlite3 connection here).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/duty_database.h"
#include "core/lists/list_item.h"
#include "core/lists/list_kinds.h"
#include "core/lists/list_types.h"

namespace dutyatlas {

inline constexpr std::size_t kListNoLimit = static_cast<std::size_t>(-1);

struct ListQuery {
  std::string kind;
  std::map<std::string, std::vector<std::string>> filters;  // facet column id → values
  std::string text;
  std::string sort;             // column id; "" = list order
  bool descending = false;
  std::size_t offset = 0;
  std::size_t limit = 100;      // rows returned from offset; kListNoLimit for all
  std::vector<std::string> columns;  // column ids in output order; empty = the default columns
};

struct FacetValue {
  std::string value;  // what a filter names: type text, body id, category code …
  std::string label;  // what a reader sees: the type, the body's name, the category's name …
  std::size_t count = 0;
  bool selected = false;
};

struct Facet {
  std::string column;
  std::string label;
  std::vector<FacetValue> values;  // by count, descending
};

// A filter as applied, with labels, for "the filters in words" (export titles, chips).
struct AppliedFilter {
  std::string column;
  std::string label;                // the column's label
  std::vector<FacetValue> values;   // the chosen values (count = rows under the other filters)
};

struct ListResult {
  std::string kind;
  std::string name;                 // the list's name
  std::size_t total = 0;            // rows matching filters and text
  std::size_t offset = 0;
  std::vector<ListColumn> columns;  // the chosen columns, in order
  std::vector<ListColumn> all_columns;  // every column of the kind
  std::vector<ListRow> rows;        // the page [offset, offset + limit)
  std::vector<Facet> facets;        // one per facet column, in column order
  std::vector<AppliedFilter> filters;  // the active filters, in column order
  std::string text;                 // the text filter as given ("" = none)
  std::string sort;                 // sort column id ("" = list order)
  std::string sort_label;
  bool descending = false;
};

// Runs `query`: the page of rows, the total and every facet. On a bad query (unknown kind,
// column, filter column or sort column) returns false with *error set to a message for the
// reader (Chinese, names what is available).
bool run_list_query(const DutyDatabase& db, const ListQuery& query, ListResult* result,
                    std::string* error);

// As run_list_query without the facets (result->facets and ->filters stay empty): for a client
// that shows the view's facets already and scrolls to rows it does not hold.
bool run_list_rows(const DutyDatabase& db, const ListQuery& query, ListResult* result,
                   std::string* error);

// The columns of a kind (for a column chooser); false with *error if there is no such kind.
bool list_columns(const DutyDatabase& db, std::string_view kind, std::vector<ListColumn>* columns,
                  std::string* error);

// Builds the sort order of every column of `kind` now (list_sort.h), so that a later sort by
// any of them is a walk of milliseconds. False with *error if there is no such kind.
bool build_list_sort_orders(const DutyDatabase& db, std::string_view kind, std::string* error);

}  // namespace dutyatlas
