// 职责体检 (#/audit?body=&finding=): what the audit found in the published data, for staff and
// anyone else — grouped 可能交叉 / 待明确 / 长期未更新, each kind worst first, in neutral words
// (core's sentences: 可能交叉, 待明确). A row opens its evidence under it: the clauses (or list
// entries) side by side on wide screens, one under the other on phones, the terms two clauses
// share on the highlighter, each body's name a link to its page. 导出 CSV saves the findings
// shown. Not for running the audit (web/audit_state.h, core/audit/).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/audit/audit_report.h"
#include "core/base/chinese_numerals.h"
#include "web/audit_state.h"
#include "web/automation.h"
#include "web/browser.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/audit.h"
#include "web/ui_text/common.h"
#include "web/views/history_widgets.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

using history_widgets::Ink;
using history_widgets::Run;

// A kind with more findings than this lists this many (worst first) and counts the rest: a
// publication with thousands of overlaps (synth --scale 20) must still open at once.
constexpr std::size_t kShownPerKind = 100;
constexpr float kColumnGap = 20;

struct Group {
  const char* title;
  FindingKind first;  // its kinds: from this one up to the next group's first (kFindingKinds' order)
};
// The report's three groups (audit_report.h: 交叉 overlaps.h, 待明确 gaps.h, 陈旧 staleness.h).
// A kind core adds later falls into the group it is declared in, never out of the view.
const Group kGroups[] = {
    {text::kAuditGroupOverlap, FindingKind::kOverlap},
    {text::kAuditGroupGap, FindingKind::kStageWithoutLead},
    {text::kAuditGroupStale, FindingKind::kStaleSanding},
};

const Group& group_of(FindingKind kind) {
  const Group* found = &kGroups[0];
  for (const Group& group : kGroups) {
    if (kind >= group.first) found = &group;
  }
  return *found;
}

std::string two_decimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

Route audit_route(const AuditState& audit, std::size_t open) {
  Route route{Route::Kind::kAudit};
  if (!audit.body_id.empty()) route.params["body"] = audit.body_id;
  if (open) route.params["finding"] = std::to_string(open);
  return route;
}

// Where in its file a reference is: a 三定 clause as the body page numbers it (（四）), anything
// else (事项编码, 文号, a keyword) as written.
std::string item_label(const FindingRef& ref) {
  bool clause = ref.file.rfind("sanding/", 0) == 0 && !ref.item.empty() && ref.item.size() < 4 &&
                std::all_of(ref.item.begin(), ref.item.end(), [](char c) { return c >= '0' && c <= '9'; });
  return clause ? clause_label(std::stoi(ref.item)) : ref.item;
}

// The reference's text as runs, the shared terms on the highlighter.
std::vector<Run> marked_runs(const std::string& text, const std::vector<std::string>& terms) {
  std::vector<Run> runs;
  std::size_t at = 0;
  for (const auto& [begin, end] : shared_term_ranges(text, terms)) {
    if (begin > at) runs.push_back({text.substr(at, begin - at), Ink::kText});
    runs.push_back({text.substr(begin, end - begin), Ink::kMarked});
    at = end;
  }
  if (at < text.size()) runs.push_back({text.substr(at), Ink::kText});
  return runs;
}

// One reference of an opened finding, drawn at the cursor within `width`: the body (a link to
// its page), where the evidence is, and the evidence itself. Returns the height drawn.
float draw_reference(ViewContext& view, const AuditFinding& finding, std::size_t i, const std::string& n,
                     float width) {
  const FindingRef& ref = finding.refs[i];
  std::string k = n + ":" + std::to_string(i + 1);
  ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::BeginGroup();
  if (!ref.body_id.empty() && view.app.state().body_names.count(ref.body_id)) {
    link_to(view.app,
            history_widgets::wrapped_link({{ref.body_name, Ink::kLabel}}, ref.body_name, "finding-body:" + k, width),
            Route{Route::Kind::kBody, ref.body_id});
  } else if (!ref.body_name.empty()) {  // named in the data, but not a body of it
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = history_widgets::draw_runs({{ref.body_name, Ink::kText}}, pos, width);
    ImGui::Dummy(ImVec2(width, h));
    automation::record_item("finding-name:" + k, ref.body_name, automation::Role::kText);
  }
  std::string where = item_label(ref);
  where += (where.empty() ? "" : text::kDot) + std::string(text::kAuditSourceFile) + ref.file;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float h = history_widgets::draw_runs({{where, Ink::kMuted}}, pos, width);
  ImGui::Dummy(ImVec2(width, h));
  automation::record_item("finding-where:" + k, where, automation::Role::kText);
  if (!ref.text.empty()) {
    pos = ImGui::GetCursorScreenPos();
    h = history_widgets::draw_runs(marked_runs(ref.text, finding.shared_terms), pos, width);
    ImGui::Dummy(ImVec2(width, h));
    automation::record_item("finding-text:" + k, ref.text, automation::Role::kText);
  }
  ImGui::EndGroup();
  return ImGui::GetItemRectMax().y - top.y;
}

