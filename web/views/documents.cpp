// 职责文件档案库: every document with 文号, title, issuer and dates, filtered by body, year and
// kind; one document's full text and the duties it set or changed.
//
// Every filter lives in the route (#/documents?body=&year=&kind=&q=), so a filtered archive can
// be bookmarked, reloaded and gone back to; chips add history entries, typing replaces the
// current one. The rows come from DocumentsState (refreshed on route change), never from SQL here.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/documents/document_queries.h"
#include "web/automation.h"
#include "web/navigation.h"
#include "web/print_view.h"
#include "web/theme.h"
#include "web/ui_text/documents.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"  // kCompare: the link into 新旧对照
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

const char* kind_label(const std::string& kind) {
  if (kind == "sanding") return text::kKindSanding;
  if (kind == "adjustment") return text::kKindAdjustment;
  if (kind == "list") return text::kKindList;
  if (kind == "other") return text::kKindOther;
  return kind.c_str();
}

// 职责调整 · 示编〔2021〕12号 · 发文机关 · 2021-06-10 印发 · 2021-07-01 施行
std::string facts_of(const DocumentSummary& d, bool with_kind) {
  std::string facts = with_kind ? std::string(kind_label(d.kind)) + text::kDot : std::string();
  facts += d.doc_no;
  if (!d.issuer.empty()) facts += text::kDot + d.issuer;
  if (!d.issued.empty()) facts += text::kDot + d.issued + " " + text::kIssued;
  if (!d.effective.empty()) facts += text::kDot + d.effective + " " + text::kEffective;
  return facts;
}

// The facet's entries, with the chosen value kept (at 0) if the other filters left none of it,
// so the chip that is on stays visible and can be turned off.
// `rank` orders the entries as the facet lists them.
template <typename Rank>
std::vector<DocumentFacet> with_chosen(std::vector<DocumentFacet> facets, const std::string& chosen,
                                       Rank rank) {
  if (chosen.empty()) return facets;
  for (const auto& f : facets) {
    if (f.value == chosen) return facets;
  }
  facets.push_back({chosen, 0});
  std::stable_sort(facets.begin(), facets.end(),
                   [&](const DocumentFacet& a, const DocumentFacet& b) { return rank(a.value) < rank(b.value); });
  return facets;
}

// Kinds in their own order, unknown ones last; years newest first.
std::size_t kind_rank(const std::string& kind) {
  auto kinds = document_kinds();
  return std::size_t(std::find(kinds.begin(), kinds.end(), kind) - kinds.begin());
}
std::string year_rank(const std::string& year) {
  std::string rank = year;  // "9999" - year, digit by digit: newest first as text
  for (char& c : rank) c = c >= '0' && c <= '9' ? char('9' - c + '0') : c;
  return rank;
}

// The label before a row of chips, on the chips' baseline, a little apart from the row above.
void muted_label(const char* label) {
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
}

