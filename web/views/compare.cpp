// 新旧对照 of one body: its duties on two dates in one table, with what changed.
//
// Wide screens: 原条款 | 现条款 | 变化, one row per pair of clauses. Phones (375 px): each row
// stacked — the change on top, then 原 and 现 one under the other — so neither text is squeezed
// into a column a few characters wide.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#include "core/base/chinese_numerals.h"
#include "core/base/xlsx_writer.h"
#include "core/duties/duty_queries.h"
#include "core/history/duty_compare.h"
#include "core/history/compare_print.h"
#include "web/automation.h"
#include "web/browser.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/views/history_widgets.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

using history_widgets::Run;

constexpr float kChangeColumn = 180;  // wide screens: the 变化 column
constexpr float kGap = 16;

struct CompareView {
  ViewContext& view;
  HistoryState& history;
  const DutyComparison& comparison;
};

std::string clause_plain(const std::optional<ComparedClause>& clause) {
  return clause ? clause_label(clause->number) + clause->text : std::string();
}

std::vector<Run> side_runs(const ComparisonRow& row, bool old_side) {
  const auto& clause = old_side ? row.old_clause : row.new_clause;
  if (!clause) return {{text::kNone, history_widgets::Ink::kMuted}};
  return history_widgets::clause_runs(clause_label(clause->number), clause->text, row.spans,
                                      old_side ? DiffKind::kDelete : DiffKind::kInsert);
}

Route compare_route(const CompareView& v, const std::string& body_id) {
  Route route{Route::Kind::kCompare, body_id,
              {{"from", v.comparison.from_date}, {"to", v.comparison.to_date}}};
  if (v.history.changes_only) route.params["changes"] = "1";
  return route;
}

// The quiet line under a pairing (or a 疑似划转): 共同要点：河道采砂、许可. Empty: nothing drawn.
std::vector<Run> shared_terms_runs(const ComparisonRow& row) {
  const auto& terms = row.suspected_transfer ? row.suspected_transfer->shared_terms : row.shared_terms;
  if (terms.empty()) return {};
  std::string joined;
  for (const auto& t : terms) joined += (joined.empty() ? "" : text::kTermSeparator) + t;
  return {{text::kSharedTerms, history_widgets::Ink::kMuted}, {joined, history_widgets::Ink::kMuted}};
}

std::string runs_plain(const std::vector<Run>& runs) {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

// Draws the shared terms at `pos` within `width`, recorded as "row-terms:N"; returns the height
// (0 when there are none).
float draw_shared_terms(const ComparisonRow& row, const std::string& n, ImVec2 pos, float width) {
  auto runs = shared_terms_runs(row);
  if (runs.empty()) return 0;
  float h = history_widgets::draw_runs(runs, pos, width);
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(width, h));
  automation::record_item("row-terms:" + n, runs_plain(runs));
  return h;
}

