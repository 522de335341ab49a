// The automation API's history queries (dispatched from query_json.cpp), answered as
// {"ok": true, "result": …} or {"ok": false, "error": "…"}:
//
//   {"query": "compare", "body": "slj", "from": "2020-01-01", "to": "2026-11-01",
//    "changes_only": false, "format": "json"}
//       新旧对照 (core/history/duty_compare.h). from / to optional (defaults there); changes_only drops
//       unchanged rows. Result: {body: {id, name}, from, to, from_sanding, to_sanding (document
//       or null), old_count, new_count, summary: {unchanged, added, removed, reworded,
//       transferred_in, transferred_out, split, merged}, rows: [{kind, label, old: {number,
//       label, key, text} | null, new: … | null, spans: [{kind, text}], similarity,
//       document: {doc_no, title, kind, issued, effective} | null, other_body: {id, name} | null,
//       group: n | null, matched_by}]}.
//       "format": "csv" → result is the CSV text (comparison_csv: BOM, CRLF, formulas
//       neutralised).
//   {"query": "timeline", "body": "slj"}
//       历史沿革 (core/history/history_queries.h): {body: {id, name}, entries: [{document, sanding,
//       counts: {established, superseded, added, removed, reworded, transferred_in,
//       transferred_out}, clauses_after, changes: [change]}]}
//   {"query": "changes", "from": "2021-01-01", "to": "2021-12-31", "body": "", "kind": ""}
//       every change in the period (bounds inclusive, optional): {from, to, body, kind,
//       summary: {sanding, added, removed, reworded, transferred}, rows: [change]}; kind is
//       sanding / added / removed / reworded / transferred (or 三定 / 新增 / 删除 / 修改 / 划转).
//   change: {date, document, kind, label, body: {id, name}, key, text, old_text, spans,
//            other_body: {id, name} | null, other_key, clause_count}
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/history/duty_compare.h"
#include "core/bundle/duty_database.h"
#include "core/history/history_queries.h"

namespace dutyatlas {

// `query` is "compare", "timeline" or "changes"; `request` the parsed request object.
nlohmann::json answer_history_query(const DutyDatabase& db, const std::string& query,
                                    const nlohmann::json& request);

nlohmann::json comparison_json(const DutyComparison& comparison);
nlohmann::json timeline_json(const BodyTimeline& timeline);
nlohmann::json change_record_json(const DutyChangeRecord& record);
nlohmann::json diff_spans_json(const std::vector<DiffSpan>& spans);

}  // namespace dutyatlas
