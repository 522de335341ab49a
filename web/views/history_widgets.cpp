// Drawing helpers of 历史沿革 and 新旧对照 (see history_widgets.h).
#include "web/views/history_widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/base/iso_date.h"
#include "web/automation.h"
#include "web/text_layout.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/views/widgets.h"

namespace dutyatlas::web::history_widgets {
namespace {

// As widgets.cpp's paragraphs, so a compared clause reads like the body page's clauses.
constexpr float kLineSpacing = 1.6f;

const ImVec4 kInsertedBackground = theme::rgbf(0xCC, 0xEE, 0xD4);
const ImVec4 kInsertedInk = theme::rgbf(0x0F, 0x4D, 0x24);
const ImVec4 kDeletedBackground = theme::rgbf(0xFA, 0xD6, 0xD6);
const ImVec4 kDeletedInk = theme::rgbf(0x8A, 0x1C, 0x1C);

struct Flat {
  std::string text;
  std::vector<std::pair<std::size_t, Ink>> starts;  // byte offset where each run starts
};

Flat flatten(const std::vector<Run>& runs) {
  Flat flat;
  for (const Run& run : runs) {
    if (run.text.empty()) continue;
    flat.starts.push_back({flat.text.size(), run.ink});
    flat.text += run.text;
  }
  return flat;
}

std::vector<LineSpan> lines_of(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  float scale = size / font->FontSize;
  return break_lines(text, std::max(width, size), [&](char32_t c) {
    return font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * scale;
  });
}

ImU32 ink_colour(Ink ink) {
  switch (ink) {
    case Ink::kLabel: return ImGui::GetColorU32(theme::kAccent);
    case Ink::kInserted: return ImGui::GetColorU32(kInsertedInk);
    case Ink::kDeleted: return ImGui::GetColorU32(kDeletedInk);
    case Ink::kMuted: return ImGui::GetColorU32(theme::kMuted);
    case Ink::kText:
    case Ink::kMarked: break;
  }
  return ImGui::GetColorU32(theme::kText);
}

}  // namespace

std::vector<Run> clause_runs(const std::string& label, const std::string& text,
                             const std::vector<DiffSpan>& spans, DiffKind side) {
  std::vector<Run> runs;
  runs.push_back({label, Ink::kLabel});
  if (spans.empty()) {
    runs.push_back({text, Ink::kText});
    return runs;
  }
  for (const DiffSpan& span : spans) {
    if (span.kind == DiffKind::kEqual) {
      runs.push_back({span.text, Ink::kText});
    } else if (span.kind == side) {
      runs.push_back({span.text, side == DiffKind::kInsert ? Ink::kInserted : Ink::kDeleted});
    }
  }
  return runs;
}

float runs_height(const std::vector<Run>& runs, float width) {
  Flat flat = flatten(runs);
  std::size_t lines = std::max<std::size_t>(lines_of(flat.text, width).size(), 1);
  return float(lines) * std::floor(ImGui::GetFontSize() * kLineSpacing);
}

float draw_runs(const std::vector<Run>& runs, ImVec2 pos, float width) {
  Flat flat = flatten(runs);
  auto lines = lines_of(flat.text, width);
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  float line_height = std::floor(size * kLineSpacing);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float clip_top = draw->GetClipRectMin().y, clip_bottom = draw->GetClipRectMax().y;
  const char* base = flat.text.data();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    float top = pos.y + float(i) * line_height;
    if (top + line_height < clip_top || top > clip_bottom) continue;  // off screen
    float y = top + (line_height - size) / 2;
    const LineSpan& line = lines[i];
    for (std::size_t r = 0; r < flat.starts.size(); ++r) {
      std::size_t begin = flat.starts[r].first;
      std::size_t end = r + 1 < flat.starts.size() ? flat.starts[r + 1].first : flat.text.size();
      std::size_t from = std::max(begin, line.begin), to = std::min(end, line.end);
      if (from >= to) continue;
      Ink ink = flat.starts[r].second;
      float x0 = pos.x + font->CalcTextSizeA(size, FLT_MAX, 0, base + line.begin, base + from).x;
      float x1 = pos.x + font->CalcTextSizeA(size, FLT_MAX, 0, base + line.begin, base + to).x;
      if (ink == Ink::kInserted) {
        draw->AddRectFilled(ImVec2(x0, y - 1), ImVec2(x1, y + size + 2),
                            ImGui::GetColorU32(kInsertedBackground), 2);
      } else if (ink == Ink::kDeleted) {
        draw->AddRectFilled(ImVec2(x0, y - 1), ImVec2(x1, y + size + 2),
                            ImGui::GetColorU32(kDeletedBackground), 2);
      } else if (ink == Ink::kMarked) {
        draw->AddRectFilled(ImVec2(x0, y - 1), ImVec2(x1, y + size + 2),
                            ImGui::GetColorU32(theme::kHighlight), 2);
      }
      draw->AddText(font, size, ImVec2(x0, y), ink_colour(ink), base + from, base + to);
      if (ink == Ink::kDeleted) {
        float middle = std::floor(y + size * 0.55f) + 0.5f;
        draw->AddLine(ImVec2(x0, middle), ImVec2(x1, middle), ink_colour(ink), 1.2f);
      }
    }
  }
  return float(std::max<std::size_t>(lines.size(), 1)) * line_height;
}