// The 变化 cell: the kind as a tag, then the other body of a transfer (a link to its own
// comparison, which shows the same transfer from its side), the group of a split or merge and
// the document behind the change. Drawn from the cursor down; `width` is the cell's.
void draw_change_cell(CompareView& v, const ComparisonRow& row, const std::string& n, float width,
                      bool inline_details) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  std::string label(compare_kind_label(row.kind));
  ImVec2 tag = history_widgets::draw_tag(label, history_widgets::compare_kind_colour(row.kind), pos);
  ImGui::Dummy(tag);
  automation::record_item("row:" + n, label);
  // Phones: details follow the tag on its line while they fit, then wrap to the next.
  auto detail_line = [&](bool first, float needed) {
    if (!inline_details) return;
    ImGui::SameLine(0, first ? 10 : 8);
    if (ImGui::GetContentRegionAvail().x < needed) ImGui::NewLine();
  };
  bool first = true;
  if (!row.other_body_id.empty()) {
    const std::string& name = row.other_body_name.empty() ? row.other_body_id : row.other_body_name;
    detail_line(first, ImGui::CalcTextSize((std::string(text::kFrom) + name).c_str()).x);
    first = false;
    std::vector<Run> runs = {
        {row.kind == CompareKind::kTransferredIn ? text::kFrom : text::kTo, history_widgets::Ink::kMuted},
        {name, history_widgets::Ink::kLabel}};
    float available = inline_details ? ImGui::GetContentRegionAvail().x : width;
    link_to(v.view.app, history_widgets::wrapped_link(runs, name, "row-other:" + n, available),
            compare_route(v, row.other_body_id));
  }
  if (const auto& t = row.suspected_transfer) {  // 疑似划转: a link to the other body's comparison
    char similarity[16];
    std::snprintf(similarity, sizeof similarity, "%.2f", t->similarity);
    std::vector<Run> runs = {
        {row.kind == CompareKind::kAdded ? text::kSuspectedFrom : text::kSuspectedTo, history_widgets::Ink::kMuted},
        {t->body_name + " " + clause_label(t->clause.number), history_widgets::Ink::kLabel},
        {std::string(text::kSimilarityOpen) + similarity + text::kSimilarityClose, history_widgets::Ink::kMuted}};
    if (inline_details) ImGui::NewLine();
    first = false;
    float available = inline_details ? ImGui::GetContentRegionAvail().x : width;
    link_to(v.view.app, history_widgets::wrapped_link(runs, runs_plain(runs), "row-suspect:" + n, available),
            compare_route(v, t->body_id));
  }
  if (row.group) {
    std::string group = std::string(text::kOrdinal) + std::to_string(row.group) + " " + text::kGroup;
    detail_line(first, ImGui::CalcTextSize(group.c_str()).x);
    first = false;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(group.c_str());
    ImGui::PopStyleColor();
  }
  std::string doc_no = row.document ? row.document->doc_no : row.doc_no;
  if (!doc_no.empty()) {
    detail_line(first, ImGui::CalcTextSize(doc_no.c_str()).x);
    first = false;
    link_to(v.view.app, widgets::link(doc_no, "row-doc:" + n),
            Route{Route::Kind::kDocument, doc_no});
  }
}

// One row on a wide screen: three cells side by side, a hairline below.
void draw_wide_row(CompareView& v, const ComparisonRow& row, std::size_t index, float width) {
  std::string n = std::to_string(index + 1);
  float text_width = (width - kChangeColumn - 2 * kGap - 8) / 2;
  ImVec2 top = ImGui::GetCursorScreenPos();
  float y = top.y + 8;
  float x_old = top.x + 8, x_new = x_old + text_width + kGap, x_change = x_new + text_width + kGap;
  auto old_runs = side_runs(row, true), new_runs = side_runs(row, false);
  float h_old = history_widgets::draw_runs(old_runs, ImVec2(x_old, y), text_width);
  float h_new = history_widgets::draw_runs(new_runs, ImVec2(x_new, y), text_width);
  float x_terms = row.new_clause ? x_new : x_old;
  float h_terms_base = row.new_clause ? h_new : h_old;
  ImGui::SetCursorScreenPos(ImVec2(x_old, y));
  ImGui::Dummy(ImVec2(text_width, h_old));
  automation::record_item("row-old:" + n, clause_plain(row.old_clause));
  ImGui::SetCursorScreenPos(ImVec2(x_new, y));
  ImGui::Dummy(ImVec2(text_width, h_new));
  automation::record_item("row-new:" + n, clause_plain(row.new_clause));
  float h_terms = draw_shared_terms(row, n, ImVec2(x_terms, y + h_terms_base + 4), text_width);
  if (h_terms > 0) (row.new_clause ? h_new : h_old) += h_terms + 4;
  ImGui::SetCursorScreenPos(ImVec2(x_change, y + 3));
  ImGui::BeginGroup();
  draw_change_cell(v, row, n, kChangeColumn, false);
  ImGui::EndGroup();
  float h_change = ImGui::GetItemRectMax().y - y;
  float bottom = y + std::max({h_old, h_new, h_change}) + 8;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (row.kind != CompareKind::kUnchanged) {  // an edge in the kind's colour marks a change
    draw->AddRectFilled(ImVec2(top.x, top.y + 4), ImVec2(top.x + 3, bottom - 4),
                        ImGui::GetColorU32(history_widgets::compare_kind_colour(row.kind)));
  }
  draw->AddLine(ImVec2(top.x, bottom), ImVec2(top.x + width, bottom), ImGui::GetColorU32(theme::kBorder));
  ImGui::SetCursorScreenPos(top);
  ImGui::Dummy(ImVec2(width, bottom - top.y + 1));
}

