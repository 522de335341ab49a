// 清单查询: the lists at a glance (#/lists), and one list as a table (#/lists/<kind>?…) — text
// filter, facets with live counts, the chosen filters, columns, export and print, the table.
// The parts live in lists_facets.cpp and lists_table.cpp (see lists_views.h for the keys).
#include <imgui.h>

#include <string>

#include "web/automation.h"
#include "web/browser.h"
#include "web/lists_route.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/lists.h"
#include "web/views/lists_views.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

std::string count_text(std::size_t count) {
  return std::to_string(count) + " " + text::kItemUnit;
}

void draw_overview(ViewContext& view) {
  const ListsState& lists = view.app.state().lists;
  widgets::page_title(view.fonts, text::kLists);
  widgets::muted_wrapped(text::kListsIntro, "intro");
  ImGui::Dummy(ImVec2(0, 6));
  for (const ListKindInfo& kind : lists.kinds) {
    link_to(view.app, widgets::list_row(kind.name, count_text(kind.count), "list:" + kind.kind),
            Route{Route::Kind::kLists, kind.kind});
    // 权力清单 by its types (公共服务事项 among them): one click to the type's table.
    if (kind.kind != "powers" || lists.power_types.empty()) continue;
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::Indent(12);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::kMuted, "%s%s", text::kByType, text::kColon);
    float start_x = ImGui::GetCursorPosX();
    for (const FacetValue& type : lists.power_types) {
      std::string label = type.label + " " + std::to_string(type.count);
      float chip = ImGui::CalcTextSize(label.c_str()).x + 24;
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + chip > ImGui::GetContentRegionMax().x) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(start_x);
      }
      if (widgets::chip(label, "type:" + type.value, false)) {
        go_to(view.app, Route{Route::Kind::kLists, "powers", {{"type", type.value}}});
      }
    }
    ImGui::Unindent(12);
    ImGui::Dummy(ImVec2(0, 6));
  }
}

// 共 N 项, then 选择列 · 导出表格 · 打印 (and 筛选 on phones).
void draw_toolbar(ViewContext& view) {
  AppState& state = view.app.state();
  ListsState& lists = state.lists;
  ImGui::AlignTextToFramePadding();
  std::string total = std::string(text::kTotalPrefix) + " " + count_text(lists.result.total);
  ImGui::TextUnformatted(total.c_str());
  automation::record_item("list-total", total, automation::Role::kStatus);
  ImGui::SameLine(0, 16);
  if (view.narrow) {
    std::string filters = text::kFilters;
    if (!lists.result.filters.empty()) filters += " " + std::to_string(lists.result.filters.size());
    if (widgets::button(filters, "filters", lists.panels.filters_open)) {
      lists.panels.filters_open = !lists.panels.filters_open;
    }
    ImGui::SameLine();
  }
  if (widgets::button(text::kColumns, "columns", lists.panels.columns_open)) {
    lists.panels.columns_open = !lists.panels.columns_open;
  }
  ImGui::SameLine();
  if (view.narrow && ImGui::GetCursorPosX() + 200 > ImGui::GetContentRegionMax().x) ImGui::NewLine();
  if (widgets::button(text::kExportTable, "export-csv")) {
    std::string filename, csv;
    if (export_list_csv(state.db.get(), lists, &filename, &csv)) {
      browser::download(filename.c_str(), "text/csv;charset=utf-8", csv.data(), csv.size());
    }
  }
  ImGui::SameLine();
  if (widgets::button(text::kExportExcel, "export-xlsx")) {
    std::string filename, bytes;
    if (export_list_xlsx(state.db.get(), lists, &filename, &bytes)) {
      browser::download(filename.c_str(), browser::kXlsxMimeType, bytes.data(), bytes.size());
    }
  }
  ImGui::SameLine();
  if (widgets::button(text::kPrint, "print")) print_view(view.app);
  if (!view.narrow && lists.result.total > 0) {
    ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::kMuted, "%s", text::kRowHint);
  }
}

void draw_table_page(ViewContext& view) {
  AppState& state = view.app.state();
  ListsState& lists = state.lists;
  link_to(view.app, widgets::link(text::kBackToLists, "link:lists"), Route{Route::Kind::kLists});
  ImGui::Dummy(ImVec2(0, 2));
  if (!lists.error.empty()) {
    widgets::page_title(view.fonts, text::kLists);
    widgets::paragraph(std::string(text::kListError) + lists.error, "list-error");
    return;
  }
  widgets::page_title(view.fonts, lists.result.name);

  if (widgets::text_field(text::kTextFilterHint, lists.text_box, sizeof lists.text_box, "list-text")) {
    // Each key narrows the table at once; the history keeps one entry for the typing.
    bool typing = !state.route.param(kListTextParam).empty();
    if (typing) {
      replace_with(view.app, state.route.with(kListTextParam, lists.text_box));
    } else {
      go_to(view.app, state.route.with(kListTextParam, lists.text_box));
    }
  }
  ImGui::Dummy(ImVec2(0, 4));
  if (!view.narrow || lists.panels.filters_open) {
    draw_list_facets(view);
    if (view.narrow) draw_list_sort_chips(view);
  }
  draw_list_chosen_filters(view);
  ImGui::Dummy(ImVec2(0, 2));
  draw_toolbar(view);
  if (lists.panels.columns_open) {
    ImGui::Dummy(ImVec2(0, 4));
    draw_list_column_chooser(view);
  }
  ImGui::Dummy(ImVec2(0, 6));
  if (lists.result.total == 0) {
    widgets::muted_wrapped(text::kNoMatchingItems, "no-rows");
    return;
  }
  draw_list_table(view);
}

}  // namespace

std::string lists_heading_text(const AppState& state) {
  std::string out = std::string(text::kLists) + text::kDivisionList + text::kItemFields +
                    text::kItemBasis + text::kItemResponsibilities + text::kItemStages +
                    text::kItemBodies;
  // The page title of a table is its list's name, as the data declares it.
  if (state.db) {
    for (const auto& name : list_names(*state.db)) out += name;
  }
  return out;
}

void draw_lists(ViewContext& view) {
  AppState& state = view.app.state();
  const bool drew_table = state.lists.page == ListsState::Page::kTable;
  switch (state.lists.page) {
    case ListsState::Page::kTable: draw_table_page(view); break;
    case ListsState::Page::kOverview:
    default: draw_overview(view); break;
  }
  // The frame after the table first showed (and not the one that left for another view):
  // prepare its sorts while the reader looks at it.
  if (drew_table && !view.app.navigation_requested()) {
    if (state.lists.table_drawn) warm_list_sorts(state.db.get(), &state.lists);
    state.lists.table_drawn = true;
  }
}

}  // namespace dutyatlas::web
