// 谁来管: a complaint in, the bodies most likely to handle it out, read in three groups that core
// decides (core/search/who_groups.h) — the one 牵头, the 配合 bodies, and 其他相关 of low
// relevance drawn quieter — each body with the sentences of its duties, list items and
// division-of-duties matters that matched (distinctive words highlighted) and the document behind
// them. Above the groups, the 派单方案 (lead and cooperating bodies, 联合派单) and the confirmation
// of the last 派单. The operator's choices (设为牵头, 作为配合, 取消配合) live in App; this file only
// draws and forwards clicks. 派单 hands the choice to the embedding page (browser::notify_dispatch).
// The 牵头 body's 联系方式 sits above the groups, each body's in one line under its name
// (contact.cpp).
#include <imgui.h>

#include <algorithm>
#include <functional>

#include "web/automation.h"
#include "web/browser.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/a11y.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/ui_text/search.h"
#include "web/ui_text/who.h"
#include "web/views/text_area.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

// Evidence shown per body, by group: the lead's case in full, the others' in brief (the 派单
// carries all of it, up to five per body).
std::size_t evidence_shown(const std::string& group) {
  return group == kGroupLead ? 3 : group == kGroupCooperate ? 2 : 1;
}

// Evidence text sized to the column: three lines of it (an ideograph is one font size wide).
std::size_t evidence_chars(float column_width, float font_size) {
  const float per_line = (column_width - 32) / std::max(font_size, 1.0f);
  return std::size_t(std::clamp(3 * per_line, 40.0f, 160.0f));
}

const char* kind_label(const std::string& kind) {
  if (kind == "duty") return text::kKindDuty;
  if (kind == "matter") return text::kKindMatter;
  if (kind == "power") return text::kKindPower;
  if (kind == "division") return text::kKindDivision;
  if (kind == "task") return text::kKindTask;
  if (kind == "body") return text::kKindBody;
  return text::kKindDocument;
}

const char* role_label(const std::string& role) {
  return role == "lead" ? text::kLeadRole : role == "cooperate" ? text::kCooperateRole : "";
}

void dispatch(ViewContext& view, const std::string& lead, const std::vector<std::string>& cooperating) {
  std::string json = view.app.dispatch(lead, cooperating);
  browser::notify_dispatch(json.c_str());
}

std::string names(const std::vector<std::string>& list) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) out += (i ? text::kListSeparator : "") + list[i];
  return out;
}

// The lead and the cooperating bodies of the answer as shown (ids).
std::string lead_of(const std::vector<WhoCandidate>& answer) {
  return answer.empty() ? "" : answer.front().body_id;
}
std::vector<std::string> cooperating_of(const std::vector<WhoCandidate>& answer) {
  std::vector<std::string> ids;
  for (const WhoCandidate& c : answer) {
    if (c.group == kGroupCooperate) ids.push_back(c.body_id);
  }
  return ids;
}

// What became of the operator's choices when the complaint was analysed again.
void draw_choices_notice(const CarriedChoices& carried, const AppState& state) {
  std::string notice;
  if (carried.cleared) notice = text::kChoicesCleared;
  else if (!carried.choices.empty()) notice = text::kChoicesKept;
  if (!carried.dropped.empty()) {
    std::vector<std::string> dropped;
    for (const std::string& id : carried.dropped) {
      auto it = state.body_names.find(id);
      dropped.push_back(it == state.body_names.end() ? id : it->second);
    }
    notice += text::kChoicesDropped + names(dropped);
  }
  if (notice.empty()) return;
  widgets::paragraph(notice, "choices-notice", ImGui::GetColorU32(theme::kLead));
  automation::mark_last_status();
  ImGui::Dummy(ImVec2(0, 4));
}

