// One body's page: who it is, then its 三定 as in force on the data date — 机构设置,
// 主要职责 as numbered clauses, 职能转变, 内设机构, 人员编制, 职责分工 — its affiliated
// institutions and the documents behind its duties.
#include <imgui.h>

#include <algorithm>

#include "core/base/chinese_numerals.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/audit.h"
#include "web/ui_text/documents.h"
#include "web/ui_text/common.h"
#include "web/ui_text/contacts.h"
#include "web/ui_text/history.h"
#include "web/ui_text/lists.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

// A link to another body by id (nothing if the id is unknown).
bool body_link(ViewContext& view, const std::string& id, const std::string& key) {
  const auto& names = view.app.state().body_names;
  auto it = names.find(id);
  if (it == names.end()) return false;
  bool clicked = widgets::link(it->second, key);
  link_to(view.app, clicked, Route{Route::Kind::kBody, id});
  return clicked;
}

void draw_related_body(ViewContext& view, const char* label, const std::string& id,
                       const char* key) {
  if (id.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  body_link(view, id, key);
}

void wrapped(const std::string& text, const std::string& key) { widgets::paragraph(text, key); }

std::string figure(const char* label, int value) {
  return std::string(label) + " " + std::to_string(value) + " " + text::kPeopleUnit;
}

void draw_staffing(const Staffing& staffing) {
  std::string line;
  auto add = [&](const std::string& part) {
    line += (line.empty() ? "" : std::string(text::kListSeparator)) + part;
  };
  if (staffing.administrative >= 0) add(figure(text::kAdministrativeStaff, staffing.administrative));
  if (staffing.career >= 0) add(figure(text::kCareerStaff, staffing.career));
  if (staffing.service >= 0) add(figure(text::kServiceStaff, staffing.service));
  if (!line.empty()) wrapped(line, "staffing");
  std::string leaders;
  for (const auto& post : staffing.leaders) {
    leaders += (leaders.empty() ? "" : std::string(text::kListSeparator)) + post.title + " " +
               std::to_string(post.count) + " " + text::kPeopleUnit;
  }
  if (!leaders.empty()) wrapped(std::string(text::kLeaders) + text::kColon + leaders, "leaders");
}

void draw_document_line(const DocumentSummary& d, const char* label, const std::string& key) {
  widgets::muted_wrapped(std::string(label) + text::kColon + d.title + text::kOpenParen + d.doc_no +
                             text::kCloseParen + text::kComma + d.effective + " " + text::kEffective,
                         key);
}

// 复制: the clause with where it comes from, ready to paste into a reply or a work order.
void copy_clause_link(ViewContext& view, const Body& body, const BodyProfile& profile,
                      const DutyClause& clause) {
  AppState& state = view.app.state();
  std::string key = "copy:" + std::to_string(clause.number);
  bool copied = state.copied_clause == clause.number;
  // Right-aligned under the clause, out of the way of reading.
  const char* label = copied ? text::kCopied : text::kCopy;
  float shift = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(label).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(shift, 0.0f));
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetTextLineHeightWithSpacing());
  if (widgets::link(label, key)) {
    std::string source = profile.sanding ? profile.sanding->title + text::kOpenParen +
                                               profile.sanding->doc_no + text::kCloseParen
                                         : std::string();
    std::string citation = clause_label(clause.number) + clause.text + "\n" + text::kCitationDash + body.name +
                           text::kDutiesOf + chinese_numeral(clause.number) + text::kItemUnit;
    if (!source.empty()) citation += std::string(text::kComma) + text::kBasis + text::kColon + source;
    ImGui::SetClipboardText(citation.c_str());
    state.copied_clause = clause.number;
  }
}

// This body in the other modules: its history, the comparison of its duties, its lists, the
// 职责体检 findings that concern it. Keys of
// their own (body-link:…): a test waiting for one must not find another view's link of that name.
void draw_module_links(ViewContext& view, const std::string& body_id) {
  ImGui::Dummy(ImVec2(0, 2));
  struct Entry {
    const char* label;
    const char* key;
    Route route;
  };
  const Entry entries[] = {
      {text::kHistory, "body-link:history", Route{Route::Kind::kHistory, body_id}},
      {text::kCompare, "body-link:compare", Route{Route::Kind::kCompare, body_id}},
      {text::kBodyLists, "body-link:lists", Route{Route::Kind::kLists, "powers", {{"body", body_id}}}},
      {text::kAudit, "body-link:audit", Route{Route::Kind::kAudit, "", {{"body", body_id}}}},
  };
  bool first = true;
  for (const Entry& entry : entries) {
    if (!first) {
      // On a phone (or at 大字号) a link that would run past the column starts the next line.
      ImGui::SameLine(0, 0);
      float needed = ImGui::CalcTextSize(text::kDot).x + ImGui::CalcTextSize(entry.label).x;
      if (ImGui::GetContentRegionAvail().x < needed) {
        ImGui::NewLine();
      } else {
        ImGui::TextDisabled("%s", text::kDot);
        ImGui::SameLine(0, 0);
      }
    }
    first = false;
    link_to(view.app, widgets::link(entry.label, entry.key), entry.route);
  }
  // 打印 (the 三定 on A4) at the end of the line, its label level with the links (raised by
  // widgets::button's frame padding, 8); below them where the line has no room (phone, 大字号).
  ImGui::SameLine(0, 16);
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text::kPrint).x + 32) ImGui::NewLine();
  else ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 8);
  if (widgets::button(text::kPrint, "print")) print_view(view.app);
}

}  // namespace

