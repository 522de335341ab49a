// The multi-line text box the page edits and the canvas draws (see text_area.h): the page's
// value and selection in, the box drawn wrapped and scrolled, clicks and drags out as a
// selection for the page's <textarea>.
#include "web/views/text_area.h"

#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>
#include <vector>

#include "core/base/utf8.h"
#include "web/automation.h"
#include "web/client.h"
#include "web/text_layout.h"
#include "web/theme.h"
#include "web/ui_text/input.h"
#include "web/views/widgets.h"

// clang-format off
EM_JS(void, js_text_area_select, (const char* key, int start, int end), {
  if (Module.dutyatlasTextArea) Module.dutyatlasTextArea.select(UTF8ToString(key), start, end);
});
// clang-format on

namespace dutyatlas::web::widgets {
namespace {

constexpr float kPadX = 10;
constexpr float kPadY = 8;
// The box grows with its text up to this share of the window's height, then scrolls: on a
// laptop about 15 lines of a complaint stay in view with the button under them.
constexpr float kMaxHeightShare = 0.5f;
// The counter appears once the text has this share of the limit: below it, it is noise.
constexpr double kCounterFrom = 0.8;

// What the page said about one box, kept between frames.
struct AreaState {
  bool edited = false;  // the page sent a value the box has not taken yet
  std::string value;
  int select_start = 0;  // the page's selection, in UTF-16 code units as JavaScript counts
  int select_end = 0;
  bool focused = false;
  bool follow_caret = false;  // scroll the caret into view in the next frame
  std::size_t anchor = 0;     // byte offset where a mouse drag began
  std::string notice;         // the limit refused or cut something: said until the next edit
  std::size_t max_chars = 0;  // the last drawn frame's limit and length, for da_text_area_fits
  std::size_t chars = 0;
};
std::map<std::string, AreaState> g_areas;

std::string format_counts(const char* format, std::size_t a, std::size_t b) {
  char out[256];
  std::snprintf(out, sizeof out, format, int(a), int(b));
  return out;
}

// Byte offset of the UTF-16 offset `units` (the page's selection), and back.
std::size_t byte_at_utf16(std::string_view text, int units) {
  std::size_t pos = 0;
  for (int seen = 0; pos < text.size() && seen < units;) {
    char32_t cp = next_code_point(text, &pos);
    seen += cp >= 0x10000 ? 2 : 1;
  }
  return pos;
}

int utf16_at_byte(std::string_view text, std::size_t byte) {
  int units = 0;
  for (std::size_t pos = 0; pos < text.size() && pos < byte;) {
    units += next_code_point(text, &pos) >= 0x10000 ? 2 : 1;
  }
  return units;
}

// The first `max_chars` code points of `text`.
std::string_view first_chars(std::string_view text, std::size_t max_chars) {
  std::size_t pos = 0;
  for (std::size_t n = 0; pos < text.size() && n < max_chars; ++n) next_code_point(text, &pos);
  return text.substr(0, pos);
}

// The laid-out text: lines of at most `width` pixels, and how to measure along a line.
struct Layout {
  std::string_view text;
  std::vector<LineSpan> lines;
  ImFont* font;
  float size;
  float line_height;

  float x_of(std::size_t line, std::size_t byte) const {
    const LineSpan& l = lines[line];
    byte = std::clamp(byte, l.begin, l.end);
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + l.begin, text.data() + byte).x;
  }
  // The line a byte offset is drawn on: a wrapped line's last offset belongs to the next line,
  // except at the end of the text (the caret after the last character).
  std::size_t line_of(std::size_t byte) const {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (byte < lines[i].end || (byte == lines[i].end && (i + 1 == lines.size() || lines[i + 1].begin > byte))) {
        return i;
      }
    }
    return lines.size() - 1;
  }
  // The byte offset nearest to a point (relative to the text's top-left).
  std::size_t hit(ImVec2 at) const {
    int row = int(std::floor(at.y / line_height));
    std::size_t line = std::size_t(std::clamp(row, 0, int(lines.size()) - 1));
    const LineSpan& l = lines[line];
    float x = 0;
    for (std::size_t pos = l.begin; pos < l.end;) {
      std::size_t before = pos;
      char32_t cp = next_code_point(text, &pos);
      if (cp == '\n') return before;
      float advance = font->GetCharAdvance(ImWchar(cp <= 0xFFFF ? cp : 0xFFFD)) * size / font->FontSize;
      if (at.x < x + advance / 2) return before;
      x += advance;
    }
    return l.end;
  }
};

