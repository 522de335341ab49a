// The automation API's archive queries (dispatched from query_json.cpp), answered as
// {"ok": true, "result": …} or {"ok": false, "error": "…"}:
//
//   {"query": "documents", "body": "sthjj", "year": "2021", "kind": "adjustment", "text": "…"}
//       职责文件档案库 (core/documents/document_queries.h); every filter optional. Result: {total,
//       count, documents: [{doc_no, title, issuer, kind, kind_label, issued, effective}],
//       years: [{year, count}], kinds: [{kind, label, count}]} — each facet counted with the
//       other filters applied. kind accepts the codes and the labels (三定规定, 职责调整, …).
//   {"query": "document", "doc_no": "示编〔2021〕12号", "format": "json"}
//       one document: {…summary, kind_label, paragraphs: [text], bodies: [{id, name, sanding,
//       sanding_clauses, compare_from, compare_to, changes: [change]}]}; change as in
//       core/api/history_json.h. "format": "html" → the document as a printable A4 document
//       (core/documents/document_print.h).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/bundle/duty_database.h"

namespace dutyatlas {

// `query` is "documents" or "document"; `request` the parsed request object.
nlohmann::json answer_documents_query(const DutyDatabase& db, const std::string& query,
                                    const nlohmann::json& request);

}  // namespace dutyatlas
