// One list item in full (#/item/<kind>?key=): every field with its label, its legal basis, the
// responsibility items linked to it (for a power), every stage of a division matter, and the
// bodies it names, each a link to the body's page.
//
// Keys: item-title, field:<id>, basis, responsibility:<key> (opens that 责任清单 entry),
// stage:<key>, item-body:<role>:<id> (opens the body), link:list (back to the list).
#include <imgui.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/lists.h"
#include "web/views/lists_views.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

const char* role_label(const std::string& role) {
  if (role == "implementing") return text::kRoleImplementing;
  if (role == "lead") return text::kRoleLead;
  if (role == "cooperate") return text::kRoleCooperate;
  return text::kRoleResponsible;
}

// "label  value" with the labels in a column (desktop) or above their value (phone).
void draw_field(const ListItemField& field, float label_width) {
  if (field.value.empty()) return;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  if (label_width > 0) {
    float line = std::floor(ImGui::GetFontSize() * 1.6f);
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(pos.x, pos.y + (line - ImGui::GetFontSize()) / 2), ImGui::GetColorU32(theme::kMuted),
        field.label.c_str());
    ImGui::Indent(label_width);
    widgets::paragraph(field.value, "field:" + field.id);
    ImGui::Unindent(label_width);
  } else {
    ImGui::TextColored(theme::kMuted, "%s", field.label.c_str());
    widgets::paragraph(field.value, "field:" + field.id);
  }
  ImGui::Dummy(ImVec2(0, 2));
}

void draw_responsibilities(ViewContext& view, const ListItem& item) {
  if (item.responsibilities.empty()) return;
  widgets::section_heading(view.fonts, text::kItemResponsibilities);
  int number = 0;
  for (const LinkedResponsibility& r : item.responsibilities) {
    ImGui::PushID(r.seq);
    bool current = item.kind == "responsibilities" && item.key == r.key;
    std::string heading = std::to_string(++number) + ". " + r.stage;
    if (current) {
      widgets::paragraph(heading, "responsibility:" + r.key, ImGui::GetColorU32(theme::kText));
    } else {
      link_to(view.app, widgets::link(heading, "responsibility:" + r.key),
              Route{Route::Kind::kListItem, "responsibilities", {{"key", r.key}}});
    }
    ImGui::Indent(16);
    widgets::paragraph(r.duty);
    if (!r.accountability.empty()) {
      widgets::muted_wrapped(std::string(text::kAccountability) + text::kColon +
                             r.accountability);
    }
    if (!r.body_name.empty()) {
      widgets::muted_wrapped(std::string(text::kRoleResponsible) + text::kColon +
                             r.body_name);
    }
    ImGui::Unindent(16);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PopID();
  }
}

void draw_stages(ViewContext& view, const ListItem& item) {
  if (item.stages.empty()) return;
  widgets::section_heading(view.fonts, text::kItemStages);
  for (const ListRow& stage : item.stages) {
    assert(stage.cells.size() == item.stage_columns.size());  // a cell per stage column
    std::string line;
    for (std::size_t c = 0; c < stage.cells.size() && c < item.stage_columns.size(); ++c) {
      if (stage.cells[c].empty()) continue;
      if (!line.empty()) line += text::kSemicolon;
      line += item.stage_columns[c].label + text::kColon + stage.cells[c];
    }
    ImU32 colour = ImGui::GetColorU32(stage.key == item.key ? theme::kText : theme::kMuted);
    widgets::paragraph(line, "stage:" + stage.key, colour);
    ImGui::Dummy(ImVec2(0, 4));
  }
}

void draw_bodies(ViewContext& view, const ListItem& item) {
  if (item.bodies.empty()) return;
  widgets::section_heading(view.fonts, text::kItemBodies);
  const auto& names = view.app.state().body_names;
  for (const ListItemBody& body : item.bodies) {
    ImGui::PushID((body.role + body.id).c_str());
    ImGui::TextColored(theme::kMuted, "%s%s", role_label(body.role), text::kColon);
    ImGui::SameLine(0, 0);
    std::string key = "item-body:" + body.role + ":" + body.id;
    if (names.count(body.id)) {
      link_to(view.app, widgets::link(body.name, key), Route{Route::Kind::kBody, body.id});
    } else {
      widgets::paragraph(body.name, key);
    }
    ImGui::PopID();
  }
}

}  // namespace

void draw_list_item(ViewContext& view) {
  AppState& state = view.app.state();
  ListsState& lists = state.lists;
  const std::string& kind = state.route.id;
  std::string list_name = lists.item_list_name.empty() ? text::kLists : lists.item_list_name;
  if (widgets::link(text::kBackArrow + list_name, "link:list")) {
    // Back to the table as the reader left it (filters, sort), if they came from one.
    Route back{Route::Kind::kLists, lists.item_list_name.empty() ? "" : kind};
    if (lists.last_table.kind == Route::Kind::kLists && lists.last_table.id == kind) back = lists.last_table;
    go_to(view.app, back);
  }
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, list_name);
  if (!lists.has_item) {
    widgets::muted_wrapped(text::kItemNotFound, "not-found");
    return;
  }
  const ListItem& item = lists.item;
  // The heading font holds only the interface's and the lists' names: the item's own title is
  // drawn in the body font, in the accent colour.
  widgets::paragraph(item.title, "item-title", ImGui::GetColorU32(theme::kAccent));
  ImGui::Dummy(ImVec2(0, 4));

  widgets::section_heading(view.fonts, text::kItemFields);
  float label_width = 0;
  if (!view.narrow) {
    for (const auto& field : item.fields) {
      label_width = std::max(label_width, ImGui::CalcTextSize(field.label.c_str()).x + 20);
    }
  }
  for (const auto& field : item.fields) {
    if (field.id == "basis") continue;  // in full below, under its own heading
    draw_field(field, label_width);
  }
  if (!item.basis.empty()) {
    widgets::section_heading(view.fonts, text::kItemBasis);
    widgets::paragraph(item.basis, "basis");
  }
  draw_responsibilities(view, item);
  draw_stages(view, item);
  draw_bodies(view, item);
}

}  // namespace dutyatlas::web
