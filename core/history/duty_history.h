// Replays a publication's documents into the history of every duty clause.
//
// A 三定 opens a body's clauses under the keys "1", "2", … (closing whatever an earlier 三定 of
// that body left open); adjustment documents then add, remove, reword and transfer clauses on
// their effective dates. The result is one row per clause version with the dates it was in
// force and the documents that opened and closed it — what 历史沿革 and 新旧对照 read, and what
// "duties in force on a date" means. Problems (a change to a clause not in force at its date …)
// are returned with the document and change they concern; the builder turns them into errors
// with file and line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/bundle/model.h"

namespace dutyatlas {

// How a clause version began: a 三定 set it, a document added it, a rewording replaced the
// previous version, a transfer brought it from another body.
enum class OpenedHow { kSanding, kAdd, kReword, kTransferIn };
// How it ended, if it has: removed, reworded (the next version has the same key), transferred to
// another body, or superseded by the body's next 三定.
enum class ClosedHow { kInForce, kRemove, kReword, kTransferOut, kSuperseded };

// The text clause_versions.opened_how / closed_how store (bundle_schema.h): "sanding", "add",
// "reword", "transfer-in" / "" (in force), "remove", "reword", "transfer-out", "superseded".
std::string_view opened_how_code(OpenedHow how);
std::string_view closed_how_code(ClosedHow how);
bool parse_opened_how(std::string_view code, OpenedHow* out);
bool parse_closed_how(std::string_view code, ClosedHow* out);

struct ClauseVersion {
  std::string body_id;
  std::string key;           // stable within the body while in force
  int position = 0;          // display order: 三定 order first, later additions after
  std::string text;
  std::string valid_from;    // effective date of the document that opened this version
  std::string valid_to;      // effective date of the one that closed it; empty: in force
  std::string opened_by;     // 文号
  OpenedHow opened_how = OpenedHow::kSanding;
  std::string closed_by;     // 文号, empty while in force
  ClosedHow closed_how = ClosedHow::kInForce;
  std::string from_body_id;  // transfer-in: the body it came from
  std::string to_body_id;    // transfer-out: the body it went to

  bool in_force_on(const std::string& date) const {
    return valid_from <= date && (valid_to.empty() || date < valid_to);
  }
};

struct HistoryProblem {
  std::size_t document_index = 0;  // into Dataset::documents
  int change_index = -1;           // into its changes; -1 for the document itself
  std::string field;               // "clause", "as", "to" …
  std::string message;
  std::string hint;
};

struct DutyHistory {
  std::vector<ClauseVersion> versions;  // ordered by body, then position, then valid_from
  std::vector<HistoryProblem> problems;
};

DutyHistory replay_duty_history(const Dataset& dataset);

}  // namespace dutyatlas
