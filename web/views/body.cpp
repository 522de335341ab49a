// One body's page: who it is, 机构设置, 主要职责 as numbered clauses, and the document they
// come from.
#include <imgui.h>

#include "core/chinese_numerals.h"
#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

void draw_related_body(ViewContext& view, const char* label, const std::string& id,
                       const char* key) {
  if (id.empty()) return;
  const auto& names = view.app.state().body_names;
  auto it = names.find(id);
  if (it == names.end()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  if (widgets::link(it->second, key)) go_to(view.app, Route{Route::Kind::kBody, id});
}

}  // namespace

void draw_body(ViewContext& view) {
  const AppState& state = view.app.state();
  if (!state.body) {
    if (widgets::link(std::string(text::kBackMark) + text::kHome, "link:home")) {
      go_to(view.app, Route{});
    }
    widgets::muted_wrapped(text::kBodyNotFound, "not-found");
    return;
  }
  const Body& body = *state.body;
  const BodyCategory* category = find_body_category(body.category);
  std::string category_name = category ? std::string(category->name) : body.category;
  if (widgets::link(text::kBackMark + category_name, "link:category")) {
    go_to(view.app, Route{Route::Kind::kCategory, body.category});
  }
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, body.name);
  std::string facts = category_name;
  if (!body.rank.empty()) facts += std::string(text::kDot) + text::kRank + " " + body.rank;
  facts += std::string(text::kDot) + text::kUscc + " " + body.uscc;
  widgets::muted_wrapped(facts, "facts");
  draw_related_body(view, text::kParentBody, body.parent_id, "link:parent");
  draw_related_body(view, text::kHostBody, body.host_id, "link:host");

  if (!state.body_duties) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::muted_wrapped(text::kNoDuties, "no-duties");
    return;
  }
  const BodyDuties& duties = *state.body_duties;
  widgets::section_heading(view.fonts, text::kSetup);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(duties.setup.c_str());
  automation::record_item("setup", duties.setup);
  ImGui::PopTextWrapPos();

  widgets::section_heading(view.fonts, text::kMainDuties);
  for (const DutyClause& clause : duties.clauses) {
    widgets::numbered_clause(clause_label(clause.number), clause.text,
                             "clause:" + std::to_string(clause.number));
  }
  ImGui::Dummy(ImVec2(0, 8));
  widgets::muted_wrapped(std::string(text::kBasis) + text::kColon + duties.source.title +
                         text::kOpenParen + duties.source.doc_no + text::kCloseParen +
                         text::kComma + duties.source.effective + " " + text::kEffective,
                         "basis");
}

}  // namespace dutyatlas::web
