#include "web/automation.h"

#include <imgui.h>
#include <imgui_internal.h>  // the last item's id, the window an item scrolls with

#include <algorithm>

#include <nlohmann/json.hpp>

namespace dutyatlas::web::automation {
namespace {

struct Frame {
  std::vector<DrawnItem> items;
  std::string route;
  int open_group = -1;  // the innermost Group alive
};

Frame& current() {
  static Frame frame;
  return frame;
}

// The last frame's items, kept to tell whether the new frame changed anything.
std::vector<DrawnItem>& previous() {
  static std::vector<DrawnItem> items;
  return items;
}

DrawnItem& add(std::string key, std::string text, Role role, ImVec2 min, ImVec2 max) {
  Frame& frame = current();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  DrawnItem item;
  item.key = std::move(key);
  item.text = std::move(text);
  item.x = min.x;
  item.y = min.y;
  item.width = max.x - min.x;
  item.height = max.y - min.y;
  item.role = role;
  item.parent = frame.open_group;
  ImVec2 clip_min = window->DrawList->GetClipRectMin(), clip_max = window->DrawList->GetClipRectMax();
  item.clip_x0 = clip_min.x;
  item.clip_y0 = clip_min.y;
  item.clip_x1 = clip_max.x;
  item.clip_y1 = clip_max.y;
  item.visible = max.y > clip_min.y && min.y < clip_max.y && max.x > clip_min.x && min.x < clip_max.x;
  item.window = window->ID;
  frame.items.push_back(std::move(item));
  return frame.items.back();
}

DrawnItem& add_last_item(std::string key, std::string text, Role role) {
  if (role == Role::kAuto) role = ImGui::GetItemID() != 0 ? Role::kLink : Role::kText;
  DrawnItem& item = add(std::move(key), std::move(text), role, ImGui::GetItemRectMin(),
                        ImGui::GetItemRectMax());
  item.visible = ImGui::IsItemVisible();
  return item;
}

}  // namespace

const char* role_name(Role role) {
  switch (role) {
    case Role::kAuto: return "auto";
    case Role::kText: return "text";
    case Role::kHeading: return "heading";
    case Role::kLink: return "link";
    case Role::kButton: return "button";
    case Role::kToggle: return "toggle";
    case Role::kTextBox: return "textbox";
    case Role::kTextArea: return "textarea";
    case Role::kStatus: return "status";
    case Role::kBanner: return "banner";
    case Role::kNavigation: return "navigation";
    case Role::kMain: return "main";
    case Role::kList: return "list";
    case Role::kListItem: return "listitem";
    case Role::kTable: return "table";
    case Role::kRow: return "row";
    case Role::kColumnHeader: return "columnheader";
  }
  return "text";
}

bool DrawnItem::operator==(const DrawnItem& o) const {
  return key == o.key && text == o.text && x == o.x && y == o.y && width == o.width &&
         height == o.height && visible == o.visible && role == o.role && level == o.level &&
         pressed == o.pressed && dismiss == o.dismiss && label == o.label && href == o.href &&
         parent == o.parent && text_x == o.text_x && text_y == o.text_y &&
         text_width == o.text_width && text_height == o.text_height;
}

void begin_frame(std::string route) {
  Frame& frame = current();
  frame.items.clear();
  frame.route = std::move(route);
  frame.open_group = -1;
}

bool end_frame() {
  std::vector<DrawnItem>& last = previous();
  if (last == current().items) return false;
  last = current().items;
  return true;
}

void record_item(std::string key, std::string text, Role role) {
  add_last_item(std::move(key), std::move(text), role);
}

void record_field(std::string key, std::string text, std::string label, Role role) {
  add_last_item(std::move(key), std::move(text), role).label = std::move(label);
}

void record_heading(std::string key, std::string text, int level) {
  add_last_item(std::move(key), std::move(text), Role::kHeading).level = level;
}

void record_toggle(std::string key, std::string text, bool on) {
  add_last_item(std::move(key), std::move(text), Role::kToggle).pressed = on;
}

void set_last_href(std::string href) {
  if (!current().items.empty()) current().items.back().href = std::move(href);
}

void set_last_text_box(float x, float y, float width, float height) {
  if (current().items.empty()) return;
  DrawnItem& item = current().items.back();
  item.text_x = x;
  item.text_y = y;
  item.text_width = width;
  item.text_height = height;
}

void mark_last_dismiss() {
  if (!current().items.empty()) current().items.back().dismiss = true;
}

void mark_last_status() {
  if (!current().items.empty()) current().items.back().role = Role::kStatus;
}

Group::Group(std::string key, Role role, std::string label) : outer_(current().open_group) {
  ImVec2 here = ImGui::GetCursorScreenPos();
  add(std::move(key), {}, role, here, here).label = std::move(label);
  index_ = int(current().items.size()) - 1;
  current().open_group = index_;
}

Group::~Group() {
  // The group's rectangle: everything it holds, so a screen reader's box frames it all.
  std::vector<DrawnItem>& items = current().items;
  DrawnItem& group = items[std::size_t(index_)];
  float x0 = FLT_MAX, y0 = FLT_MAX, x1 = -FLT_MAX, y1 = -FLT_MAX;
  for (std::size_t i = std::size_t(index_) + 1; i < items.size(); ++i) {
    const DrawnItem& item = items[i];
    x0 = std::min(x0, item.x);
    y0 = std::min(y0, item.y);
    x1 = std::max(x1, item.x + item.width);
    y1 = std::max(y1, item.y + item.height);
  }
  if (x0 <= x1) {
    group.x = x0;
    group.y = y0;
    group.width = x1 - x0;
    group.height = y1 - y0;
  }
  group.visible = group.width > 0 && y1 > group.clip_y0 && y0 < group.clip_y1;
  current().open_group = outer_;
}

const std::vector<DrawnItem>& drawn_items() { return previous(); }

const std::vector<DrawnItem>& frame_items() { return current().items; }

bool is_clickable(Role role) {
  switch (role) {
    case Role::kLink: case Role::kButton: case Role::kToggle: case Role::kRow:
    case Role::kColumnHeader:
      return true;
    default:
      return false;
  }
}

const DrawnItem* item_at(float x, float y) {
  // Later items are drawn over earlier ones and nested ones come after their group: the last
  // hit is the innermost, topmost.
  const std::vector<DrawnItem>& items = previous();
  for (auto it = items.rbegin(); it != items.rend(); ++it) {
    const DrawnItem& item = *it;
    bool group = item.role == Role::kBanner || item.role == Role::kNavigation ||
                 item.role == Role::kMain || item.role == Role::kList ||
                 item.role == Role::kListItem || item.role == Role::kTable;
    if (group || !item.visible) continue;
    if (x < item.x || x >= item.x + item.width || y < item.y || y >= item.y + item.height) continue;
    if (x < item.clip_x0 || x >= item.clip_x1 || y < item.clip_y0 || y >= item.clip_y1) continue;
    return &item;
  }
  return nullptr;
}

std::string drawn_items_json(const std::string& current_route) {
  nlohmann::json out = nlohmann::json::array();
  if (current_route != current().route) return out.dump();
  for (const DrawnItem& item : previous()) {
    nlohmann::json entry = {{"key", item.key},       {"text", item.text},
                            {"x", item.x},           {"y", item.y},
                            {"width", item.width},   {"height", item.height},
                            {"visible", item.visible}, {"role", role_name(item.role)}};
    if (item.level) entry["level"] = item.level;
    if (item.role == Role::kToggle) entry["pressed"] = item.pressed;
    if (item.dismiss) entry["dismiss"] = true;
    if (!item.label.empty()) entry["label"] = item.label;
    if (!item.href.empty()) entry["href"] = item.href;
    if (item.text_width > 0) {
      entry["textBox"] = {{"x", item.text_x}, {"y", item.text_y}, {"width", item.text_width},
                          {"height", item.text_height}};
    }
    if (item.parent >= 0) entry["parent"] = item.parent;
    out.push_back(std::move(entry));
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dutyatlas::web::automation
