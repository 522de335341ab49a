// 机构职责 tree: every category with its count; the open category lists its bodies.
#include <imgui.h>

#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

void draw_sidebar(ViewContext& view) {
  const AppState& state = view.app.state();
  // The category to keep open: the one in the route, or the one of the body on screen.
  std::string open_category = state.route.kind == Route::Kind::kCategory ? state.route.id
                              : state.body                                ? state.body->category
                                                                          : std::string();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(text::kBodiesByCategory);
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, 2));

  for (const auto& category : state.categories) {
    if (category.body_count == 0) continue;
    std::string label = category.name + "  " + std::to_string(category.body_count);
    bool is_open = category.code == open_category;
    ImGui::SetNextItemOpen(is_open, ImGuiCond_Always);
    bool selected = state.route.kind == Route::Kind::kCategory && is_open;
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding;
    if (selected) flags |= ImGuiTreeNodeFlags_Selected;
    bool open = ImGui::TreeNodeEx(category.code.c_str(), flags, "%s", label.c_str());
    automation::record_item("nav-category:" + category.code, category.name);
    if (ImGui::IsItemClicked()) {
      // A click on an open category closes it (back home); on a closed one, opens it.
      go_to(view.app, is_open ? Route{} : Route{Route::Kind::kCategory, category.code});
    }
    if (!open) continue;
    auto bodies = state.bodies_by_category.find(category.code);
    if (bodies != state.bodies_by_category.end()) {
      ImGui::Indent(12);
      for (const Body& body : bodies->second) {
        bool current = state.route.kind == Route::Kind::kBody && state.route.id == body.id;
        ImGui::PushID(body.id.c_str());
        bool clicked = ImGui::Selectable(body.short_name.c_str(), current);
        automation::record_item("nav-body:" + body.id, body.short_name);
        if (clicked) go_to(view.app, Route{Route::Kind::kBody, body.id});
        ImGui::PopID();
      }
      ImGui::Unindent(12);
    }
    ImGui::TreePop();
  }
}

}  // namespace dutyatlas::web
