// The list as a table: sticky header whose cells sort, one line per row with long cells cut
// short ("…", the full text on hover and in the item), only the rows in view drawn — the
// clipper names them and fetch_list_rows() fetches them when they are outside the window.
// On phones (no horizontal scrolling by touch) each row is a card of "label：value" lines.
#include <imgui.h>
#include <imgui_internal.h>  // the wheel hand-over between the page and the table (below)

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

#include "web/automation.h"
#include "web/lists_route.h"
#include "web/navigation.h"
#include "web/text_layout.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/a11y.h"
#include "web/ui_text/lists.h"
#include "web/views/lists_views.h"

namespace dutyatlas::web {
namespace {

// Column widths in CSS px by column id: codes narrow, names and legal texts wide.
float column_width(const std::string& id) {
  struct Width {
    const char* id;
    float px;
  };
  static constexpr Width kWidths[] = {
      {"code", 150},   {"name", 260},          {"sub_name", 180}, {"type", 100},
      {"body", 190},   {"basis", 340},         {"responsible", 190}, {"service_unit", 170},
      {"time_limit", 110}, {"fee_basis", 200}, {"category", 120}, {"power", 240},
      {"stage", 90},   {"duty", 320},          {"accountability", 320}, {"number", 70},
      {"bodies", 240}, {"task", 360},          {"group", 120},    {"lead", 200},
      {"cooperating", 260},
  };
  for (const Width& w : kWidths) {
    if (id == w.id) return w.px;
  }
  return 180;
}

std::string joined_cells(const ListRow& row) {
  std::string out;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    if (i) out += '\t';
    out += row.cells[i];
  }
  return out;
}

// The row at `index` of the whole view if it is in the window, else null.
const ListRow* row_at(const ListResult& result, std::size_t index) {
  if (index < result.offset || index >= result.offset + result.rows.size()) return nullptr;
  return &result.rows[index - result.offset];
}

// The table scrolls inside the page, which scrolls too. A wheel over the table moves the page
// first until the table fills the view, and, going up, moves the page once the table is back at
// its first row — the way nested scrolling works on web pages. ImGui (1.86) gives the wheel to
// the table's own window during NewFrame; this runs before the table's window begins this frame,
// so it can take the wheel back (the table's scroll target) and give it to the page.
void hand_wheel_to_page_first(ImGuiWindow* inner) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  float wheel = g.IO.MouseWheel;
  ImGuiWindow* wheeled = g.WheelingWindow ? g.WheelingWindow : g.HoveredWindow;
  if (wheel == 0 || !inner || wheeled != inner) return;
  ImGuiWindow* page = ImGui::GetCurrentWindow();
  bool page_first = wheel < 0 ? page->Scroll.y < page->ScrollMax.y - 0.5f
                              : inner->Scroll.y <= 0.0f && page->Scroll.y > 0.0f;
  if (!page_first) return;
  inner->ScrollTarget.y = FLT_MAX;
  float step = ImFloor(ImMin(5 * page->CalcFontSize(), page->InnerRect.GetHeight() * 0.67f));
  ImGui::SetScrollY(page, page->Scroll.y - wheel * step);
}

Route item_route(const ListsState& state, const ListRow& row) {
  return Route{Route::Kind::kListItem, state.query.kind, {{"key", row.key}}};
}

void draw_header_cell(ViewContext& view, const ListColumn& column, float height) {
  const ListsState& lists = view.app.state().lists;
  std::string label = column.label;
  if (lists.result.sort == column.id) {
    label += lists.result.descending ? text::kDescendingMark : text::kAscendingMark;
  }
  ImGui::PushID(column.id.c_str());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::Selectable("##sort", false, 0, ImVec2(0, height));
  automation::record_item("sort:" + column.id, label, automation::Role::kColumnHeader);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImU32 ink = ImGui::GetColorU32(lists.result.sort == column.id ? theme::kAccent : theme::kText);
  float y = pos.y + (height - ImGui::GetFontSize()) / 2;
  draw_clipped_text(ImGui::GetWindowDrawList(), ImVec2(pos.x, y),
                    ImGui::GetContentRegionAvail().x, label, ink);
  ImGui::PopID();
  if (clicked) go_to(view.app, next_list_sort(view.app.state().route, column.id));
}

// The cell under the mouse, in full, when the table shows it cut short.
void cell_tooltip(const std::string& label, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_PopupBg, theme::kPanel);
  ImGui::PushStyleColor(ImGuiCol_Border, theme::kBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, 1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 6.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 4));  // the table has none
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextColored(theme::kMuted, "%s", label.c_str());
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ImGui::PopStyleVar(4);
  ImGui::PopStyleColor(2);
}

