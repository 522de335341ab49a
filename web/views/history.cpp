// 历史沿革 of one body: every document that set or changed its duties, and its duties as in
// force on a date the reader picks.
#include <imgui.h>

#include <string>
#include <string_view>

#include "core/base/chinese_numerals.h"
#include "core/history/change_kind.h"
#include "core/history/duty_compare.h"
#include "core/history/history_dates.h"
#include "web/automation.h"
#include "web/navigation.h"
#include "web/theme.h"
#include "web/ui_text/common.h"
#include "web/ui_text/history.h"
#include "web/views/history_widgets.h"
#include "web/views/views.h"
#include "web/views/widgets.h"

namespace dutyatlas::web {
namespace {

std::string count_text(std::string_view label, int count) {
  return std::string(label) + " " + std::to_string(count) + " " + text::kItemUnit;
}

// "新增 1 项、修改 2 项、划出 1 项" — or for a 三定 "设定 21 项（替代原职责 20 项）". The kinds'
// words are core's (change_kind.h; a transfer's direction as 新旧对照 names it).
std::string entry_summary(const TimelineEntry& entry) {
  const TimelineCounts& c = entry.counts;
  std::string out;
  auto add = [&](std::string_view label, int count) {
    if (count == 0) return;
    if (!out.empty()) out += text::kListSeparator;
    out += count_text(label, count);
  };
  if (entry.sanding) {
    out = count_text(text::kEstablished, c.established);
    if (c.superseded) {
      out += std::string(text::kOpenParen) + count_text(text::kSuperseded, c.superseded) +
             text::kCloseParen;
    }
  } else {
    add(change_kind_label(ChangeKind::kAdded), c.added);
    add(change_kind_label(ChangeKind::kRemoved), c.removed);
    add(change_kind_label(ChangeKind::kReworded), c.reworded);
    add(compare_kind_label(CompareKind::kTransferredIn), c.transferred_in);
    add(compare_kind_label(CompareKind::kTransferredOut), c.transferred_out);
  }
  return out;
}

void draw_timeline(ViewContext& view, const HistoryState& history) {
  widgets::section_heading(view.fonts, text::kTimeline);
  if (!history.timeline || history.timeline->entries.empty()) {
    widgets::muted_wrapped(text::kNoTimeline, "no-timeline");
    return;
  }
  widgets::muted_wrapped(text::kTimelineIntro);
  ImGui::Dummy(ImVec2(0, 4));
  const auto& entries = history.timeline->entries;
  std::string shown = history.profile ? history.profile->date : std::string();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const TimelineEntry& entry = entries[i];
    const DocumentSummary& d = entry.document;
    std::string n = std::to_string(i + 1);
    ImGui::PushID(int(i));
    ImVec2 start = ImGui::GetCursorScreenPos();
    // A dot on a vertical line: the timeline's spine.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::Indent(22);
    // Date and kind, then the document, then what it did.
    std::string kind = entry.sanding ? text::kSandingEntry : text::kAdjustmentEntry;
    ImVec2 tag = history_widgets::tag_size(kind);
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::TextUnformatted((d.effective + " " + text::kEffectiveOn).c_str());
    automation::record_item("timeline-date:" + n, d.effective);
    ImGui::SameLine(0, 10);
    ImVec2 tag_pos = ImGui::GetCursorScreenPos();
    history_widgets::draw_tag(kind, entry.sanding ? theme::kAccent : theme::rgbf(0x5B, 0x67, 0x75),
                              ImVec2(tag_pos.x, tag_pos.y));
    ImGui::Dummy(tag);
    ImGui::SameLine(0, 10);
    link_to(view.app, widgets::link(d.doc_no, "timeline-doc:" + n),
            Route{Route::Kind::kDocument, d.doc_no});
    widgets::paragraph(d.title, "timeline:" + n);
    std::string summary = entry_summary(entry) + text::kComma + text::kClausesAfter + " " +
                          std::to_string(entry.clauses_after) + " " + text::kItemUnit + text::kDot +
                          d.issued + " " + text::kIssued;
    widgets::muted_wrapped(summary, "timeline-summary:" + n);
    link_to(view.app, widgets::link(text::kShowDutiesThen, "timeline-view:" + n),
            Route{Route::Kind::kHistory, history.body_id, {{"date", d.effective}}});
    ImGui::SameLine(0, 0);
    ImGui::TextDisabled("%s", text::kDot);
    ImGui::SameLine(0, 0);
    link_to(view.app, widgets::link(text::kCompareThisDocument, "timeline-compare:" + n),
            Route{Route::Kind::kCompare,
                  history.body_id,
                  {{"from", day_before(d.effective)}, {"to", d.effective}}});
    ImGui::Unindent(22);
    ImVec2 end = ImGui::GetCursorScreenPos();
    bool current = d.effective == shown;
    ImU32 spine = ImGui::GetColorU32(theme::kBorder);
    float x = start.x + 7;
    if (i + 1 < entries.size()) draw->AddLine(ImVec2(x, at.y + 10), ImVec2(x, end.y + 14), spine, 2);
    draw->AddCircleFilled(ImVec2(x, at.y + ImGui::GetTextLineHeight() / 2 + 1), current ? 6.5f : 5,
                          ImGui::GetColorU32(current ? theme::kAccent : theme::kMuted));
    ImGui::Dummy(ImVec2(0, 10));
    ImGui::PopID();
  }
}

void draw_banner(const HistoryState& history) {
  const BodyProfile& profile = *history.profile;
  std::string line = std::string(text::kBannerShowing) + profile.date + text::kBannerInForce;
  if (profile.date == history.data_date) line += text::kBannerDataDate;
  std::string source;
  if (profile.last_document) {
    source = std::string(text::kBannerLastDocument) + profile.last_document->title +
             text::kOpenParen + profile.last_document->doc_no + text::kCloseParen +
             text::kComma + profile.last_document->effective + " " + text::kEffectiveOn;
  }
  // A tinted band, so the date shown cannot be missed.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  ImVec2 start = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, 6));
  ImGui::Indent(12);
  ImGui::PushTextWrapPos(0);
  widgets::paragraph(line, "banner", ImGui::GetColorU32(theme::kAccent));
  if (!source.empty()) widgets::paragraph(source, "banner-document");
  if (!profile.sanding) widgets::paragraph(text::kBannerNone, "banner-none");
  ImGui::PopTextWrapPos();
  ImGui::Unindent(12);
  ImGui::Dummy(ImVec2(0, 4));
  ImVec2 end = ImGui::GetCursorScreenPos();
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(start, ImVec2(start.x + width, end.y), ImGui::GetColorU32(theme::kAccentSoft), 4);
  draw->AddRectFilled(start, ImVec2(start.x + 4, end.y), ImGui::GetColorU32(theme::kAccent), 2);
  draw->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 6));
}