// One row on a phone: the change and its details, then 原 over 现.
void draw_stacked_row(CompareView& v, const ComparisonRow& row, std::size_t index, float width) {
  std::string n = std::to_string(index + 1);
  ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(0, 6));
  ImGui::Indent(10);
  draw_change_cell(v, row, n, width - 10, true);
  ImGui::Dummy(ImVec2(0, 2));
  const float label_width = ImGui::CalcTextSize(text::kOld).x + 10;
  auto side = [&](bool old_side) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float line = std::floor(ImGui::GetFontSize() * 1.6f);
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(pos.x, pos.y + (line - ImGui::GetFontSize()) / 2), ImGui::GetColorU32(theme::kMuted),
        old_side ? text::kOld : text::kNew);
    float text_width = width - 10 - label_width;
    float h = history_widgets::draw_runs(side_runs(row, old_side), ImVec2(pos.x + label_width, pos.y), text_width);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + label_width, pos.y));
    ImGui::Dummy(ImVec2(text_width, h));
    automation::record_item((old_side ? "row-old:" : "row-new:") + n,
                            clause_plain(old_side ? row.old_clause : row.new_clause));
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + h + 2));
  };
  side(true);
  side(false);
  ImVec2 terms_at = ImGui::GetCursorScreenPos();
  float h_terms = draw_shared_terms(row, n, ImVec2(terms_at.x + label_width, terms_at.y), width - 10 - label_width);
  ImGui::SetCursorScreenPos(ImVec2(terms_at.x, terms_at.y + (h_terms > 0 ? h_terms + 2 : 0)));
  ImGui::Unindent(10);
  float bottom = ImGui::GetCursorScreenPos().y + 4;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (row.kind != CompareKind::kUnchanged) {
    draw->AddRectFilled(ImVec2(top.x, top.y + 6), ImVec2(top.x + 3, bottom - 6),
                        ImGui::GetColorU32(history_widgets::compare_kind_colour(row.kind)));
  }
  draw->AddLine(ImVec2(top.x, bottom), ImVec2(top.x + width, bottom), ImGui::GetColorU32(theme::kBorder));
  ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + 1));
}

