#include "web/lists_state.h"

namespace dutyatlas::web {

void refresh_lists(const DutyDatabase* db, const Route& route, ListsState* state) {
  (void)db;
  (void)route;
  *state = ListsState{};
}

}  // namespace dutyatlas::web
