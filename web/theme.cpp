#include "web/theme.h"

namespace dutyatlas::web::theme {

void apply() {
  ImGuiStyle& style = ImGui::GetStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildRounding = 8;
  style.ChildBorderSize = 1;
  style.FramePadding = ImVec2(10, 6);
  style.FrameRounding = 6;
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.IndentSpacing = 18;
  style.ScrollbarSize = 12;
  style.ScrollbarRounding = 6;
  style.SelectableTextAlign = ImVec2(0, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = kText;
  c[ImGuiCol_TextDisabled] = kMuted;
  c[ImGuiCol_WindowBg] = kPage;
  c[ImGuiCol_ChildBg] = kPanel;
  c[ImGuiCol_Border] = kBorder;
  c[ImGuiCol_Header] = kAccentSoft;
  c[ImGuiCol_HeaderHovered] = kAccentSoft;
  c[ImGuiCol_HeaderActive] = rgbf(0xD3, 0xE1, 0xF2);
  c[ImGuiCol_Button] = kAccentSoft;
  c[ImGuiCol_ButtonHovered] = rgbf(0xD3, 0xE1, 0xF2);
  c[ImGuiCol_ButtonActive] = rgbf(0xC0, 0xD4, 0xEC);
  c[ImGuiCol_FrameBg] = kPanel;
  c[ImGuiCol_ScrollbarBg] = rgbf(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = rgbf(0xC5, 0xCD, 0xD6);
  c[ImGuiCol_Separator] = kBorder;
}

}  // namespace dutyatlas::web::theme
