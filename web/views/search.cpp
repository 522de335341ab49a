// 搜索: results for the text in the route, grouped by kind, matched words highlighted; chips
// narrow them to one kind; each result opens the page it belongs to.
#include <imgui.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

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

// Where a result leads: a body's page for a body, a duty or a division; the list item for a
// power, a task or a matter of the 职责分工清单; the document in the archive.
Route route_of(const SearchHit& hit) {
  if (hit.kind == "power") return {Route::Kind::kListItem, "powers", {{"key", hit.ref}}};
  if (hit.kind == "matter") return {Route::Kind::kListItem, "division", {{"key", hit.ref}}};
  if (hit.kind == "task") {
    std::string list = hit.ref.substr(0, hit.ref.find('#'));
    return {Route::Kind::kListItem, "tasks:" + list, {{"key", hit.ref}}};
  }
  if (hit.kind == "document") return {Route::Kind::kDocument, hit.ref};
  if (!hit.body_id.empty()) return {Route::Kind::kBody, hit.body_id};
  return {};
}

// A row of filter chips: 全部 and one chip per value with its count; choosing one (or 全部)
// changes `param` in the route, so the filter is in the URL.
void filter_chips(ViewContext& view, const char* all_label, const std::string& param,
                  const std::vector<std::pair<std::string, std::string>>& values,
                  const std::map<std::string, int>& counts, const std::string& key_prefix) {
  const Route& route = view.app.state().route;
  const std::string chosen = route.param(param);
  if (widgets::chip(all_label, key_prefix + "all", chosen.empty())) {
    go_to(view.app, route.with(param, ""));
    return;
  }
  for (const auto& [value, label] : values) {
    auto count = counts.find(value);
    if (count == counts.end() && chosen != value) continue;
    std::string text = label + " " + std::to_string(count == counts.end() ? 0 : count->second);
    if (widgets::flow_chip(text, key_prefix + value, chosen == value)) {
      go_to(view.app, route.with(param, chosen == value ? "" : value));
      return;
    }
  }
}

}  // namespace

void draw_search(ViewContext& view) {
  AppState& state = view.app.state();
  const Route& route = state.route;
  // The heading font holds only the interface's heading characters: the query goes below it.
  widgets::page_title(view.fonts, text::kSearchResults);

  // Counts: per kind within the chosen category, per category within the chosen kind.
  const std::string& kind = route.param("kind");
  const std::string& category = route.param("category");
  std::map<std::string, int> kind_counts, category_counts;
  int total = 0;
  for (const SearchCount& c : state.search_counts) {
    if (category.empty() || c.category == category) kind_counts[c.kind] += c.count;
    if ((kind.empty() || c.kind == kind) && !c.category.empty()) category_counts[c.category] += c.count;
    if ((kind.empty() || c.kind == kind) && (category.empty() || c.category == category)) total += c.count;
  }
  widgets::muted_wrapped(std::string(text::kOpenQuote) + route.id + text::kCloseQuote + " " +
                             std::to_string(total) + " " + text::kResultsUnit,
                         "result-count");
  if (state.search_counts.empty()) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::paragraph(text::kNoResults, "no-results");
    return;
  }

  std::vector<std::pair<std::string, std::string>> kinds, categories;
  for (const KindInfo& k : kKinds) kinds.push_back({k.kind, k.label});
  for (const auto& c : state.categories) categories.push_back({c.code, c.name});
  filter_chips(view, text::kAll, "kind", kinds, kind_counts, "");
  ImGui::Dummy(ImVec2(0, 2));
  filter_chips(view, text::kAllCategories, "category", categories, category_counts, "category:");
  ImGui::Dummy(ImVec2(0, 4));
  if (state.search_hits.empty()) {
    widgets::paragraph(text::kNoResultsFiltered, "no-results");
    return;
  }

  std::map<std::string, int> shown;
  for (const auto& hit : state.search_hits) ++shown[hit.kind];
  for (const KindInfo& k : kKinds) {
    if (!shown.count(k.kind)) continue;
    widgets::section_heading(view.fonts, (std::string(k.label) + " " + std::to_string(kind_counts[k.kind])).c_str());
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
      if (hit.kind == "body") draw_contact_line(view, hit.body_id, "result-contact:" + hit.body_id);
      ImGui::Dummy(ImVec2(0, 4));
    }
  }
  if (int(state.search_hits.size()) < total) {
    ImGui::Dummy(ImVec2(0, 4));
    widgets::muted_wrapped(text::kNarrowDown, "narrow-down");
  }
}

}  // namespace dutyatlas::web