// The filter box, the body chips and the kind and year chips with their counts.
void draw_filters(ViewContext& view) {
  DocumentsState& state = view.app.state().documents;
  const DocumentFilter& filter = state.filter;
  if (widgets::text_field(text::kDocumentsFilterHint, state.text_box, sizeof state.text_box,
                          "documents-filter")) {
    DocumentFilter typed = filter;
    typed.text = state.text_box;
    replace_with(view.app, documents_route(typed));
    return;  // the state was rebuilt for the new route
  }
  ImGui::Dummy(ImVec2(0, 2));

  if (!filter.body_id.empty()) {
    muted_label(text::kDocumentsBodyLabel);
    std::string name = state.body_name.empty() ? filter.body_id : state.body_name;
    if (widgets::flow_chip(name + text::kClearMark, "clear-body", true)) {
      DocumentFilter without = filter;
      without.body_id.clear();
      go_to(view.app, documents_route(without));
      return;
    }
  } else if (!state.body_choices.empty()) {
    muted_label(text::kBodiesNamed);
    for (const DocumentsBodyChoice& body : state.body_choices) {
      std::string label = body.name + " " + std::to_string(body.documents);
      if (widgets::flow_chip(label, "body:" + body.id, false)) {
        // The words named the body; its documents need not contain them.
        DocumentFilter chosen = filter;
        chosen.body_id = body.id;
        chosen.text.clear();
        go_to(view.app, documents_route(chosen));
        return;
      }
    }
  }

  muted_label(text::kDocumentsKindLabel);
  if (widgets::flow_chip(text::kAllDocumentKinds, "kind:all", filter.kind.empty())) {
    DocumentFilter all = filter;
    all.kind.clear();
    go_to(view.app, documents_route(all));
    return;
  }
  for (const DocumentFacet& kind : with_chosen(state.listing.kinds, filter.kind, kind_rank)) {
    std::string label = std::string(kind_label(kind.value)) + " " + std::to_string(kind.count);
    bool on = filter.kind == kind.value;
    if (widgets::flow_chip(label, "kind:" + kind.value, on)) {
      DocumentFilter chosen = filter;
      chosen.kind = on ? "" : kind.value;
      go_to(view.app, documents_route(chosen));
      return;
    }
  }

  muted_label(text::kDocumentsYearLabel);
  if (widgets::flow_chip(text::kAllYears, "year:all", filter.year.empty())) {
    DocumentFilter all = filter;
    all.year.clear();
    go_to(view.app, documents_route(all));
    return;
  }
  for (const DocumentFacet& year : with_chosen(state.listing.years, filter.year, year_rank)) {
    std::string label = year.value + text::kYearUnit + " " + std::to_string(year.count);
    bool on = filter.year == year.value;
    if (widgets::flow_chip(label, "year:" + year.value, on)) {
      DocumentFilter chosen = filter;
      chosen.year = on ? "" : year.value;
      go_to(view.app, documents_route(chosen));
      return;
    }
  }
}

// What the document did to one body: links to the body and to its comparison around the
// document, then the 三定 note or each clause changed with its kind.
void draw_body_effect(ViewContext& view, const DocumentBodyEffect& effect) {
  ImGui::Dummy(ImVec2(0, 4));
  bool clicked = widgets::link(effect.body_name, "doc-body:" + effect.body_id);
  link_to(view.app, clicked, Route{Route::Kind::kBody, effect.body_id});
  if (clicked) return;
  if (!effect.compare_from.empty()) {
    clicked = widgets::flow_link(text::kCompare, "doc-compare:" + effect.body_id);
    link_to(view.app, clicked,
            Route{Route::Kind::kCompare, effect.body_id,
                  {{"from", effect.compare_from}, {"to", effect.compare_to}}});
    if (clicked) return;
  }
  ImGui::Indent(view.narrow ? 0 : 16);
  if (effect.sanding) {
    widgets::muted_wrapped(std::string(text::kSetUpBy) + " " + std::to_string(effect.sanding_clauses) +
                               " " + text::kItemUnit + text::kFullStop,
                           "doc-sanding:" + effect.body_id);
  }
  int n = 0;
  for (const DutyChangeRecord& change : effect.changes) {
    std::string key = "change:" + effect.body_id + ":" + std::to_string(++n);
    const char* label = text::kChangeAdded;
    bool transfer = change.kind == ChangeKind::kTransferred;
    bool incoming = transfer && change.other_body_id == effect.body_id;
    if (change.kind == ChangeKind::kRemoved) label = text::kChangeRemoved;
    if (change.kind == ChangeKind::kReworded) label = text::kChangeReworded;
    if (transfer) label = incoming ? text::kChangeTransferredIn : text::kChangeTransferredOut;
    widgets::paragraph(std::string(label) + change.text, key,
                       change.kind == ChangeKind::kRemoved ? ImGui::GetColorU32(theme::kMuted) : 0);
    if (!change.old_text.empty()) {
      widgets::muted_wrapped(std::string(text::kOldWording) + change.old_text, key + ":old");
    }
    if (transfer) {
      std::string where = incoming ? std::string(text::kTransferredFrom) + " " + change.body_name + " " +
                                         text::kTransferredIn
                                   : std::string(text::kTransferredTo) + " " + change.other_body_name;
      widgets::muted_wrapped(where, key + ":transfer");
    }
    ImGui::Dummy(ImVec2(0, 2));
  }
  ImGui::Unindent(view.narrow ? 0 : 16);
}

}  // namespace

