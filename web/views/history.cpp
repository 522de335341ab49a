// 历史沿革 of one body: every document that set or changed its duties, and its duties as in
// force on a date the reader picks.
#include <imgui.h>

#include <string>

#include "web/ui_text/history.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

std::string history_heading_text(const AppState&) {
  return std::string(text::kHistory) + text::kCompare + text::kDistrictChanges;
}

void draw_history(ViewContext& view) { widgets::page_title(view.fonts, text::kHistory); }

}  // namespace dutyatlas::web
