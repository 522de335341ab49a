// Facets of the list view: each facet column's values as chips with live counts (rows under the
// text and the OTHER facets' filters, so choosing one type does not zero the others), the
// chosen filters as removable chips, and the column chooser. Every change goes through the
// route (web/lists_route.h), so the view can be bookmarked, shared, and gone back through.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "web/automation.h"
#include "web/lists_route.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/lists.h"
#include "web/views/lists_views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

// Lines of chips a facet takes before 更多 (desktop: one, so the table stays in view).
constexpr int kFacetLinesDesktop = 1;
constexpr int kFacetLinesPhone = 3;
constexpr float kChipPadding = 24;  // a chip's width beyond its text (widgets::chip's padding)

float chip_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str()).x + kChipPadding + ImGui::GetStyle().ItemSpacing.x;
}

// Moves the cursor to the next line if a chip of `label` would not fit on this one.
void wrap_before(const std::string& label, float line_start_x) {
  float chip = chip_width(label);
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + chip > ImGui::GetContentRegionMax().x) {
    ImGui::NewLine();
    ImGui::SetCursorPosX(line_start_x);
  }
}

std::vector<std::string> ids_of(const std::vector<ListColumn>& columns, bool defaults_only) {
  std::vector<std::string> ids;
  for (const auto& c : columns) {
    if (!defaults_only || c.in_default) ids.push_back(c.id);
  }
  return ids;
}

std::string chip_label(const FacetValue& value) {
  return value.label + " " + std::to_string(value.count);
}

// The values a folded facet shows: the chosen ones first, then by count as long as they fit in
// `lines` lines of `width` px, leaving room for 更多.
std::vector<const FacetValue*> folded_values(const std::vector<const FacetValue*>& values,
                                             float width, int lines) {
  std::vector<const FacetValue*> shown;
  for (const FacetValue* v : values) {
    if (v->selected) shown.push_back(v);
  }
  float more = ImGui::CalcTextSize(text::kMore).x + 60;
  float x = 0;
  int line = 1;
  auto fits = [&](const FacetValue* v) {
    float w = chip_width(chip_label(*v));
    if (x + w > width - (line == lines ? more : 0)) {
      if (line == lines) return false;
      ++line;
      x = 0;
    }
    x += w;
    return true;
  };
  for (const FacetValue* v : shown) fits(v);
  for (const FacetValue* v : values) {
    if (v->selected) continue;
    if (!fits(v)) break;
    shown.push_back(v);
  }
  return shown;
}

void draw_facet(ViewContext& view, const Facet& facet, float label_width) {
  ListsState& lists = view.app.state().lists;
  bool expanded = lists.panels.expanded_facets.count(facet.column) > 0;
  // Values that would give no rows are left out (unless chosen: they can be removed).
  std::vector<const FacetValue*> available;
  for (const FacetValue& value : facet.values) {
    if (value.count > 0 || value.selected) available.push_back(&value);
  }
  if (available.empty()) return;

  ImGui::PushID(facet.column.c_str());
  float start_x = ImGui::GetCursorPosX();
  float line_start_x = label_width > 0 ? start_x + label_width : start_x;
  float width = ImGui::GetContentRegionMax().x - line_start_x;
  std::vector<const FacetValue*> shown =
      expanded ? available
               : folded_values(available, width, view.narrow ? kFacetLinesPhone : kFacetLinesDesktop);
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kMuted, "%s", facet.label.c_str());
  if (label_width > 0) ImGui::SameLine(line_start_x);
  bool first = true;
  for (const FacetValue* value : shown) {
    std::string label = chip_label(*value);
    if (!first) wrap_before(label, line_start_x);
    if (first && label_width == 0) ImGui::SetCursorPosX(line_start_x);
    first = false;
    std::string key = "facet:" + facet.column + ":" + value->value;
    if (widgets::chip(label, key, value->selected)) {
      go_to(view.app, toggle_list_filter(view.app.state().route, facet.column, value->value));
    }
  }
  if (shown.size() < available.size() || expanded) {
    std::string more = expanded ? std::string(text::kFewer)
                                : std::string(text::kMore) + " " +
                                      std::to_string(available.size() - shown.size());
    wrap_before(more, line_start_x);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);  // on the chips' text line
    if (widgets::link(more, "facet-more:" + facet.column)) {
      if (expanded) {
        lists.panels.expanded_facets.erase(facet.column);
      } else {
        lists.panels.expanded_facets.insert(facet.column);
      }
    }
  }
  ImGui::PopID();
}

}  // namespace

void draw_list_facets(ViewContext& view) {
  const ListsState& lists = view.app.state().lists;
  float label_width = 0;
  if (!view.narrow) {
    for (const Facet& facet : lists.result.facets) {
      label_width = std::max(label_width, ImGui::CalcTextSize(facet.label.c_str()).x + 16);
    }
  }
  for (const Facet& facet : lists.result.facets) draw_facet(view, facet, label_width);
}

