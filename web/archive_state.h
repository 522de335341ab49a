// 职责文件档案库 (#/documents, #/document/<文号>): the documents and the one on screen.
// Plain data the views draw from, refreshed by refresh_archive() when the route or the data changes (never
// per frame). No ImGui.
#pragma once

#include "core/duty_database.h"
#include "web/route.h"

namespace dutyatlas::web {

struct ArchiveState {
};

// Loads what `route` shows, if it is one of this module's routes; clears the state otherwise.
// `db` may be null (not loaded yet).
void refresh_archive(const DutyDatabase* db, const Route& route, ArchiveState* state);

}  // namespace dutyatlas::web
