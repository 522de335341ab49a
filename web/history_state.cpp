#include "web/history_state.h"

namespace dutyatlas::web {

void refresh_history(const DutyDatabase* db, const Route& route, HistoryState* state) {
  (void)db;
  (void)route;
  *state = HistoryState{};
}

}  // namespace dutyatlas::web
