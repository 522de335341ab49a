// The header's 文字版 link: the same view as a plain HTML page of the edition the builder
// writes (web/edition_link.h), for readers and tools that need text rather than a canvas.
#include <imgui.h>

#include "web/automation.h"
#include "web/browser.h"
#include "web/edition_link.h"
#include "web/ui_text/a11y.h"
#include "web/views/views.h"

namespace dutyatlas::web {

void draw_edition_link(ViewContext& view, float right, float y) {
  const char* label = text::kTextEdition;
  ImVec2 size = ImGui::CalcTextSize(label);
  ImGui::SetCursorPos(ImVec2(right - size.x, y));
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##text-edition", size);
  automation::record_item("link:text-edition", label, automation::Role::kLink);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 ink = IM_COL32(255, 255, 255, 255);
  draw->AddText(pos, ink, label);
  // Underlined always: on the header band the colour alone does not say "link".
  draw->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y),
                IM_COL32(255, 255, 255, hovered ? 255 : 160));
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (clicked) browser::open_text_edition(edition_page(view.app.state().route).c_str());
}

}  // namespace dutyatlas::web