void draw_dates(CompareView& v) {
  const DutyComparison& c = v.comparison;
  HistoryState& h = v.history;
  struct Side {
    const char* label;
    const char* key;
    const std::string& date;
    const std::string& route_error;
    char* input;
    std::string* typed_error;
    const std::optional<DocumentSummary>& sanding;
    int count;
  };
  const Side sides[] = {
      {text::kOld, "from", c.from_date, h.from_error, h.from_input, &h.from_typed_error, c.from_sanding, c.old_count},
      {text::kNew, "to", c.to_date, h.to_error, h.to_input, &h.to_typed_error, c.to_sanding, c.new_count},
  };
  for (const Side& side : sides) {
    ImGui::Dummy(ImVec2(0, 4));
    // "原 2019-03-01 · 共 22 项 · 三定 示编〔2019〕24号"
    std::string line = std::string(side.label) + " " + side.date + text::kDot + text::kTotalPrefix +
                       " " + std::to_string(side.count) + " " + text::kItemUnit;
    if (side.sanding) line += std::string(text::kDot) + text::kThreeDing + " " + side.sanding->doc_no;
    widgets::paragraph(line, std::string("dates:") + side.key, ImGui::GetColorU32(theme::kText));
    if (!side.route_error.empty()) {
      widgets::paragraph(std::string(text::kOpenQuote) + side.route_error + text::kCloseQuote + text::kDateInvalid,
                         std::string("error:route-") + side.key,
                         ImGui::GetColorU32(theme::rgbf(0xB4, 0x23, 0x18)));
    }
    // On a phone the pickers stay folded until asked for: the table is what the reader came for.
    if (v.view.narrow && !h.show_pickers) continue;
    std::string picked = history_widgets::date_picker(side.key, h.date_choices, h.data_date, side.date,
                                                      side.input, 16, text::kApply, side.typed_error);
    if (!picked.empty()) {
      Route route = compare_route(v, h.body_id);
      route.params[side.key] = picked;
      go_to(v.view.app, route);
    }
  }
  if (v.view.narrow && !h.show_pickers && widgets::link(text::kChangeDates, "link:change-dates")) {
    h.show_pickers = true;
  }
}

void draw_summary(CompareView& v) {
  const ComparisonSummary& s = v.comparison.summary;
  const std::pair<CompareKind, int> counts[] = {
      {CompareKind::kUnchanged, s.unchanged},         {CompareKind::kAdded, s.added},
      {CompareKind::kRemoved, s.removed},             {CompareKind::kReworded, s.reworded},
      {CompareKind::kTransferredIn, s.transferred_in}, {CompareKind::kTransferredOut, s.transferred_out},
      {CompareKind::kSplit, s.split},                 {CompareKind::kMerged, s.merged},
  };
  ImGui::Dummy(ImVec2(0, 8));
  bool first = true;
  for (const auto& [kind, count] : counts) {
    if (count == 0) continue;
    std::string label = std::string(compare_kind_label(kind)) + " " + std::to_string(count);
    ImVec2 size = history_widgets::tag_size(label);
    if (!first) {
      ImGui::SameLine(0, 8);
      float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
      if (ImGui::GetCursorScreenPos().x + size.x > limit) ImGui::NewLine();
    }
    first = false;
    history_widgets::draw_tag(label, history_widgets::compare_kind_colour(kind), ImGui::GetCursorScreenPos());
    ImGui::Dummy(size);
    automation::record_item("summary:" + std::string(compare_kind_code(kind)), label);
  }
  if (first) widgets::muted_wrapped(comparison_summary_text(s), "summary:none");
}

void draw_tools(CompareView& v) {
  ImGui::Dummy(ImVec2(0, 6));
  if (widgets::chip(text::kChangesOnly, "changes-only", v.history.changes_only)) {
    go_to(v.view.app,
          compare_route(v, v.history.body_id).with("changes", v.history.changes_only ? "" : "1"));
  }
  ImGui::SameLine(0, 12);
  if (widgets::button(text::kExportComparison, "csv")) {
    std::string csv = comparison_csv(v.comparison);
    std::string name = v.comparison.body_name + text::kCsvSuffix + "_" + v.comparison.from_date +
                       "_" + v.comparison.to_date + ".csv";
    browser::download(name.c_str(), "text/csv;charset=utf-8", csv.data(), csv.size());
  }
  ImGui::SameLine(0, 8);
  if (widgets::button(text::kExportComparisonExcel, "xlsx")) {
    const std::string data_date = dataset_info(*v.view.app.state().db).data_date;
    std::string bytes = xlsx_bytes(comparison_spreadsheet(v.comparison, data_date));
    std::string name = v.comparison.body_name + text::kCsvSuffix + "_" + v.comparison.from_date +
                       "_" + v.comparison.to_date + ".xlsx";
    browser::download(name.c_str(), browser::kXlsxMimeType, bytes.data(), bytes.size());
  }
  ImGui::SameLine(0, 8);
  if (widgets::button(text::kPrint, "print")) print_view(v.view.app);
  // The legend: what the two highlights mean.
  ImGui::Dummy(ImVec2(0, 2));
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  std::vector<Run> legend = {{text::kInsertedLegend, history_widgets::Ink::kInserted},
                             {"  ", history_widgets::Ink::kText},
                             {text::kDeletedLegend, history_widgets::Ink::kDeleted}};
  float h = history_widgets::draw_runs(legend, pos, width);
  ImGui::Dummy(ImVec2(width, h));
}

}  // namespace

