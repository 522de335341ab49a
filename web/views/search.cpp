// 搜索: results for the text in the route, grouped by kind, matched words highlighted; chips
// narrow them to one kind; each result opens the page it belongs to.
#include <imgui.h>

#include <map>

#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

struct KindInfo {
  const char* kind;
  const char* label;
};
// Display order of the groups: who and what first, documents last.
constexpr KindInfo kKinds[] = {
    {"body", text::kKindBody},       {"duty", text::kKindDuty},   {"matter", text::kKindMatter},
    {"power", text::kKindPower},     {"division", text::kKindDivision},
    {"task", text::kKindTask},       {"document", text::kKindDocument},
};

// Where a result leads: its body's page (a matter's first lead body), or nowhere.
Route route_of(const SearchHit& hit) {
  if (!hit.body_id.empty()) return {Route::Kind::kBody, hit.body_id};
  return {};
}

}  // namespace

void draw_search(ViewContext& view) {
  AppState& state = view.app.state();
  // The heading font holds only the interface's heading characters: the query goes below it.
  widgets::page_title(view.fonts, text::kSearchResults);
  std::map<std::string, int> counts;
  for (const auto& hit : state.search_hits) ++counts[hit.kind];
  widgets::muted_wrapped("“" + state.route.id + "” " + std::to_string(state.search_hits.size()) +
                             " " + text::kResultsUnit,
                         "result-count");
  if (state.search_hits.empty() && state.search_kind.empty()) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::paragraph(text::kNoResults, "no-results");
    return;
  }

  // Kind chips: 全部, then every kind that has results (or is the one chosen).
  if (widgets::chip(text::kAllKinds, "all", state.search_kind.empty())) {
    state.search_kind.clear();
    view.app.run_search();
  }
  for (const KindInfo& k : kKinds) {
    if (!counts.count(k.kind) && state.search_kind != k.kind) continue;
    ImGui::SameLine();
    if (ImGui::GetCursorPosX() > ImGui::GetContentRegionMax().x - 120) ImGui::NewLine();
    std::string label = std::string(k.label) + " " + std::to_string(counts[k.kind]);
    if (widgets::chip(label, k.kind, state.search_kind == k.kind)) {
      state.search_kind = state.search_kind == k.kind ? "" : k.kind;
      view.app.run_search();
    }
  }
  ImGui::Dummy(ImVec2(0, 4));

  for (const KindInfo& k : kKinds) {
    if (!counts.count(k.kind)) continue;
    widgets::section_heading(view.fonts, (std::string(k.label) + " " + std::to_string(counts[k.kind])).c_str());
    int index = 0;
    for (const SearchHit& hit : state.search_hits) {
      if (hit.kind != k.kind) continue;
      std::string key = std::string("result:") + hit.kind + ":" + hit.ref;
      Route target = route_of(hit);
      if (target.kind != Route::Kind::kHome) {
        if (widgets::link(hit.title, key)) go_to(view.app, target);
      } else {
        widgets::paragraph(hit.title, key);
      }
      widgets::marked_paragraph(hit.snippet, "snippet:" + std::string(hit.kind) + ":" + hit.ref,
                                ImGui::GetColorU32(theme::kMuted));
      ImGui::Dummy(ImVec2(0, 4));
      if (++index == 50) break;  // the chips show the rest
    }
  }
}

}  // namespace dutyatlas::web
