#include "web/views/archive_widgets.h"

#include <imgui.h>

#include "web/views/widgets.h"

namespace dutyatlas::web::archive_widgets {
namespace {

// Continues the line if an item `width` wide still fits, else starts the next line.
void place_after_previous(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  float right = ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
}

}  // namespace

bool flowing_chip(const std::string& label, const std::string& key, bool on, bool first) {
  if (!first) {
    // widgets::chip's frame: 12 px padding each side and a 1 px border.
    float width = ImGui::CalcTextSize(label.c_str()).x + 2 * 12 + 2;
    place_after_previous(width, 8);
  }
  return widgets::chip(label, key, on);
}

bool flowing_link(const std::string& label, const std::string& key) {
  place_after_previous(ImGui::CalcTextSize(label.c_str()).x, 16);
  return widgets::link(label, key);
}

}  // namespace dutyatlas::web::archive_widgets
