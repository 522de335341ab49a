// Selecting and copying canvas text (see text_selection.h).
#include "web/text_selection.h"

#include <imgui_internal.h>  // GImGui->HoveredId: what this frame's pointer is over

#include <algorithm>

#include "core/base/utf8.h"

namespace dutyatlas::web::text_selection {
namespace {

struct Point {
  int paragraph = -1;   // in drawing order
  std::size_t byte = 0;
  bool operator<(const Point& o) const {
    return paragraph != o.paragraph ? paragraph < o.paragraph : byte < o.byte;
  }
};

struct State {
  std::string route;
  Point anchor, focus;      // where the drag began, where it is
  bool dragging = false;
  bool claimed = false;     // this frame's click landed on a paragraph
  int next_paragraph = 0;
  std::string frame_text;   // the selection's text, gathered as the frame draws
  ImVec2 end_place;         // where this frame drew the selection's last character
  std::string text;         // the last frame's
};
State g_state;

bool has_selection() {
  return g_state.anchor.paragraph >= 0 &&
         (g_state.anchor < g_state.focus || g_state.focus < g_state.anchor);
}

// The byte of `text` nearest to x on `line`: a character is passed once x is past its middle.
std::size_t byte_at(const std::string& text, const LineSpan& line, float x) {
  ImFont* font = ImGui::GetFont();
  float scale = ImGui::GetFontSize() / font->FontSize;
  float left = 0;
  for (std::size_t pos = line.begin; pos < line.end;) {
    std::size_t start = pos;
    char32_t c = next_code_point(text, &pos);
    float advance = font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * scale;
    if (x < left + advance / 2) return start;
    left += advance;
  }
  return line.end;
}

// Where on the paragraph the mouse is, if it is over it.
bool hit(const std::string& text, const std::vector<LineSpan>& lines, ImVec2 origin,
         float line_height, std::size_t* byte) {
  ImVec2 mouse = ImGui::GetMousePos();
  float width = ImGui::GetContentRegionAvail().x;
  if (lines.empty() || mouse.y < origin.y || mouse.x < origin.x - 4 ||
      mouse.x > origin.x + width || mouse.y >= origin.y + line_height * float(lines.size())) {
    return false;
  }
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return false;
  std::size_t line = std::min(std::size_t((mouse.y - origin.y) / line_height), lines.size() - 1);
  *byte = byte_at(text, lines[line], mouse.x - origin.x);
  return true;
}

}  // namespace

void begin_frame(const std::string& route) {
  if (route != g_state.route) {
    g_state.route = route;
    g_state.anchor = g_state.focus = Point{};
    g_state.dragging = false;
  }
  g_state.next_paragraph = 0;
  g_state.claimed = false;
  g_state.frame_text.clear();
}

std::pair<std::size_t, std::size_t> paragraph(const std::string& text,
                                              const std::vector<LineSpan>& lines, ImVec2 origin,
                                              float line_height) {
  int index = g_state.next_paragraph++;
  std::size_t byte = 0;
  bool over = hit(text, lines, origin, line_height, &byte);
  // A press on the paragraph itself — not on a link, a row or a field drawn over it.
  if (over && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered() &&
      !ImGui::IsAnyItemActive()) {
    g_state.anchor = g_state.focus = Point{index, byte};
    g_state.dragging = true;
    g_state.claimed = true;
  } else if (over && g_state.dragging && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    g_state.focus = Point{index, byte};
  }
  if (!has_selection()) return {0, 0};
  Point from = std::min(g_state.anchor, g_state.focus), to = std::max(g_state.anchor, g_state.focus);
  if (index < from.paragraph || index > to.paragraph) return {0, 0};
  std::size_t begin = index == from.paragraph ? from.byte : 0;
  std::size_t end = index == to.paragraph ? to.byte : text.size();
  if (begin >= end) return {0, 0};
  if (!g_state.frame_text.empty()) g_state.frame_text += '\n';
  g_state.frame_text.append(text, begin, end - begin);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (end < lines[i].begin || end > lines[i].end) continue;
    float x = ImGui::CalcTextSize(text.c_str() + lines[i].begin, text.c_str() + end).x;
    g_state.end_place = ImVec2(origin.x + x, origin.y + line_height * float(i + 1));
    break;
  }
  return {begin, end};
}

bool copy_place(ImVec2* where) {
  if (g_state.frame_text.empty() || g_state.dragging) return false;
  *where = g_state.end_place;
  return true;
}

void copy() {
  if (!g_state.frame_text.empty()) ImGui::SetClipboardText(g_state.frame_text.c_str());
}

void end_frame() {
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) g_state.dragging = false;
  // This frame's hover only (not the last frame's, as IsAnyItemHovered): a quick click beside
  // the 复制 button still clears.
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !g_state.claimed && GImGui->HoveredId == 0) {
    g_state.anchor = g_state.focus = Point{};
    g_state.dragging = false;
  }
  g_state.text = g_state.frame_text;
  ImGuiIO& io = ImGui::GetIO();
  bool copy = (io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_C), false);
  if (copy && !io.WantTextInput && !g_state.text.empty()) ImGui::SetClipboardText(g_state.text.c_str());
}

const std::string& selected_text() { return g_state.text; }

}  // namespace dutyatlas::web::text_selection
