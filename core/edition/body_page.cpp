// The edition's page of one body: who it is, how to reach it (contact_section.cpp), its 三定 as in force on the data date (机构设置,
// 主要职责 numbered as the client numbers them, 职能转变, 内设机构, 人员编制, 职责分工), its
// affiliated bodies, its 历史沿革 (every document that set or changed its duties, with what each
// did) and the list items that name it.
#include <utility>

#include "core/history/change_kind.h"
#include "core/base/chinese_numerals.h"
#include "core/base/percent_encoding.h"
#include "core/duties/contacts.h"
#include "core/duties/staffing_text.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_words.h"
#include "core/history/history_queries.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

struct BodyPageWriter {
  BodyPageWriter(const DutyDatabase& db, const Body& body)
      : db(db), body(body), path(edition_body_path(body.id)) {}

  const DutyDatabase& db;
  const Body& body;
  std::string path;
  std::string h;  // the page's content, as it grows

  std::string body_link(const std::string& id) const {
    std::optional<Body> other = find_body(db, id);
    if (!other) return escape(id);
    return edition_link(path, edition_body_path(other->id), other->name);
  }

  std::string document_link(const DocumentSummary& d) const {
    return edition_link(path, edition_document_path(d.doc_no), d.title) + words::kOpenParen +
           escape(d.doc_no) + words::kCloseParen;
  }

  void fact(const char* label, const std::string& value_html) {
    if (value_html.empty()) return;
    h += "<dt>" + std::string(label) + "</dt><dd>" + value_html + "</dd>";
  }

  void facts() {
    h += "<dl class=\"facts\">";
    if (body.short_name != body.name) fact(words::kShortName, escape(body.short_name));
    const BodyCategory* category = find_body_category(body.category);
    if (category) {
      fact(words::kCategory, edition_link(path, edition_category_path(category->code), category->name));
    }
    fact(words::kRank, escape(body.rank));
    fact(words::kUscc, escape(body.uscc));
    if (!body.parent_id.empty()) fact(words::kParentBody, body_link(body.parent_id));
    if (!body.host_id.empty()) fact(words::kHostBody, body_link(body.host_id));
    h += "</dl>\n";
  }

  void numbered(const std::vector<std::string>& texts) {
    h += "<ol class=\"clauses\">";
    for (std::size_t i = 0; i < texts.size(); ++i) {
      h += "<li><span class=\"num\">" + clause_label(int(i) + 1) + "</span><span>" +
           escape(texts[i]) + "</span></li>";
    }
    h += "</ol>\n";
  }

  void clauses(const BodyProfile& profile) {
    h += "<h2 id=\"duties\">" + std::string(words::kMainDuties) + "</h2>\n";
    h += "<p class=\"note\">" + std::string(words::kDutiesInForce) + "</p>\n";
    h += "<ol class=\"clauses\">";
    for (const DutyClause& clause : profile.clauses) {
      h += "<li id=\"clause-" + std::to_string(clause.number) + "\"><span class=\"num\">" +
           clause_label(clause.number) + "</span><span class=\"text\">" + escape(clause.text) +
           "</span></li>";
    }
    h += "</ol>\n";
    if (profile.sanding) {
      h += "<p class=\"note\">" + std::string(words::kDutiesBasis) + words::kColon +
           document_link(*profile.sanding) + "，" + escape(profile.sanding->effective) +
           words::kEffective + "</p>\n";
    }
    if (profile.last_document) {
      h += "<p class=\"note\">" + std::string(words::kLastAdjusted) + words::kColon +
           document_link(*profile.last_document) + "，" + escape(profile.last_document->effective) +
           words::kEffective + "</p>\n";
    }
  }

  void staffing(const Staffing& s) {
    std::string line = staffing_figures_text(s);
    std::string leaders = leader_posts_text(s);
    if (line.empty() && leaders.empty()) return;
    h += "<h2>" + std::string(words::kStaffing) + "</h2>\n";
    if (!line.empty()) h += "<p>" + escape(line) + "</p>\n";
    if (!leaders.empty()) h += "<p>" + std::string(words::kLeaders) + words::kColon + escape(leaders) + "</p>\n";
  }

  void boundaries(const std::vector<DutyBoundaryInfo>& list) {
    if (list.empty()) return;
    h += "<h2>" + std::string(words::kBoundaries) + "</h2>\n<ul class=\"plain\">";
    for (const DutyBoundaryInfo& b : list) {
      std::string with;
      for (const std::string& id : b.with_body_ids) {
        if (!with.empty()) with += words::kListSeparator;
        with += body_link(id);
      }
      h += "<li>";
      if (!with.empty()) h += std::string(words::kBoundaryWith) + with + words::kBoundaryOf;
      h += escape(b.text) + "</li>";
    }
    h += "</ul>\n";
  }

  void profile_sections(const BodyProfile& profile) {
    if (!profile.setup.empty()) {
      h += "<h2>" + std::string(words::kSetup) + "</h2>\n<p>" + escape(profile.setup) + "</p>\n";
    }
    clauses(profile);
    if (!profile.transformation.empty()) {
      h += "<h2>" + std::string(words::kTransformation) + "</h2>\n";
      numbered(profile.transformation);
    }
    if (!profile.divisions.empty()) {
      h += "<h2>" + std::string(words::kDivisions) + "</h2>\n";
      for (const InternalDivision& division : profile.divisions) {
        h += "<h3>" + escape(division.name) + "</h3>\n";
        numbered(division.duties);
      }
    }
    staffing(profile.staffing);
    boundaries(profile.boundaries);
  }

