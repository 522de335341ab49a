// The page frame: header band, then sidebar + content (desktop) or content alone (phone).
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiWindow: scrolling within the frame

#include <algorithm>
#include <string>

#include "web/automation.h"
#include "web/browser.h"
#include "web/navigation.h"
#include "web/text_selection.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/search.h"
#include "web/views/search_box.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

constexpr ImGuiWindowFlags kFixedWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;

// 大字号 / 标准字号: one tap makes all text larger (rasterised larger, so still crisp) or back;
// drawn right-aligned to `right` on the header band.
void draw_text_size_toggle(ViewContext& view, float right, float y) {
  AppState& state = view.app.state();
  bool large = state.text_scale > 1.0f;
  const char* label = view.narrow ? (large ? text::kNormalTextShort : text::kLargeTextShort)
                                  : (large ? text::kNormalText : text::kLargeText);
  ImVec2 size = ImGui::CalcTextSize(label);
  const float pad_x = 10, pad_y = 4;
  ImGui::SetCursorPos(ImVec2(right - size.x - 2 * pad_x, y - pad_y));
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##text-size", ImVec2(size.x + 2 * pad_x, size.y + 2 * pad_y));
  automation::record_item("button:text-size", label, automation::Role::kButton);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + size.x + 2 * pad_x, pos.y + size.y + 2 * pad_y);
  draw->AddRect(pos, end, IM_COL32(255, 255, 255, hovered ? 230 : 140), 6);
  draw->AddText(ImVec2(pos.x + pad_x, pos.y + pad_y), IM_COL32(255, 255, 255, 255), label);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (clicked) {
    state.text_scale = large ? 1.0f : kLargeTextScale;
    browser::remember_text_scale(state.text_scale);
  }
}

void draw_header(ViewContext& view) {
  const AppState& state = view.app.state();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetWindowPos();
  float width = ImGui::GetWindowWidth();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + theme::kHeaderHeight),
                      ImGui::GetColorU32(theme::kAccent));

  const float pad = view.narrow ? 16 : 28;
  ImGui::PushFont(view.fonts.heading);
  float title_height = ImGui::GetTextLineHeight();
  ImGui::SetCursorPos(ImVec2(pad, (theme::kHeaderHeight - title_height) / 2));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  // The site's name keeps its size whatever the text size: the band has room for no more.
  ImGui::SetWindowFontScale((view.narrow ? 0.8f : 1.0f) / state.text_scale);
  std::string title = state.dataset.title.empty() ? text::kSiteName : state.dataset.title;
  ImGui::TextUnformatted(title.c_str());
  bool title_clicked = ImGui::IsItemClicked();
  automation::record_item("header:title", title, automation::Role::kLink);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  link_to(view.app, title_clicked, Route{});

  // The search box, centred in the band (on phones it sits on the home view instead; on the
  // results page, at the top of the results, so there is one box holding the query).
  if (!view.narrow && state.route.kind != Route::Kind::kSearch) {
    float box = std::min(380.0f, width - 2 * pad - 560);
    if (box > 200) {
      ImGui::SetCursorPos(ImVec2((width - box) / 2, (theme::kHeaderHeight - ImGui::GetFrameHeight() - 4) / 2));
      draw_search_box(view, box);
    }
  }

  // Right side: text size, data date and sample label (the date hides on phones; it is on the
  // home view).
  // On a phone the band holds the name, 文字版, the size button and the sample label side by
  // side only up to 大字号's size: past it (1.5) these keep that size rather than run into the
  // name.
  float band_scale = view.narrow ? std::min(1.0f, kLargeTextScale / state.text_scale) : 1.0f;
  ImGui::SetWindowFontScale(band_scale);
  std::string date = std::string(text::kDataDate) + " " + state.dataset.data_date;
  float badge_width = state.dataset.sample ? ImGui::CalcTextSize(text::kSampleBadge).x + 16 : 0;
  float date_width = view.narrow ? 0 : ImGui::CalcTextSize(date.c_str()).x + 20;
  float x = width - pad - badge_width - date_width;
  float y = (theme::kHeaderHeight - ImGui::GetTextLineHeight()) / 2;
  draw_text_size_toggle(view, x - (view.narrow ? 12 : 20), y);
  draw_edition_link(view, ImGui::GetItemRectMin().x - (view.narrow ? 8 : 16), y);
  if (!view.narrow) {
    ImGui::SetCursorPos(ImVec2(x, y));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::rgbf(0xDD, 0xE7, 0xF3));
    ImGui::TextUnformatted(date.c_str());
    ImGui::PopStyleColor();
  }
  if (state.dataset.sample) {
    ImGui::SetCursorPos(ImVec2(x + date_width, y - 3));
    widgets::badge(text::kSampleBadge, theme::kBadge);
  }
  ImGui::SetWindowFontScale(1.0f);
}

