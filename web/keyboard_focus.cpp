// Focus ring, scrolling into view and activation for the keyboard (see keyboard_focus.h).
#include "web/keyboard_focus.h"

#include <imgui.h>
#include <imgui_internal.h>  // scrolling a window by id, leaving an active text field

#include <algorithm>

#include "web/automation.h"
#include "web/touch_input.h"

namespace dutyatlas::web::keyboard_focus {
namespace {

using automation::DrawnItem;
using automation::Role;

struct Target {
  std::string key;
  int occurrence = 0;
  bool empty() const { return key.empty(); }
};

struct State {
  Target focus;
  bool scroll_pending = false;  // the focus is new: bring it into view once
  bool enter_text = false;      // the focus is a text box reached by keyboard: start typing
  Target activation;            // a click waiting for its item to be in view
  int activation_tries = 0;
};
State g_state;

// The ring: amber, with a dark line around it, so it shows on white content and on the blue
// header band alike (each colour has 3:1 or more against one of them).
const ImU32 kRing = IM_COL32(0xF5, 0xB0, 0x00, 0xFF);
const ImU32 kRingEdge = IM_COL32(0x1F, 0x29, 0x33, 0xFF);
constexpr float kRingWidth = 3;
constexpr float kScrollMargin = 24;  // space kept above or below an item scrolled into view

const DrawnItem* find(const Target& target) {
  int seen = 0;
  for (const DrawnItem& item : automation::drawn_items()) {
    if (item.key != target.key) continue;
    if (seen++ == target.occurrence) return &item;
  }
  return nullptr;
}

bool is_text_entry(const DrawnItem& item) {
  return item.role == Role::kTextBox || item.role == Role::kTextArea;
}

bool fully_visible(const DrawnItem& item) {
  return item.visible && item.y >= item.clip_y0 - 1 && item.y + item.height <= item.clip_y1 + 1;
}

// Scrolls the item into view (its top, if it is taller than the view): first in the window it
// is drawn in, then each window around it (a table's rows scroll inside the page, which scrolls
// too), each by no more than it can.
void scroll_into_view(const DrawnItem& item) {
  float y0 = item.y, y1 = item.y + item.height;
  for (ImGuiWindow* window = ImGui::FindWindowByID(item.window); window;
       window = window->ParentWindow) {
    float top = window->InnerRect.Min.y + kScrollMargin;
    float bottom = window->InnerRect.Max.y - kScrollMargin;
    float delta = 0;
    if (y0 < top || y1 - y0 > bottom - top) {
      delta = y0 - top;
    } else if (y1 > bottom) {
      delta = y1 - bottom;
    }
    delta = std::clamp(delta, -window->Scroll.y, window->ScrollMax.y - window->Scroll.y);
    if (delta != 0) ImGui::SetScrollY(window, window->Scroll.y + delta);
    y0 -= delta;
    y1 -= delta;
    if (!(window->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
}

void click(const DrawnItem& item) {
  float x = item.x + item.width / 2, y = item.y + item.height / 2;
  // A text field is entered at its end, where typing continues what is there.
  if (is_text_entry(item)) x = item.x + item.width - 8;
  // A row's recorded rectangle spans the visible width; its middle is on the row.
  touch_input::click(std::clamp(x, item.clip_x0 + 1, item.clip_x1 - 1),
                     std::clamp(y, item.clip_y0 + 1, item.clip_y1 - 1));
}

void draw_ring(const DrawnItem& item) {
  if (!item.visible) return;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  float pad = kRingWidth + 1;
  // Clipped to the item's scroll area: a ring never draws over the header band.
  draw->PushClipRect(ImVec2(item.clip_x0 - pad, item.clip_y0 - pad),
                     ImVec2(item.clip_x1 + pad, item.clip_y1 + pad), false);
  ImVec2 min(item.x - 3, item.y - 3), max(item.x + item.width + 3, item.y + item.height + 3);
  draw->AddRect(ImVec2(min.x - 1.5f, min.y - 1.5f), ImVec2(max.x + 1.5f, max.y + 1.5f), kRingEdge, 5,
                0, 1.5f);
  draw->AddRect(min, max, kRing, 4, 0, kRingWidth);
  draw->PopClipRect();
}

}  // namespace

void set_focus(const std::string& key, int occurrence, bool enter_text) {
  g_state.focus = {key, occurrence};
  g_state.scroll_pending = !key.empty();
  g_state.enter_text = enter_text;
}

void activate(const std::string& key, int occurrence) {
  g_state.activation = {key, occurrence};
  g_state.activation_tries = 0;
}

bool end_frame() {
  bool more = false;
  const DrawnItem* focused = g_state.focus.empty() ? nullptr : find(g_state.focus);
  if (focused && g_state.scroll_pending) {
    g_state.scroll_pending = false;
    if (!fully_visible(*focused)) {
      scroll_into_view(*focused);
      more = true;
    }
    if (is_text_entry(*focused)) {
      // A one-line field is entered by a click at its end; a multi-line box is edited by the
      // page's <textarea> itself (web/views/text_area.h), which already has the focus.
      if (g_state.enter_text && focused->role == Role::kTextBox) click(*focused);
    } else if (ImGui::GetIO().WantTextInput) {
      ImGui::ClearActiveID();  // Tab left a text field: typing no longer goes there
    }
    more = more || g_state.enter_text;
    g_state.enter_text = false;
  }
  if (!g_state.activation.empty()) {
    const DrawnItem* item = find(g_state.activation);
    if (!item || ++g_state.activation_tries > 4) {
      g_state.activation = {};  // gone (the view changed), or it cannot be brought into view
    } else if (fully_visible(*item) || (item->visible && g_state.activation_tries > 1)) {
      click(*item);
      g_state.activation = {};
      more = true;
    } else {
      scroll_into_view(*item);
      more = true;
    }
  }
  if (focused) draw_ring(*focused);
  return more;
}

}  // namespace dutyatlas::web::keyboard_focus
