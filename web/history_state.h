// 历史沿革 and 新旧对照 (#/history, #/compare, #/changes): timeline, duties on a date, comparison, district change log.
// Plain data the views draw from, refreshed by refresh_history() when the route or the data changes (never
// per frame). No ImGui.
#pragma once

#include "core/duty_database.h"
#include "web/route.h"

namespace dutyatlas::web {

struct HistoryState {
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet).
void refresh_history(const DutyDatabase* db, const Route& route, HistoryState* state);

}  // namespace dutyatlas::web
