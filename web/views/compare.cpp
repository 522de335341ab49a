// 新旧对照 of one body: its duties on two dates in one table, with what changed.
#include <imgui.h>

#include <string>

#include "web/ui_text/history.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

void draw_compare(ViewContext& view) { widgets::page_title(view.fonts, text::kCompare); }

}  // namespace dutyatlas::web
