// 谁来管: a complaint in, the five bodies most likely to handle it out, each with the duty
// clauses, list items and division-of-duties matters that matched (highlighted) and the
// document behind them; the lead body's 联系方式 above them, each body's in one line under
// its name (contact.cpp). 派单 hands the choice to the embedding page (browser::notify_dispatch);
// 联合派单 does the same with one lead body and cooperating ones.
#include <imgui.h>

#include <algorithm>

#include "web/automation.h"
#include "web/browser.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/a11y.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

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

std::string joint_summary(const AppState& state) {
  auto name = [&](const std::string& id) {
    auto it = state.body_names.find(id);
    return it == state.body_names.end() ? id : it->second;
  };
  std::string out = std::string(text::kLeadRole) + text::kColon + name(state.joint_lead);
  if (!state.joint_cooperating.empty()) {
    out += std::string(text::kSemicolon) + text::kCooperateRole + text::kColon;
    for (std::size_t i = 0; i < state.joint_cooperating.size(); ++i) {
      out += (i ? text::kListSeparator : "") + name(state.joint_cooperating[i]);
    }
  }
  return out;
}

// The body to contact first: the operator's 牵头 choice, else the first suggestion a matter
// names as lead, else the best suggestion.
const WhoCandidate& lead_candidate(const AppState& state) {
  for (const WhoCandidate& c : state.who_candidates) {
    if (c.body_id == state.joint_lead) return c;
  }
  for (const WhoCandidate& c : state.who_candidates) {
    if (c.role == "lead") return c;
  }
  return state.who_candidates.front();
}

// Above the suggestions, the lead body's contact in full: whom to call, where to go.
void draw_lead_contact(ViewContext& view) {
  const WhoCandidate& lead = lead_candidate(view.app.state());
  if (!view.app.state().contacts.count(lead.body_id)) return;
  widgets::paragraph(lead.name + text::kContactOf, "who-lead-contact",
                     ImGui::GetColorU32(theme::kAccent));
  draw_contact_block(view, lead.body_id, "who-lead-contact");
  ImGui::Separator();
}

void draw_candidate(ViewContext& view, const WhoCandidate& c, int rank) {
  AppState& state = view.app.state();
  ImGui::PushID(c.body_id.c_str());
  std::string heading = std::string(text::kSuggestion) + " " + std::to_string(rank);
  widgets::muted_wrapped(heading);
  if (widgets::link(c.name, "who-body:" + c.body_id)) go_to(view.app, Route{Route::Kind::kBody, c.body_id});
  if (!c.role.empty()) {
    ImGui::SameLine();
    widgets::badge(role_label(c.role), c.role == "lead" ? theme::kLead : theme::kMuted);
  }
  draw_contact_line(view, c.body_id, "who-contact:" + c.body_id);
  for (std::size_t i = 0; i < c.evidence.size(); ++i) {
    const WhoEvidence& e = c.evidence[i];
    std::string label = std::string(kind_label(e.hit.kind)) + text::kColon;
    if (e.hit.kind != "duty") label += e.hit.title + " ";
    if (!e.role.empty()) label += std::string(text::kOpenParen) + role_label(e.role) + text::kCloseParen;
    ImGui::Indent(16);
    widgets::paragraph(label, "", ImGui::GetColorU32(theme::kAccent));
    widgets::marked_paragraph(e.hit.snippet, "evidence:" + c.body_id + ":" + std::to_string(i));
    if (!e.doc_no.empty()) {
      widgets::muted_wrapped(std::string(text::kBasis) + text::kColon + e.doc_title +
                             text::kOpenParen + e.doc_no + text::kCloseParen);
    }
    ImGui::Unindent(16);
  }
  if (widgets::button(text::kDispatch, "dispatch:" + c.body_id, true)) dispatch(view, c.body_id, {});
  ImGui::SameLine();
  if (widgets::button(text::kSetLead, "lead:" + c.body_id)) {
    state.joint_lead = c.body_id;
    auto& coop = state.joint_cooperating;
    coop.erase(std::remove(coop.begin(), coop.end(), c.body_id), coop.end());
  }
  ImGui::SameLine();
  bool cooperating = std::find(state.joint_cooperating.begin(), state.joint_cooperating.end(),
                               c.body_id) != state.joint_cooperating.end();
  if (!cooperating && c.body_id != state.joint_lead &&
      widgets::button(text::kAddCooperating, "cooperate:" + c.body_id)) {
    state.joint_cooperating.push_back(c.body_id);
  }
  ImGui::Separator();
  ImGui::PopID();
}

}  // namespace

void draw_who(ViewContext& view) {
  AppState& state = view.app.state();
  widgets::page_title(view.fonts, text::kWho);
  widgets::muted_wrapped(text::kWhoIntro);
  ImGui::Dummy(ImVec2(0, 4));
  widgets::text_area(text::kWhoHint, state.complaint, sizeof state.complaint, 140, "complaint");
  if (widgets::button(text::kAnalyse, "analyse", true)) view.app.analyse_complaint();

  if (!state.last_dispatch_summary.empty()) {
    widgets::paragraph(std::string(text::kDispatched) + state.last_dispatch_summary, "dispatched",
                       ImGui::GetColorU32(theme::kLead));
    automation::mark_last_status();
  }
  if (state.complaint_analysed.empty()) return;
  ImGui::Dummy(ImVec2(0, 8));
  if (state.who_candidates.empty()) {
    widgets::paragraph(text::kNoSuggestion, "no-suggestion");
    automation::mark_last_status();
    return;
  }
  if (!state.joint_lead.empty()) {
    widgets::paragraph(joint_summary(state), "joint-summary");
    if (widgets::button(text::kJointDispatch, "joint-dispatch", true)) {
      dispatch(view, state.joint_lead, state.joint_cooperating);
    }
  }
  draw_lead_contact(view);
  // The suggestions are a list to a screen reader: "list, 5 items", one per body.
  automation::Group answers("who-answers", automation::Role::kList, text::kSuggestionsList);
  int rank = 0;
  for (const WhoCandidate& c : state.who_candidates) {
    automation::Group answer("who-answer:" + c.body_id, automation::Role::kListItem);
    draw_candidate(view, c, ++rank);
  }
}

}  // namespace dutyatlas::web
