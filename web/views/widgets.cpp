// Small drawing helpers the views share (see widgets.h).
#include "web/views/widgets.h"

#include <algorithm>
#include <cmath>

#include "core/search/snippet.h"
#include "web/automation.h"
#include "web/browser.h"
#include "web/text_layout.h"
#include "web/text_selection.h"
#include "web/theme.h"
#include "web/ui_text/lists.h"  // kEllipsis

namespace dutyatlas::web::widgets {
namespace {

using ByteRanges = std::vector<std::pair<std::size_t, std::size_t>>;

// The body of paragraph() and marked_paragraph(): `highlights` are byte ranges of `text` drawn
// on a highlighter background. A part of a larger widget (a clause, a row) is not `recorded`:
// the widget records itself once, with its whole text.
void draw_paragraph(const std::string& text, const std::string& key, ImU32 colour,
                    const ByteRanges& highlights, bool recorded = true) {
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
  ImU32 marker = ImGui::GetColorU32(theme::kHighlight);
  float clip_top = draw->GetClipRectMin().y, clip_bottom = draw->GetClipRectMax().y;
  const char* base = text.data();
  // The part the reader selected by dragging (text_selection.h), under the matched words.
  auto selected = text_selection::paragraph(text, lines, pos, line_height);
  ImU32 selection = ImGui::GetColorU32(theme::kSelection);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    float top = pos.y + float(i) * line_height;
    if (top + line_height < clip_top || top > clip_bottom) continue;  // off screen
    float y = top + (line_height - size) / 2;
    const LineSpan& line = lines[i];
    auto mark = [&](std::size_t begin, std::size_t end, ImVec2 pad, ImU32 colour, float rounding) {
      std::size_t from = std::max(begin, line.begin), to = std::min(end, line.end);
      if (from >= to) return;
      float x0 = font->CalcTextSizeA(size, FLT_MAX, 0, base + line.begin, base + from).x;
      float x1 = font->CalcTextSizeA(size, FLT_MAX, 0, base + line.begin, base + to).x;
      draw->AddRectFilled(ImVec2(pos.x + x0, y - pad.x), ImVec2(pos.x + x1, y + size + pad.y),
                          colour, rounding);
    };
    // The selection fills the whole line's height, as in a browser; matches get a marker.
    mark(selected.first, selected.second, ImVec2(y - top, top + line_height - y - size), selection, 0);
    for (const auto& [begin, end] : highlights) mark(begin, end, ImVec2(1, 2), marker, 2);
    draw->AddText(font, size, ImVec2(pos.x, y), ink, base + line.begin, base + line.end);
  }
  ImGui::Dummy(ImVec2(width, float(std::max<std::size_t>(lines.size(), 1)) * line_height));
  // Recorded with or without a key: the accessibility layer mirrors every paragraph.
  if (recorded) automation::record_item(key, text, automation::Role::kText);
}

}  // namespace

FittedText fit_text(ImFont* font, const std::string& text, float size, float min_size, float width) {
  constexpr float kTitleLineSpacing = 1.3f;  // titles sit tighter than body text
  auto advance_at = [&](float at) {
    return [font, at](char32_t c) {
      return font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * at / font->FontSize;
    };
  };
  FittedText fitted;
  fitted.font = font;
  float one_line = font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x;
  fitted.size = size;
  if (one_line > width) {
    // Width grows with the size: the size at which the line just fits, floored to a pixel.
    fitted.size = std::max(min_size, std::floor(size * width / one_line));
  }
  fitted.line_height = std::floor(fitted.size * kTitleLineSpacing);
  auto lay_out = [&](float max_width) {
    fitted.lines = break_lines(text, std::max(max_width, fitted.size), advance_at(fitted.size));
    fitted.width = 0;
    for (const LineSpan& line : fitted.lines) {
      fitted.width = std::max(fitted.width, font->CalcTextSizeA(fitted.size, FLT_MAX, 0,
                                                                text.c_str() + line.begin,
                                                                text.c_str() + line.end).x);
    }
  };
  lay_out(width);
  // A closing mark may hang past the line's end (悬挂, text_layout.h), but not past a tile's
  // edge: lines a mark narrower, so that a hanging one still fits.
  if (fitted.width > width) width -= fitted.width - width;
  lay_out(width);
  // Wrapped lines balanced, not a full line and a lone character (党委工作机/关): the
  // narrowest width, in steps of half a character, that still needs no more lines.
  std::size_t count = fitted.lines.size();
  if (count > 1) {
    float step = fitted.size / 2;
    for (float narrower = width - step; narrower > fitted.size; narrower -= step) {
      lay_out(narrower);
      if (fitted.lines.size() > count) {
        lay_out(narrower + step);
        break;
      }
    }
  }
  return fitted;
}