bool wrapped_link(const std::vector<Run>& runs, const std::string& text, const std::string& key,
                  float width) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float height = runs_height(runs, width);
  // As wide as the text when it fits on one line, so the hover area is the words, not the cell.
  Flat flat = flatten(runs);
  float one_line = ImGui::CalcTextSize(flat.text.c_str()).x;
  ImGui::PushID(key.c_str());
  bool clicked = ImGui::InvisibleButton("##link", ImVec2(std::min(width, one_line), height));
  ImGui::PopID();
  automation::record_item(key, text);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  draw_runs(runs, pos, width);
  return clicked;
}

ImVec4 compare_kind_colour(CompareKind kind) {
  switch (kind) {
    case CompareKind::kUnchanged: return theme::rgbf(0x8A, 0x94, 0xA0);
    case CompareKind::kAdded: return theme::rgbf(0x1E, 0x7B, 0x3A);
    case CompareKind::kRemoved: return theme::rgbf(0xB4, 0x23, 0x18);
    case CompareKind::kReworded: return theme::rgbf(0xA8, 0x63, 0x0C);
    case CompareKind::kTransferredIn:
    case CompareKind::kTransferredOut: return theme::kAccent;
    case CompareKind::kSplit:
    case CompareKind::kMerged: return theme::rgbf(0x6B, 0x3F, 0xA0);
  }
  return theme::kMuted;
}

ImVec4 change_kind_colour(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kSanding: return theme::kMuted;
    case ChangeKind::kAdded: return compare_kind_colour(CompareKind::kAdded);
    case ChangeKind::kRemoved: return compare_kind_colour(CompareKind::kRemoved);
    case ChangeKind::kReworded: return compare_kind_colour(CompareKind::kReworded);
    case ChangeKind::kTransferred: return compare_kind_colour(CompareKind::kTransferredIn);
  }
  return theme::kMuted;
}

ImVec2 tag_size(const std::string& text) {
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  return ImVec2(size.x + 12, size.y + 4);
}

ImVec2 draw_tag(const std::string& text, ImVec4 colour, ImVec2 pos) {
  ImVec2 size = tag_size(text);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(colour), 3);
  draw->AddText(ImVec2(pos.x + 6, pos.y + 2), IM_COL32_WHITE, text.c_str());
  return size;
}


void wrap_before(const std::string& label, bool first) {
  if (first) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = ImGui::CalcTextSize(label.c_str()).x + 24 + 2;  // chip padding and border
  float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + width;
  float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (right <= limit) ImGui::SameLine();
}

std::string date_picker(const std::string& key, const std::vector<DateChoice>& choices,
                        const std::string& data_date, const std::string& current, char* input,
                        std::size_t input_size, const char* button_label, std::string* error) {
  std::string chosen;
  bool first = true;
  for (const DateChoice& choice : choices) {
    std::string label = choice.date + (choice.sanding ? std::string(" ") + text::kThreeDing : "");
    wrap_before(label, first);
    first = false;
    if (widgets::chip(label, key + ":" + choice.date, choice.date == current)) chosen = choice.date;
  }
  if (!data_date.empty() && (choices.empty() || choices.back().date != data_date)) {
    std::string label = std::string(text::kDataDate) + " " + data_date;
    wrap_before(label, first);
    if (widgets::chip(label, key + ":" + data_date, data_date == current)) chosen = data_date;
  }
  // The field and its button on one line: the field takes what the button leaves.
  ImGui::Dummy(ImVec2(0, 2));
  float button_width = ImGui::CalcTextSize(button_label).x + 32 + ImGui::GetStyle().ItemSpacing.x;
  float field_width = std::min(260.0f, ImGui::GetContentRegionAvail().x - button_width);
  ImGui::PushItemWidth(field_width);
  ImGui::BeginGroup();
  ImGui::PushID(key.c_str());
  ImGui::SetNextItemWidth(field_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10, 6));
  bool entered = ImGui::InputTextWithHint("##date", text::kDateHint, input, input_size,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::PopStyleVar(2);
  automation::record_item("input:" + key, input);
  ImGui::PopID();
  ImGui::EndGroup();
  ImGui::PopItemWidth();
  ImGui::SameLine();
  bool pressed = widgets::button(button_label, key);
  if (entered || pressed) {
    std::string typed(input);
    if (is_valid_date(typed)) {
      error->clear();
      chosen = typed;
    } else {
      *error = typed;
    }
  }
  if (!error->empty()) {
    widgets::paragraph(std::string(text::kOpenQuote) + *error + text::kCloseQuote + text::kDateInvalid, "error:" + key,
                       ImGui::GetColorU32(theme::rgbf(0xB4, 0x23, 0x18)));
  }
  return chosen;
}

}  // namespace dutyatlas::web::history_widgets