void draw_compare(ViewContext& view) {
  HistoryState& history = view.app.state().history;
  if (!history.loaded) return;
  if (!history.body_found || !history.comparison) {
    link_to(view.app, widgets::link(std::string(text::kBackMark) + text::kHome, "link:home"),
            Route{});
    widgets::muted_wrapped(text::kBodyNotFound, "not-found");
    return;
  }
  CompareView v{view, history, *history.comparison};
  link_to(view.app, widgets::link(text::kBackMark + history.body_name, "link:body"),
          Route{Route::Kind::kBody, history.body_id});
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, history.body_name + text::kCompare);
  link_to(view.app, widgets::link(text::kHistory, "link:history"),
          Route{Route::Kind::kHistory, history.body_id});
  ImGui::SameLine(0, 0);
  ImGui::TextDisabled("%s", text::kDot);
  ImGui::SameLine(0, 0);
  link_to(view.app, widgets::link(text::kDistrictChanges, "link:changes"),
          Route{Route::Kind::kChanges, "", {{"body", history.body_id}}});
  draw_dates(v);
  draw_summary(v);
  draw_tools(v);

  const DutyComparison& c = v.comparison;
  float width = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, 6));
  if (c.rows.empty()) {
    widgets::muted_wrapped(c.old_count == 0 && c.new_count == 0 ? text::kNoDutiesEither : text::kNoChangedClauses,
                           "no-rows");
  } else {
    if (!view.narrow) {
      // The column heads, on a light band.
      ImVec2 top = ImGui::GetCursorScreenPos();
      float text_width = (width - kChangeColumn - 2 * kGap - 8) / 2;
      float h = ImGui::GetTextLineHeight() + 12;
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddRectFilled(top, ImVec2(top.x + width, top.y + h), ImGui::GetColorU32(theme::kAccentSoft), 3);
      ImU32 ink = ImGui::GetColorU32(theme::kAccent);
      float y = top.y + 6;
      draw->AddText(ImVec2(top.x + 8, y), ink, text::kOldClause);
      draw->AddText(ImVec2(top.x + 8 + text_width + kGap, y), ink, text::kNewClause);
      draw->AddText(ImVec2(top.x + 8 + 2 * (text_width + kGap), y), ink, text::kChange);
      ImGui::Dummy(ImVec2(width, h));
    } else {
      ImGui::GetWindowDrawList()->AddLine(ImGui::GetCursorScreenPos(),
                                          ImVec2(ImGui::GetCursorScreenPos().x + width, ImGui::GetCursorScreenPos().y),
                                          ImGui::GetColorU32(theme::kBorder));
    }
    for (std::size_t i = 0; i < c.rows.size(); ++i) {
      ImGui::PushID(int(i));
      if (view.narrow) draw_stacked_row(v, c.rows[i], i, width);
      else draw_wide_row(v, c.rows[i], i, width);
      ImGui::PopID();
    }
  }
  ImGui::Dummy(ImVec2(0, 16));
  // For bench/history.mjs: how long compare_duties took in wasm when this view was opened.
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", history.compare_ms);
  automation::record_item("timing:compare-ms", ms);
}

}  // namespace dutyatlas::web