// 添加单位: the operator knows a body the engine did not name (or put low). Typing part of its
// name offers the bodies that match, at most kOffered; a click puts one in 配合.
void draw_add_body(ViewContext& view, const std::vector<WhoCandidate>& answer) {
  constexpr int kOffered = 6;
  AppState& state = view.app.state();
  widgets::text_field(text::kAddBodyHint, state.who_add_filter, sizeof state.who_add_filter, "add-body");
  if (!state.who_add_filter[0]) return;
  auto taking_part = [&](const std::string& id) {
    return std::any_of(answer.begin(), answer.end(), [&](const WhoCandidate& c) {
      return c.body_id == id && c.group != kGroupRelated;
    });
  };
  int offered = 0;
  std::string chosen;
  for (const auto& [category, bodies] : state.bodies_by_category) {
    for (const Body& body : bodies) {
      if (offered == kOffered || taking_part(body.id) || !body_matches_filter(body, state.who_add_filter)) continue;
      ++offered;
      if (widgets::flow_button(text::kAddBodyMark + body.name, "add-body:" + body.id)) chosen = body.id;
    }
  }
  if (offered == 0) widgets::muted_wrapped(text::kNoBodyNamed, "add-body-none");
  if (!chosen.empty()) view.app.add_who_body(chosen);  // after the loop: it regroups the answer
}

// The 派单方案: who leads and who cooperates, as the groups below say, and 联合派单 when there are
// cooperating bodies. After 设为牵头 or a 派单 the column scrolls here, so the result of the click
// is on screen.
void draw_summary(ViewContext& view, const std::vector<WhoCandidate>& answer) {
  AppState& state = view.app.state();
  if (state.who_scroll_to_summary) {
    ImGui::SetScrollHereY(0.0f);
    state.who_scroll_to_summary = false;
  }
  const std::vector<std::string> cooperating = cooperating_of(answer);
  widgets::Band band(theme::kAccentSoft, theme::kAccent);
  widgets::paragraph(text::kWhoSummaryHeading, "", ImGui::GetColorU32(theme::kAccent));
  std::string summary = std::string(text::kLeadRole) + text::kColon + answer.front().name;
  if (!cooperating.empty()) {
    std::vector<std::string> cooperating_names;
    for (const WhoCandidate& c : answer) {
      if (c.group == kGroupCooperate) cooperating_names.push_back(c.name);
    }
    summary += std::string(text::kSemicolon) + text::kCooperateRole + text::kColon + names(cooperating_names);
  }
  widgets::paragraph(summary, "joint-summary");
  if (state.dispatch_offered && !cooperating.empty() && widgets::button(text::kJointDispatch, "joint-dispatch", true)) {
    dispatch(view, lead_of(answer), cooperating);
  }
  draw_add_body(view, answer);
}

// What the last 派单 sent: lead, cooperating bodies, the complaint's first words, the basis.
void draw_dispatched(ViewContext& view, const DispatchConfirmation& sent) {
  widgets::Band band(theme::kPanel, theme::kLead);
  widgets::paragraph(text::kDispatchedHeading, "dispatched-heading", ImGui::GetColorU32(theme::kLead));
  std::string lines = std::string(text::kDispatchedLead) + text::kColon + sent.lead;
  if (!sent.cooperating.empty()) {
    lines += std::string("\n") + text::kDispatchedCooperating + text::kColon + names(sent.cooperating);
  }
  lines += std::string("\n") + text::kDispatchedComplaint + text::kColon + sent.complaint_start;
  lines += std::string("\n") + text::kDispatchedEvidence + text::kColon +
           std::to_string(sent.evidence) + " " + text::kEvidenceCountUnit;
  widgets::paragraph(lines, "dispatched", ImGui::GetColorU32(theme::kText));
  automation::mark_last_status();
  // The work system's own page for it, where the publisher configured one (dispatch_url).
  if (!sent.work_system_url.empty()) {
    widgets::external_link(text::kOpenInWorkSystem, sent.work_system_url, "work-system-link");
  }
  // The 派单单 on A4 (web/print_view.cpp: Ctrl+P on this view prints the same).
  if (widgets::button(text::kPrintDispatchSlip, "print-dispatch")) print_view(view.app);
}

