#include "web/archive_state.h"

namespace dutyatlas::web {

void refresh_archive(const DutyDatabase* db, const Route& route, ArchiveState* state) {
  (void)db;
  (void)route;
  *state = ArchiveState{};
}

}  // namespace dutyatlas::web
