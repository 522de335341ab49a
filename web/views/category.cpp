// One category: its bodies as a list, each opening the body's page.
#include <imgui.h>

#include "web/navigation.h"
#include "web/ui_text/common.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

void draw_category(ViewContext& view) {
  const AppState& state = view.app.state();
  const CategorySummary* category = nullptr;
  for (const auto& c : state.categories) {
    if (c.code == state.route.id) category = &c;
  }
  link_to(view.app, widgets::link(std::string(text::kBackMark) + text::kHome, "link:home"),
          Route{});
  if (!category) {
    widgets::muted_wrapped(text::kBodyNotFound, "not-found");
    return;
  }
  widgets::page_title(view.fonts, category->name);
  widgets::muted_wrapped(std::to_string(category->body_count) + " " + text::kBodiesUnit);
  ImGui::Dummy(ImVec2(0, 6));
  auto bodies = state.bodies_by_category.find(category->code);
  if (bodies == state.bodies_by_category.end()) return;
  for (const Body& body : bodies->second) {
    link_to(view.app, widgets::list_row(body.name, body.rank, "body:" + body.id),
            Route{Route::Kind::kBody, body.id});
  }
}

}  // namespace dutyatlas::web
