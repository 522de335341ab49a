// The edition's 全区职责调整 of one year: every change to every body's duties that took effect
// that year, in the order they were applied, each with its document and bodies as links.
#include "core/history/change_kind.h"
#include "core/base/percent_encoding.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_words.h"
#include "core/history/history_queries.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

std::string header_cell(const char* label) { return "<th scope=\"col\">" + std::string(label) + "</th>"; }

}  // namespace

std::string edition_changes_page(const DutyDatabase& db, const DatasetInfo& info,
                                 const std::string& year,
                                 const std::vector<std::string>& change_years) {
  const std::string path = edition_changes_path(year);
  const std::string title = year + words::kChangesOfYear;
  std::string h;
  if (change_years.size() > 1) {
    h += "<nav class=\"pager\" aria-label=\"" + std::string(words::kChanges) + "\">";
    for (const std::string& other : change_years) {
      h += other == year ? "<span aria-current=\"page\">" + escape(other) + "</span>"
                         : edition_link(path, edition_changes_path(other), other);
    }
    h += "</nav>\n";
  }
  std::vector<DutyChangeRecord> changes = district_changes(db, year + "-01-01", year + "-12-31");
  std::string description = info.name + title + words::kColon;
  if (changes.empty()) {
    h += "<p class=\"note\">" + std::string(words::kNoChanges) + "</p>\n";
  } else {
    h += table_start(title) + "<caption>" + escape(title) + " " +
         std::to_string(changes.size()) + words::kItemCountUnit + "</caption><thead><tr>" +
         header_cell(words::kEffectiveDate) + header_cell(words::kKind) + header_cell(words::kBody) +
         header_cell(words::kContent) + header_cell(words::kDocTitle) + "</tr></thead><tbody>";
    for (const DutyChangeRecord& change : changes) {
      std::string bodies = edition_link(path, edition_body_path(change.body_id), change.body_name);
      if (change.kind == ChangeKind::kTransferred) {
        bodies += words::kTransferredTo +
                  edition_link(path, edition_body_path(change.other_body_id), change.other_body_name);
      }
      std::string content = change.kind == ChangeKind::kSanding
                                ? std::string(words::kSandingSet) + std::to_string(change.clause_count) +
                                      words::kItemCountUnit
                                : escape(change.text);
      h += "<tr><td>" + escape(change.date) + "</td><td>" + escape(change_kind_label(change.kind)) +
           "</td><th scope=\"row\">" + bodies + "</th><td>" + content + "</td><td>" +
           edition_link(path, edition_document_path(change.document.doc_no), change.document.doc_no) +
           "</td></tr>";
      if (description.size() < 600) description += change.body_name + std::string(change_kind_label(change.kind)) + "；";
    }
    h += "</tbody></table></div>\n";
  }
  return render_edition_page(info, {path, title, description,
                                    {{words::kHome, edition_home_path()}},
                                    "#/changes/" + percent_encode(year), std::move(h)});
}

}  // namespace dutyatlas