void draw_table(ViewContext& view, float height) {
  AppState& state = view.app.state();
  ListsState& lists = state.lists;
  const auto& columns = lists.result.columns;
  const int count = int(columns.size());
  const float row_height = std::floor(ImGui::GetTextLineHeight() + 14);
  ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings |
                          ImGuiTableFlags_Resizable;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(8, 0));
  // No spacing between rows: a row's selectable (its hover colour) is exactly the row.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme::rgbf(0xF7, 0xF9, 0xFC));
  ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::kPanel);
  ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, theme::kBorder);
  ImGui::PushStyleColor(ImGuiCol_TableBorderLight, theme::kBorder);
  // The table's id carries the columns: another choice of columns is a new table, so widths
  // a reader dragged for one set do not land on another.
  std::string id = "##list:" + lists.query.kind + ":" + std::to_string(count);
  for (const auto& c : columns) id += "," + c.id;
  unsigned int& rows_window = state.view_memory.list_rows_window;
  hand_wheel_to_page_first(ImGui::FindWindowByID(rows_window));
  automation::Group table("table:" + lists.query.kind, automation::Role::kTable, text::kListTable);
  if (ImGui::BeginTable(id.c_str(), count, flags, ImVec2(ImGui::GetContentRegionAvail().x, height))) {
    rows_window = ImGui::GetCurrentWindow()->ID;
    for (const auto& column : columns) {
      ImGui::TableSetupColumn(column.label.c_str(), ImGuiTableColumnFlags_WidthFixed,
                              column_width(column.id));
    }
    ImGui::TableSetupScrollFreeze(0, 1);  // the header stays while the rows scroll

    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, row_height);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(theme::kAccentSoft));
    for (int c = 0; c < count; ++c) {
      ImGui::TableSetColumnIndex(c);
      draw_header_cell(view, columns[std::size_t(c)], row_height);
    }

    ImGuiListClipper clipper;
    clipper.Begin(int(lists.result.total), row_height);
    while (clipper.Step()) {
      fetch_list_rows(state.db.get(), std::size_t(clipper.DisplayStart),
                      std::size_t(clipper.DisplayEnd), &lists);
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        ImGui::TableNextRow(0, row_height);
        const ListRow* row = row_at(lists.result, std::size_t(i));
        if (!row) continue;
        ImGui::TableSetColumnIndex(0);
        const ImVec2 first_cell = ImGui::GetCursorScreenPos();
        ImGui::PushID(i);
        bool clicked = ImGui::Selectable("##row", false,
                                         ImGuiSelectableFlags_SpanAllColumns |
                                             ImGuiSelectableFlags_AllowItemOverlap,
                                         ImVec2(0, row_height));
        bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        // The automation API gets the row's first cell (always on screen; the selectable spans
        // columns scrolled out of view): a click there is a click on the row.
        ImGui::SetCursorScreenPos(first_cell);
        ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, row_height));
        automation::record_item("row:" + row->key, joined_cells(*row), automation::Role::kRow);
        ImGui::PopID();
        assert(row->cells.size() == columns.size());  // one cell per column, in order
        for (int c = 0; c < count && std::size_t(c) < row->cells.size(); ++c) {
          ImGui::TableSetColumnIndex(c);
          // Column 0's cursor is below the row's selectable by now: its text goes where it began.
          ImVec2 pos = c == 0 ? first_cell : ImGui::GetCursorScreenPos();
          float width = ImGui::GetContentRegionAvail().x;
          const std::string& cell = row->cells[std::size_t(c)];
          draw_clipped_text(ImGui::GetWindowDrawList(),
                            ImVec2(pos.x, pos.y + (row_height - ImGui::GetFontSize()) / 2), width,
                            cell, ImGui::GetColorU32(theme::kText));
          bool column_hovered = ImGui::TableGetColumnFlags(c) & ImGuiTableColumnFlags_IsHovered;
          if (hovered && column_hovered && text_overflows(cell, width)) {
            cell_tooltip(columns[std::size_t(c)].label, cell);
          }
        }
        link_to(view.app, clicked, item_route(lists, *row));
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleColor(4);
  ImGui::PopStyleVar(2);
}

// The columns that name the item (事项名称, 职责任务 …): on a card they get two lines.
bool is_title_column(const std::string& id) {
  return id == "name" || id == "task" || id == "duty" || id == "power";
}

// `text` in at most two lines of `width` px, broken by Chinese rules, "…" if it goes on.
void draw_two_lines(ImDrawList* draw, ImVec2 pos, float width, float line, const std::string& text,
                    ImU32 colour) {
  ImFont* font = ImGui::GetFont();
  float scale = ImGui::GetFontSize() / font->FontSize;
  auto lines = break_lines(text, width, [&](char32_t c) {
    return font->GetCharAdvance(ImWchar(c <= 0xFFFF ? c : 0xFFFD)) * scale;
  });
  if (lines.empty()) return;
  draw->AddText(font, ImGui::GetFontSize(), pos, colour, text.data() + lines[0].begin,
                text.data() + lines[0].end);
  if (lines.size() < 2) return;
  draw_clipped_text(draw, ImVec2(pos.x, pos.y + line), width, text.substr(lines[1].begin), colour);
}

