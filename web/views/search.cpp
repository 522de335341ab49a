// 搜索: the search box holding the route's text, then the results for it, grouped by kind,
// matched words highlighted, each naming the body it belongs to; chips narrow them to one kind;
// each result opens the page it belongs to. A query that found (almost) nothing says so: the
// partial matches of a sentence, 您是不是要找… for a typo, and the offer of 谁来管.
#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/base/text.h"
#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/search.h"
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

// The body a hit belongs to, in the muted colour before its title — or on a line of its own
// above it when both do not fit the column (phones) — unless the title already names it (a
// duty is titled by its body): ten streets' "最低生活保障申请受理和入户调查" must say whose.
void body_prefix(const SearchHit& hit, const std::string& key) {
  if (hit.body_name.empty() || hit.title.find(hit.body_name) != std::string::npos) return;
  const float gap = 8;
  bool fits = ImGui::CalcTextSize(hit.body_name.c_str()).x + gap + ImGui::CalcTextSize(hit.title.c_str()).x <=
              ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(hit.body_name.c_str());
  ImGui::PopStyleColor();
  automation::record_item("result-body:" + key, hit.body_name);
  if (fits) ImGui::SameLine(0, gap);
}

// What the engine did with a query that found (almost) nothing: 您是不是要找… as a link (never
// applied by itself), the partial-match notice, and the offer to let 谁来管 read a sentence.
void draw_forgiveness(ViewContext& view) {
  AppState& state = view.app.state();
  const Route& route = state.route;
  if (!state.search_suggestion.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(text::kDidYouMean);
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 2);
    if (widgets::link(state.search_suggestion, "suggestion")) {
      go_to(view.app, Route{Route::Kind::kSearch, state.search_suggestion, route.params});
      return;
    }
  }
  // 谁来管 is offered for what reads as a sentence: a query that found (almost) nothing and is no
  // typo of a name or word (then the suggestion is the likelier help).
  const bool sentence =
      (state.search_partial || state.search_counts.empty()) && state.search_suggestion.empty();
  if (state.search_partial) {
    widgets::muted_wrapped(state.search_strict_hits == 0 ? text::kPartialMatches : text::kFewStrictMatches,
                           "partial-notice");
  }
  if (sentence && widgets::link(text::kAskWho, "link:who")) {
    go_to(view.app, Route{Route::Kind::kWho, "", {{"text", route.id}}});
  }
  if (sentence || !state.search_suggestion.empty()) ImGui::Dummy(ImVec2(0, 6));  // apart from the chips
}

}  // namespace

void draw_search(ViewContext& view) {
  AppState& state = view.app.state();
  const Route& route = state.route;
  // The heading font holds only the interface's heading characters: the query goes below it.
  widgets::page_title(view.fonts, text::kSearchResults);
  // The box that edits this query, at the top on every width (the header's is hidden here).
  draw_search_box(view, std::min(ImGui::GetContentRegionAvail().x, 560.0f));
  ImGui::Dummy(ImVec2(0, 4));
  if (state.search_preparing) {  // the index is being built: the results follow by themselves
    widgets::paragraph(text::kSearchPreparing, "search-preparing");
    automation::mark_last_status();
    return;
  }

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
  // The query quoted, cut to one line: a pasted page of text is not repeated back whole.
  constexpr std::size_t kQuotedChars = 40;
  widgets::muted_wrapped(std::string(text::kOpenQuote) + shorten(route.id, kQuotedChars) + text::kCloseQuote + " " +
                             std::to_string(total) + " " + text::kResultsUnit,
                         "result-count");
  draw_forgiveness(view);
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
      body_prefix(hit, std::string(hit.kind) + ":" + hit.ref);
      if (target.kind != Route::Kind::kHome) {
        link_to(view.app, widgets::link(hit.title, key), target);
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