Layout lay_out(std::string_view text, float width) {
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  float scale = size / font->FontSize;
  Layout layout{text, {}, font, size, std::floor(size * kLineSpacing)};
  layout.lines = break_lines(text, width, [&](char32_t c) {
    return font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * scale;
  });
  // The caret needs a line to stand on after a final line break, and in an empty box.
  if (text.empty() || text.back() == '\n') layout.lines.push_back({text.size(), text.size()});
  return layout;
}

// Takes what the page sent: the value, cut at the limit (and said so) if it is longer.
bool take_page_edit(AreaState& s, std::string& text, std::size_t max_chars) {
  if (!s.edited) return false;
  s.edited = false;
  std::size_t chars = code_point_count(s.value);
  if (chars > max_chars) {
    s.notice = format_counts(text::kTextCut, max_chars, chars - max_chars);
    s.value = std::string(first_chars(s.value, max_chars));
  }
  if (s.value == text) return false;
  text = s.value;
  return true;
}

void draw_text(const Layout& layout, const AreaState& s, ImVec2 origin) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  std::size_t sel0 = byte_at_utf16(layout.text, std::min(s.select_start, s.select_end));
  std::size_t sel1 = byte_at_utf16(layout.text, std::max(s.select_start, s.select_end));
  float clip_top = draw->GetClipRectMin().y, clip_bottom = draw->GetClipRectMax().y;
  ImU32 ink = ImGui::GetColorU32(theme::kText);
  ImU32 selection = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
  float glyph_top = (layout.line_height - layout.size) / 2;
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    float top = origin.y + float(i) * layout.line_height;
    if (top + layout.line_height < clip_top || top > clip_bottom) continue;  // scrolled away
    const LineSpan& line = layout.lines[i];
    if (s.focused && sel0 < sel1 && sel0 <= line.end && sel1 > line.begin) {
      float x0 = layout.x_of(i, sel0), x1 = layout.x_of(i, sel1);
      if (sel1 > line.end) x1 += layout.size / 3;  // the selection goes on past the line's end
      draw->AddRectFilled(ImVec2(origin.x + x0, top), ImVec2(origin.x + x1, top + layout.line_height), selection);
    }
    draw->AddText(layout.font, layout.size, ImVec2(origin.x, top + glyph_top), ink,
                  layout.text.data() + line.begin, layout.text.data() + line.end);
  }
  if (s.focused && sel0 == sel1) {
    std::size_t line = layout.line_of(sel0);
    float x = origin.x + layout.x_of(line, sel0);
    float top = origin.y + float(line) * layout.line_height + glyph_top - 1;
    draw->AddLine(ImVec2(x, top), ImVec2(x, top + layout.size + 2), ink, 1.5f);
  }
}

// A press places the caret, a drag selects: sent to the page's <textarea>, which the page
// focuses when the button comes up (site/loader.js), so typing goes on from there.
void follow_mouse(const Layout& layout, AreaState& s, ImVec2 origin, const std::string& key) {
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  if (!ImGui::IsItemActive()) return;
  ImVec2 mouse = ImGui::GetIO().MousePos;
  std::size_t at = layout.hit(ImVec2(mouse.x - origin.x, mouse.y - origin.y));
  if (ImGui::IsItemActivated()) s.anchor = at;
  std::size_t from = std::min(s.anchor, at), to = std::max(s.anchor, at);
  int start = utf16_at_byte(layout.text, from), end = utf16_at_byte(layout.text, to);
  if (start == s.select_start && end == s.select_end && !ImGui::IsItemActivated()) return;
  s.select_start = start;
  s.select_end = end;
  js_text_area_select(key.c_str(), start, end);
}

void scroll_to_caret(const Layout& layout, AreaState& s, float view_height) {
  if (!s.follow_caret) return;
  s.follow_caret = false;
  std::size_t caret = byte_at_utf16(layout.text, s.select_end);
  float top = float(layout.line_of(caret)) * layout.line_height;
  float bottom = top + layout.line_height + 2 * kPadY;
  float scroll = ImGui::GetScrollY();
  if (top < scroll) ImGui::SetScrollY(top);
  else if (bottom > scroll + view_height) ImGui::SetScrollY(bottom - view_height);
}