  void affiliated() {
    std::vector<Body> children = affiliated_bodies(db, body.id);
    if (children.empty()) return;
    h += "<h2>" + std::string(words::kAffiliated) + "</h2>\n<ul class=\"plain\">";
    for (const Body& child : children) {
      h += "<li>" + edition_link(path, edition_body_path(child.id), child.name) + "</li>";
    }
    h += "</ul>\n";
  }

  // "新增 1 项、划出 2 项": what a document did to this body, in the timeline's counts.
  static std::string counts_text(const TimelineEntry& entry) {
    const TimelineCounts& c = entry.counts;
    if (entry.sanding) {
      return std::string(words::kSandingSet) + std::to_string(c.established) + words::kItemCountUnit;
    }
    const std::pair<const char*, int> parts[] = {
        {words::kAdded, c.added}, {words::kRemoved, c.removed}, {words::kReworded, c.reworded},
        {words::kTransferredIn, c.transferred_in}, {words::kTransferredOut, c.transferred_out}};
    std::string out;
    for (const auto& [label, n] : parts) {
      if (n <= 0) continue;
      if (!out.empty()) out += words::kListSeparator;
      out += std::string(label) + " " + std::to_string(n) + words::kItemCountUnit;
    }
    return out;
  }

  std::string change_html(const DutyChangeRecord& change) const {
    std::string line = "<li>" + escape(change_kind_label(change.kind)) + words::kColon;
    if (change.kind == ChangeKind::kTransferred) {
      bool outgoing = change.body_id == body.id;
      line += outgoing ? std::string(words::kTransferredTo) + body_link(change.other_body_id)
                       : std::string(words::kTransferredFrom) + body_link(change.body_id) +
                             words::kTransferredIn;
      line += words::kColon;
    }
    line += escape(change.text) + "</li>";
    return line;
  }

  void history() {
    std::optional<BodyTimeline> timeline = body_timeline(db, body.id);
    if (!timeline || timeline->entries.empty()) return;
    h += "<h2>" + std::string(words::kHistory) + "</h2>\n" + table_start(words::kHistory);
    h += "<thead><tr><th scope=\"col\">" + std::string(words::kEffectiveDate) +
         "</th><th scope=\"col\">" + words::kDocTitle + "</th><th scope=\"col\">" +
         words::kWhatItDid + "</th></tr></thead><tbody>";
    for (const TimelineEntry& entry : timeline->entries) {
      h += "<tr><td>" + escape(entry.document.effective) + "</td><th scope=\"row\">" +
           document_link(entry.document) + "</th><td>" + counts_text(entry);
      if (!entry.sanding && !entry.changes.empty()) {
        h += "<ul class=\"plain\">";
        for (const DutyChangeRecord& change : entry.changes) h += change_html(change);
        h += "</ul>";
      }
      h += "</td></tr>";
    }
    h += "</tbody></table></div>\n";
  }

  void lists(const std::vector<BodyListEntry>& entries) {
    if (entries.empty()) return;
    h += "<h2>" + std::string(words::kBodyLists) + "</h2>\n";
    for (std::size_t i = 0; i < entries.size();) {
      std::size_t end = i;
      while (end < entries.size() && entries[end].kind == entries[i].kind) ++end;
      h += "<h3>" + escape(entries[i].kind_name) + "（" + std::to_string(end - i) +
           words::kItemCountUnit + "）</h3>\n<ul class=\"plain\">";
      for (; i < end; ++i) {
        h += "<li>" + edition_link(path, edition_item_path(entries[i].kind, entries[i].key),
                                   entries[i].title) + "</li>";
      }
      h += "</ul>\n";
    }
  }
};

}  // namespace

std::string edition_body_page(const DutyDatabase& db, const DatasetInfo& info, const Body& body,
                              const std::vector<BodyListEntry>& lists) {
  BodyPageWriter writer(db, body);
  writer.facts();
  writer.h += edition_contact_section(find_contact(db, body.id), info.sample);
  std::optional<BodyProfile> profile = body_profile(db, body.id);
  std::string description = body.name;
  if (profile && (profile->sanding || !profile->clauses.empty())) {
    writer.profile_sections(*profile);
    description += words::kColon;
    if (!profile->setup.empty()) description += profile->setup + " ";
    description += std::string(words::kMainDuties) + words::kColon;
    for (const DutyClause& clause : profile->clauses) description += clause.text + "；";
  } else {
    writer.h += "<p class=\"note\">" + std::string(words::kNoDuties) + "</p>\n";
  }
  writer.affiliated();
  writer.history();
  writer.lists(lists);

  EditionPage page;
  page.path = writer.path;
  page.title = body.name;
  page.description = description;
  const BodyCategory* category = find_body_category(body.category);
  page.breadcrumbs.push_back({words::kHome, edition_home_path()});
  if (category) page.breadcrumbs.push_back({std::string(category->name), edition_category_path(category->code)});
  page.live_route = "#/body/" + percent_encode(body.id);
  page.main_html = std::move(writer.h);
  return render_edition_page(info, page);
}

}  // namespace dutyatlas
