#include "web/views/archive_widgets.h"

#include <imgui.h>

#include "web/automation.h"
#include "web/theme.h"
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

bool document_row(const std::string& title, const std::string& facts, const std::string& key) {
  ImGui::PushID(key.c_str());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 start = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  // The texts go on the upper channel, the hover background (known only once the texts are
  // laid out) under them.
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const float pad = 10;
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Indent(pad);
  widgets::paragraph(title, {}, ImGui::GetColorU32(theme::kText));
  widgets::muted_wrapped(facts);
  ImGui::Unindent(pad);
  ImGui::EndGroup();
  float height = ImGui::GetItemRectSize().y + pad - ImGui::GetStyle().ItemSpacing.y;
  ImGui::SetCursorScreenPos(start);
  bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();
  automation::record_item(key, title);
  draw->ChannelsSetCurrent(0);
  ImVec2 end(start.x + width, start.y + height);
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    draw->AddRectFilled(start, end, ImGui::GetColorU32(theme::kAccentSoft));
  }
  draw->AddLine(ImVec2(start.x, end.y), end, ImGui::GetColorU32(theme::kBorder));
  draw->ChannelsMerge();
  ImGui::PopID();
  return clicked;
}

}  // namespace dutyatlas::web::archive_widgets
