// 机构职责 tree: a filter box, then every category with its count; the open category lists its
// bodies. While the filter holds text, every category with a matching body opens and shows
// only those bodies.
#include <imgui.h>

#include <cstring>

#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

bool body_matches_filter(const Body& body, const char* filter) {
  if (!*filter) return true;
  return body.name.find(filter) != std::string::npos ||
         body.short_name.find(filter) != std::string::npos || body.id.find(filter) != std::string::npos;
}

}  // namespace

void draw_sidebar(ViewContext& view) {
  AppState& state = view.app.state();
  widgets::text_field(text::kFilterBodies, state.body_filter, sizeof state.body_filter,
                      "body-filter");
  const char* filter = state.body_filter;
  bool filtering = *filter != '\0';
  ImGui::Dummy(ImVec2(0, 2));

  // The category to keep open: the one in the route, or the one of the body on screen.
  std::string open_category = state.route.kind == Route::Kind::kCategory ? state.route.id
                              : state.body                                ? state.body->category
                                                                          : std::string();
  int matches = 0;
  for (const auto& category : state.categories) {
    if (category.body_count == 0) continue;
    auto bodies = state.bodies_by_category.find(category.code);
    int shown = 0;
    if (bodies != state.bodies_by_category.end()) {
      for (const Body& body : bodies->second) shown += body_matches_filter(body, filter);
    }
    if (filtering && shown == 0) continue;
    matches += shown;
    std::string label = category.name + "  " + std::to_string(filtering ? shown : category.body_count);
    bool is_open = filtering || category.code == open_category;
    ImGui::SetNextItemOpen(is_open, ImGuiCond_Always);
    bool selected = state.route.kind == Route::Kind::kCategory && category.code == state.route.id;
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding;
    if (selected) flags |= ImGuiTreeNodeFlags_Selected;
    bool open = ImGui::TreeNodeEx(category.code.c_str(), flags, "%s", label.c_str());
    automation::record_item("nav-category:" + category.code, category.name);
    if (ImGui::IsItemClicked() && !filtering) {
      // A click on an open category closes it (back home); on a closed one, opens it.
      go_to(view.app, is_open ? Route{} : Route{Route::Kind::kCategory, category.code});
    }
    if (!open) continue;
    if (bodies != state.bodies_by_category.end()) {
      ImGui::Indent(12);
      for (const Body& body : bodies->second) {
        if (!body_matches_filter(body, filter)) continue;
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
  if (filtering && matches == 0) widgets::muted_wrapped(text::kNoMatch, "no-match");
}

}  // namespace dutyatlas::web