void draw_evidence(const WhoCandidate& c, std::size_t i, bool quiet) {
  const WhoEvidence& e = c.evidence[i];
  std::string label = std::string(kind_label(e.hit.kind)) + text::kColon;
  if (e.hit.kind != "duty") label += e.hit.title;
  // A matter's own role is the publisher's word for that matter, not this answer's 牵头: said so.
  if (!e.role.empty()) {
    label += std::string(text::kOpenParen) + text::kMatterLists + role_label(e.role) + text::kCloseParen;
  }
  ImGui::Indent(16);
  widgets::paragraph(label, "", ImGui::GetColorU32(quiet ? theme::kMuted : theme::kAccent));
  widgets::marked_paragraph(e.hit.snippet, "evidence:" + c.body_id + ":" + std::to_string(i),
                            quiet ? ImGui::GetColorU32(theme::kMuted) : 0);
  if (!e.doc_no.empty()) {
    widgets::muted_wrapped(std::string(text::kBasis) + text::kColon + e.doc_title +
                           text::kOpenParen + e.doc_no + text::kCloseParen);
  }
  ImGui::Unindent(16);
  ImGui::Dummy(ImVec2(0, 2));
}

// The engine is not sure (core/search/who_confidence.h): said first, before any 派单 is offered,
// with the few words the closest body's duties share with the complaint.
void draw_not_sure(const WhoConfidence& confidence) {
  widgets::Band band(theme::kPanel, theme::kLead);
  widgets::paragraph(text::kNotSureHeading, "not-sure", ImGui::GetColorU32(theme::kLead));
  automation::mark_last_status();
  std::string note = text::kNotSureNote;
  if (!confidence.matched.empty()) note += std::string("\n") + text::kNotSureMatched + names(confidence.matched);
  widgets::muted_wrapped(note, "not-sure-note");
}

// Above the groups, the 牵头 body's contact in full: whom to call, where to go.
void draw_lead_contact(ViewContext& view, const WhoCandidate& lead) {
  if (!view.app.state().contacts.count(lead.body_id)) return;
  widgets::paragraph(lead.name + text::kContactOf, "who-lead-contact", ImGui::GetColorU32(theme::kAccent));
  draw_contact_block(view, lead.body_id, "who-lead-contact");
  ImGui::Separator();
}

// One body of the answer. A choice made on it (设为牵头, 配合) is returned in `choice`, not
// applied: choosing regroups the answer, and the loop drawing it would go on walking a vector
// that is no longer there (in CI, clicks on 设为牵头 then came to nothing).
void draw_candidate(ViewContext& view, const WhoCandidate& c, std::function<void()>* choice) {
  ImGui::PushID(c.body_id.c_str());
  const bool quiet = c.group == kGroupRelated;
  link_to(view.app, widgets::link(c.name, "who-body:" + c.body_id),
          Route{Route::Kind::kBody, c.body_id});
  if (c.group == kGroupLead) {
    ImGui::SameLine();
    widgets::badge(text::kLeadRole, theme::kLead);
    automation::record_item("who-lead:" + c.body_id, text::kLeadRole, automation::Role::kText);
  }
  draw_contact_line(view, c.body_id, "who-contact:" + c.body_id);
  if (c.added) widgets::muted_wrapped(text::kAddedByOperator, "who-added:" + c.body_id);
  const std::size_t shown = std::min(c.evidence.size(), evidence_shown(c.group));
  for (std::size_t i = 0; i < shown; ++i) draw_evidence(c, i, quiet);
  const bool offered = view.app.state().dispatch_offered;
  if (offered && widgets::button(text::kDispatch, "dispatch:" + c.body_id, c.group == kGroupLead)) {
    dispatch(view, c.body_id, {});
  }
  if (c.group != kGroupLead) {
    if (offered) ImGui::SameLine();
    if (widgets::button(text::kSetLead, "lead:" + c.body_id)) {
      *choice = [&app = view.app, id = c.body_id] { app.choose_lead(id); };
    }
    ImGui::SameLine();
    const bool cooperating = c.group == kGroupCooperate;
    if (widgets::button(cooperating ? text::kRemoveCooperating : text::kAddCooperating,
                        (cooperating ? "uncooperate:" : "cooperate:") + c.body_id)) {
      *choice = [&app = view.app, id = c.body_id, on = !cooperating] { app.choose_cooperating(id, on); };
    }
  }
  ImGui::Dummy(ImVec2(0, quiet ? 6 : 10));
  ImGui::PopID();
}