// Moves the content column to scroll position `y` within this frame (SetScrollY alone would draw
// the first frame of a new view at the previous view's position).
void scroll_now(float y) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  float local_y = ImGui::GetCursorPosY();
  window->DC.CursorStartPos.y += window->Scroll.y - y;
  window->Scroll.y = y;
  ImGui::SetCursorPosY(local_y);  // the same place in the content, on the new scroll
  window->DC.CursorMaxPos.y = window->DC.CursorPos.y;
  ImGui::SetScrollY(y);
}

// Each route keeps its own scroll position in the content column: a view opens at its top, and
// back (or forward) returns to where the reader left it. A change of the view's parameters
// alone (a filter, a sort, a column) keeps the position: the reader is still on that page.
void arrive_at_route(const Route& route, ScrollPositions& scroll) {
  constexpr std::size_t kMaxRemembered = 500;  // typing makes a route per key
  std::string key = format_route(route);
  if (key == scroll.current) {
    scroll.by_route[key] = ImGui::GetScrollY();
    return;
  }
  if (scroll.by_route.size() > kMaxRemembered) scroll.by_route.clear();
  bool same_page = route.kind == scroll.page.kind && route.id == scroll.page.id;
  auto it = scroll.by_route.find(key);
  if (!same_page || it != scroll.by_route.end()) scroll_now(it == scroll.by_route.end() ? 0 : it->second);
  scroll.current = key;
  scroll.page = Route{route.kind, route.id};
}

// What a view whose data could not be read shows instead of its rows: what happened, SQLite's
// own words (for whoever fixes the data), and the way home.
void draw_view_failure(ViewContext& view) {
  widgets::page_title(view.fonts, text::kViewFailedTitle);
  widgets::paragraph(view.app.state().view_error, "error:view", ImGui::GetColorU32(theme::kError));
  widgets::muted_wrapped(text::kViewFailedHint);
  ImGui::Dummy(ImVec2(0, 8));
  link_to(view.app, widgets::link(text::kHome, "link:home"), Route{});
}

// 复制 beside text the reader selected by dragging (text_selection.h): Ctrl+C works too, but
// not everyone knows it, and a screen reader or a touchpad user may want a button.
void draw_selection_copy() {
  ImVec2 where;
  if (!text_selection::copy_place(&where)) return;
  ImVec2 back = ImGui::GetCursorScreenPos();
  // Under the selection's last character, moved left if it would pass the column's edge (the
  // button's width: its text and widgets::button's padding, 16 a side).
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  float width = ImGui::CalcTextSize(text::kCopy).x + 2 * 16;
  ImGui::SetCursorScreenPos(ImVec2(std::min(where.x, right - width), where.y + 4));
  // Filled, as a floating control over the text, not a word of it.
  if (widgets::button(text::kCopy, "copy-selection", /*primary=*/true)) text_selection::copy();
  ImGui::SetCursorScreenPos(back);
}