void draw_body(ViewContext& view) {
  const AppState& state = view.app.state();
  if (!state.body) {
    link_to(view.app, widgets::link(std::string(text::kBackMark) + text::kHome, "link:home"),
            Route{});
    widgets::muted_wrapped(text::kBodyNotFound, "not-found");
    return;
  }
  const Body& body = *state.body;
  const BodyCategory* category = find_body_category(body.category);
  std::string category_name = category ? std::string(category->name) : body.category;
  link_to(view.app, widgets::link(text::kBackMark + category_name, "link:category"),
          Route{Route::Kind::kCategory, body.category});
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, body.name);
  std::string facts = category_name;
  if (!body.rank.empty()) facts += std::string(text::kDot) + text::kRank + " " + body.rank;
  facts += std::string(text::kDot) + text::kUscc + " " + body.uscc;
  widgets::muted_wrapped(facts, "facts");
  draw_related_body(view, text::kParentBody, body.parent_id, "link:parent");
  draw_related_body(view, text::kHostBody, body.host_id, "link:host");
  draw_module_links(view, body.id);
  // 联系方式 before the duties: what a reader who came to reach the body looks for first.
  if (state.contacts.count(body.id)) {
    widgets::section_heading(view.fonts, text::kContact);
    draw_contact_block(view, body.id, "contact");
  }

  const BodyProfile* profile = state.body_profile ? &*state.body_profile : nullptr;
  if (!profile || !profile->sanding) {
    ImGui::Dummy(ImVec2(0, 8));
    widgets::muted_wrapped(text::kNoDuties, "no-duties");
  } else {
    widgets::section_heading(view.fonts, text::kSetup);
    wrapped(profile->setup, "setup");

    widgets::section_heading(view.fonts, text::kMainDuties);
    float label_width = 0;
    if (!view.narrow && !profile->clauses.empty()) {
      label_width = ImGui::CalcTextSize(clause_label(int(profile->clauses.size())).c_str()).x + 8;
    }
    for (const DutyClause& clause : profile->clauses) {
      widgets::numbered_clause(clause_label(clause.number), clause.text,
                               "clause:" + std::to_string(clause.number), label_width);
      copy_clause_link(view, body, *profile, clause);
    }
    ImGui::Dummy(ImVec2(0, 4));
    draw_document_line(*profile->sanding, text::kBasis, "basis");
    if (profile->last_document && profile->last_document->doc_no != profile->sanding->doc_no) {
      draw_document_line(*profile->last_document, text::kLastAdjusted, "last-adjusted");
    }

    if (!profile->transformation.empty()) {
      widgets::section_heading(view.fonts, text::kTransformation);
      for (std::size_t i = 0; i < profile->transformation.size(); ++i) {
        wrapped(profile->transformation[i], "transformation:" + std::to_string(i + 1));
      }
    }
    if (!profile->divisions.empty()) {
      widgets::section_heading(view.fonts, text::kDivisions);
      for (std::size_t i = 0; i < profile->divisions.size(); ++i) {
        const InternalDivision& division = profile->divisions[i];
        widgets::paragraph(division.name, "division:" + std::to_string(i + 1),
                           ImGui::GetColorU32(theme::kAccent));
        ImGui::Indent(16);
        for (const auto& duty : division.duties) wrapped(duty, "division-duty");
        ImGui::Unindent(16);
      }
    }
    const Staffing& staffing = profile->staffing;
    if (staffing.administrative >= 0 || staffing.career >= 0 || staffing.service >= 0 ||
        !staffing.leaders.empty()) {
      widgets::section_heading(view.fonts, text::kStaffing);
      draw_staffing(staffing);
    }
    if (!profile->boundaries.empty()) {
      widgets::section_heading(view.fonts, text::kBoundaries);
      for (std::size_t i = 0; i < profile->boundaries.size(); ++i) {
        const DutyBoundaryInfo& boundary = profile->boundaries[i];
        for (const auto& other : boundary.with_body_ids) {
          ImGui::PushID(int(i));
          body_link(view, other, "boundary-body:" + other);
          ImGui::PopID();
          ImGui::SameLine();
        }
        ImGui::NewLine();
        wrapped(boundary.text, "boundary:" + std::to_string(i + 1));
      }
    }
  }

  if (!state.body_affiliated.empty()) {
    widgets::section_heading(view.fonts, text::kAffiliated);
    for (const Body& child : state.body_affiliated) {
      link_to(view.app, widgets::list_row(child.name, child.rank, "affiliated:" + child.id),
              Route{Route::Kind::kBody, child.id});
    }
  }
  if (!state.body_documents.empty()) {
    widgets::section_heading(view.fonts, text::kDocuments);
    // Each opens the document in 职责文件档案库; the archive lists them with their filters.
    for (const DocumentSummary& d : state.body_documents) {
      std::string facts = d.doc_no + text::kDot + d.effective + " " + text::kEffective;
      link_to(view.app, widgets::document_row(d.title, facts, "document:" + d.doc_no),
              Route{Route::Kind::kDocument, d.doc_no});
    }
    ImGui::Dummy(ImVec2(0, 4));
    link_to(view.app, widgets::link(text::kAllDocumentsOfBody, "link:documents"),
            Route{Route::Kind::kDocuments, "", {{"body", body.id}}});
  }
}

}  // namespace dutyatlas::web
