// 全区职责调整: every change to any body's duties in a period, each linking to its comparison.
#include <imgui.h>

#include <string>

#include "web/ui_text/history.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

void draw_changes(ViewContext& view) { widgets::page_title(view.fonts, text::kDistrictChanges); }

}  // namespace dutyatlas::web
