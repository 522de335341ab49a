#include "web/automation.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

namespace dutyatlas::web::automation {
namespace {

std::vector<DrawnItem>& items() {
  static std::vector<DrawnItem> list;
  return list;
}

std::string& drawn_route() {
  static std::string route;
  return route;
}

}  // namespace

void begin_frame(std::string route) {
  items().clear();
  drawn_route() = std::move(route);
}

void record_item(std::string key, std::string text) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  items().push_back({std::move(key), std::move(text), min.x, min.y, max.x - min.x, max.y - min.y,
                     ImGui::IsItemVisible()});
}

std::string drawn_items_json(const std::string& current_route) {
  nlohmann::json out = nlohmann::json::array();
  if (current_route != drawn_route()) return out.dump();
  for (const DrawnItem& item : items()) {
    out.push_back({{"key", item.key}, {"text", item.text}, {"x", item.x}, {"y", item.y},
                   {"width", item.width}, {"height", item.height}, {"visible", item.visible}});
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dutyatlas::web::automation
