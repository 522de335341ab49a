// 清单查询 (#/lists, #/item): the list table on screen and the item opened.
// Plain data the views draw from, refreshed by refresh_lists() when the route or the data changes (never
// per frame). No ImGui.
#pragma once

#include "core/duty_database.h"
#include "web/route.h"

namespace dutyatlas::web {

struct ListsState {
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet).
void refresh_lists(const DutyDatabase* db, const Route& route, ListsState* state);

}  // namespace dutyatlas::web
