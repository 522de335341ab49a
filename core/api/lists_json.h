// The automation API's list queries (清单查询), answered as JSON; query_json.cpp hands every
// request whose "query" is "lists", "list" or "list_item" here. Same answer in the browser and
// on the CLI (`dutyatlas query DIR --list KIND …` builds one of these requests).
//
//   {"query": "lists"}
//       → [{kind, name, count}]  every list the data holds (list_query.h: list_kinds)
//   {"query": "list", "kind": "powers",
//    "filters": {"type": ["行政处罚"], "body": ["zhzfj"], "category": ["government"]},
//    "text": "油烟", "sort": "code", "desc": false, "offset": 0, "limit": 100,
//    "columns": ["code", "name", …], "format": "json"}
//       → {kind, name, total, offset, limit, text, sort, desc, description,
//          columns: [{id, label, numeric}], all_columns: [{id, label, facet, numeric, default}],
//          rows: [{key, cells: […]}], facet_columns: [{id, label}],
//          facets: {type: [{value, label, count, selected}], …},
//          filters: [{column, label, values: [{value, label, count}]}]}
//       Every parameter but "kind" is optional: no filters, no text, list order, offset 0,
//       limit 100 (at most 1,000,000), the default columns. A filter's values may be one string
//       or an array of strings. "columns" may also be one comma-separated string.
//       "format": "csv" or "html" → the whole view (offset and limit ignored) as one string:
//       list_csv() / list_print_html() of list_export.h.
//   {"query": "list_item", "kind": "powers", "key": "XZCF-…"}
//       → {kind, key, title, fields: [{id, label, value}], basis, body: {id, name} | null,
//          bodies: [{id, name, role}], responsibilities: [{key, seq, stage, duty,
//          accountability, body_id, body_name}], stage_columns: […], stages: [{key, cells}]}
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// True for "lists", "list" and "list_item".
bool is_list_query(std::string_view query);

// {"ok": true, "result": …} or {"ok": false, "error": "…"} (a message for the reader).
nlohmann::json answer_list_query(const DutyDatabase& db, const nlohmann::json& request);

}  // namespace dutyatlas