void draw_content(ViewContext& view) {
  AppState& state = view.app.state();
  arrive_at_route(state.route, state.view_memory.scroll);
  if (!state.view_error.empty()) {
    draw_view_failure(view);
    return;
  }
  switch (state.route.kind) {
    case Route::Kind::kHome: draw_home(view); break;
    case Route::Kind::kCategory: draw_category(view); break;
    case Route::Kind::kBody: draw_body(view); break;
    case Route::Kind::kSearch: draw_search(view); break;
    case Route::Kind::kWho: draw_who(view); break;
    case Route::Kind::kDocuments: draw_documents(view); break;
    case Route::Kind::kDocument: draw_document(view); break;
    case Route::Kind::kHistory: draw_history(view); break;
    case Route::Kind::kCompare: draw_compare(view); break;
    case Route::Kind::kChanges: draw_changes(view); break;
    case Route::Kind::kLists: draw_lists(view); break;
    case Route::Kind::kListItem: draw_list_item(view); break;
    case Route::Kind::kAudit: draw_audit(view); break;
  }
}

}  // namespace

void draw_search_box(ViewContext& view, float width) {
  AppState& state = view.app.state();
  ImGui::PushItemWidth(width);
  ImGui::BeginGroup();
  // One ID wherever the box is drawn (the header, the home view on phones, the results page):
  // the first key of a search moves the box to the results page, and the same ID keeps it
  // active there, so the next key lands in it.
  ImGui::PushOverrideID(ImHashStr("dutyatlas:search-box"));
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 8));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::kPanel);
  // Enter ends the field in ImGui 1.86: seen before the field takes it.
  bool entered = ImGui::GetActiveID() == ImGui::GetID("##search") &&
                 (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                  ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
  const char* hint = state.search_preparing ? text::kSearchPreparing : text::kSearchHint;
  bool changed = ImGui::InputTextWithHint("##search", hint, state.search_box,
                                          sizeof state.search_box);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  const bool active = ImGui::IsItemActive();
  automation::record_field("input:search", state.search_box, hint, automation::Role::kTextBox);
  ImGui::PopID();
  ImGui::EndGroup();
  ImGui::PopItemWidth();
  if (!search_box_submits(changed, entered, active, view.narrow)) return;
  // A new text keeps the kind and category chosen for the last one.
  Route target{Route::Kind::kSearch, state.search_box};
  if (state.route.kind == Route::Kind::kSearch) target.params = state.route.params;
  if (!*state.search_box) target = Route{};
  // The first search from a view adds a history entry; the following ones replace it.
  if (state.route.kind == Route::Kind::kSearch && target.kind == Route::Kind::kSearch) {
    replace_with(view.app, target);
  } else {
    go_to(view.app, target);
  }
}

void draw_page(App& app, const Fonts& fonts) {
  ImGuiIO& io = ImGui::GetIO();
  ViewContext view{app, fonts, io.DisplaySize.x < theme::kNarrowBreakpoint || app.state().compact};
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("##page", nullptr, kFixedWindow);
  {
    automation::Group banner("region:header", automation::Role::kBanner);
    draw_header(view);
  }

  float top = theme::kHeaderHeight;
  float height = io.DisplaySize.y - top;
  float content_x = 0;
  if (!view.narrow) {
    ImGui::SetCursorPos(ImVec2(0, top));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 16));
    ImGui::BeginChild("##sidebar", ImVec2(theme::kSidebarWidth, height), true,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    {
      automation::Group nav("region:sidebar", automation::Role::kNavigation);
      draw_sidebar(view);
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    content_x = theme::kSidebarWidth;
  }

  // The content column: centred and at most kContentMaxWidth wide. The side margins are the
  // child's window padding, so "wrap at the content edge" (wrap pos 0) wraps at the column.
  float avail = io.DisplaySize.x - content_x;
  float pad = view.narrow ? 16 : 32;
  float column = std::min(theme::kContentMaxWidth, avail - 2 * pad);
  ImGui::SetCursorPos(ImVec2(content_x, top));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPage);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2((avail - column) / 2, pad));
  ImGui::BeginChild("##content", ImVec2(avail, height), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  {
    automation::Group content("region:content", automation::Role::kMain);
    draw_content(view);
    draw_selection_copy();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::End();
}

}  // namespace dutyatlas::web
