// One list item in full: every field, its legal basis, linked responsibility items, its body.
#include <imgui.h>

#include <string>

#include "web/ui_text/lists.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

void draw_list_item(ViewContext& view) { widgets::page_title(view.fonts, text::kLists); }

}  // namespace dutyatlas::web