void draw_list_chosen_filters(ViewContext& view) {
  const ListsState& lists = view.app.state().lists;
  if (lists.result.filters.empty() && lists.query.text.empty()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kMuted, "%s%s", text::kChosen, text::kColon);
  float start_x = ImGui::GetCursorPosX();
  for (const AppliedFilter& filter : lists.result.filters) {
    for (const FacetValue& value : filter.values) {
      std::string label = filter.label + text::kColon + value.label + text::kClearMark;
      wrap_before(label, start_x);
      if (widgets::chip(label, "remove:" + filter.column + ":" + value.value, true)) {
        go_to(view.app, toggle_list_filter(view.app.state().route, filter.column, value.value));
      }
    }
  }
  std::string clear = text::kClearFilters;
  wrap_before(clear, start_x);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);  // on the chips' text line
  if (widgets::link(clear, "link:clear-filters")) {
    view.app.state().lists.text_box[0] = '\0';
    go_to(view.app, clear_list_filters(view.app.state().route));
  }
  ImGui::Dummy(ImVec2(0, 2));
}

void draw_list_column_chooser(ViewContext& view) {
  ListsState& lists = view.app.state().lists;
  const ListResult& result = lists.result;
  std::vector<std::string> shown = ids_of(result.columns, false);
  std::vector<std::string> defaults = ids_of(result.all_columns, true);
  const Route& route = view.app.state().route;

  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPanel);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 10));
  // Every line is as tall as a button (widgets::button pads 8 px above and below).
  float row = ImGui::GetFontSize() + 16 + ImGui::GetStyle().ItemSpacing.y;
  float height = float(result.all_columns.size() + 1) * row + ImGui::GetTextLineHeightWithSpacing() + 28;
  ImGui::BeginChild("##columns", ImVec2(ImGui::GetContentRegionAvail().x, height), true,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::TextColored(theme::kMuted, "%s", text::kColumnsHint);
  // Shown columns first, in their order (the ones that move), then the others as the kind has them.
  std::vector<const ListColumn*> ordered;
  for (const auto& id : shown) {
    for (const auto& c : result.all_columns) {
      if (c.id == id) ordered.push_back(&c);
    }
  }
  for (const auto& c : result.all_columns) {
    if (std::find(shown.begin(), shown.end(), c.id) == shown.end()) ordered.push_back(&c);
  }
  Route target = route;
  for (const ListColumn* column : ordered) {
    ImGui::PushID(column->id.c_str());
    auto at = std::find(shown.begin(), shown.end(), column->id);
    bool on = at != shown.end();
    bool checked = on;
    // A visible box also when unticked (the panel is as white as the checkbox's frame).
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kMuted);
    if (ImGui::Checkbox(column->label.c_str(), &checked)) {
      target = toggle_list_column(route, shown, defaults, column->id);
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    automation::record_toggle("column:" + column->id, column->label, on);
    if (on) {
      ImGui::SameLine(ImGui::GetFontSize() * 11);
      ImGui::BeginDisabled(at == shown.begin());
      if (widgets::button(text::kMoveUp, "column-up:" + column->id)) {
        target = move_list_column(route, shown, defaults, column->id, -1);
      }
      ImGui::EndDisabled();
      ImGui::SameLine();
      ImGui::BeginDisabled(at + 1 == shown.end());
      if (widgets::button(text::kMoveDown, "column-down:" + column->id)) {
        target = move_list_column(route, shown, defaults, column->id, +1);
      }
      ImGui::EndDisabled();
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 4));
  if (widgets::button(text::kColumnsDefault, "columns-default")) {
    target = route.with(kListColumnsParam, "");
  }
  ImGui::SameLine();
  bool done = widgets::button(text::kColumnsDone, "columns-done", true);
  automation::mark_last_dismiss();  // Esc closes the panel, as this button does
  if (done) lists.panels.columns_open = false;
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  if (target != route) go_to(view.app, target);
}

void draw_list_sort_chips(ViewContext& view) {
  const ListsState& lists = view.app.state().lists;
  const Route& route = view.app.state().route;
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kMuted, "%s%s", text::kSortBy, text::kColon);
  float start_x = ImGui::GetCursorPosX();
  Route target = route;
  for (const ListColumn& column : lists.result.columns) {
    std::string label = column.label;
    bool on = lists.result.sort == column.id;
    if (on) label += lists.result.descending ? text::kDescendingMark : text::kAscendingMark;
    wrap_before(label, start_x);
    if (widgets::chip(label, "sort:" + column.id, on)) target = next_list_sort(route, column.id);
  }
  if (target != route) go_to(view.app, target);
  ImGui::Dummy(ImVec2(0, 2));
}

}  // namespace dutyatlas::web