// Under the box: the notice of what the limit refused, and the counter near the limit.
void draw_limit(const AreaState& s, std::size_t max_chars, const std::string& key) {
  if (!s.notice.empty()) {
    paragraph(s.notice, "input-refused:" + key, ImGui::GetColorU32(theme::kError));
    automation::mark_last_status();
  }
  if (double(s.chars) < kCounterFrom * double(max_chars)) return;
  std::string counter = format_counts(text::kTextCount, s.chars, max_chars);
  float width = ImGui::CalcTextSize(counter.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - width));
  bool full = s.chars >= max_chars;
  ImGui::PushStyleColor(ImGuiCol_Text, full ? theme::kError : theme::kMuted);
  ImGui::TextUnformatted(counter.c_str());
  ImGui::PopStyleColor();
  automation::record_item("input-count:" + key, counter, automation::Role::kStatus);
}

}  // namespace

bool text_area(const char* hint, std::string& text, std::size_t max_chars, float min_height,
               const std::string& key) {
  // Known to the page by its automation key, which is its <textarea>'s data-key.
  const std::string item_key = "input:" + key;
  AreaState& s = g_areas[item_key];
  bool changed = take_page_edit(s, text, max_chars);
  s.max_chars = max_chars;
  s.chars = code_point_count(text);

  float width = ImGui::GetContentRegionAvail().x;
  Layout layout = lay_out(text, std::max(width - 2 * kPadX - ImGui::GetStyle().ScrollbarSize, 1.0f));
  float content_height = float(layout.lines.size()) * layout.line_height + 2 * kPadY;
  float max_height = std::max(min_height, std::floor(ImGui::GetIO().DisplaySize.y * kMaxHeightShare));
  float height = std::clamp(content_height, min_height, max_height);

  ImGui::PushID(key.c_str());
  ImVec2 box = ImGui::GetCursorScreenPos();
  ImDrawList* page = ImGui::GetWindowDrawList();
  page->AddRectFilled(box, ImVec2(box.x + width, box.y + height), ImGui::GetColorU32(theme::kPanel), 4);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##area", ImVec2(width, height), false, ImGuiWindowFlags_NoBackground);
  scroll_to_caret(layout, s, height);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##text", ImVec2(width - ImGui::GetStyle().ScrollbarSize, content_height));
  ImVec2 text_origin(origin.x + kPadX, origin.y + kPadY);
  follow_mouse(layout, s, text_origin, item_key);
  draw_text(layout, s, text_origin);
  if (text.empty() && !s.focused) {
    // A hint, as a one-line field has: what to write here.
    ImGui::GetWindowDrawList()->AddText(layout.font, layout.size,
                                        ImVec2(text_origin.x, text_origin.y + (layout.line_height - layout.size) / 2),
                                        ImGui::GetColorU32(theme::kMuted), hint, nullptr,
                                        width - 2 * kPadX);
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  automation::record_field(item_key, text, hint, automation::Role::kTextArea);
  page->AddRect(box, ImVec2(box.x + width, box.y + height),
                ImGui::GetColorU32(s.focused ? theme::kAccent : theme::kBorder), 4, 0, s.focused ? 1.5f : 1.0f);
  draw_limit(s, max_chars, key);
  ImGui::PopID();
  return changed;
}

}  // namespace dutyatlas::web::widgets

// The page's half (site/text_area.js). Safe at any time: before the first frame a box is only
// remembered.
extern "C" {

// The <textarea> of box `key` changed: its whole value (null: only the selection or the focus
// changed), its selection in UTF-16 code units, and whether it has the focus.
EMSCRIPTEN_KEEPALIVE void da_text_area_edit(const char* key, const char* value, int select_start,
                                            int select_end, int focused) {
  using dutyatlas::web::client;
  auto& s = dutyatlas::web::widgets::g_areas[key ? key : ""];
  if (value) {
    s.edited = true;
    s.value = value;
    s.notice.clear();
    client().fonts.request_characters(value);
  }
  s.follow_caret = s.follow_caret || value || s.select_start != select_start || s.select_end != select_end;
  s.select_start = select_start;
  s.select_end = select_end;
  s.focused = focused != 0;
  client().request_frames();
}

// Whether `chars` characters fit box `key` (a paste or drop about to land). When they do not,
// the box says so and the page refuses the paste whole: 1 fits, 0 refused.
EMSCRIPTEN_KEEPALIVE int da_text_area_fits(const char* key, int chars) {
  using dutyatlas::web::client;
  auto found = dutyatlas::web::widgets::g_areas.find(key ? key : "");
  if (found == dutyatlas::web::widgets::g_areas.end() || chars <= int(found->second.max_chars)) return 1;
  found->second.notice = dutyatlas::web::widgets::format_counts(dutyatlas::web::text::kTextRefused,
                                                                std::size_t(chars), found->second.max_chars);
  client().request_frames();
  return 0;
}

}  // extern "C"