void draw_duties_on_date(ViewContext& view, HistoryState& history) {
  widgets::section_heading(view.fonts, text::kDutiesOnDate);
  const BodyProfile& profile = *history.profile;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(text::kPickDate);
  ImGui::PopStyleColor();
  std::string picked = history_widgets::date_picker(
      "date", history.date_choices, history.data_date, profile.date, history.date_input,
      sizeof history.date_input, text::kShowDate, &history.date_typed_error);
  if (!history.date_error.empty()) {
    widgets::paragraph(std::string(text::kOpenQuote) + history.date_error + text::kCloseQuote + text::kDateInvalid,
                       "error:route-date", ImGui::GetColorU32(theme::rgbf(0xB4, 0x23, 0x18)));
  }
  if (!picked.empty()) {
    go_to(view.app, Route{Route::Kind::kHistory, history.body_id, {{"date", picked}}});
  }
  ImGui::Dummy(ImVec2(0, 6));
  draw_banner(history);
  float label_width = 0;
  if (!view.narrow && !profile.clauses.empty()) {
    label_width = ImGui::CalcTextSize(clause_label(int(profile.clauses.size())).c_str()).x + 8;
  }
  for (const DutyClause& clause : profile.clauses) {
    widgets::numbered_clause(clause_label(clause.number), clause.text,
                             "clause:" + std::to_string(clause.number), label_width);
  }
}

}  // namespace

std::string history_heading_text(const AppState&) {
  return std::string(text::kHistory) + text::kCompare + text::kDistrictChanges + text::kYearChanges +
         text::kTimeline + text::kDutiesOnDate;
}

void draw_history(ViewContext& view) {
  HistoryState& history = view.app.state().history;
  if (!history.loaded) return;
  if (!history.body_found) {
    link_to(view.app, widgets::link(std::string(text::kBackMark) + text::kHome, "link:home"),
            Route{});
    widgets::muted_wrapped(text::kBodyNotFound, "not-found");
    return;
  }
  // A click only notes where to go (navigation.h): the rest of the frame still draws this state.
  link_to(view.app, widgets::link(text::kBackMark + history.body_name, "link:body"),
          Route{Route::Kind::kBody, history.body_id});
  ImGui::Dummy(ImVec2(0, 2));
  widgets::page_title(view.fonts, history.body_name + text::kHistory);
  link_to(view.app, widgets::link(text::kCompare, "link:compare"),
          Route{Route::Kind::kCompare, history.body_id});
  ImGui::SameLine(0, 0);
  ImGui::TextDisabled("%s", text::kDot);
  ImGui::SameLine(0, 0);
  link_to(view.app, widgets::link(text::kDistrictChanges, "link:changes"),
          Route{Route::Kind::kChanges, "", {{"body", history.body_id}}});
  // On a wide screen the duties on the picked date come first when a date was picked (that is
  // what the reader asked for); otherwise the timeline leads.
  if (history.profile && history.date_from_route) {
    draw_duties_on_date(view, history);
    draw_timeline(view, history);
  } else {
    draw_timeline(view, history);
    if (history.profile) draw_duties_on_date(view, history);
  }
}

}  // namespace dutyatlas::web