ImVec2 draw_fitted(ImDrawList* draw, const FittedText& fitted, const std::string& text, ImVec2 pos,
                   ImU32 colour) {
  const char* base = text.c_str();
  float y = pos.y;
  for (const LineSpan& line : fitted.lines) {
    draw->AddText(fitted.font, fitted.size,
                  ImVec2(pos.x, y + (fitted.line_height - fitted.size) / 2), colour,
                  base + line.begin, base + line.end);
    y += fitted.line_height;
  }
  return ImVec2(pos.x + fitted.width, y);
}

void paragraph(const std::string& text, const std::string& key, ImU32 colour) {
  draw_paragraph(text, key, colour, {});
}

void marked_paragraph(const std::string& marked, const std::string& key, ImU32 colour) {
  std::string plain;
  ByteRanges highlights;
  std::size_t open = std::string::npos;
  for (std::size_t i = 0; i < marked.size();) {
    std::string_view rest(marked.data() + i, marked.size() - i);
    if (rest.substr(0, kMarkOpen.size()) == kMarkOpen) {
      open = plain.size();
      i += kMarkOpen.size();
    } else if (rest.substr(0, kMarkClose.size()) == kMarkClose) {
      if (open != std::string::npos) highlights.push_back({open, plain.size()});
      open = std::string::npos;
      i += kMarkClose.size();
    } else {
      plain.push_back(marked[i++]);
    }
  }
  draw_paragraph(plain, key, colour, highlights);
}

bool link(const std::string& text, const std::string& key) {
  ImGui::PushID(key.c_str());
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton("##link", size);
  automation::record_item(key, text, automation::Role::kLink);
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

bool external_link(const std::string& text, const std::string& href, const std::string& key) {
  bool clicked = link(text, key);
  automation::set_last_href(href);
  if (clicked && !href.empty()) browser::open_external(href.c_str());
  return clicked;
}

void page_title(const Fonts& fonts, const std::string& text) {
  ImGui::PushFont(fonts.heading);
  draw_paragraph(text, "title", ImGui::GetColorU32(theme::kText), {}, /*recorded=*/false);
  automation::record_heading("title", text, 1);
  ImGui::PopFont();
}

void section_heading(const Fonts& fonts, const char* text) {
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::PushFont(fonts.heading);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
  ImGui::SetWindowFontScale(0.8f);  // section headings sit between title and body text
  ImGui::TextUnformatted(text);
  automation::record_heading(std::string("heading:") + text, text, 2);
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
    draw_paragraph(label + text, {}, 0, {}, /*recorded=*/false);
  } else {
    // A label column as wide as the widest label of the list: every clause's text starts at
    // the same x and wrapped lines hang under the text, not under the label.
    float size = ImGui::GetFontSize();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float line_height = std::floor(size * kLineSpacing);
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x, pos.y + (line_height - size) / 2),
                                        ImGui::GetColorU32(theme::kAccent), label.c_str());
    ImGui::Indent(label_width);
    draw_paragraph(text, {}, 0, {}, /*recorded=*/false);
    ImGui::Unindent(label_width);
  }
  automation::record_item(key, label + text, automation::Role::kText);
  ImGui::Dummy(ImVec2(0, 2));
}

bool text_field(const char* hint, char* buffer, std::size_t size, const std::string& key) {
  ImGui::PushID(key.c_str());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, 8));
  bool changed = ImGui::InputTextWithHint("##field", hint, buffer, size);
  ImGui::PopStyleVar(2);
  automation::record_field("input:" + key, buffer, hint, automation::Role::kTextBox);
  ImGui::PopID();
  return changed;
}

bool button(const std::string& label, const std::string& key, bool primary) {
  ImGui::PushID(key.c_str());
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::rgbf(0x16, 0x3E, 0x6E));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::rgbf(0x10, 0x30, 0x58));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 8));
  bool clicked = ImGui::Button(label.c_str());
  ImGui::PopStyleVar();
  if (primary) ImGui::PopStyleColor(4);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  automation::record_item("button:" + key, label, automation::Role::kButton);
  ImGui::PopID();
  return clicked;
}

constexpr float kChipPaddingX = 12;  // chip()'s frame padding; its border adds 1 px a side