// The evidence of the opened finding, on a soft band under its row: two references side by
// side on wide screens (more in rows of two), one under the other on phones.
void draw_evidence(ViewContext& view, const AuditFinding& finding, const std::string& n) {
  widgets::Band band(theme::kAccentSoft, theme::kAccent);
  float width = ImGui::GetContentRegionAvail().x - 16;  // the band's right margin
  bool side_by_side = !view.narrow && finding.refs.size() >= 2;
  float column = side_by_side ? (width - kColumnGap) / 2 : width;
  for (std::size_t i = 0; i < finding.refs.size(); i += side_by_side ? 2 : 1) {
    ImVec2 row = ImGui::GetCursorScreenPos();
    ImGui::PushID(int(i));
    float h = draw_reference(view, finding, i, n, column);
    if (side_by_side && i + 1 < finding.refs.size()) {
      ImGui::SetCursorScreenPos(ImVec2(row.x + column + kColumnGap, row.y));
      h = std::max(h, draw_reference(view, finding, i + 1, n, column));
      // A hairline between the two columns, as the comparison's table has between its cells.
      float x = row.x + column + kColumnGap / 2;
      ImGui::GetWindowDrawList()->AddLine(ImVec2(x, row.y), ImVec2(x, row.y + h),
                                          ImGui::GetColorU32(theme::kBorder));
    }
    ImGui::PopID();
    ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + h + 10));
  }
  if (!finding.shared_terms.empty()) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    std::vector<Run> legend = {{text::kAuditHighlightLegend, Ink::kMarked}, {text::kAuditHighlightNote, Ink::kMuted}};
    float h = history_widgets::draw_runs(legend, pos, width);
    ImGui::Dummy(ImVec2(width, h));
    automation::record_item("finding-legend:" + n,
                            std::string(text::kAuditHighlightLegend) + text::kAuditHighlightNote,
                            automation::Role::kText);
  }
  if (!finding.settled_by.empty()) {
    widgets::paragraph(text::kAuditSettledBy + finding.settled_by, "finding-settled:" + n);
  }
}

// The facts under a finding's summary: the similarity of two clauses, what settled it, and
// whether its evidence is open.
std::string finding_facts(const AuditFinding& f, bool open) {
  std::string facts;
  auto add = [&](const std::string& part) { facts += (facts.empty() ? "" : text::kDot) + part; };
  if (f.kind == FindingKind::kOverlap) add(text::kAuditSimilarity + two_decimals(f.score));
  if (!f.settled_by.empty()) add(text::kAuditSettledBy + f.settled_by);
  add(open ? text::kAuditClose : text::kAuditOpen);
  return facts;
}

// The findings of one kind as a list of rows (the accessibility layer's <ul> of links); the
// opened one with its evidence under it.
void draw_findings(ViewContext& view, const AuditState& audit, const std::vector<std::size_t>& of_kind,
                   const EnumText<FindingKind>& kind) {
  const auto& findings = audit.report->findings;
  automation::Group list(std::string("findings:") + std::string(kind.code), automation::Role::kList,
                         std::string(kind.label));
  for (std::size_t shown = 0; shown < of_kind.size() && shown < kShownPerKind; ++shown) {
    std::size_t index = of_kind[shown];
    const AuditFinding& f = findings[index];
    std::string n = std::to_string(index + 1);
    bool open = audit.open == index + 1;
    automation::Group item("finding-item:" + n, automation::Role::kListItem);
    ImGui::PushID(int(index));
    bool clicked = widgets::document_row(f.summary, finding_facts(f, open), "finding:" + n);
    // A second click closes it; the route keeps the open one, so a link can share it.
    Route target = audit_route(audit, open ? 0 : index + 1);
    automation::set_last_href(format_route(target));
    if (clicked) replace_with(view.app, target);
    if (open) draw_evidence(view, f, n);
    ImGui::PopID();
  }
}