// Phones: a card per row, every shown column on a line of its own ("label：value", cut to the
// width; the item's name on two), the first in the accent colour. All cards are as tall, so
// the clipper still works.
//
// On a phone the page is the one scroll container: the cards are drawn in it, not in a box that
// scrolls inside the scrolling page (a finger would move one or the other, unpredictably). The
// clipper still fetches only the rows on screen.
void draw_cards(ViewContext& view) {
  AppState& state = view.app.state();
  ListsState& lists = state.lists;
  const auto& columns = lists.result.columns;
  const float line = std::floor(ImGui::GetTextLineHeight() * 1.5f);
  const float pad = 10;
  float lines = 0;
  for (const auto& column : columns) lines += is_title_column(column.id) ? 2 : 1;
  const float card_height = lines * line + 2 * pad;
  const float gap = 8;
  automation::Group table("table:" + lists.query.kind, automation::Role::kTable, text::kListTable);
  state.view_memory.list_rows_window = ImGui::GetCurrentWindow()->ID;
  ImGuiListClipper clipper;
  clipper.Begin(int(lists.result.total), card_height + gap);
  while (clipper.Step()) {
    fetch_list_rows(state.db.get(), std::size_t(clipper.DisplayStart),
                    std::size_t(clipper.DisplayEnd), &lists);
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ListRow* row = row_at(lists.result, std::size_t(i));
      ImVec2 pos = ImGui::GetCursorScreenPos();
      float width = ImGui::GetContentRegionAvail().x;
      ImGui::PushID(i);
      bool clicked = ImGui::InvisibleButton("##card", ImVec2(width, card_height + gap));
      ImGui::PopID();
      if (!row) continue;
      automation::record_item("row:" + row->key, joined_cells(*row), automation::Role::kRow);
      ImDrawList* draw = ImGui::GetWindowDrawList();
      ImVec2 end(pos.x + width, pos.y + card_height);
      draw->AddRectFilled(pos, end, ImGui::GetColorU32(theme::kPanel), 6);
      draw->AddRect(pos, end, ImGui::GetColorU32(theme::kBorder), 6);
      float y = pos.y + pad + (line - ImGui::GetFontSize()) / 2;
      for (std::size_t c = 0; c < columns.size() && c < row->cells.size(); ++c) {
        std::string label = columns[c].label + text::kColon;
        float label_width = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(pos.x + pad, y), ImGui::GetColorU32(theme::kMuted), label.c_str());
        ImVec2 at(pos.x + pad + label_width, y);
        float room = width - 2 * pad - label_width;
        ImU32 ink = ImGui::GetColorU32(c == 0 ? theme::kAccent : theme::kText);
        if (is_title_column(columns[c].id)) {
          draw_two_lines(draw, at, room, line, row->cells[c], ink);
          y += 2 * line;
        } else {
          draw_clipped_text(draw, at, room, row->cells[c], ink);
          y += line;
        }
      }
      link_to(view.app, clicked, item_route(lists, *row));
    }
  }
}

}  // namespace

bool text_overflows(const std::string& text, float width) {
  return ImGui::CalcTextSize(text.c_str()).x > width;
}

void draw_clipped_text(ImDrawList* draw, ImVec2 pos, float width, const std::string& text,
                       ImU32 colour) {
  ImFont* font = ImGui::GetFont();
  float size = ImGui::GetFontSize();
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  // Cells are one line: a line break in the data shows as the end of what fits.
  const char* newline = std::find(begin, end, '\n');
  if (newline == end && font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x <= width) {
    draw->AddText(font, size, pos, colour, begin, end);
    return;
  }
  float ellipsis = font->CalcTextSizeA(size, FLT_MAX, 0, text::kEllipsis).x;
  const char* cut = begin;
  font->CalcTextSizeA(size, std::max(width - ellipsis, 0.0f), 0, begin, newline, &cut);
  draw->AddText(font, size, pos, colour, begin, cut);
  float used = font->CalcTextSizeA(size, FLT_MAX, 0, begin, cut).x;
  draw->AddText(font, size, ImVec2(pos.x + used, pos.y), colour, text::kEllipsis);
}

void draw_list_table(ViewContext& view) {
  const ListsState& lists = view.app.state().lists;
  if (lists.result.columns.empty()) return;
  if (view.narrow) {
    draw_cards(view);
    return;
  }
  // As tall as the content column shows, so that scrolled to it the table fills the screen;
  // never so short that only a few rows show. Nothing follows it: the page ends with the table.
  // (The content window's own padding: the style's is not the one page.cpp gave it.)
  float visible = ImGui::GetWindowHeight() - 2 * ImGui::GetCurrentWindow()->WindowPadding.y;
  draw_table(view, std::max(visible, 320.0f));
}

}  // namespace dutyatlas::web
