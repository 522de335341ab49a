// The automation API's data queries, answered as JSON: one implementation for the browser
// (window.dutyatlas.query) and the CLI, so both give the same answer for the same bundle.
//
// Request: a JSON object with "query" and its parameters. Answer: {"ok": true, "result": …}
// or {"ok": false, "error": "…"}. Queries:
//   {"query": "info"}                          dataset name, title, data date, sample flag
//   {"query": "categories"}                    [{code, name, body_count}] in display order
//   {"query": "bodies", "category": "…"}       [{id, name, short_name, category, rank, …}]
//   {"query": "body", "id": "…", "date": "…"}  the body and its 三定 as in force on `date`
//                                              (default: the data date): {…body, profile:
//                                              {date, sanding, last_document, setup,
//                                               transformation, divisions, staffing, boundaries,
//                                               clauses: [{number, label, key, text, since,
//                                               source_doc_no}]}, affiliated, documents}
#pragma once

#include <string>
#include <string_view>

#include "duty_database.h"

namespace dutyatlas {

std::string answer_query_json(const DutyDatabase& db, std::string_view request_json);

}  // namespace dutyatlas
