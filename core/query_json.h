// The automation API's data queries, answered as JSON: one implementation for the browser
// (window.dutyatlas.query) and the CLI, so both give the same answer for the same bundle.
//
// Request: a JSON object with "query" and its parameters. Answer: {"ok": true, "result": …}
// or {"ok": false, "error": "…"}. Queries:
//   {"query": "info"}                          dataset name, title, data date, sample flag
//   {"query": "categories"}                    [{code, name, body_count}] in display order
//   {"query": "bodies", "category": "…"}       [{id, name, short_name, category, rank, …}]
//   {"query": "body", "id": "…"}               the body, its category name and its duties:
//                                              {source: {doc_no, title, effective}, setup,
//                                               clauses: [{number, label, text}]} or null
#pragma once

#include <string>
#include <string_view>

#include "duty_database.h"

namespace dutyatlas {

std::string answer_query_json(const DutyDatabase& db, std::string_view request_json);

}  // namespace dutyatlas
