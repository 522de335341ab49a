// 首页: the district at a glance — every category with its number of bodies.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/audit.h"
#include "web/ui_text/documents.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/ui_text/lists.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {

namespace {

// Inside a card: the accent bar and the space after it on the left, the margin on the right,
// the margin above and below.
constexpr float kCardTextLeft = 20, kCardTextRight = 12, kCardPadY = 12;
constexpr float kHintGap = 6;  // between a module's title and its hint

// An entry to a module, laid out before it is drawn: every card of the grid is as tall as the
// tallest, and a title that does not fit the card's width at 大字号 or on a phone shrinks or
// wraps (widgets::fit_text) instead of spilling out of the card.
struct ModuleCardLayout {
  widgets::FittedText title;
  widgets::FittedText hint;  // wide screens: a line or two saying what it is for
  float height = 0;
};

ModuleCardLayout lay_out_module_card(ViewContext& view, const char* title, const char* hint,
                                     float width) {
  ModuleCardLayout layout;
  float inner = width - kCardTextLeft - kCardTextRight;
  float body_size = ImGui::GetFontSize();
  float heading_size = view.fonts.heading->FontSize * ImGui::GetIO().FontGlobalScale * 0.8f;
  layout.title = widgets::fit_text(view.fonts.heading, title, heading_size, body_size, inner);
  layout.height = layout.title.height() + 2 * kCardPadY;
  if (hint) {
    layout.hint = widgets::fit_text(ImGui::GetFont(), hint, body_size, body_size, inner);
    layout.height += kHintGap + layout.hint.height();
  }
  // At the standard size the cards keep the height they were designed with.
  layout.height = std::ceil(std::max(layout.height, hint ? 76.0f : 52.0f));
  return layout;
}

// A wide card with the title and what it is for; on phones a compact tile with the title alone.
bool module_card(const ModuleCardLayout& layout, const char* title, const char* hint,
                 const std::string& key, float width, float height) {
  ImGui::PushID(key.c_str());
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
  float text_height = layout.title.height() + (hint ? kHintGap + layout.hint.height() : 0);
  // A title alone is centred in its tile; a title with its hint starts at the top, so the titles
  // of a row line up whatever the length of their hints.
  float top = hint ? kCardPadY : std::floor((height - text_height) / 2);
  ImVec2 text_min(pos.x + kCardTextLeft, pos.y + top);
  ImVec2 text_max = widgets::draw_fitted(draw, layout.title, title, text_min,
                                         ImGui::GetColorU32(theme::kAccent));
  if (hint) {
    ImVec2 hint_max = widgets::draw_fitted(draw, layout.hint, hint,
                                           ImVec2(text_min.x, text_max.y + kHintGap),
                                           ImGui::GetColorU32(theme::kMuted));
    text_max = ImVec2(std::max(text_max.x, hint_max.x), hint_max.y);
  }
  automation::set_last_text_box(text_min.x, text_min.y, text_max.x - text_min.x,
                                text_max.y - text_min.y);
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
  std::vector<ModuleCardLayout> layouts;
  float module_height = 0;
  for (const Module& module : modules) {
    layouts.push_back(lay_out_module_card(view, module.title, view.narrow ? nullptr : module.hint,
                                          module_width));
    module_height = std::max(module_height, layouts.back().height);
  }
  for (std::size_t i = 0; i < std::size(modules); ++i) {
    const Module& module = modules[i];
    if (i % std::size_t(module_columns) != 0) ImGui::SameLine(0, theme::kGap);
    bool clicked = module_card(layouts[i], module.title, view.narrow ? nullptr : module.hint,
                               module.key, module_width, module_height);
    link_to(view.app, clicked, module.route);
  }
  // 职责体检: a tool for staff, public like the rest — a quiet line, not a seventh card.
  ImGui::Dummy(ImVec2(0, 6));
  link_to(view.app, widgets::link(text::kAuditHomeLink, "link:audit"), Route{Route::Kind::kAudit});
  if (!view.narrow) {
    ImGui::SameLine(0, 12);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(text::kAuditModuleHint);
    ImGui::PopStyleColor();
  }
  ImGui::Dummy(ImVec2(0, 4));
  widgets::section_heading(view.fonts, text::kBodiesByCategory);

  // Category cards in a grid: as many columns as fit, at least one.
  // Phones get two columns of smaller cards; wider screens as many 200-px cards as fit.
  // Every card as tall as the one whose name needs most lines (大字号 on a phone wraps them).
  const float card_width = view.narrow ? 140 : 200;
  float avail = ImGui::GetContentRegionAvail().x;
  int columns = std::max(1, int((avail + theme::kGap) / (card_width + theme::kGap)));
  float width = (avail - theme::kGap * (columns - 1)) / columns;
  const float card_pad = 16, count_gap = 6;
  ImFont* heading = view.fonts.heading;
  float count_size = heading->FontSize * ImGui::GetIO().FontGlobalScale;
  float body_size = ImGui::GetFontSize();
  std::map<std::string, widgets::FittedText> names;
  float card_height = view.narrow ? 84 : 92;
  for (const auto& category : state.categories) {
    if (category.body_count == 0) continue;
    // A name may shrink a little (still larger than standard text at 大字号) before it wraps.
    widgets::FittedText name = widgets::fit_text(ImGui::GetFont(), category.name, body_size,
                                                 std::floor(body_size * 0.85f), width - 2 * card_pad);
    card_height = std::max(card_height, std::ceil(14 + count_size + count_gap + name.height() + 14));
    names.emplace(category.code, std::move(name));
  }
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
    std::string count = std::to_string(category.body_count);
    draw->AddText(heading, count_size, ImVec2(pos.x + card_pad, pos.y + 14),
                  ImGui::GetColorU32(theme::kAccent), count.c_str());
    const widgets::FittedText& name = names.at(category.code);
    ImVec2 name_min(pos.x + card_pad, pos.y + card_height - name.height() - 14);
    ImVec2 name_max = widgets::draw_fitted(draw, name, category.name, name_min,
                                           ImGui::GetColorU32(theme::kText));
    float count_width = heading->CalcTextSizeA(count_size, FLT_MAX, 0, count.c_str()).x;
    automation::set_last_text_box(pos.x + card_pad, pos.y + 14,
                                  std::max(count_width, name_max.x - name_min.x),
                                  name_max.y - pos.y - 14);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    link_to(view.app, clicked, Route{Route::Kind::kCategory, category.code});
    ImGui::PopID();
    ++index;
  }
}

}  // namespace dutyatlas::web
