#include "web/views/widgets.h"

#include "web/automation.h"
#include "web/theme.h"

namespace dutyatlas::web::widgets {

bool link(const std::string& text, const std::string& key) {
  ImGui::PushID(key.c_str());
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##link", size);
  automation::record_item(key, text);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(pos, ImGui::GetColorU32(theme::kAccent), text.c_str());
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    draw->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y),
                  ImGui::GetColorU32(theme::kAccent));
  }
  ImGui::PopID();
  return clicked;
}

void page_title(const Fonts& fonts, const std::string& text) {
  ImGui::PushFont(fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  automation::record_item("title", text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void section_heading(const Fonts& fonts, const char* text) {
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::PushFont(fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImGui::SetWindowFontScale(0.8f);  // section headings sit between title and body text
  ImGui::TextUnformatted(text);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  // A hairline across the column (ImGui::Separator would span the padding too).
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(pos, ImVec2(pos.x + ImGui::GetContentRegionAvail().x, pos.y),
                                      ImGui::GetColorU32(theme::kBorder));
  ImGui::Dummy(ImVec2(0, 6));
}

void muted_wrapped(const std::string& text, const std::string& key) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  if (!key.empty()) automation::record_item(key, text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void badge(const char* text, ImVec4 colour) {
  ImVec2 pad(8, 3);
  ImVec2 size = ImGui::CalcTextSize(text);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y),
                      ImGui::GetColorU32(colour), 4.0f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), IM_COL32_WHITE, text);
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

void numbered_clause(const std::string& label, const std::string& text, const std::string& key) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, 4);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());  // wrapped lines start under the text, not the label
  automation::record_item(key, label + text);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 2));
}

bool list_row(const std::string& title, const std::string& note, const std::string& key) {
  ImGui::PushID(key.c_str());
  float height = ImGui::GetTextLineHeight() + 18;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  bool clicked = ImGui::Selectable("##row", false, 0, ImVec2(width, height));
  automation::record_item(key, title);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float text_y = pos.y + (height - ImGui::GetTextLineHeight()) / 2;
  draw->AddText(ImVec2(pos.x + 12, text_y), ImGui::GetColorU32(theme::kText), title.c_str());
  if (!note.empty()) {
    float note_width = ImGui::CalcTextSize(note.c_str()).x;
    draw->AddText(ImVec2(pos.x + width - note_width - 12, text_y),
                  ImGui::GetColorU32(theme::kMuted), note.c_str());
  }
  draw->AddLine(ImVec2(pos.x, pos.y + height), ImVec2(pos.x + width, pos.y + height),
                ImGui::GetColorU32(theme::kBorder));
  ImGui::PopID();
  return clicked;
}

}  // namespace dutyatlas::web::widgets
