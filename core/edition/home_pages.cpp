// The edition's 首页 (the district, its bodies by category, entries to every module) and the
// page of each body category.
#include "core/base/percent_encoding.h"
#include "core/edition/edition_page.h"
#include "core/edition/edition_pages.h"
#include "core/edition/edition_paths.h"
#include "core/edition/edition_words.h"
#include "core/history/history_queries.h"

namespace dutyatlas {
namespace {

namespace words = edition_words;

std::string card(const std::string& from, const std::string& to, const std::string& label,
                 const std::string& count) {
  return "<li>" + edition_link(from, to, label) + "<span class=\"count\">" + count + "</span></li>";
}

}  // namespace

std::vector<std::string> edition_change_years(const DutyDatabase& db) {
  std::vector<std::string> years;
  for (const DutyChangeRecord& change : district_changes(db, "", "")) {
    std::string year = change.date.substr(0, 4);
    if (years.empty() || years.back() != year) years.push_back(year);
  }
  return years;
}

std::string edition_home_page(const DutyDatabase& db, const DatasetInfo& info,
                              const std::vector<std::string>& change_years) {
  const std::string path = edition_home_path();
  std::string h;
  std::string description = info.title + words::kColon;
  h += "<h2>" + std::string(words::kBodiesByCategory) + "</h2>\n<ul class=\"cards\">";
  for (const CategorySummary& category : category_summaries(db)) {
    if (category.body_count == 0) continue;
    h += card(path, edition_category_path(category.code), category.name,
              std::to_string(category.body_count) + words::kBodyCountUnit);
    description += category.name + words::kListSeparator;
  }
  h += "</ul>\n";

  h += "<h2>" + std::string(words::kModules) + "</h2>\n<ul class=\"cards\">";
  DocumentListing documents = list_documents(db, {});
  h += card(path, edition_documents_path(), words::kDocuments,
            std::to_string(documents.total) + words::kDocumentCountUnit);
  for (const ListKindInfo& kind : list_kinds(db)) {
    h += card(path, edition_list_path(kind.kind, 1), kind.name,
              std::to_string(kind.count) + words::kItemCountUnit);
    description += kind.name + words::kListSeparator;
  }
  h += card(path, edition_lists_path(), words::kLists, {});
  h += "</ul>\n";

  if (!change_years.empty()) {
    h += "<h2>" + std::string(words::kChanges) + "</h2>\n<ul class=\"cards\">";
    for (auto it = change_years.rbegin(); it != change_years.rend(); ++it) {
      h += card(path, edition_changes_path(*it), *it + words::kChangesOfYear, {});
    }
    h += "</ul>\n";
  }
  description += words::kDocuments;

  return render_edition_page(info, {path, info.title, description,
                                    {},
                                    "#/", std::move(h)});
}

std::string edition_category_page(const DutyDatabase& db, const DatasetInfo& info,
                                  const CategorySummary& category) {
  const std::string path = edition_category_path(category.code);
  std::string h;
  std::string description = info.name + category.name + words::kColon;
  std::vector<Body> bodies = list_bodies(db, category.code);
  if (bodies.empty()) {
    h += "<p class=\"note\">" + std::string(words::kNoBodies) + "</p>\n";
  } else {
    h += table_start(category.name) + "<caption>" + escape(category.name) + " " +
         std::to_string(bodies.size()) + words::kBodyCountUnit + "</caption><thead><tr>" +
         "<th scope=\"col\">" + words::kBody + "</th><th scope=\"col\">" + words::kShortName +
         "</th><th scope=\"col\">" + words::kRank + "</th></tr></thead><tbody>";
    for (const Body& body : bodies) {
      h += "<tr><th scope=\"row\">" + edition_link(path, edition_body_path(body.id), body.name) +
           "</th><td>" + escape(body.short_name) + "</td><td>" + escape(body.rank) + "</td></tr>";
      description += body.name + words::kListSeparator;
    }
    h += "</tbody></table></div>\n";
  }
  return render_edition_page(info, {path, category.name, description,
                                    {{words::kHome, edition_home_path()}},
                                    "#/category/" + percent_encode(category.code), std::move(h)});
}

}  // namespace dutyatlas
