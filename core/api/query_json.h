// The automation API's data queries, answered as JSON: one implementation for the browser
// (window.dutyatlas.query) and the CLI, so both give the same answer for the same bundle.
//
// Request: a JSON object with "query" and its parameters. Answer: {"ok": true, "result": …}
// or {"ok": false, "error": "…"} — also when the database fails (a DatabaseError: an SQL error,
// a schema that drifted), so a caller never mistakes a failure for an empty answer. Queries:
//   {"query": "info"}                          dataset name, title, data date, sample flag
//   {"query": "categories"}                    [{code, name, body_count}] in display order
//   {"query": "bodies", "category": "…"}       [{id, name, short_name, category, rank, …,
//                                              contact}]
//   {"query": "body", "id": "…", "date": "…", "format": "json"}
//                                              the body and its 三定 as in force on `date`
//                                              (default: the data date): {…body, contact,
//                                              profile:
//                                              {date, sanding, last_document, setup,
//                                               transformation, divisions, staffing, boundaries,
//                                               clauses: [{number, label, key, text, since,
//                                               source_doc_no}]}, affiliated, documents};
//                                              "format": "html" → the 三定 as a printable A4
//                                              document (core/duties/body_print.h)
//   {"query": "search", "text": "…", "kinds": […], "category": "…", "limit": 50}
//                                              forgiving search (core/search/forgiving_search.h):
//                                              {hits: [{kind, ref, body_id, body_name, title,
//                                              snippet, score}, body hits also contact] best first, partial (some hits
//                                              hold only some words), strict_hits (how many
//                                              leading hits hold every word), terms (the words
//                                              a partial answer asked for), suggestion (您是不是
//                                              要找…, or "")}; snippets mark matches with
//                                              U+E000 … U+E001 (core/search/snippet.h)
//   {"query": "who", "text": "…", "top": 5}   谁来管: [{body_id, name, score, role, contact, group
//                                              ("lead" once, "cooperate", "related":
//                                              core/search/who_groups.h),
//                                              evidence: [{…hit, role, doc_no, doc_title}]}]
//   contact (联系方式) is null or {phones: [{label, number, tel}], address, hours, website,
//   service_hall}; tel is the number's tel: link (core/duties/contact_formats.h)
//   {"query": "dispatch", "text": "…", "lead": "id", "cooperating": ["id", …], "top": 5,
//    "format": "json"|"html"}                  派单/联合派单 as a portal receives it, the basis
//                                              from 谁来管 of `text`: core/api/dispatch_json.h;
//                                              html: the 派单单 to print (dispatch_print.h)
//   {"query": "compare", "body", "from", "to", "changes_only", "format": "json"|"csv"}
//   {"query": "timeline", "body"}, {"query": "changes", "from", "to", "body", "kind"}
//                                              新旧对照 and 历史沿革: core/api/history_json.h
//   {"query": "lists"}, {"query": "list", "kind", "filters", "text", "sort", "desc", "offset",
//    "limit", "columns", "format": "json"|"csv"|"html"}, {"query": "list_item", "kind", "key"}
//                                              清单查询: core/api/lists_json.h
//   {"query": "documents", "body", "year", "kind", "text"}, {"query": "document", "doc_no",
//    "format": "json"|"html"}
//                                              职责文件档案库: core/api/documents_json.h
//   {"query": "audit", "body", "format": "json"|"csv"}
//                                              职责体检, the same JSON as `dutyatlas audit
//                                              --json`: core/api/audit_json.h
#pragma once

#include <string>
#include <string_view>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

std::string answer_query_json(const DutyDatabase& db, std::string_view request_json);

}  // namespace dutyatlas
