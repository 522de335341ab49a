#include "web/views/widgets.h"

#include <algorithm>
#include <cmath>

#include "web/automation.h"
#include "web/text_layout.h"
#include "web/theme.h"

namespace dutyatlas::web::widgets {
namespace {

// Line height as a multiple of the font size: Chinese body text reads best at about 1.6.
constexpr float kLineSpacing = 1.6f;

}  // namespace

void paragraph(const std::string& text, const std::string& key, ImU32 colour) {
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  float scale = size / font->FontSize;
  float width = std::max(ImGui::GetContentRegionAvail().x, size);
  auto lines = break_lines(text, width, [&](char32_t c) {
    return font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * scale;
  });
  float line_height = std::floor(size * kLineSpacing);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 ink = colour ? colour : ImGui::GetColorU32(ImGuiCol_Text);
  float clip_top = draw->GetClipRectMin().y, clip_bottom = draw->GetClipRectMax().y;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    float y = pos.y + i * line_height + (line_height - size) / 2;
    if (y + line_height < clip_top || y > clip_bottom) continue;  // off screen: skip the glyphs
    draw->AddText(font, size, ImVec2(pos.x, y), ink, text.data() + lines[i].begin,
                  text.data() + lines[i].end);
  }
  ImGui::Dummy(ImVec2(width, std::max<std::size_t>(lines.size(), 1) * line_height));
  if (!key.empty()) automation::record_item(key, text);
}

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
  paragraph(text, "title", ImGui::GetColorU32(theme::kText));
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
  paragraph(text, key, ImGui::GetColorU32(theme::kMuted));
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

void numbered_clause(const std::string& label, const std::string& text, const std::string& key,
                     float label_width) {
  if (label_width <= 0) {
    // Inline, as the document prints it: "（一）负责……" wrapping to the left margin.
    paragraph(label + text);
  } else {
    // A label column as wide as the widest label of the list: every clause's text starts at
    // the same x and wrapped lines hang under the text, not under the label.
    float size = ImGui::GetFontSize();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float line_height = std::floor(size * kLineSpacing);
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x, pos.y + (line_height - size) / 2),
                                        ImGui::GetColorU32(theme::kAccent), label.c_str());
    ImGui::Indent(label_width);
    paragraph(text);
    ImGui::Unindent(label_width);
  }
  automation::record_item(key, label + text);
  ImGui::Dummy(ImVec2(0, 2));
}

bool text_field(const char* hint, char* buffer, std::size_t size, const std::string& key) {
  ImGui::PushID(key.c_str());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, 8));
  bool changed = ImGui::InputTextWithHint("##field", hint, buffer, size);
  ImGui::PopStyleVar(2);
  automation::record_item("input:" + key, buffer);
  ImGui::PopID();
  return changed;
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
