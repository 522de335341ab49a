// 历史沿革: the documents that set and changed duties, per body (body_timeline) and across the
// district in a period (district_changes, e.g. "2021 年职责调整").
//
// Both read the documents' recorded changes (document_changes) in the order the history replay
// applied them (effective date, 三定 before adjustments on the same day, issue date, publisher's
// order, change order), with the clause texts resolved from clause_versions: the wording a
// removal or transfer ended, the wording a rewording replaced.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/history/change_kind.h"
#include "core/history/char_diff.h"
#include "core/bundle/duty_database.h"
#include "core/duties/duty_queries.h"

namespace dutyatlas {

// One change to one body's duties. A 三定 (kSanding) has the clause fields empty and
// clause_count set; a transfer goes from body_id to other_body_id.
struct DutyChangeRecord {
  std::string date;  // effective date of the document
  DocumentSummary document;
  ChangeKind kind = ChangeKind::kSanding;
  std::string body_id, body_name;
  std::string key;       // the clause's key in body_id
  std::string text;      // added: its text; removed: the wording removed; reworded: the new
                         // wording; transferred: the wording as received
  std::string old_text;  // reworded: the wording replaced; transferred: the wording before, if
                         // the transfer gave it a new one
  std::vector<DiffSpan> spans;  // reworded (and transferred with new wording): old → new
  std::string other_body_id, other_body_name;  // transferred: the receiving body
  std::string other_key;                       // transferred: its key there
  int clause_count = 0;                        // sanding: clauses it set
};

// Every change with effective date in [from, to] (an empty bound is open), for one body
// (`body_id` either side of a transfer) or all (empty), of one kind or all (nullopt).
std::vector<DutyChangeRecord> district_changes(const DutyDatabase& db, std::string_view from,
                                               std::string_view to, std::string_view body_id = {},
                                               std::optional<ChangeKind> kind = std::nullopt);

struct TimelineCounts {
  int established = 0;  // clauses a 三定 set
  int superseded = 0;   // clauses a 三定 replaced (those of the earlier 三定 still in force)
  int added = 0, removed = 0, reworded = 0;
  int transferred_in = 0, transferred_out = 0;
};

struct TimelineEntry {
  DocumentSummary document;
  bool sanding = false;   // the body's 三定
  TimelineCounts counts;
  int clauses_after = 0;  // clauses in force on the document's effective date (after every
                          // document of that day)
  std::vector<DutyChangeRecord> changes;  // what it did to this body (the 三定 as one record)
};

struct BodyTimeline {
  std::string body_id, body_name;
  std::vector<TimelineEntry> entries;  // oldest first
};

// Every document that set or changed the body's duties, in order. nullopt if no such body.
std::optional<BodyTimeline> body_timeline(const DutyDatabase& db, std::string_view body_id);

}  // namespace dutyatlas