// One kind: its name and count, then its findings as a list of rows.
void draw_kind(ViewContext& view, const AuditState& audit, const EnumText<FindingKind>& kind) {
  const auto& findings = audit.report->findings;
  std::vector<std::size_t> of_kind;
  int settled = 0;
  for (std::size_t index : audit.shown) {
    if (findings[index].kind != kind.value) continue;
    of_kind.push_back(index);
    settled += findings[index].settled_by.empty() ? 0 : 1;
  }
  if (of_kind.empty()) return;
  std::string heading = std::string(kind.label) + text::kDot + std::to_string(of_kind.size()) + text::kAuditItems;
  if (settled) heading += text::kAuditSettledOpen + std::to_string(settled) + text::kAuditSettledClose;
  ImGui::Dummy(ImVec2(0, 6));
  widgets::paragraph(heading, std::string("kind:") + std::string(kind.code), ImGui::GetColorU32(theme::kAccent));
  draw_findings(view, audit, of_kind, kind);
  if (of_kind.size() > kShownPerKind) {
    widgets::muted_wrapped(text::kAuditMoreOpen + std::to_string(of_kind.size() - kShownPerKind) +
                               text::kAuditMoreClose,
                           std::string("more:") + std::string(kind.code));
  }
}

void draw_tools(ViewContext& view, const AuditState& audit) {
  ImGui::Dummy(ImVec2(0, 4));
  if (widgets::button(text::kAuditExport, "export-csv")) {
    std::string csv = audit_shown_csv(audit);
    std::string name = std::string(text::kAuditFileName) + (audit.body_name.empty() ? "" : "_" + audit.body_name) +
                       "_" + audit.report->data_date + ".csv";
    browser::download(name.c_str(), "text/csv;charset=utf-8", csv.data(), csv.size());
  }
  ImGui::SameLine(0, 8);
  if (widgets::button(text::kPrint, "print")) print_view(view.app);
}

}  // namespace

void draw_audit(ViewContext& view) {
  const AuditState& audit = view.app.state().audit;
  if (!audit.loaded || !audit.report) return;
  if (!audit.body_name.empty()) {
    link_to(view.app, widgets::link(text::kBackMark + audit.body_name, "link:body"),
            Route{Route::Kind::kBody, audit.body_id});
  } else {
    link_to(view.app, widgets::link(std::string(text::kBackMark) + text::kHome, "link:home"), Route{});
  }
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, text::kAudit);
  widgets::muted_wrapped(std::string(text::kAuditIntro) + text::kDataDate + " " + audit.report->data_date,
                         "audit-intro");
  if (!audit.body_found) {
    widgets::paragraph(text::kAuditBodyUnknown, "audit-body-unknown", ImGui::GetColorU32(theme::kError));
  } else if (!audit.body_id.empty()) {
    ImGui::Dummy(ImVec2(0, 2));
    widgets::paragraph(text::kAuditBodyOnly + audit.body_name, "audit-body");
    link_to(view.app, widgets::link(text::kAuditAllBodies, "link:audit-all"), Route{Route::Kind::kAudit});
  }
  draw_tools(view, audit);
  if (audit.shown.empty()) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::muted_wrapped(text::kAuditNothing, "audit-nothing");
  }
  const auto& findings = audit.report->findings;
  for (const Group& group : kGroups) {
    bool any = std::any_of(audit.shown.begin(), audit.shown.end(),
                           [&](std::size_t i) { return &group_of(findings[i].kind) == &group; });
    if (!any) continue;
    widgets::section_heading(view.fonts, group.title);
    for (const auto& kind : kFindingKinds) {
      if (&group_of(kind.value) == &group) draw_kind(view, audit, kind);
    }
  }
  ImGui::Dummy(ImVec2(0, 16));
  // For bench/audit_view.mjs: how long the audit took in wasm when this view first opened.
  automation::record_item("timing:audit-ms", two_decimals(audit.audit_ms));
}

std::string audit_heading_text(const AppState&) {
  return std::string(text::kAudit) + text::kAuditGroupOverlap + text::kAuditGroupGap + text::kAuditGroupStale;
}

}  // namespace dutyatlas::web
