// 全区职责调整: every change to any body's duties in a period, each linking to its comparison.
//
// One year at a time (#/changes/<year>), newest first by default; chips filter by kind and by
// body (either side of a transfer). A row says when, which body, what happened to which clause
// and by which document; clicking it opens that body's 新旧对照 across the document's day.
#include <imgui.h>

#include <string>

#include "core/history/history_dates.h"
#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/views/history_widgets.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

using history_widgets::Ink;
using history_widgets::Run;

Route changes_route(const HistoryState& h) {
  Route route{Route::Kind::kChanges, h.year};
  if (!h.body_filter.empty()) route.params["body"] = h.body_filter;
  if (h.kind_filter) route.params["kind"] = change_kind_code(*h.kind_filter);
  return route;
}

void label(const char* text) {
  ImGui::AlignTextToFramePadding();  // level with the chips beside it
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

// What a change did, in words: the clause and, for a transfer, where it went.
std::vector<Run> change_runs(const DutyChangeRecord& r) {
  std::vector<Run> runs;
  if (r.kind == ChangeKind::kSanding) {
    runs.push_back({std::string(text::kSandingSets) + " " + std::to_string(r.clause_count) + " " +
                        text::kItemUnit, Ink::kText});
    return runs;
  }
  if (r.kind == ChangeKind::kTransferred) {
    runs.push_back({r.body_name + text::kTransferArrow + r.other_body_name + text::kColon, Ink::kMuted});
  }
  if (r.kind == ChangeKind::kReworded && !r.spans.empty()) {
    for (const DiffSpan& span : r.spans) {
      runs.push_back({span.text, span.kind == DiffKind::kEqual    ? Ink::kText
                                 : span.kind == DiffKind::kInsert ? Ink::kInserted
                                                                  : Ink::kDeleted});
    }
  } else {
    runs.push_back({r.text, r.kind == ChangeKind::kRemoved ? Ink::kDeleted : Ink::kText});
  }
  return runs;
}

// One change as a clickable card: date · body · kind, the clause, the document.
bool change_row(const DutyChangeRecord& r, const std::string& n, float width, bool narrow) {
  ImVec2 top = ImGui::GetCursorScreenPos();
  const float pad = 10;
  std::string head = r.date + "  " + r.body_name;
  std::string kind(change_kind_label(r.kind));
  std::string doc = r.document.doc_no + " " + r.document.title;
  auto runs = change_runs(r);
  float inner = width - 2 * pad;
  // The head wraps beside the tag (a long body name on a phone).
  float tag_width = history_widgets::tag_size(kind).x + 8;
  float link_width = narrow ? 0 : ImGui::CalcTextSize(text::kOpenComparison).x + 16;
  float head_width = inner - tag_width - link_width;
  std::vector<Run> head_runs = {{head, Ink::kText}};
  float head_h = history_widgets::runs_height(head_runs, head_width);
  float runs_h = history_widgets::runs_height(runs, inner);
  std::vector<Run> doc_runs = {{doc, Ink::kMuted}};
  float doc_h = history_widgets::runs_height(doc_runs, inner);
  float height = pad + head_h + runs_h + doc_h + pad;
  ImGui::PushID(n.c_str());
  bool clicked = ImGui::InvisibleButton("##change", ImVec2(width, height));
  bool hovered = ImGui::IsItemHovered();
  automation::record_item("change:" + n, kind + " " + r.body_name);
  ImGui::PopID();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float clip_top = draw->GetClipRectMin().y, clip_bottom = draw->GetClipRectMax().y;
  if (top.y + height < clip_top || top.y > clip_bottom) {  // off screen: only its space
    ImGui::Dummy(ImVec2(0, 6));
    return clicked;
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  draw->AddRectFilled(top, ImVec2(top.x + width, top.y + height),
                      ImGui::GetColorU32(hovered ? theme::kAccentSoft : theme::kPanel), 4);
  draw->AddRect(top, ImVec2(top.x + width, top.y + height), ImGui::GetColorU32(theme::kBorder), 4);
  float x = top.x + pad, y = top.y + pad;
  float first_line = (ImGui::GetFontSize() * 1.6f - ImGui::GetFontSize()) / 2;  // text's top in a line
  history_widgets::draw_tag(kind, history_widgets::change_kind_colour(r.kind), ImVec2(x, y + first_line - 2));
  history_widgets::draw_runs(head_runs, ImVec2(x + tag_width, y), head_width);
  if (!narrow) {
    float w = ImGui::CalcTextSize(text::kOpenComparison).x;
    draw->AddText(ImVec2(top.x + width - pad - w, y + first_line), ImGui::GetColorU32(theme::kAccent),
                  text::kOpenComparison);
  }
  y += head_h;
  y += history_widgets::draw_runs(runs, ImVec2(x, y), inner);
  history_widgets::draw_runs(doc_runs, ImVec2(x, y), inner);
  ImGui::Dummy(ImVec2(0, 6));
  return clicked;
}

}  // namespace

void draw_changes(ViewContext& view) {
  HistoryState& h = view.app.state().history;
  if (!h.loaded) return;
  widgets::page_title(view.fonts, h.year.empty() ? std::string(text::kDistrictChanges)
                                                 : h.year + text::kYearChanges);
  if (h.years.empty()) {
    widgets::muted_wrapped(text::kNoChangesAtAll, "no-changes");
    return;
  }
  // Years, newest first.
  ImGui::Dummy(ImVec2(0, 4));
  label(text::kYears);
  for (std::size_t i = 0; i < h.years.size(); ++i) {
    history_widgets::wrap_before(h.years[i], false);
    if (widgets::chip(h.years[i], "year:" + h.years[i], h.years[i] == h.year)) {
      Route route = changes_route(h);
      route.id = h.years[i];
      go_to(view.app, route);
    }
  }
  // Kinds, with how many of each (after the body filter).
  label(text::kKinds);
  for (const ChangeKindCount& c : h.kind_counts) {
    std::string name = c.kind ? std::string(change_kind_label(*c.kind)) : text::kAll;
    std::string code = c.kind ? std::string(change_kind_code(*c.kind)) : std::string();
    std::string chip_label = name + " " + std::to_string(c.count);
    history_widgets::wrap_before(chip_label, false);
    if (widgets::chip(chip_label, "kind:" + (c.kind ? code : std::string("all")),
                      c.kind == h.kind_filter)) {
      go_to(view.app, changes_route(h).with("kind", code));
    }
  }
  // Bodies that changed that year.
  label(text::kBodies);
  history_widgets::wrap_before(text::kAll, false);
  if (widgets::chip(text::kAll, "body:all", h.body_filter.empty())) {
    go_to(view.app, changes_route(h).with("body", ""));
  }
  for (const auto& [id, name] : h.bodies_in_year) {
    history_widgets::wrap_before(name, false);
    if (widgets::chip(name, "body:" + id, id == h.body_filter)) {
      go_to(view.app, changes_route(h).with("body", id == h.body_filter ? "" : id));
    }
  }
  ImGui::Dummy(ImVec2(0, 8));
  std::string count = std::to_string(h.changes.size()) + " " + text::kChangesCount;
  if (!h.body_filter_name.empty()) count = h.body_filter_name + text::kColon + count;
  widgets::muted_wrapped(count, "changes-count");
  ImGui::Dummy(ImVec2(0, 4));
  if (h.changes.empty()) widgets::muted_wrapped(text::kNoChanges, "no-changes");
  float width = ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < h.changes.size(); ++i) {
    const DutyChangeRecord& r = h.changes[i];
    if (change_row(r, std::to_string(i + 1), width, view.narrow)) {
      go_to(view.app,
            Route{Route::Kind::kCompare, r.body_id, {{"from", day_before(r.date)}, {"to", r.date}}});
    }
  }
}

}  // namespace dutyatlas::web