void draw_group_heading(ViewContext& view, const std::string& group, bool sure) {
  if (group == kGroupLead) {
    widgets::section_heading(view.fonts, sure ? text::kGroupLeadHeading : text::kGroupClosestHeading);
  }
  if (group == kGroupCooperate) widgets::section_heading(view.fonts, text::kGroupCooperateHeading);
  if (group == kGroupRelated) {
    ImGui::Dummy(ImVec2(0, 12));  // set apart from the bodies that handle the matter
    widgets::section_heading(view.fonts, text::kGroupRelatedHeading);
    widgets::muted_wrapped(text::kGroupRelatedNote, "related-note");
    ImGui::Dummy(ImVec2(0, 4));
  }
}

}  // namespace

// The group headings, drawn in the heading font (its atlas holds only the characters asked for).
std::string who_heading_text(const AppState&) {
  return std::string(text::kGroupLeadHeading) + text::kGroupCooperateHeading + text::kGroupRelatedHeading +
         text::kGroupClosestHeading;
}

void draw_who(ViewContext& view) {
  AppState& state = view.app.state();
  widgets::page_title(view.fonts, text::kWho);
  widgets::muted_wrapped(text::kWhoIntro);
  ImGui::Dummy(ImVec2(0, 4));
  widgets::text_area(text::kWhoHint, state.complaint, kComplaintMaxChars, 140, "complaint");
  if (widgets::button(text::kAnalyse, "analyse", true)) {
    view.app.analyse_complaint(evidence_chars(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize()));
  }

  if (state.search_preparing && (state.complaint_pending || !state.complaint_analysed.empty())) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::paragraph(text::kSearchPreparing, "search-preparing");
    automation::mark_last_status();
    return;
  }
  if (state.complaint_analysed.empty()) return;
  ImGui::Dummy(ImVec2(0, 8));
  draw_choices_notice(state.who_choices_carried, state);
  const std::vector<WhoCandidate>& answer = state.who_answer;
  if (answer.empty()) {
    widgets::paragraph(text::kNoSuggestion, "no-suggestion");
    automation::mark_last_status();
    return;
  }
  // Once the operator has chosen a body, the choice is theirs: the engine's doubt is not repeated.
  const bool sure = state.who_confidence.sure || !state.who_choices.empty();
  if (!sure) draw_not_sure(state.who_confidence);
  draw_summary(view, answer);
  if (!state.last_dispatch.empty()) draw_dispatched(view, state.last_dispatch);
  draw_lead_contact(view, answer.front());  // the groups put the one 牵头 first
  // The suggestions are a list to a screen reader: "list, 5 items", one per body; a group's
  // heading opens its first item (a list holds only items).
  automation::Group answers("who-answers", automation::Role::kList, text::kSuggestionsList);
  std::string group;
  std::function<void()> choice;
  for (const WhoCandidate& c : answer) {
    automation::Group item("who-answer:" + c.body_id, automation::Role::kListItem);
    if (c.group != group) draw_group_heading(view, group = c.group, sure);
    draw_candidate(view, c, &choice);
  }
  if (choice) choice();  // after the loop: it regroups the answer
}

}  // namespace dutyatlas::web
