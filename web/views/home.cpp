// 首页: the district at a glance — every category with its number of bodies.
#include <imgui.h>

#include <string>

#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/documents.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/ui_text/lists.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

namespace {

// An entry to a module: a wide card with a title and one line saying what it is for.
// On phones the card is a compact tile with the title alone (`hint` null).
bool module_card(ViewContext& view, const char* title, const char* hint, const std::string& key,
                 float width) {
  ImGui::PushID(key.c_str());
  const float height = hint ? 76 : 52;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##module", ImVec2(width, height));
  automation::record_item("module:" + key, title);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                      ImGui::GetColorU32(hovered ? theme::kAccentSoft : theme::kPanel), 8);
  draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(theme::kBorder), 8);
  draw->AddRectFilled(pos, ImVec2(pos.x + 5, pos.y + height), ImGui::GetColorU32(theme::kAccent), 8,
                      ImDrawFlags_RoundCornersLeft);
  ImFont* heading = view.fonts.heading;
  float heading_size = heading->FontSize * ImGui::GetIO().FontGlobalScale * 0.8f;
  float title_y = hint ? pos.y + 12 : pos.y + (height - heading_size) / 2;
  draw->AddText(heading, heading_size, ImVec2(pos.x + 20, title_y), ImGui::GetColorU32(theme::kAccent), title);
  if (hint) {
    draw->AddText(ImVec2(pos.x + 20, pos.y + height - ImGui::GetTextLineHeight() - 12),
                  ImGui::GetColorU32(theme::kMuted), hint);
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopID();
  return clicked;
}

}  // namespace

void draw_home(ViewContext& view) {
  const AppState& state = view.app.state();
  if (view.narrow) {
    draw_search_box(view, ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(0, 8));
  }
  widgets::page_title(view.fonts, text::kDistrictAtGlance);
  widgets::muted_wrapped(state.dataset.name + text::kDot + text::kDataDate + " " +
                         state.dataset.data_date);
  ImGui::Dummy(ImVec2(0, 4));

  // Entries to every module: three or two columns on a desktop, two compact ones on a phone.
  struct Module {
    const char* title;
    const char* hint;
    const char* key;
    Route route;
  };
  std::string first_category;
  for (const auto& category : state.categories) {
    if (category.body_count > 0 && first_category.empty()) first_category = category.code;
  }
  const Module modules[] = {
      {text::kWho, text::kWhoModuleHint, "who", Route{Route::Kind::kWho}},
      {text::kBodiesByCategory, text::kBrowseHint, "bodies", Route{Route::Kind::kCategory, first_category}},
      {text::kLists, text::kListsModuleHint, "lists", Route{Route::Kind::kLists}},
      {text::kDivisionList, text::kDivisionModuleHint, "division", Route{Route::Kind::kLists, "division"}},
      {text::kHistory, text::kHistoryModuleHint, "history", Route{Route::Kind::kChanges}},
      {text::kDocumentsTitle, text::kDocumentsModuleHint, "documents", Route{Route::Kind::kDocuments}},
  };
  float avail_width = ImGui::GetContentRegionAvail().x;
  int module_columns = view.narrow || avail_width <= 760 ? 2 : 3;
  float module_width = (avail_width - theme::kGap * (module_columns - 1)) / module_columns;
  int module_index = 0;
  for (const Module& module : modules) {
    if (module_index++ % module_columns != 0) ImGui::SameLine(0, theme::kGap);
    if (module_card(view, module.title, view.narrow ? nullptr : module.hint, module.key, module_width)) {
      go_to(view.app, module.route);
    }
  }
  ImGui::Dummy(ImVec2(0, 4));
  widgets::section_heading(view.fonts, text::kBodiesByCategory);

  // Category cards in a grid: as many columns as fit, at least one.
  // Phones get two columns of smaller cards; wider screens as many 200-px cards as fit.
  const float card_width = view.narrow ? 140 : 200, card_height = view.narrow ? 84 : 92;
  float avail = ImGui::GetContentRegionAvail().x;
  int columns = std::max(1, int((avail + theme::kGap) / (card_width + theme::kGap)));
  float width = (avail - theme::kGap * (columns - 1)) / columns;
  int index = 0;
  for (const auto& category : state.categories) {
    if (category.body_count == 0) continue;
    if (index % columns != 0) ImGui::SameLine(0, theme::kGap);
    ImGui::PushID(category.code.c_str());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton("##card", ImVec2(width, card_height));
    automation::record_item("category:" + category.code, category.name);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + card_height),
                        ImGui::GetColorU32(hovered ? theme::kAccentSoft : theme::kPanel), 8);
    draw->AddRect(pos, ImVec2(pos.x + width, pos.y + card_height),
                  ImGui::GetColorU32(theme::kBorder), 8);
    ImFont* heading = view.fonts.heading;
    std::string count = std::to_string(category.body_count);
    draw->AddText(heading, heading->FontSize * ImGui::GetIO().FontGlobalScale,
                  ImVec2(pos.x + 16, pos.y + 14), ImGui::GetColorU32(theme::kAccent),
                  count.c_str());
    draw->AddText(ImVec2(pos.x + 16, pos.y + card_height - ImGui::GetTextLineHeight() - 14),
                  ImGui::GetColorU32(theme::kText), category.name.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (clicked) go_to(view.app, Route{Route::Kind::kCategory, category.code});
    ImGui::PopID();
    ++index;
  }
}

}  // namespace dutyatlas::web
