// 清单查询: the lists at a glance, and one list as a table — facets, text filter, sort, columns.
#include <imgui.h>

#include <string>

#include "web/ui_text/lists.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

std::string lists_heading_text(const AppState&) {
  return std::string(text::kLists) + text::kDivisionList;
}

void draw_lists(ViewContext& view) { widgets::page_title(view.fonts, text::kLists); }

}  // namespace dutyatlas::web
