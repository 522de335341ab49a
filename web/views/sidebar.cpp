// 机构职责 tree: a filter box, then every category with its count; the open category lists its
// bodies. While the filter holds text, every category with a matching body opens and shows
// only those bodies; a × in the box empties it in one tap, and a filter that hides every body
// says so (没有匹配“…”的机构) with the same way out — never a silently empty sidebar.
#include <imgui.h>

#include <cstring>

#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

bool body_matches_filter(const Body& body, const char* filter) {
  if (!*filter) return true;
  return body.name.find(filter) != std::string::npos ||
         body.short_name.find(filter) != std::string::npos || body.id.find(filter) != std::string::npos;
}

namespace {

// The filter box; while it holds text, a × at its right end empties it. The × is submitted
// before the box, so that it — not the box under it — takes the pointer where they overlap,
// and drawn after it, so that it shows on top.
void draw_filter_box(AppState& state) {
  if (!state.body_filter[0]) {
    widgets::text_field(text::kFilterBodies, state.body_filter, sizeof state.body_filter,
                        "body-filter");
    return;
  }
  const float box_height = ImGui::GetFontSize() + 16;  // widgets::text_field's padding, 8 a side
  ImVec2 start = ImGui::GetCursorPos();
  ImVec2 size(box_height, box_height);
  ImGui::SetCursorPos(ImVec2(start.x + ImGui::GetContentRegionAvail().x - size.x, start.y));
  bool clear = ImGui::InvisibleButton("##clear-filter", size);
  ImVec2 mark_min = ImGui::GetItemRectMin();
  bool hovered = ImGui::IsItemHovered();
  ImGui::SetCursorPos(start);
  widgets::text_field(text::kFilterBodies, state.body_filter, sizeof state.body_filter,
                      "body-filter");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 centre(mark_min.x + size.x / 2, mark_min.y + size.y / 2);
  draw->AddCircleFilled(centre, size.x * 0.32f,
                        ImGui::GetColorU32(hovered ? theme::kAccentSoft : theme::kPage));
  ImVec2 mark = ImGui::CalcTextSize(text::kClearMarkAlone);
  draw->AddText(ImVec2(centre.x - mark.x / 2, centre.y - mark.y / 2),
                ImGui::GetColorU32(hovered ? theme::kAccent : theme::kMuted), text::kClearMarkAlone);
  // Recorded after the box, at the ×'s place: the reading order is box, then its ×.
  ImVec2 after = ImGui::GetCursorPos();
  ImGui::SetCursorScreenPos(mark_min);
  ImGui::Dummy(size);
  automation::record_field("button:clear-filter", text::kClearMarkAlone, text::kClearFilterText,
                           automation::Role::kButton);
  ImGui::SetCursorPos(after);
  if (clear) state.body_filter[0] = '\0';
}

}  // namespace

void draw_sidebar(ViewContext& view) {
  AppState& state = view.app.state();
  draw_filter_box(state);
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
        link_to(view.app, clicked, Route{Route::Kind::kBody, body.id});
        ImGui::PopID();
      }
      ImGui::Unindent(12);
    }
    ImGui::TreePop();
  }
  if (filtering && matches == 0) {
    widgets::paragraph(std::string(text::kNoMatchBefore) + filter + text::kNoMatchAfter,
                       "no-match", ImGui::GetColorU32(theme::kMuted));
    if (widgets::link(text::kClearFilterText, "link:clear-filter")) state.body_filter[0] = '\0';
  }
}

}  // namespace dutyatlas::web