std::string documents_heading_text(const AppState& state) {
  std::string out = std::string(text::kDocumentsTitle) + text::kFullText + text::kDutiesConcerned;
  // Document titles are page titles: the heading atlas needs their characters.
  if (state.db) out += all_document_titles(*state.db);
  return out;
}

void draw_documents(ViewContext& view) {
  const DocumentsState& state = view.app.state().documents;
  widgets::page_title(view.fonts, text::kDocumentsTitle);
  widgets::muted_wrapped(text::kDocumentsIntro, "intro");
  ImGui::Dummy(ImVec2(0, 4));
  draw_filters(view);
  if (view.app.state().route.kind != Route::Kind::kDocuments) return;  // a chip went elsewhere

  ImGui::Dummy(ImVec2(0, 6));
  const auto& documents = state.listing.documents;
  widgets::muted_wrapped(std::string(text::kTotalPrefix) + " " + std::to_string(documents.size()) +
                             " " + text::kDocumentsUnit,
                         "result-count");
  if (documents.empty()) {
    widgets::paragraph(text::kNoDocuments, "no-documents");
    link_to(view.app, widgets::link(text::kClearFilters, "link:clear-filters"),
            Route{Route::Kind::kDocuments});
    return;
  }
  // A publication may hold thousands of documents: a row measured once at this column width
  // is, while far off screen, only its height (and its key for the automation API), so a frame
  // lays out the rows in view, not the whole archive.
  DocumentRowHeights& rows = view.app.state().view_memory.document_rows;
  float width = ImGui::GetContentRegionAvail().x;
  if (width != rows.width || ImGui::GetFontSize() != rows.font_size) {
    rows.by_doc_no.clear();
    rows.width = width;
    rows.font_size = ImGui::GetFontSize();
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float margin = 400;
  float visible_top = draw->GetClipRectMin().y - margin, visible_bottom = draw->GetClipRectMax().y + margin;
  for (const DocumentSummary& d : documents) {
    std::string key = "document:" + d.doc_no;
    float top = ImGui::GetCursorScreenPos().y;
    auto known = rows.by_doc_no.find(d.doc_no);
    if (known != rows.by_doc_no.end() && (top + known->second < visible_top || top > visible_bottom)) {
      ImGui::Dummy(ImVec2(width, known->second - ImGui::GetStyle().ItemSpacing.y));
      automation::record_item(key, d.title);
      continue;
    }
    bool clicked = widgets::document_row(d.title, facts_of(d, true), key);
    link_to(view.app, clicked, Route{Route::Kind::kDocument, d.doc_no});
    if (clicked) return;
    rows.by_doc_no[d.doc_no] = ImGui::GetCursorScreenPos().y - top;
  }
}

void draw_document(ViewContext& view) {
  const DocumentsState& state = view.app.state().documents;
  bool back = widgets::link(std::string(text::kBackMark) + text::kDocumentsTitle, "link:documents");
  link_to(view.app, back, Route{Route::Kind::kDocuments});
  if (back) return;
  ImGui::Dummy(ImVec2(0, 2));
  if (!state.document) {
    widgets::muted_wrapped(text::kDocumentNotFound, "not-found");
    return;
  }
  const DocumentDetail& doc = *state.document;
  widgets::badge(kind_label(doc.summary.kind), theme::kAccent);
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, doc.summary.title);
  widgets::muted_wrapped(facts_of(doc.summary, false), "doc-facts");
  if (widgets::button(text::kPrint, "print")) print_view(view.app);  // title, 文号, full text on A4

  widgets::section_heading(view.fonts, text::kFullText);
  if (doc.paragraphs.empty()) widgets::muted_wrapped(text::kNoFullText, "no-full-text");
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    widgets::paragraph(doc.paragraphs[i], "paragraph:" + std::to_string(i + 1));
    ImGui::Dummy(ImVec2(0, 2));
  }

  widgets::section_heading(view.fonts, text::kDutiesConcerned);
  if (doc.bodies.empty()) widgets::muted_wrapped(text::kNoDutiesConcerned, "no-duties-concerned");
  for (const DocumentBodyEffect& effect : doc.bodies) {
    draw_body_effect(view, effect);
    if (view.app.state().route.kind != Route::Kind::kDocument) return;  // a link went elsewhere
  }
  ImGui::Dummy(ImVec2(0, 24));
}

}  // namespace dutyatlas::web
