// 历史沿革 and 新旧对照 (#/history, #/compare, #/changes): timeline, duties on a date, comparison, district change log.
// Plain data the views draw from, refreshed by refresh_history() when the route or the data changes (never
// per frame). No ImGui.
//
// Route parameters (all a reader would bookmark):
//   #/history/<body>?date=YYYY-MM-DD      the duties as in force on `date` (default: data date)
//   #/compare/<body>?from=&to=&changes=1  the body's duties on `from` against `to` (defaults:
//                                         core/history/duty_compare.h — its previous 三定 against the
//                                         data date); changes=1 hides the unchanged rows
//   #/changes/<year>?body=&kind=          every change with effective date in `year` (default:
//                                         the latest year with changes), of one body (either
//                                         side of a transfer) and one kind (history_queries.h)
// A date that is not YYYY-MM-DD is not used: the state says so (date_error) and shows the
// default instead, so a mistyped link still shows something sensible.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/history/duty_compare.h"
#include "core/bundle/duty_database.h"
#include "core/duties/duty_queries.h"
#include "core/history/history_queries.h"
#include "web/route.h"

namespace dutyatlas::web {

// One date a reader can pick with a chip: a document's effective date.
struct DateChoice {
  std::string date;
  std::string doc_no;
  bool sanding = false;
};

struct ChangeKindCount {
  std::optional<ChangeKind> kind;  // nullopt: all kinds
  int count = 0;
};

struct HistoryState {
  bool loaded = false;      // a route of this module with the database open
  bool body_found = false;  // #/history, #/compare: the body exists
  std::string body_id, body_name;
  std::string data_date;
  std::vector<DateChoice> date_choices;  // the body's documents, oldest first

  // #/history
  std::optional<BodyTimeline> timeline;
  std::optional<BodyProfile> profile;  // duties in force on profile->date
  bool date_from_route = false;        // the reader picked the date (else the data date)
  std::string date_error;              // the route's date was not a date: the text given

  // #/compare
  std::optional<DutyComparison> comparison;  // rows already without unchanged if changes_only
  bool changes_only = false;
  std::string from_error, to_error;  // route dates that were not dates
  bool show_pickers = false;         // phones: the date pickers unfolded (更改日期)
  double compare_ms = 0;             // how long compare_duties took (shown to nobody; bench)

  // #/changes
  std::string year;                 // the year shown
  std::vector<std::string> years;   // every year with changes, newest first
  std::string body_filter;
  std::optional<ChangeKind> kind_filter;
  std::string body_filter_name;
  std::vector<std::pair<std::string, std::string>> bodies_in_year;  // id, name: filter chips
  std::vector<ChangeKindCount> kind_counts;  // all kinds first, then each kind present
  std::vector<DutyChangeRecord> changes;     // the year's changes after the filters

  // What the reader types into a date field (kept between frames, filled from the route).
  char date_input[16] = "";
  char from_input[16] = "";
  char to_input[16] = "";
  std::string date_typed_error, from_typed_error, to_typed_error;  // typed, not a date
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet).
void refresh_history(const DutyDatabase* db, const Route& route, HistoryState* state);

}  // namespace dutyatlas::web