namespace {

// `label` cut to fit `width` with an ellipsis, or whole if it fits: a chip never runs past the
// column (a long body name at 大字号 on a phone). The full label stays the chip's recorded text.
std::string fit_label(const std::string& label, float width) {
  if (ImGui::CalcTextSize(label.c_str()).x <= width) return label;
  ImFont* font = ImGui::GetFont();
  float ellipsis = ImGui::CalcTextSize(text::kEllipsis).x;
  const char* cut = label.c_str();
  font->CalcTextSizeA(ImGui::GetFontSize(), std::max(width - ellipsis, 0.0f), 0, label.c_str(),
                      label.c_str() + label.size(), &cut);
  return std::string(label.c_str(), cut) + text::kEllipsis;
}

}  // namespace

bool chip(const std::string& label, const std::string& key, bool on) {
  ImGui::PushID(key.c_str());
  float room = ImGui::GetContentRegionAvail().x - 2 * kChipPaddingX - 2;
  std::string shown = fit_label(label, room) + "##chip";
  ImGui::PushStyleColor(ImGuiCol_Button, on ? theme::kAccent : theme::kPanel);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? theme::kAccent : theme::kAccentSoft);
  ImGui::PushStyleColor(ImGuiCol_Text, on ? ImVec4(1, 1, 1, 1) : theme::kText);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 14.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kChipPaddingX, 4));
  bool clicked = ImGui::Button(shown.c_str());
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(3);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  automation::record_toggle("chip:" + key, label, on);
  ImVec2 text = ImGui::CalcTextSize(shown.c_str(), nullptr, /*hide_text_after_double_hash=*/true);
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  automation::set_last_text_box(min.x + kChipPaddingX, (min.y + max.y - text.y) / 2, text.x, text.y);
  ImGui::PopID();
  return clicked;
}

namespace {

// Continues the line if an item `width` wide still fits, else starts the next line.
void place_after_previous(float width, float spacing) {
  ImGui::SameLine(0, spacing);
  float right = ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
}

}  // namespace

bool flow_chip(const std::string& label, const std::string& key, bool on) {
  place_after_previous(ImGui::CalcTextSize(label.c_str()).x + 2 * kChipPaddingX + 2, 8);
  return chip(label, key, on);
}

bool flow_button(const std::string& label, const std::string& key) {
  place_after_previous(ImGui::CalcTextSize(label.c_str()).x + 2 * 16, 8);  // button()'s padding
  return button(label, key);
}

bool flow_link(const std::string& label, const std::string& key) {
  place_after_previous(ImGui::CalcTextSize(label.c_str()).x, 16);
  return link(label, key);
}

bool list_row(const std::string& title, const std::string& note, const std::string& key) {
  ImGui::PushID(key.c_str());
  float height = ImGui::GetTextLineHeight() + 18;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  bool clicked = ImGui::Selectable("##row", false, 0, ImVec2(width, height));
  automation::record_field(key, title, note.empty() ? title : title + " " + note,
                           automation::Role::kLink);
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
  draw_paragraph(title, {}, ImGui::GetColorU32(theme::kText), {}, /*recorded=*/false);
  draw_paragraph(facts, {}, ImGui::GetColorU32(theme::kMuted), {}, /*recorded=*/false);
  ImGui::Unindent(pad);
  ImGui::EndGroup();
  float height = ImGui::GetItemRectSize().y + pad - ImGui::GetStyle().ItemSpacing.y;
  ImGui::SetCursorScreenPos(start);
  bool clicked = ImGui::InvisibleButton("##row", ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();
  automation::record_field(key, title, title + " " + facts, automation::Role::kLink);
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

Band::Band(ImVec4 fill, ImVec4 bar)
    : start_(ImGui::GetCursorScreenPos()),
      width_(ImGui::GetContentRegionAvail().x),
      fill_(ImGui::GetColorU32(fill)),
      bar_(ImGui::GetColorU32(bar)) {
  // The content goes on channel 1; the background, sized once the content is known, on 0.
  ImGui::GetWindowDrawList()->ChannelsSplit(2);
  ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
  ImGui::Dummy(ImVec2(0, 8));
  ImGui::Indent(16);
}

Band::~Band() {
  ImGui::Unindent(16);
  ImGui::Dummy(ImVec2(0, 4));
  float bottom = ImGui::GetCursorScreenPos().y;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(start_, ImVec2(start_.x + width_, bottom), fill_, 4);
  draw->AddRectFilled(start_, ImVec2(start_.x + 4, bottom), bar_, 2);
  draw->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 8));
}

}  // namespace dutyatlas::web::widgets
